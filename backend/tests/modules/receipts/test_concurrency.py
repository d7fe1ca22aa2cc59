"""Real commits: concurrent assignments never exceed a collector's limit; one receipt is used once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.database import UnitOfWork
from app.core.exceptions import AppError
from app.models import Employee, Receipt
from app.models.receipt import ReceiptStatus
from app.modules.receipts.schemas import AssignIn, BatchCreate
from app.modules.receipts.service import ReceiptService
from tests.modules.receipts.conftest import add_receipt

pytestmark = pytest.mark.commit
T0 = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


async def test_concurrent_assignments_respect_the_limit(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async with committing_sessionmaker() as session, UnitOfWork(session):
        collector = Employee(
            first_name="Cobrador", last_name="Concurrente", is_collector=True, receipt_limit=10
        )
        session.add(collector)
        await session.flush()
        await ReceiptService(session).create_batch(BatchCreate(first="S0001", last="S0040"))
    collector_id = collector.id

    async def assign(first: str, last: str) -> str:
        async with committing_sessionmaker() as session:
            try:
                async with UnitOfWork(session):
                    result = await ReceiptService(session).assign(
                        AssignIn(first=first, last=last, collector_id=collector_id), at=T0
                    )
                    await asyncio.sleep(0.05)
                    return str(result.assigned)
            except AppError as exc:
                return exc.error_code

    results = await asyncio.gather(
        assign("S0001", "S0008"), assign("S0011", "S0018"), assign("S0021", "S0028"), assign("S0031", "S0038")
    )
    async with committing_sessionmaker() as session:
        held = await session.scalar(
            select(func.count()).where(
                Receipt.collector_id == collector_id, Receipt.status == ReceiptStatus.ASSIGNED
            )
        )
    assert held == 10
    assert results.count("8") == 1 and results.count("2") == 1
    assert results.count("RECEIPT_LIMIT_REACHED") == 2


async def test_one_receipt_is_used_once(committing_sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    async with committing_sessionmaker() as session, UnitOfWork(session):
        collector = Employee(first_name="Cobrador", last_name="Doble", is_collector=True)
        session.add(collector)
        await session.flush()
        await add_receipt(session, "U0001", ReceiptStatus.ASSIGNED, collector_id=collector.id, at=T0)
    collector_id = collector.id

    async def use() -> str:
        async with committing_sessionmaker() as session:
            try:
                async with UnitOfWork(session):
                    await ReceiptService(session).use(
                        "U0001", payment_id=None, policy_id=None, holder_employee_id=collector_id, at=T0
                    )
                    await asyncio.sleep(0.05)
                    return "ok"
            except AppError as exc:
                return exc.error_code

    results = await asyncio.gather(*(use() for _ in range(5)))
    assert sorted(results) == ["RECEIPT_USED"] * 4 + ["ok"]
