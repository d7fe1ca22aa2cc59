"""Refresh tokens: rotation, concurrent use, the 30-second grace window, reuse detection, the web
cookie, and the idle / absolute lifetimes of a session."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import FrozenClock
from app.core.security import sha256_hex
from app.models import AuditLog, User
from app.models.auth import AuthSession
from app.models.enums import SessionKind
from app.modules.auth.authz import AuthzCache
from app.modules.auth.dependencies import session_state_key
from app.modules.auth.sessions import token_key
from tests.fixtures.auth import MakeUser
from tests.modules.auth.support import (
    API,
    COOKIE,
    bearer,
    committed_user,
    cookie_header,
    login,
    refresh_cookie,
    reset_auth_state,
    set_cookies,
)

REFRESH = f"{API}/refresh"


async def _refresh_web(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.post(REFRESH, headers=cookie_header(token))


async def test_web_refresh_rotates_the_cookie_and_issues_a_new_access_token(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    r = await _refresh_web(client, subject.refresh_token)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 900
    assert body["refresh_token"] is None
    successor = refresh_cookie(r)
    assert successor and successor != subject.refresh_token
    assert (await client.get(f"{API}/me", headers=bearer(body["access_token"]))).status_code == 200
    # the successor rotates in turn
    clock.advance(timedelta(minutes=14))
    r = await _refresh_web(client, successor)
    assert r.status_code == 200
    assert refresh_cookie(r) not in (None, successor, subject.refresh_token)


async def test_mobile_refresh_travels_in_the_body(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    subject = await make_user(kind=SessionKind.MOBILE, now=clock.now())
    r = await client.post(REFRESH, json={"refresh_token": subject.refresh_token})
    assert r.status_code == 200, r.text
    assert r.json()["refresh_token"] not in (None, subject.refresh_token)
    assert COOKIE not in set_cookies(r)


async def test_missing_or_unknown_refresh_token_is_refused_and_the_cookie_cleared(
    client: httpx.AsyncClient,
) -> None:
    r = await client.post(REFRESH)
    assert (r.status_code, r.json()["error"]) == (401, "REFRESH_INVALID")
    r = await _refresh_web(client, "x" * 43)
    assert (r.status_code, r.json()["error"]) == (401, "REFRESH_INVALID")
    assert "max-age=0" in set_cookies(r)[COOKIE].lower()


async def test_grace_window_boundary_then_the_family_is_revoked(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    first = await _refresh_web(client, subject.refresh_token)
    successor = refresh_cookie(first)
    assert successor

    clock.advance(timedelta(seconds=30))  # a second tab, 30 s later: the same successor
    again = await _refresh_web(client, subject.refresh_token)
    assert again.status_code == 200
    assert refresh_cookie(again) == successor

    clock.advance(timedelta(seconds=1))  # 31 s: reuse, theft suspected
    reused = await _refresh_web(client, subject.refresh_token)
    assert (reused.status_code, reused.json()["error"]) == (401, "REFRESH_REUSED")
    assert "max-age=0" in set_cookies(reused)[COOKIE].lower()

    # every token of the family is dead, and so is the session's access token
    for token in (subject.refresh_token, successor):
        r = await _refresh_web(client, token)
        assert (r.status_code, r.json()["error"]) == (401, "REFRESH_INVALID")
    r = await client.get(f"{API}/me", headers=subject.headers)
    assert (r.status_code, r.json()["error"]) == (401, "SESSION_REVOKED")
    assert not await redis.exists(session_state_key(subject.session_id))
    assert not await redis.exists(token_key(sha256_hex(successor)))

    # stored although the answer was a 401 (keep_changes)
    row = await session.get(AuthSession, uuid.UUID(subject.session_id))
    assert row is not None
    await session.refresh(row)
    assert row.revoked_reason == "refresh_reuse"
    assert row.revoked_at == clock.now()
    audit = (
        await session.scalars(
            select(AuditLog).where(
                AuditLog.table_name == "auth_session", AuditLog.record_id == subject.session_id
            )
        )
    ).all()
    assert [(a.action, a.after["reason"]) for a in audit if a.after] == [("session_revoked", "refresh_reuse")]


async def test_a_deactivated_user_is_refused_on_refresh_and_the_session_killed(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    user = await session.get(User, subject.user_id)
    assert user is not None
    user.is_active = False
    await session.flush()
    await AuthzCache(redis).bump_user_now(subject.user_id)
    r = await _refresh_web(client, subject.refresh_token)
    assert (r.status_code, r.json()["error"]) == (401, "USER_INACTIVE")
    assert "max-age=0" in set_cookies(r)[COOKIE].lower()
    assert not await redis.exists(session_state_key(subject.session_id))
    row = await session.get(AuthSession, uuid.UUID(subject.session_id))
    assert row is not None
    await session.refresh(row)
    assert row.revoked_reason == "user_inactive"


async def test_web_cookie_attributes(
    client: httpx.AsyncClient, make_user: MakeUser, redis: Redis, clock: FrozenClock
) -> None:
    await reset_auth_state(redis)
    subject = await make_user(login=False)
    r = await login(client, subject.username)
    assert r.status_code == 200
    raw = set_cookies(r)[COOKIE]
    attributes = {part.strip().split("=", 1)[0].lower() for part in raw.split(";")[1:]}
    assert attributes == {"httponly", "path", "samesite", "secure"}  # no expires / max-age
    assert "Path=/api/v1/auth" in raw
    assert "SameSite=strict" in raw or "SameSite=Strict" in raw
    # the refresh response sets it the same way
    r = await _refresh_web(client, refresh_cookie(r) or "")
    raw = set_cookies(r)[COOKIE]
    assert {p.strip().split("=", 1)[0].lower() for p in raw.split(";")[1:]} == attributes
    await reset_auth_state(redis)


@pytest.mark.parametrize(
    ("kind", "idle", "absolute"),
    [(SessionKind.WEB, 8 * 3600, 7 * 24 * 3600), (SessionKind.MOBILE, 30 * 24 * 3600, 30 * 24 * 3600)],
)
async def test_session_idle_and_absolute_lifetimes(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    redis: Redis,
    clock: FrozenClock,
    kind: SessionKind,
    idle: int,
    absolute: int,
) -> None:
    subject = await make_user(kind=kind, now=clock.now())
    state = session_state_key(subject.session_id)
    assert idle - 5 <= await redis.ttl(state) <= idle
    assert int(await redis.hget(state, "abs_exp")) == int(clock.now().timestamp()) + absolute
    assert absolute - 5 <= await redis.ttl(token_key(sha256_hex(subject.refresh_token))) <= absolute

    def send(token: str) -> dict[str, object]:
        if kind == SessionKind.WEB:
            return {"headers": cookie_header(token)}
        return {"json": {"refresh_token": token}}

    def successor(r: httpx.Response) -> str:
        token = refresh_cookie(r) if kind == SessionKind.WEB else r.json()["refresh_token"]
        assert token
        return token

    # each refresh restarts the idle window
    await redis.expire(state, 100)
    r = await client.post(REFRESH, **send(subject.refresh_token))  # type: ignore[arg-type]
    assert r.status_code == 200
    assert idle - 5 <= await redis.ttl(state) <= idle
    token = successor(r)

    # the absolute lifetime is not extended by refreshing
    clock.advance(timedelta(seconds=absolute - 1))
    r = await client.post(REFRESH, **send(token))  # type: ignore[arg-type]
    assert r.status_code == 200
    token = successor(r)
    clock.advance(timedelta(seconds=1))
    r = await client.post(REFRESH, **send(token))  # type: ignore[arg-type]
    assert (r.status_code, r.json()["error"]) == (401, "REFRESH_INVALID")


async def test_idle_session_cannot_be_refreshed(
    client: httpx.AsyncClient, make_user: MakeUser, redis: Redis, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    await redis.delete(session_state_key(subject.session_id))  # what the 8-hour TTL does
    r = await _refresh_web(client, subject.refresh_token)
    assert (r.status_code, r.json()["error"]) == (401, "REFRESH_INVALID")


@pytest.fixture
def concurrent(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> async_sessionmaker[AsyncSession]:
    """Real commits: each concurrent request has its own connection (tables truncated after)."""
    return committing_sessionmaker


async def test_two_concurrent_refreshes_with_one_token_get_the_same_successor(
    committing_client: httpx.AsyncClient,
    concurrent: async_sessionmaker[AsyncSession],
    redis: Redis,
    known_password_hash: str,
    clock: FrozenClock,
) -> None:
    subject = await committed_user(concurrent, redis, known_password_hash, login=True, now=clock.now())
    first, second = await asyncio.gather(
        _refresh_web(committing_client, subject.refresh_token),
        _refresh_web(committing_client, subject.refresh_token),
    )
    assert first.status_code == second.status_code == 200, (first.text, second.text)
    assert refresh_cookie(first) == refresh_cookie(second) != subject.refresh_token
    # exactly one successor exists in the family, and it works
    r = await _refresh_web(committing_client, refresh_cookie(first) or "")
    assert r.status_code == 200
