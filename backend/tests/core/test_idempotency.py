"""Idempotency-Key on retried field writes (the proposal creation route as the subject)."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import FrozenClock, get_clock
from app.core.idempotency import RETENTION, claim, fingerprint, get_idempotency_sessionmaker, purge_expired
from app.models.enums import IdempotencyState
from app.models.idempotency import IdempotencyRecord
from app.models.proposal import PaymentProposal
from tests.fixtures.auth import MakeUser
from tests.modules.authorization.support import (
    COLLECTOR,
    a_policy,
    assigned_receipt,
    create_subject,
    proposal_body,
)

URL = "/api/v1/authorization/proposals"


@pytest.fixture
def clock(app: FastAPI) -> Iterator[FrozenClock]:
    frozen = FrozenClock(datetime.now(UTC))
    app.dependency_overrides[get_clock] = lambda: frozen
    yield frozen
    app.dependency_overrides.pop(get_clock, None)


@pytest.fixture
def own_transactions(app: FastAPI, session: AsyncSession) -> Iterator[async_sessionmaker[AsyncSession]]:
    """The record's "own short transactions" as SAVEPOINTs of the test's rolled-back transaction
    (a separate connection would wait on the rows the test's transaction holds); the committing
    test at the end uses real separate transactions."""
    maker = async_sessionmaker(
        bind=session.bind, expire_on_commit=False, autoflush=False, join_transaction_mode="create_savepoint"
    )
    app.dependency_overrides[get_idempotency_sessionmaker] = lambda: maker
    yield maker
    app.dependency_overrides.pop(get_idempotency_sessionmaker, None)


async def _record(session: AsyncSession, user_id: int, key: str) -> IdempotencyRecord | None:
    return await session.scalar(
        select(IdempotencyRecord)
        .where(IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key)
        .execution_options(populate_existing=True)
    )


async def test_the_header_is_required_and_checked(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    clock: FrozenClock,
    own_transactions: async_sessionmaker[AsyncSession],
) -> None:
    collector = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    body = proposal_body(bundle.payment(1).id, "Q1001")
    r = await client.post(URL, json=body, headers=collector.headers)
    assert r.status_code == 428
    assert r.json()["error"] == "IDEMPOTENCY_KEY_REQUIRED"
    assert "Idempotency-Key" in r.json()["detail"]
    r = await client.post(URL, json=body, headers={**collector.headers, "Idempotency-Key": "corta"})
    assert r.status_code == 422
    assert r.json()["error"] == "IDEMPOTENCY_KEY_INVALID"
    r = await client.post(
        URL, json=body, headers={**collector.headers, "Idempotency-Key": "no valida con espacios"}
    )
    assert r.status_code == 422


async def test_same_key_same_payload_replays_the_response(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    clock: FrozenClock,
    own_transactions: async_sessionmaker[AsyncSession],
) -> None:
    collector = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    receipt = await assigned_receipt(session, collector.employee_id)
    key = uuid.uuid4().hex
    body = proposal_body(bundle.payment(1).id, receipt.number)
    first = await client.post(URL, json=body, headers={**collector.headers, "Idempotency-Key": key})
    assert first.status_code == 201
    assert "idempotent-replayed" not in first.headers
    second = await client.post(URL, json=body, headers={**collector.headers, "Idempotency-Key": key})
    assert second.status_code == 201
    assert second.headers["idempotent-replayed"] == "true"
    assert second.json() == first.json()
    count = await session.scalar(select(func.count()).where(PaymentProposal.policy_id == bundle.policy.id))
    assert count == 1
    record = await _record(session, collector.user_id, key)
    assert record is not None and record.state == IdempotencyState.COMPLETED
    assert record.response_status == 201 and record.response_body == first.json()
    # another user may use the same key: records are per user
    other = await make_user(**COLLECTOR)
    other_policy = await a_policy(session)
    r = await client.post(
        URL,
        json=proposal_body(other_policy.payment(1).id, "Q1999"),
        headers={**other.headers, "Idempotency-Key": key},
    )
    assert r.status_code == 201


async def test_same_key_other_payload_is_refused(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    clock: FrozenClock,
    own_transactions: async_sessionmaker[AsyncSession],
) -> None:
    collector = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    key = uuid.uuid4().hex
    first = await client.post(
        URL,
        json=proposal_body(bundle.payment(1).id, "Q2001"),
        headers={**collector.headers, "Idempotency-Key": key},
    )
    assert first.status_code == 201
    other = await client.post(
        URL,
        json=proposal_body(bundle.payment(1).id, "Q2002"),
        headers={**collector.headers, "Idempotency-Key": key},
    )
    assert other.status_code == 422
    assert other.json()["error"] == "IDEMPOTENCY_KEY_REUSED"


async def test_first_still_in_flight_answers_409_and_a_stale_claim_is_taken_over(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    clock: FrozenClock,
    own_transactions: async_sessionmaker[AsyncSession],
) -> None:
    collector = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    key = uuid.uuid4().hex
    raw = json.dumps(proposal_body(bundle.payment(1).id, "Q3001")).encode()
    await claim(
        own_transactions,
        user_id=collector.user_id,
        key=key,
        method="POST",
        path=URL,
        request_sha256=fingerprint("POST", URL, raw),
        now=clock.now(),
    )
    headers = {**collector.headers, "Idempotency-Key": key, "Content-Type": "application/json"}
    r = await client.post(URL, content=raw, headers=headers)
    assert r.status_code == 409
    assert r.json()["error"] == "IDEMPOTENCY_IN_FLIGHT"
    # the first request died without cleaning up: after 2 minutes its claim is taken over
    clock.advance(timedelta(minutes=3))
    r = await client.post(URL, content=raw, headers=headers)
    assert r.status_code == 201, r.text


async def test_a_failed_request_releases_its_key(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    clock: FrozenClock,
    own_transactions: async_sessionmaker[AsyncSession],
) -> None:
    collector = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    key = uuid.uuid4().hex
    too_much = proposal_body(bundle.payment(1).id, "Q4001", amount="9999.00")
    r = await client.post(URL, json=too_much, headers={**collector.headers, "Idempotency-Key": key})
    assert r.status_code == 422
    assert await _record(session, collector.user_id, key) is None
    fixed = proposal_body(bundle.payment(1).id, "Q4001")
    r = await client.post(URL, json=fixed, headers={**collector.headers, "Idempotency-Key": key})
    assert r.status_code == 201


async def test_purge_deletes_only_expired_records(session: AsyncSession) -> None:
    now = datetime.now(UTC)
    for key, created in (("vencida-1", now - RETENTION - timedelta(hours=1)), ("vigente-1", now)):
        session.add(
            IdempotencyRecord(
                user_id=-1,
                key=key,
                method="POST",
                path=URL,
                request_sha256="0" * 64,
                state=IdempotencyState.COMPLETED,
                response_status=201,
                response_body={},
                created_at=created,
                expires_at=created + RETENTION,
            )
        )
    await session.flush()
    assert await purge_expired(session, now=now) == 1
    left = (await session.scalars(select(IdempotencyRecord.key).where(IdempotencyRecord.user_id == -1))).all()
    assert left == ["vigente-1"]


@pytest.mark.commit
async def test_same_key_sent_concurrently_creates_exactly_one_proposal(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
    committing_client: httpx.AsyncClient,
    redis: Redis,
    clock: FrozenClock,
) -> None:
    async with committing_sessionmaker() as session:
        collector = await create_subject(session, redis, **COLLECTOR)  # type: ignore[arg-type]
        bundle = await a_policy(session)
        receipt = await assigned_receipt(session, collector.employee_id)
        await session.commit()
    key = uuid.uuid4().hex
    body = proposal_body(bundle.payment(1).id, receipt.number)
    headers = {**collector.headers, "Idempotency-Key": key}
    responses = await asyncio.gather(
        *(committing_client.post(URL, json=body, headers=headers) for _ in range(10))
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses.count(201) >= 1
    assert set(statuses) <= {201, 409}, [r.text for r in responses]
    created = [r for r in responses if r.status_code == 201]
    assert len({r.json()["id"] for r in created}) == 1  # replays carry the same proposal
    async with committing_sessionmaker() as session:
        count = await session.scalar(
            select(func.count()).where(PaymentProposal.policy_id == bundle.policy.id)
        )
        assert count == 1
        record = await session.scalar(
            select(IdempotencyRecord).where(IdempotencyRecord.user_id == collector.user_id)
        )
        assert record is not None and record.state == IdempotencyState.COMPLETED
        assert record.response_status == 201 and record.response_body["id"] == created[0].json()["id"]
    # a retry after the answer was lost: the same response, replayed
    retry = await committing_client.post(URL, json=body, headers=headers)
    assert retry.status_code == 201 and retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == created[0].json()


@pytest.mark.commit
async def test_the_daily_task_purges_expired_records(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    from app.tasks.idempotency import purge_idempotency_records_body
    from app.tasks.scheduler import beat_schedule

    now = datetime.now(UTC)
    async with committing_sessionmaker() as session:
        expired = now - RETENTION - timedelta(minutes=1)
        for key, created in (("tarea-vencida", expired), ("tarea-vigente", now)):
            session.add(
                IdempotencyRecord(
                    user_id=-2,
                    key=key,
                    method="POST",
                    path=URL,
                    request_sha256="0" * 64,
                    state=IdempotencyState.COMPLETED,
                    created_at=created,
                    expires_at=created + RETENTION,
                )
            )
        await session.commit()
    assert await purge_idempotency_records_body(now=now) == 1
    async with committing_sessionmaker() as session:
        query = select(IdempotencyRecord.key).where(IdempotencyRecord.user_id == -2)
        left = (await session.scalars(query)).all()
        assert left == ["tarea-vigente"]
    assert beat_schedule["idempotency-purge"]["task"] == "idempotency.purge"
