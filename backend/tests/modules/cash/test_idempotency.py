"""Cash deliveries with an optional Idempotency-Key (double clicks, retries of the web admin): one
delivery, the same answer replayed; without the header the route works as before."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import FrozenClock
from app.models.cash import CashDelivery
from app.models.idempotency import IdempotencyRecord
from tests.fixtures.auth import MakeUser, Subject
from tests.modules.authorization.support import (
    AUXILIAR_COBRANZA,
    COLLECTOR,
    GERENTE_COBRANZA,
    a_policy,
    assigned_receipt,
    create_subject,
    idem,
    proposal_body,
)

AUTH = "/api/v1/authorization"
URL = "/api/v1/cash/deliveries"


async def _applied_cash(
    client: httpx.AsyncClient, session: AsyncSession, collector: Subject, reviewer: Subject, *, commit: bool
) -> None:
    """A 1,200.00 cash proposal of the collector, approved (money the collector must deliver)."""
    bundle = await a_policy(session)
    receipt = await assigned_receipt(session, collector.employee_id)
    if commit:
        await session.commit()
    r = await client.post(
        f"{AUTH}/proposals",
        json=proposal_body(bundle.payment(1).id, receipt.number, amount="1200.00"),
        headers={**collector.headers, **idem()},
    )
    assert r.status_code == 201, r.text
    r = await client.post(f"{AUTH}/proposals/{r.json()['id']}/approve", headers=reviewer.headers)
    assert r.status_code == 200, r.text


async def _deliveries(session: AsyncSession, collector_id: int) -> int:
    return (
        await session.scalar(
            select(func.count()).select_from(CashDelivery).where(CashDelivery.collector_id == collector_id)
        )
    ) or 0


async def test_same_key_twice_delivers_once_and_replays_the_answer(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    manager = await make_user(**GERENTE_COBRANZA)
    await _applied_cash(client, session, collector, reviewer, commit=False)
    body = {"collector_id": collector.employee_id, "received_amount": "1200.00"}
    headers = {**manager.headers, "Idempotency-Key": uuid.uuid4().hex}
    first = await client.post(URL, json=body, headers=headers)
    assert first.status_code == 201, first.text
    assert "idempotent-replayed" not in first.headers
    second = await client.post(URL, json=body, headers=headers)
    assert second.status_code == 201
    assert second.headers["idempotent-replayed"] == "true"
    assert second.json() == first.json()
    assert await _deliveries(session, collector.employee_id) == 1


async def test_same_key_with_another_body_is_refused(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    manager = await make_user(**GERENTE_COBRANZA)
    await _applied_cash(client, session, collector, reviewer, commit=False)
    headers = {**manager.headers, "Idempotency-Key": uuid.uuid4().hex}
    first = await client.post(
        URL, json={"collector_id": collector.employee_id, "received_amount": "1200.00"}, headers=headers
    )
    assert first.status_code == 201, first.text
    other = await client.post(
        URL, json={"collector_id": collector.employee_id, "received_amount": "1100.00"}, headers=headers
    )
    assert other.status_code == 422
    assert other.json()["error"] == "IDEMPOTENCY_KEY_REUSED"
    assert await _deliveries(session, collector.employee_id) == 1


async def test_without_the_header_it_works_as_before_and_records_nothing(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    manager = await make_user(**GERENTE_COBRANZA)
    await _applied_cash(client, session, collector, reviewer, commit=False)
    body = {"collector_id": collector.employee_id, "received_amount": "1200.00"}
    first = await client.post(URL, json=body, headers=manager.headers)
    assert first.status_code == 201, first.text
    again = await client.post(URL, json=body, headers=manager.headers)
    assert again.status_code == 409 and again.json()["error"] == "CASH_NOTHING_TO_DELIVER"
    records = await session.scalar(
        select(func.count())
        .select_from(IdempotencyRecord)
        .where(IdempotencyRecord.user_id == manager.user_id)
    )
    assert records == 0
    assert await _deliveries(session, collector.employee_id) == 1


@pytest.mark.commit
async def test_concurrent_twins_deliver_exactly_once(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
    committing_client: httpx.AsyncClient,
    redis: Redis,
    clock: FrozenClock,
) -> None:
    async with committing_sessionmaker() as session:
        collector = await create_subject(session, redis, **COLLECTOR)  # type: ignore[arg-type]
        reviewer = await create_subject(session, redis, **AUXILIAR_COBRANZA)  # type: ignore[arg-type]
        manager = await create_subject(session, redis, **GERENTE_COBRANZA)  # type: ignore[arg-type]
        await _applied_cash(committing_client, session, collector, reviewer, commit=True)
    body = {"collector_id": collector.employee_id, "received_amount": "1200.00"}
    headers = {**manager.headers, "Idempotency-Key": uuid.uuid4().hex}
    responses = await asyncio.gather(
        *(committing_client.post(URL, json=body, headers=headers) for _ in range(8))
    )
    statuses = [r.status_code for r in responses]
    assert statuses.count(201) >= 1
    assert set(statuses) <= {201, 409}, [r.text for r in responses]
    created = [r for r in responses if r.status_code == 201]
    assert len({r.json()["id"] for r in created}) == 1
    assert all(r.json()["error"] == "IDEMPOTENCY_IN_FLIGHT" for r in responses if r.status_code == 409)
    async with committing_sessionmaker() as session:
        assert await _deliveries(session, collector.employee_id) == 1
    retry = await committing_client.post(URL, json=body, headers=headers)
    assert retry.status_code == 201 and retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == created[0].json()
