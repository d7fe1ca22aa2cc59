"""Concurrent counter payments on one installment (real commits): never above what remains."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.database import UnitOfWork
from app.core.exceptions import AppError
from app.models import PartialPayment, Payment, PaymentTransaction, Receipt
from app.models.enums import PartialPaymentStatus, PaymentMethod, PaymentStatus
from app.models.receipt import ReceiptKind, ReceiptStatus
from app.modules.payments.service import PaymentService
from tests.fixtures.factories import make_policy

pytestmark = pytest.mark.commit
TODAY = date(2026, 11, 28)


async def receipts(session: AsyncSession, prefix: str, count: int) -> list[str]:
    rows = [
        Receipt(
            number=f"{prefix}{n:04d}",
            prefix=prefix,
            seq=n,
            kind=ReceiptKind.PAPER,
            status=ReceiptStatus.ASSIGNED,
            at_office=True,
            assigned_at=datetime(2026, 11, 1, tzinfo=UTC),
        )
        for n in range(1, count + 1)
    ]
    session.add_all(rows)
    await session.flush()
    return [r.number for r in rows]


async def test_concurrent_partials_never_exceed_the_installment(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async with committing_sessionmaker() as session:
        bundle = await make_policy(session, effective=TODAY)
        numbers = await receipts(session, "K", 5)
        await session.commit()
    target = bundle.payment(1).id  # 1,200.00

    async def pay(number: str) -> str:
        async with committing_sessionmaker() as session:
            try:
                async with UnitOfWork(session):
                    await PaymentService(session).counter_payment(
                        installment_id=target,
                        amount=Decimal("500.00"),
                        method=PaymentMethod.CASH,
                        receipt_number=number,
                        paid_date=None,
                        as_of=TODAY,
                        may_partial=True,
                    )
            except AppError as exc:
                return exc.error_code
        return "ok"

    results = await asyncio.gather(*(pay(n) for n in numbers))
    assert sorted(results) == ["PAYMENT_EXCEEDS_BALANCE"] * 3 + ["ok"] * 2
    async with committing_sessionmaker() as session:
        applied = await session.scalar(
            select(func.sum(PartialPayment.amount)).where(
                PartialPayment.payment_id == target, PartialPayment.status == PartialPaymentStatus.APPLIED
            )
        )
        assert applied == Decimal("1000.00")
        numbers_used = sorted(
            await session.scalars(
                select(PartialPayment.partial_number).where(PartialPayment.payment_id == target)
            )
        )
        assert numbers_used == [1, 2]
        ledger = await session.scalar(
            select(func.count())
            .select_from(PaymentTransaction)
            .where(PaymentTransaction.payment_id == target)
        )
        assert ledger == 2
        used = await session.scalar(
            select(func.count()).select_from(Receipt).where(Receipt.status == ReceiptStatus.USED)
        )
        assert used == 2


async def test_concurrent_full_payments_apply_once(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async with committing_sessionmaker() as session:
        bundle = await make_policy(session, effective=TODAY)
        numbers = await receipts(session, "J", 4)
        await session.commit()
    target = bundle.payment(1).id

    async def pay(number: str) -> str:
        async with committing_sessionmaker() as session:
            try:
                async with UnitOfWork(session):
                    await PaymentService(session).counter_payment(
                        installment_id=target,
                        amount=Decimal("1200.00"),
                        method=PaymentMethod.CASH,
                        receipt_number=number,
                        paid_date=None,
                        as_of=TODAY,
                        may_partial=True,
                    )
            except AppError as exc:
                return exc.error_code
        return "ok"

    results = await asyncio.gather(*(pay(n) for n in numbers))
    assert sorted(results) == ["INSTALLMENT_ALREADY_PAID"] * 3 + ["ok"]
    async with committing_sessionmaker() as session:
        row = await session.get(Payment, target)
        assert row is not None and row.status == PaymentStatus.PAID and row.paid_amount == Decimal("1200.00")
        ledger = await session.scalar(
            select(func.count())
            .select_from(PaymentTransaction)
            .where(PaymentTransaction.payment_id == target)
        )
        assert ledger == 1
