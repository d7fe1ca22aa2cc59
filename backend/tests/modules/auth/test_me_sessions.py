"""/me, my sessions, revoking one of them, logout and logout everywhere (minted tokens: no Argon2)."""

from __future__ import annotations

import uuid

import httpx
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.models.auth import AuthSession
from app.models.enums import SessionKind
from tests.fixtures.auth import MakeUser, mint
from tests.modules.auth.support import API, COOKIE, audit_actions, bearer, set_cookies


async def test_me_describes_the_caller(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    gerente = await make_user(
        roles=[("gerente", "cobranza")], departments=[("cobranza", True), ("ventas", False)], now=clock.now()
    )
    r = await client.get(f"{API}/me", headers=gerente.headers)
    assert r.status_code == 200
    me = r.json()
    assert me["id"] == gerente.user_id
    assert me["username"] == gerente.username
    assert me["employee_id"] == gerente.employee_id
    assert me["is_admin"] is False
    assert me["roles"] == [{"code": "gerente", "department": "cobranza"}]
    assert me["departments"] == [
        {"code": "cobranza", "is_manager": True},
        {"code": "ventas", "is_manager": False},
    ]
    assert me["flags"] == {"is_seller": False, "is_collector": False, "is_adjuster": False}
    assert "payments.revert" in me["permissions"]
    assert "policies.change_seller" not in me["permissions"]  # held in Cobranza, not in Ventas
    assert me["totp_enabled"] is False
    assert me["must_change_password"] is False


async def test_me_without_a_token_is_401(client: httpx.AsyncClient) -> None:
    r = await client.get(f"{API}/me")
    assert (r.status_code, r.json()["error"]) == (401, "NOT_AUTHENTICATED")


async def test_my_sessions_lists_mine_with_the_current_one_marked(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    web_sid, web_token = subject.session_id, subject.token
    await mint(session, redis, subject, kind=SessionKind.MOBILE, now=clock.now())
    phone_sid = subject.session_id
    stranger = await make_user(now=clock.now())

    r = await client.get(f"{API}/sessions", headers=bearer(web_token))
    assert r.status_code == 200
    listed = {s["id"]: s for s in r.json()}
    assert set(listed) == {web_sid, phone_sid}
    assert listed[web_sid]["current"] is True and listed[web_sid]["kind"] == "web"
    assert listed[phone_sid]["current"] is False
    assert listed[phone_sid]["device_id"] == "test-device" and listed[phone_sid]["app_type"] == "collector"

    # another user's session: 404, not 403, and it stays alive
    r = await client.delete(f"{API}/sessions/{stranger.session_id}", headers=bearer(web_token))
    assert (r.status_code, r.json()["error"]) == (404, "NOT_FOUND")
    assert (await client.get(f"{API}/me", headers=stranger.headers)).status_code == 200
    r = await client.delete(f"{API}/sessions/{uuid.uuid4()}", headers=bearer(web_token))
    assert r.status_code == 404

    # revoke my phone: its token dies at once
    r = await client.delete(f"{API}/sessions/{phone_sid}", headers=bearer(web_token))
    assert r.status_code == 204
    r = await client.get(f"{API}/me", headers=subject.headers)
    assert (r.status_code, r.json()["error"]) == (401, "SESSION_REVOKED")
    assert [s["id"] for s in (await client.get(f"{API}/sessions", headers=bearer(web_token))).json()] == [
        web_sid
    ]
    row = await session.get(AuthSession, uuid.UUID(phone_sid))
    assert row is not None
    await session.refresh(row)
    assert row.revoked_reason == "revoked_by_user" and row.revoked_by_user_id == subject.user_id
    assert await audit_actions(session, phone_sid, table="auth_session") == ["session_revoked"]
    # a second revoke of the same session: it is no longer mine to revoke
    assert (await client.delete(f"{API}/sessions/{phone_sid}", headers=bearer(web_token))).status_code == 404


async def test_logout_kills_the_session_at_once_and_clears_the_cookie(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    r = await client.post(f"{API}/logout", headers=subject.headers)
    assert r.status_code == 204
    cleared = set_cookies(r)[COOKIE].lower()
    assert "max-age=0" in cleared and "path=/api/v1/auth" in cleared
    r = await client.get(f"{API}/me", headers=subject.headers)
    assert (r.status_code, r.json()["error"]) == (401, "SESSION_REVOKED")
    # the refresh token of that session is dead too
    r = await client.post(f"{API}/refresh", json={"refresh_token": subject.refresh_token})
    assert (r.status_code, r.json()["error"]) == (401, "REFRESH_INVALID")
    row = await session.get(AuthSession, uuid.UUID(subject.session_id))
    assert row is not None
    await session.refresh(row)
    assert row.revoked_reason == "logout"


async def test_logout_all_revokes_every_session_of_mine_only(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    first = subject.token
    await mint(session, redis, subject, kind=SessionKind.MOBILE, now=clock.now())
    second = subject.token
    bystander = await make_user(now=clock.now())
    assert (await client.post(f"{API}/logout-all", headers=bearer(first))).status_code == 204
    for token in (first, second):
        assert (await client.get(f"{API}/me", headers=bearer(token))).status_code == 401
    assert (await client.get(f"{API}/me", headers=bystander.headers)).status_code == 200
