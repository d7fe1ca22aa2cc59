"""Receipt batches and assignments with an optional Idempotency-Key (double clicks, retries): one
write, the same answer replayed (a plain repeat would answer "0 created, all skipped")."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from tests.modules.receipts.conftest import API, Team


async def test_same_key_twice_creates_one_batch_and_replays_the_answer(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    headers = {**team.manager.headers, "Idempotency-Key": uuid.uuid4().hex}
    body = {"first": "W0001", "last": "W0005"}
    first = await client.post(f"{API}/batches", json=body, headers=headers)
    assert first.status_code == 201, first.text
    second = await client.post(f"{API}/batches", json=body, headers=headers)
    assert second.status_code == 201
    assert second.headers["idempotent-replayed"] == "true"
    assert second.json() == first.json()
    # without the key the same request is a new write: nothing left to create
    plain = await client.post(f"{API}/batches", json=body, headers=team.manager.headers)
    assert plain.status_code in (201, 409, 422) and "idempotent-replayed" not in plain.headers
    assert plain.json() != first.json()


async def test_same_key_twice_assigns_once_and_replays_the_answer(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    created = await client.post(
        f"{API}/batches", json={"first": "W0101", "last": "W0103"}, headers=team.manager.headers
    )
    assert created.status_code == 201, created.text
    headers = {**team.manager.headers, "Idempotency-Key": uuid.uuid4().hex}
    body = {"first": "W0101", "last": "W0103", "to_office": True}
    first = await client.post(f"{API}/assign", json=body, headers=headers)
    assert first.status_code == 200, first.text
    second = await client.post(f"{API}/assign", json=body, headers=headers)
    assert second.status_code == 200
    assert second.headers["idempotent-replayed"] == "true"
    assert second.json() == first.json()
