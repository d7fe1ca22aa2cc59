"""Counter payments with an optional Idempotency-Key (double clicks, retries of the web admin):
one payment, the same answer replayed; without the header the route works as before."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import FrozenClock, get_clock
from app.models import PaymentTransaction
from app.models.enums import IdempotencyState
from app.models.idempotency import IdempotencyRecord
from tests.modules.authorization.support import AUXILIAR_COBRANZA, a_policy, create_subject
from tests.modules.payments.conftest import API, Team, ledger, office_receipt

URL = f"{API}/counter"


@pytest.fixture
def clock(app: FastAPI) -> Iterator[FrozenClock]:
    """At the real time: the committing test's subjects get tokens minted now."""
    frozen = FrozenClock(datetime.now(UTC))
    app.dependency_overrides[get_clock] = lambda: frozen
    yield frozen
    app.dependency_overrides.pop(get_clock, None)


def _body(installment_id: int, receipt: str) -> dict[str, str | int]:
    return {
        "installment_id": installment_id,
        "amount": "1200.00",
        "method": "cash",
        "receipt_number": receipt,
    }


async def _records(session: AsyncSession, user_id: int) -> list[IdempotencyRecord]:
    stmt = (
        select(IdempotencyRecord)
        .where(IdempotencyRecord.user_id == user_id)
        .execution_options(populate_existing=True)
    )
    return list((await session.scalars(stmt)).all())


async def test_same_key_twice_pays_once_and_replays_the_answer(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await a_policy(session)
    number = await office_receipt(session, prefix="I")
    headers = {**team.assistant.headers, "Idempotency-Key": uuid.uuid4().hex}
    body = _body(bundle.payment(1).id, number)
    first = await client.post(URL, json=body, headers=headers)
    assert first.status_code == 201, first.text
    assert "idempotent-replayed" not in first.headers
    second = await client.post(URL, json=body, headers=headers)
    assert second.status_code == 201
    assert second.headers["idempotent-replayed"] == "true"
    assert second.json() == first.json()
    assert len(await ledger(session, bundle.payment(1).id)) == 1
    [record] = await _records(session, team.assistant.user_id)
    assert record.state == IdempotencyState.COMPLETED and record.response_body == first.json()


async def test_same_key_with_another_body_is_refused(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await a_policy(session)
    number = await office_receipt(session, prefix="I")
    other_number = await office_receipt(session, prefix="I")
    headers = {**team.assistant.headers, "Idempotency-Key": uuid.uuid4().hex}
    first = await client.post(URL, json=_body(bundle.payment(1).id, number), headers=headers)
    assert first.status_code == 201, first.text
    other = await client.post(URL, json=_body(bundle.payment(2).id, other_number), headers=headers)
    assert other.status_code == 422
    assert other.json()["error"] == "IDEMPOTENCY_KEY_REUSED"
    assert "clave" in other.json()["detail"].lower()
    assert await ledger(session, bundle.payment(2).id) == []


async def test_without_the_header_it_works_as_before_and_records_nothing(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await a_policy(session)
    number = await office_receipt(session, prefix="I")
    body = _body(bundle.payment(1).id, number)
    first = await client.post(URL, json=body, headers=team.assistant.headers)
    assert first.status_code == 201, first.text
    assert first.json()["installment"]["status"] == "paid"
    # no key, no replay: the repeated request is judged on its own (already paid, receipt used)
    again = await client.post(URL, json=body, headers=team.assistant.headers)
    assert again.status_code in (409, 422) and "idempotent-replayed" not in again.headers
    assert await _records(session, team.assistant.user_id) == []
    assert len(await ledger(session, bundle.payment(1).id)) == 1
    # a malformed key is refused before any work
    bad = await client.post(URL, json=body, headers={**team.assistant.headers, "Idempotency-Key": "corta"})
    assert bad.status_code == 422 and bad.json()["error"] == "IDEMPOTENCY_KEY_INVALID"


async def test_a_refused_payment_releases_its_key(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await a_policy(session)
    number = await office_receipt(session, prefix="I")
    headers = {**team.assistant.headers, "Idempotency-Key": uuid.uuid4().hex}
    refused = await client.post(URL, json=_body(bundle.payment(1).id, "I9999"), headers=headers)
    assert refused.status_code in (404, 409, 422), refused.text
    assert await _records(session, team.assistant.user_id) == []
    fixed = await client.post(URL, json=_body(bundle.payment(1).id, number), headers=headers)
    assert fixed.status_code == 201, fixed.text


@pytest.mark.commit
async def test_concurrent_twins_pay_exactly_once(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
    committing_client: httpx.AsyncClient,
    redis: Redis,
    clock: FrozenClock,
) -> None:
    async with committing_sessionmaker() as session:
        assistant = await create_subject(session, redis, **AUXILIAR_COBRANZA)  # type: ignore[arg-type]
        bundle = await a_policy(session)
        number = await office_receipt(session, prefix="I")
        await session.commit()
    target = bundle.payment(1).id
    headers = {**assistant.headers, "Idempotency-Key": uuid.uuid4().hex}
    body = _body(target, number)
    responses = await asyncio.gather(
        *(committing_client.post(URL, json=body, headers=headers) for _ in range(8))
    )
    statuses = [r.status_code for r in responses]
    assert statuses.count(201) >= 1
    assert set(statuses) <= {201, 409}, [r.text for r in responses]
    created = [r for r in responses if r.status_code == 201]
    assert len({r.json()["transaction"]["id"] for r in created}) == 1
    assert all(r.json()["error"] == "IDEMPOTENCY_IN_FLIGHT" for r in responses if r.status_code == 409)
    async with committing_sessionmaker() as session:
        count = await session.scalar(
            select(func.count())
            .select_from(PaymentTransaction)
            .where(PaymentTransaction.payment_id == target)
        )
        assert count == 1
    retry = await committing_client.post(URL, json=body, headers=headers)
    assert retry.status_code == 201 and retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == created[0].json()
