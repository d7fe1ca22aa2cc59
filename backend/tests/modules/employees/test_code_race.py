"""Code assignment under concurrency: parallel creations (real commits) get distinct, consecutive
codes thanks to the per-prefix advisory lock."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models import Employee, Role, User, UserRole
from app.modules.auth.authz import AuthzCache
from tests.fixtures.auth import Subject, mint

pytestmark = pytest.mark.commit


@pytest.fixture(autouse=True)
async def forget_cached_permissions(redis: Redis) -> AsyncIterator[None]:
    """The cleanup TRUNCATEs with RESTART IDENTITY, so the next test's first user gets this
    test's admin's id: make every cached permission snapshot unreachable."""
    yield
    await AuthzCache(redis).bump_all_now()


async def committed_admin(maker: async_sessionmaker[AsyncSession], redis: Redis) -> Subject:
    async with maker() as s:
        employee = Employee(first_name="Admin", last_name="Concurrente")
        s.add(employee)
        await s.flush()
        user = User(
            employee_id=employee.id,
            username=f"admin_{uuid.uuid4().hex[:8]}",
            password_hash="-",
            is_active=True,
            must_change_password=False,
        )
        s.add(user)
        await s.flush()
        admin_role = await s.scalar(select(Role).where(Role.code == "admin"))
        assert admin_role is not None
        s.add(UserRole(user_id=user.id, role_id=admin_role.id))
        subject = Subject(user_id=user.id, employee_id=employee.id, username=user.username)
        await mint(s, redis, subject)
        await s.commit()
    await AuthzCache(redis).bump_user_now(subject.user_id)  # ids restart after TRUNCATE: no stale snapshot
    return subject


async def test_parallel_creations_get_consecutive_distinct_codes(
    committing_client: httpx.AsyncClient,
    committing_sessionmaker: async_sessionmaker[AsyncSession],
    redis: Redis,
) -> None:
    admin = await committed_admin(committing_sessionmaker, redis)

    async def create(n: int) -> httpx.Response:
        body = {
            "first_name": f"Vendedor{n}",
            "last_name": "Paralelo",
            "is_seller": True,
            "is_collector": True,
        }
        return await committing_client.post("/api/v1/employees", json=body, headers=admin.headers)

    responses = await asyncio.gather(*(create(n) for n in range(12)))
    assert [r.status_code for r in responses] == [201] * 12, [
        r.text for r in responses if r.status_code != 201
    ]
    codes = sorted((r.json()["code"] for r in responses), key=lambda c: int(c[1:]))
    assert codes == [f"V{n}" for n in range(1, 13)]
