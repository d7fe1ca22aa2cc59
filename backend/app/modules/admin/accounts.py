"""Operations on a login that other modules need inside their own unit of work.

The employees module calls these when an employee is deactivated (their login goes with them) or
leaves a department (roles held in that department go with it). They audit, revoke and bump the
authorization cache exactly like the admin endpoints, so there is one way to do each thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.core.audit import record_audit
from app.models import User, UserRole
from app.modules.admin.repository import UserRepository
from app.modules.auth.authz import bump_user
from app.modules.auth.sessions import SessionService


def role_label(role_code: str, department_code: str | None) -> dict[str, str | None]:
    return {"role": role_code, "department": department_code}


async def set_login_active(
    session: AsyncSession,
    redis: Redis,
    user: User,
    *,
    active: bool,
    now: datetime,
    reason: str,
    actor_id: int | None,
) -> bool:
    """Activate or deactivate a login. Deactivation revokes every session at once (their Redis
    state dies immediately) and invalidates the cached permissions. Returns False if unchanged."""
    if user.is_active == active:
        return False
    user.is_active = active
    await session.flush()
    await record_audit(
        session,
        table="app_user",
        record_id=user.id,
        action="activate" if active else "deactivate",
        before={"is_active": not active},
        after={"is_active": active, "reason": reason},
        user_id=actor_id,
    )
    if not active:
        await SessionService(session, redis).revoke_all_for_user(
            user.id, reason=reason, now=now, by_user_id=actor_id
        )
    bump_user(redis, user.id)
    return True


async def deactivate_login_of_employee(
    session: AsyncSession, redis: Redis, employee_id: int, *, now: datetime, actor_id: int | None
) -> bool:
    user = await UserRepository(session).by_employee(employee_id)
    if user is None:
        return False
    return await set_login_active(
        session, redis, user, active=False, now=now, reason="employee_deactivated", actor_id=actor_id
    )


async def drop_roles_outside_departments(
    session: AsyncSession,
    redis: Redis,
    employee_id: int,
    department_ids: Iterable[int],
    *,
    actor_id: int | None,
) -> list[dict[str, str | None]]:
    """Remove the department-scoped roles the employee's login holds in departments they no
    longer belong to (privileges only shrink). Returns what was removed."""
    user = await UserRepository(session).by_employee(employee_id)
    if user is None:
        return []
    keep = set(department_ids)
    rows = await session.scalars(
        select(UserRole)
        .where(UserRole.user_id == user.id, UserRole.department_id.is_not(None))
        .options(selectinload(UserRole.role), selectinload(UserRole.department))
    )
    dropped = [ur for ur in rows.all() if ur.department_id not in keep]
    if not dropped:
        return []
    removed = [role_label(ur.role.code, ur.department.code if ur.department else None) for ur in dropped]
    for ur in dropped:
        await session.delete(ur)
    await session.flush()
    await record_audit(
        session,
        table="user_role",
        record_id=user.id,
        action="roles_removed_with_department",
        before={"removed": removed},
        after=None,
        user_id=actor_id,
    )
    bump_user(redis, user.id)
    return removed
