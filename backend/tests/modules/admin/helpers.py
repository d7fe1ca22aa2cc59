"""Small helpers shared by the admin, employees and security tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuditLog
from app.modules.auth.authz import AuthzCache
from app.modules.auth.network import invalidate_network_config
from tests.fixtures.auth import MakeUser, Subject


async def audit_rows(
    session: AsyncSession, *, table: str, record_id: Any | None = None, action: str | None = None
) -> list[AuditLog]:
    """Audit rows of ``table`` (and record/action), oldest first, read in the test's transaction."""
    stmt = select(AuditLog).where(AuditLog.table_name == table)
    if record_id is not None:
        stmt = stmt.where(AuditLog.record_id == str(record_id))
    if action is not None:
        stmt = stmt.where(AuditLog.action == action)
    session.expunge_all()
    return list((await session.scalars(stmt.order_by(AuditLog.occurred_at, AuditLog.id))).all())


@pytest.fixture
def make_user(make_user: MakeUser, session: AsyncSession, redis: Redis) -> MakeUser:
    """The shared ``make_user``, then:

    - a commit (the test's SAVEPOINT is released; the outer transaction still rolls back at the
      end). Without it, the first request that fails (403, 422) would roll back the subjects the
      test just created along with its own work;
    - a bump of the new user's authorization version. Committing tests TRUNCATE ... RESTART
      IDENTITY, so a user id comes back in a later test, and Redis (never rolled back) may still
      hold the permission snapshot cached for the earlier user with that id at the same version:
      a collector would inherit an earlier test's admin permissions."""

    async def factory(**kwargs: Any) -> Subject:
        subject = await make_user(**kwargs)
        await session.commit()
        await AuthzCache(redis).bump_user_now(subject.user_id)
        return subject

    return factory


@pytest.fixture
async def fresh_network_config(redis: Redis) -> AsyncIterator[None]:
    """The network settings are cached in Redis, which the test's rollback does not undo: start
    and end without a cached copy so no other test sees this test's mode."""
    await invalidate_network_config(redis)
    yield
    await invalidate_network_config(redis)
