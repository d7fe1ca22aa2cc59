"""The digital receipt series: own prefix (setting), own sequence, concurrent issues never collide."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.database import UnitOfWork
from app.models import AppSetting, Receipt
from app.models.receipt import ReceiptKind, ReceiptStatus
from app.modules.receipts.service import ReceiptService
from tests.fixtures.auth import MakeUser

T0 = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


async def test_digital_receipt_is_assigned_then_used(session: AsyncSession, make_user: MakeUser) -> None:
    me = (await make_user(is_collector=True, login=False)).employee_id
    service = ReceiptService(session)
    async with UnitOfWork(session):
        receipt = await service.next_digital(T0, holder_employee_id=me)
        assert receipt.kind == ReceiptKind.DIGITAL and receipt.status == ReceiptStatus.ASSIGNED
        assert receipt.number.startswith("D") and len(receipt.number) == 7
        used = await service.use(
            receipt.number, payment_id=None, policy_id=None, holder_employee_id=me, at=T0
        )
        assert used.status == ReceiptStatus.USED
        office = await service.next_digital(T0)
        assert office.at_office and office.collector_id is None
        assert int(office.number[1:]) > int(receipt.number[1:])


async def test_prefix_comes_from_the_setting(session: AsyncSession) -> None:
    await session.execute(
        update(AppSetting).where(AppSetting.key == "receipt_digital_prefix").values(value="E")
    )
    async with UnitOfWork(session):
        receipt = await ReceiptService(session).next_digital(T0)
    assert receipt.number.startswith("E") and receipt.prefix == "E"


@pytest.mark.commit
async def test_concurrent_digital_receipts_get_distinct_numbers(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async def issue() -> str:
        async with committing_sessionmaker() as session, UnitOfWork(session):
            receipt = await ReceiptService(session).next_digital(T0)
            await asyncio.sleep(0.05)  # both transactions open at once
            return receipt.number

    numbers = await asyncio.gather(*(issue() for _ in range(10)))
    assert len(set(numbers)) == 10
    async with committing_sessionmaker() as session:
        stored = (
            await session.scalars(select(Receipt.number).where(Receipt.kind == ReceiptKind.DIGITAL))
        ).all()
        assert sorted(stored) == sorted(numbers)
