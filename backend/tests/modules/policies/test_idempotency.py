"""Creating a policy with an optional Idempotency-Key (a double click on "Guardar" of the wizard):
one policy, the same answer replayed."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Policy
from tests.modules.policies.conftest import API, Team
from tests.modules.policies.test_create import client_and_vehicle, coverage, payload


async def test_same_key_twice_creates_one_policy_and_replays_the_answer(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    owner, vehicle = await client_and_vehicle(session, owned=False)
    body = payload(owner, vehicle, await coverage(session))
    headers = {**team.seller.headers, "Idempotency-Key": uuid.uuid4().hex}
    first = await client.post(API, json=body, headers=headers)
    assert first.status_code == 201, first.text
    second = await client.post(API, json=body, headers=headers)
    assert second.status_code == 201
    assert second.headers["idempotent-replayed"] == "true"
    assert second.json() == first.json()
    count = await session.scalar(
        select(func.count()).select_from(Policy).where(Policy.vehicle_id == vehicle.id)
    )
    assert count == 1
