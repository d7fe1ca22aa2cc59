"""Effective permissions: roles held globally or in a department, department grants, flag-implied
roles, individual grants and revokes (a revoke beats a wildcard), expiring overrides and the cache
TTL, and changes made through the admin API taking effect on the very next request."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import EmployeePermissionOverride, Permission
from app.models.enums import PermissionEffect, SessionKind
from app.modules.auth.authz import CACHE_TTL_S, AuthzCache, AuthzSnapshot, resolve_snapshot
from app.modules.auth.sessions import SessionStore
from tests.fixtures.auth import MakeUser, Subject
from tests.modules.admin import helpers as admin_helpers

# committed subjects with a fresh authorization version (see tests/modules/admin/helpers.py)
make_user = admin_helpers.make_user

NOW = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


async def effective(session: AsyncSession, subject: Subject) -> AuthzSnapshot:
    snapshot, _ = await resolve_snapshot(session, subject.user_id, now=NOW)
    return snapshot


async def override(
    session: AsyncSession,
    subject: Subject,
    code: str,
    effect: PermissionEffect,
    expires_at: datetime | None = None,
) -> None:
    permission = await session.scalar(select(Permission).where(Permission.code == code))
    assert permission is not None
    session.add(
        EmployeePermissionOverride(
            employee_id=subject.employee_id,
            permission_id=permission.id,
            effect=effect,
            reason="prueba",
            expires_at=expires_at,
        )
    )
    await session.flush()


async def test_a_department_grant_applies_only_where_the_role_is_held(
    session: AsyncSession, make_user: MakeUser
) -> None:
    cobranza = await make_user(
        roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)], login=False
    )
    ventas = await make_user(roles=[("auxiliar", "ventas")], departments=[("ventas", False)], login=False)
    assert (await effective(session, cobranza)).permission_set.allows("payments.edit")
    assert not (await effective(session, ventas)).permission_set.allows("payments.edit")
    # common areas come with the role wherever it is held
    assert (await effective(session, ventas)).permission_set.allows("tow.create")


async def test_role_held_globally_vs_in_one_department(session: AsyncSession, make_user: MakeUser) -> None:
    # held in ventas only: the cobranza grants of gerente do not apply even though they belong there
    in_ventas = await make_user(
        roles=[("gerente", "ventas")], departments=[("ventas", True), ("cobranza", False)], login=False
    )
    perms = (await effective(session, in_ventas)).permission_set
    assert perms.allows("policies.change_seller")
    assert not perms.allows("payments.revert")
    # held globally: the department grants apply in each of the employee's own departments
    global_holder = await make_user(
        roles=[("gerente", None)], departments=[("cobranza", True), ("siniestros", False)], login=False
    )
    perms = (await effective(session, global_holder)).permission_set
    assert perms.allows("payments.revert")
    assert perms.allows("incidents.assign")
    assert not perms.allows("policies.change_seller")  # ventas is not theirs
    assert perms.allows("hr.manage")  # the role's global grant


async def test_business_flags_imply_the_field_roles(session: AsyncSession, make_user: MakeUser) -> None:
    seller = await make_user(is_seller=True, login=False)
    adjuster = await make_user(is_adjuster=True, login=False)
    nobody = await make_user(login=False)
    seller_perms = (await effective(session, seller)).permission_set
    assert seller_perms.allows("policies.read_own")
    assert seller_perms.allows("renewals.edit")
    assert not seller_perms.allows("incidents.read_assigned")
    assert (await effective(session, adjuster)).permission_set.allows("incidents.read_assigned")
    assert (await effective(session, nobody)).permissions == ()


async def test_grants_add_and_a_revoke_beats_any_wildcard(session: AsyncSession, make_user: MakeUser) -> None:
    clerk = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)], login=False)
    await override(session, clerk, "receipts.assign", PermissionEffect.GRANT)
    await override(session, clerk, "payments.edit", PermissionEffect.REVOKE)
    perms = (await effective(session, clerk)).permission_set
    assert perms.allows("receipts.assign")
    assert not perms.allows("payments.edit")

    boss = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)], login=False)
    await override(session, boss, "payments.revert", PermissionEffect.REVOKE)
    perms = (await effective(session, boss)).permission_set
    assert perms.allows("payments.edit")  # payments.* still grants the rest
    assert not perms.allows("payments.revert")

    admin = await make_user(roles=[("admin", None)], login=False)
    await override(session, admin, "payments.*", PermissionEffect.REVOKE)
    snapshot = await effective(session, admin)
    assert not snapshot.permission_set.allows("payments.read")
    assert snapshot.permission_set.allows("admin.users")
    assert "payments.read" not in snapshot.permissions
    assert "admin.users" in snapshot.permissions


async def test_expired_overrides_are_ignored_and_the_cache_lives_until_the_earliest_expiry(
    session: AsyncSession, make_user: MakeUser, redis: Redis
) -> None:
    clerk = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)], login=False)
    await override(
        session, clerk, "cash.confirm", PermissionEffect.GRANT, expires_at=NOW - timedelta(seconds=1)
    )
    await override(
        session, clerk, "receipts.assign", PermissionEffect.GRANT, expires_at=NOW + timedelta(minutes=7)
    )
    await override(
        session, clerk, "payments.edit", PermissionEffect.REVOKE, expires_at=NOW + timedelta(minutes=3)
    )
    snapshot, ttl = await resolve_snapshot(session, clerk.user_id, now=NOW)
    assert not snapshot.permission_set.allows("cash.confirm")
    assert snapshot.permission_set.allows("receipts.assign")
    assert not snapshot.permission_set.allows("payments.edit")
    assert ttl == 180  # the revoke ends first: the cached copy must not outlive it

    cache = AuthzCache(redis)
    await cache.get(session, clerk.user_id, now=NOW)
    key = cache.key(clerk.user_id, await cache.versions(clerk.user_id))
    assert 0 < await redis.ttl(key) <= 180
    # once the revoke has expired, payments.edit is back
    later, _ = await resolve_snapshot(session, clerk.user_id, now=NOW + timedelta(minutes=3))
    assert later.permission_set.allows("payments.edit")
    without, ttl = await resolve_snapshot(
        session, (await make_user(login=False, is_seller=True)).user_id, now=NOW
    )
    assert ttl == CACHE_TTL_S
    assert without.is_seller


async def test_admin_api_changes_apply_on_the_very_next_request(
    client: httpx.AsyncClient, make_user: MakeUser
) -> None:
    admin = await make_user(roles=[("admin", None)])
    boss = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    assert (await client.get("/api/v1/employees", headers=boss.headers)).status_code == 200  # cached now

    r = await client.put(
        f"/api/v1/admin/users/{boss.user_id}/overrides",
        json=[{"permission": "hr.manage", "effect": "revoke", "reason": "Fuera del área de RRHH"}],
        headers=admin.headers,
    )
    assert r.status_code == 200
    r = await client.get("/api/v1/employees", headers=boss.headers)  # same token, no refresh
    assert (r.status_code, r.json()["fields"]) == (
        403,
        {"permission": "admin.employees | hr.admin | hr.manage"},
    )

    await client.put(f"/api/v1/admin/users/{boss.user_id}/overrides", json=[], headers=admin.headers)
    assert (await client.get("/api/v1/employees", headers=boss.headers)).status_code == 200

    r = await client.post(f"/api/v1/admin/users/{boss.user_id}/deactivate", headers=admin.headers)
    assert r.status_code == 200
    r = await client.get("/api/v1/employees", headers=boss.headers)
    assert r.status_code == 401
    assert r.json()["error"] in {"SESSION_REVOKED", "USER_INACTIVE"}


async def test_a_surviving_session_of_a_deactivated_employee_is_refused(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis
) -> None:
    """Even if a session somehow survived, the cached snapshot is invalidated and the inactive
    employee is refused (USER_INACTIVE)."""
    admin = await make_user(roles=[("admin", None)])
    boss = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    assert (await client.get("/api/v1/employees", headers=boss.headers)).status_code == 200
    await client.post(f"/api/v1/employees/{boss.employee_id}/deactivate", headers=admin.headers)
    # resurrect the session state to prove the snapshot check stands on its own
    await SessionStore(redis).open(
        session_id=boss.session_id,
        user_id=boss.user_id,
        kind=SessionKind.WEB,
        now=datetime.now(UTC),
        token="x",
    )
    r = await client.get("/api/v1/employees", headers=boss.headers)
    assert (r.status_code, r.json()["error"]) == (401, "USER_INACTIVE")
