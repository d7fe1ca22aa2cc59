"""Skipped receipts and the loss schedule (domain.md §5): detection on use, office confirmation,
lost after exactly ``receipt_loss_days`` (3) days unless used meanwhile; the hourly task body."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.database import UnitOfWork
from app.models import AuditLog, Receipt
from app.models.receipt import ReceiptStatus
from app.modules.receipts.service import ReceiptService
from app.tasks.receipts import process_losses_body
from tests.fixtures.auth import MakeUser
from tests.modules.receipts.conftest import API, Team, add_receipt

T0 = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


async def _status(session: AsyncSession, number: str) -> ReceiptStatus:
    status = await session.scalar(select(Receipt.status).where(Receipt.number == number))
    assert status is not None
    return status


async def test_use_detects_lower_numbers_still_assigned(session: AsyncSession, make_user: MakeUser) -> None:
    me = (await make_user(is_collector=True, login=False)).employee_id
    other = (await make_user(is_collector=True, login=False)).employee_id
    for n in range(1, 6):
        await add_receipt(session, f"K{n:04d}", ReceiptStatus.ASSIGNED, collector_id=me, at=T0)
    await add_receipt(session, "K0010", ReceiptStatus.ASSIGNED, collector_id=other, at=T0)
    await add_receipt(session, "L0001", ReceiptStatus.ASSIGNED, collector_id=me, at=T0)  # other prefix
    service = ReceiptService(session)
    async with UnitOfWork(session):
        await service.use("K0002", payment_id=None, policy_id=None, holder_employee_id=me, at=T0)
        assert [r.number for r in service.last_skipped] == ["K0001"]
        await service.use("K0005", payment_id=None, policy_id=None, holder_employee_id=me, at=T0)
        # K0001 was already reported; K0002 is used; K0010 is somebody else's; L0001 another series
        assert [r.number for r in service.last_skipped] == ["K0003", "K0004"]
    skipped = await session.scalars(select(Receipt.number).where(Receipt.skipped_at.is_not(None)))
    assert sorted(skipped) == ["K0001", "K0003", "K0004"]
    audit = await session.scalar(select(AuditLog).where(AuditLog.action == "skipped").limit(1))
    assert audit is not None and audit.table_name == "receipt"


async def test_loss_schedule_fires_after_exactly_three_days_and_is_cancelled_by_use(
    session: AsyncSession, make_user: MakeUser
) -> None:
    me = (await make_user(is_collector=True, login=False)).employee_id
    receipts = {}
    for n in range(1, 5):
        receipts[n] = await add_receipt(session, f"M{n:04d}", ReceiptStatus.ASSIGNED, collector_id=me, at=T0)
    service = ReceiptService(session)
    async with UnitOfWork(session):
        await service.use("M0004", payment_id=None, policy_id=None, holder_employee_id=me, at=T0)
        confirmed_at = T0 + timedelta(hours=2)
        rows = await service.confirm_skipped([receipts[1].id, receipts[2].id], at=confirmed_at)
        assert {r.loss_due_at for r in rows} == {confirmed_at + timedelta(days=3)}
        # M0003 is skipped but not confirmed: no schedule
        # M0002 is used the next day: its schedule is cancelled
        await service.use(
            "M0002",
            payment_id=None,
            policy_id=None,
            holder_employee_id=me,
            at=confirmed_at + timedelta(days=1),
        )
        due = confirmed_at + timedelta(days=3)
        assert await service.process_due_losses(due - timedelta(seconds=1)) == []
        assert await _status(session, "M0001") == ReceiptStatus.ASSIGNED
        assert await service.process_due_losses(due) == ["M0001"]
        assert await service.process_due_losses(due + timedelta(hours=1)) == []  # idempotent
    assert await _status(session, "M0001") == ReceiptStatus.LOST
    assert await _status(session, "M0002") == ReceiptStatus.USED
    assert await _status(session, "M0003") == ReceiptStatus.ASSIGNED
    lost = await session.scalar(select(Receipt).where(Receipt.number == "M0001"))
    assert lost is not None and lost.lost_at == due and lost.loss_due_at is None
    used = await session.scalar(select(Receipt).where(Receipt.number == "M0002"))
    assert used is not None and used.loss_due_at is None


async def test_confirm_through_http(client: httpx.AsyncClient, team: Team, session: AsyncSession) -> None:
    me = team.collector.employee_id
    first = await add_receipt(session, "N0001", ReceiptStatus.ASSIGNED, collector_id=me, at=T0)
    await add_receipt(session, "N0002", ReceiptStatus.ASSIGNED, collector_id=me, at=T0)
    async with UnitOfWork(session):
        await ReceiptService(session).use(
            "N0002", payment_id=None, policy_id=None, holder_employee_id=me, at=T0
        )
    listed = await client.get(f"{API}/skipped", params={"confirmed": False}, headers=team.manager.headers)
    assert [r["number"] for r in listed.json()["items"]] == ["N0001"]
    response = await client.post(
        f"{API}/skipped/confirm", json={"receipt_ids": [first.id]}, headers=team.manager.headers
    )
    assert response.status_code == 200
    assert response.json()[0]["loss_due_at"] is not None
    again = await client.post(
        f"{API}/skipped/confirm", json={"receipt_ids": [first.id]}, headers=team.manager.headers
    )
    assert again.status_code == 409 and again.json()["error"] == "RECEIPT_NOT_SKIPPED"
    denied = await client.post(
        f"{API}/skipped/confirm", json={"receipt_ids": [first.id]}, headers=team.collector.headers
    )
    assert denied.status_code == 403


@pytest.mark.commit
async def test_hourly_task_body(committing_sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    from app.models import Employee

    async with committing_sessionmaker() as session:
        employee = Employee(first_name="Cobrador", last_name="Tarea", is_collector=True)
        session.add(employee)
        await session.flush()
        receipt = await add_receipt(session, "P0001", ReceiptStatus.ASSIGNED, collector_id=employee.id, at=T0)
        receipt.skipped_at = T0
        receipt.skipped_confirmed_at = T0
        receipt.loss_due_at = T0 + timedelta(days=3)
        await session.commit()
    early = await process_losses_body(T0 + timedelta(days=3) - timedelta(minutes=1))
    assert early["lost"] == []
    result = await process_losses_body(T0 + timedelta(days=3))
    assert result["lost"] == ["P0001"]
    async with committing_sessionmaker() as session:
        assert await _status(session, "P0001") == ReceiptStatus.LOST
        audit = await session.scalar(
            select(AuditLog).where(AuditLog.table_name == "receipt", AuditLog.action == "expire")
        )
        assert audit is not None and audit.request_id == "task:receipts.process_losses"
