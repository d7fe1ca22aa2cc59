"""Cancelling a used receipt reverses the payment that used it (PaymentService.reverse with the
receipt mode "cancel"), in the same transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.database import UnitOfWork
from app.models import Payment, PaymentTransaction, Receipt
from app.models.enums import LedgerEntryKind, PaymentMethod, PaymentStatus
from app.models.receipt import ReceiptStatus
from app.modules.payments.service import PaymentService
from tests.fixtures.factories import MakePolicy
from tests.modules.receipts.conftest import API, Team, add_receipt

T0 = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


async def test_cancel_used_receipt_reverses_its_payment(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=date(2026, 11, 1))
    installment = bundle.payment(1)
    receipt = await add_receipt(session, "R0001", ReceiptStatus.ASSIGNED, at_office=True, at=T0)
    await session.commit()
    async with UnitOfWork(session):
        await PaymentService(session, user_id=team.manager.user_id, now=lambda: T0).apply(
            installment.id,
            amount=installment.amount,
            method=PaymentMethod.CASH,
            paid_date=date(2026, 11, 28),
            receipt_number="R0001",
            collector_id=None,
            source="counter",
            proposal_id=None,
            user_id=team.manager.user_id,
            as_of=date(2026, 11, 28),
        )
    assert await session.scalar(select(Receipt.status).where(Receipt.id == receipt.id)) == ReceiptStatus.USED

    response = await client.post(
        f"{API}/{receipt.id}/cancel",
        json={"reason": "Recibo con datos erróneos"},
        headers=team.manager.headers,
    )
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "cancelled"
    paid = await session.scalar(select(Payment).where(Payment.id == installment.id))
    assert paid is not None and paid.status != PaymentStatus.PAID and paid.paid_date is None
    reversal = await session.scalar(
        select(PaymentTransaction).where(
            PaymentTransaction.payment_id == installment.id,
            PaymentTransaction.kind == LedgerEntryKind.REVERSAL,
        )
    )
    assert reversal is not None and reversal.reason is not None and "R0001" in reversal.reason
    again = await client.post(
        f"{API}/{receipt.id}/cancel", json={"reason": "Otra vez"}, headers=team.manager.headers
    )
    assert again.status_code == 409 and again.json()["error"] == "RECEIPT_ILLEGAL_TRANSITION"
