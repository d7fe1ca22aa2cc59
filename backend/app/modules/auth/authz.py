"""Effective permissions of a user, resolved by SQL and cached in Redis.

effective = grants of the roles the user holds (global role grants everywhere; department grants
only in the department the role is held in, or, for a role held globally, in the employee's own
departments) ∪ grants of the roles implied by the business flags (is_seller -> vendedor, ...)
∪ individual grants − individual revokes (unexpired ``employee_permission_override``).

The cache key carries a per-user version and a global version. Any change to a user's roles,
overrides, departments, flags or state bumps the user's version (``bump_user``); a change to a
role's grants bumps the global version (``bump_all``). The bump runs after the commit, so the next
request after the change resolves again: a revoked permission or a deactivated user takes effect
immediately, never waiting for a token to expire.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.database import after_commit
from app.core.permissions import PermissionSet
from app.seed.data.grants import FLAG_IMPLIED_ROLES

CACHE_TTL_S = 600
GLOBAL_VERSION_KEY = "authz:ver:global"


def user_version_key(user_id: int) -> str:
    return f"authz:ver:u{user_id}"


@dataclass(frozen=True)
class RoleHeld:
    code: str
    department: str | None  # department code, None = global


@dataclass(frozen=True)
class AuthzSnapshot:
    """Everything authorization needs about a user, small enough to cache as JSON."""

    user_id: int
    username: str
    user_active: bool
    must_change_password: bool
    employee_id: int
    employee_active: bool
    full_name: str
    code: str | None
    is_seller: bool
    is_collector: bool
    is_adjuster: bool
    roles: tuple[RoleHeld, ...]
    departments: tuple[str, ...]
    managed_departments: tuple[str, ...]
    grants: tuple[str, ...]
    revokes: tuple[str, ...]
    #: concrete permission codes allowed (the catalogue expanded), for the token and the UI
    permissions: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_active(self) -> bool:
        return self.user_active and self.employee_active

    @property
    def is_admin(self) -> bool:
        return any(r.code == "admin" for r in self.roles)

    @property
    def permission_set(self) -> PermissionSet:
        return PermissionSet(frozenset(self.grants), frozenset(self.revokes))

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, raw: str) -> AuthzSnapshot:
        data: dict[str, Any] = json.loads(raw)
        data["roles"] = tuple(RoleHeld(**r) for r in data["roles"])
        for key in ("departments", "managed_departments", "grants", "revokes", "permissions"):
            data[key] = tuple(data[key])
        return cls(**data)


_USER_SQL = text(
    """
    SELECT u.id, u.username, u.is_active AS user_active, u.must_change_password,
           e.id AS employee_id, e.is_active AS employee_active, e.code,
           concat_ws(' ', e.first_name, e.last_name, e.second_last_name) AS full_name,
           e.is_seller, e.is_collector, e.is_adjuster
    FROM app_user u JOIN employee e ON e.id = u.employee_id
    WHERE u.id = :uid
    """
)

_DEPARTMENTS_SQL = text(
    """
    SELECT d.code, ed.is_manager
    FROM employee_department ed JOIN department d ON d.id = ed.department_id
    WHERE ed.employee_id = :eid ORDER BY d.code
    """
)

_ROLES_SQL = text(
    """
    SELECT r.code, d.code AS department
    FROM user_role ur JOIN role r ON r.id = ur.role_id LEFT JOIN department d ON d.id = ur.department_id
    WHERE ur.user_id = :uid ORDER BY r.code, d.code NULLS FIRST
    """
)

# One set-based query: held roles (explicit + implied by flags) joined to their grants, a
# department grant counting only where the role is held.
_GRANTS_SQL = text(
    """
    WITH held AS (
        SELECT ur.role_id, ur.department_id AS held_department
        FROM user_role ur WHERE ur.user_id = :uid
        UNION
        SELECT r.id, NULL FROM role r WHERE r.code = ANY(CAST(:implied AS text[]))
    ),
    my_departments AS (
        SELECT department_id FROM employee_department WHERE employee_id = :eid
    )
    SELECT DISTINCT p.code
    FROM held h
    JOIN role_permission rp ON rp.role_id = h.role_id
    JOIN permission p ON p.id = rp.permission_id
    WHERE rp.department_id IS NULL
       OR rp.department_id = h.held_department
       OR (h.held_department IS NULL AND rp.department_id IN (SELECT department_id FROM my_departments))
    """
)

_OVERRIDES_SQL = text(
    """
    SELECT p.code, o.effect::text AS effect, o.expires_at
    FROM employee_permission_override o JOIN permission p ON p.id = o.permission_id
    WHERE o.employee_id = :eid AND (o.expires_at IS NULL OR o.expires_at > :now)
    """
)

_CATALOGUE_SQL = text("SELECT code FROM permission WHERE code NOT LIKE '%*%'")


async def resolve_snapshot(
    session: AsyncSession, user_id: int, *, now: datetime
) -> tuple[AuthzSnapshot, int]:
    """Resolve from the database. Returns the snapshot and how long it may be cached (seconds):
    never beyond the earliest expiry of a time-boxed override."""
    row = (await session.execute(_USER_SQL, {"uid": user_id})).mappings().one_or_none()
    if row is None:
        raise LookupError(user_id)
    eid = row["employee_id"]
    departments = (await session.execute(_DEPARTMENTS_SQL, {"eid": eid})).all()
    roles = (await session.execute(_ROLES_SQL, {"uid": user_id})).all()
    implied = [role for flag, role in FLAG_IMPLIED_ROLES.items() if row[flag]]
    grants = {
        r[0] for r in await session.execute(_GRANTS_SQL, {"uid": user_id, "eid": eid, "implied": implied})
    }
    overrides = (await session.execute(_OVERRIDES_SQL, {"eid": eid, "now": now})).all()
    revokes: set[str] = set()
    ttl = CACHE_TTL_S
    for code, effect, expires_at in overrides:
        (grants if effect == "grant" else revokes).add(code)
        if expires_at is not None:
            ttl = max(1, min(ttl, int((expires_at - now).total_seconds())))
    catalogue = [r[0] for r in await session.execute(_CATALOGUE_SQL)]
    permission_set = PermissionSet(frozenset(grants), frozenset(revokes))
    snapshot = AuthzSnapshot(
        user_id=row["id"],
        username=row["username"],
        user_active=row["user_active"],
        must_change_password=row["must_change_password"],
        employee_id=eid,
        employee_active=row["employee_active"],
        full_name=row["full_name"],
        code=row["code"],
        is_seller=row["is_seller"],
        is_collector=row["is_collector"],
        is_adjuster=row["is_adjuster"],
        roles=tuple(RoleHeld(code=c, department=d) for c, d in roles),
        departments=tuple(c for c, _ in departments),
        managed_departments=tuple(c for c, manager in departments if manager),
        grants=tuple(sorted(grants)),
        revokes=tuple(sorted(revokes)),
        permissions=tuple(permission_set.effective(catalogue)),
    )
    return snapshot, ttl


class AuthzCache:
    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def versions(self, user_id: int) -> tuple[int, int]:
        g, u = await self.redis.mget(GLOBAL_VERSION_KEY, user_version_key(user_id))
        return int(g or 0), int(u or 0)

    @staticmethod
    def key(user_id: int, versions: tuple[int, int]) -> str:
        return f"authz:snap:u{user_id}:g{versions[0]}:v{versions[1]}"

    async def get(
        self, session: AsyncSession, user_id: int, *, now: datetime, versions: tuple[int, int] | None = None
    ) -> AuthzSnapshot:
        versions = versions or await self.versions(user_id)
        key = self.key(user_id, versions)
        cached = await self.redis.get(key)
        if cached:
            return AuthzSnapshot.from_json(cached.decode() if isinstance(cached, bytes) else cached)
        snapshot, ttl = await resolve_snapshot(session, user_id, now=now)
        await self.redis.set(key, snapshot.to_json(), ex=ttl)
        return snapshot

    async def bump_user_now(self, user_id: int) -> None:
        await self.redis.incr(user_version_key(user_id))

    async def bump_all_now(self) -> None:
        await self.redis.incr(GLOBAL_VERSION_KEY)


def bump_user(redis: Redis, user_id: int) -> None:
    """After the current unit of work commits, invalidate this user's cached permissions."""

    async def bump() -> None:
        await AuthzCache(redis).bump_user_now(user_id)

    after_commit(bump)


def bump_all(redis: Redis) -> None:
    """After commit, invalidate every user's cached permissions (a role's grants changed)."""

    async def bump() -> None:
        await AuthzCache(redis).bump_all_now()

    after_commit(bump)
