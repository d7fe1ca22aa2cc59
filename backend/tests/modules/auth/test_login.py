"""Web and mobile login through HTTP (real Argon2), temp tokens, rehashing, audit."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import timedelta

import bcrypt
import httpx
import jwt
import pytest
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.models import AuditLog, User
from app.models.auth import AuthSession
from app.models.enums import AppType, SessionKind
from app.modules.auth.dependencies import session_state_key
from tests.fixtures.auth import KNOWN_PASSWORD, MakeUser
from tests.modules.auth.support import (
    API,
    audit_actions,
    bearer,
    enable_totp,
    login,
    login_mobile,
    refresh_cookie,
    reset_auth_state,
)


@pytest.fixture(autouse=True)
async def _fresh_auth_state(redis: Redis) -> AsyncIterator[None]:
    await reset_auth_state(redis)
    yield
    await reset_auth_state(redis)


async def test_web_login_returns_access_token_user_and_refresh_cookie(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(
        roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)], is_collector=True, login=False
    )
    r = await login(client, subject.username.upper())  # usernames are case-insensitive
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "ok"
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 900
    assert body["refresh_token"] is None  # web: only in the cookie
    assert body["temp_token"] is None and body["backup_codes"] is None
    assert body["user"]["username"] == subject.username
    assert body["user"]["roles"] == [{"code": "auxiliar", "department": "cobranza"}]
    assert body["user"]["departments"] == [{"code": "cobranza", "is_manager": False}]
    assert body["user"]["flags"] == {"is_seller": False, "is_collector": True, "is_adjuster": False}
    assert "payments.edit" in body["user"]["permissions"]
    assert refresh_cookie(r)

    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["username"] == subject.username
    assert claims["name"].startswith("Prueba Usuario")
    assert claims["roles"] == [{"code": "auxiliar", "department": "cobranza"}]
    assert claims["departments"] == ["cobranza"]
    assert "proposals.create" in claims["permissions"]  # implied by the collector flag
    assert claims["device_id"] is None
    assert jwt.get_unverified_header(body["access_token"])["kid"]

    me = await client.get(f"{API}/me", headers=bearer(body["access_token"]))
    assert me.status_code == 200
    assert me.json()["id"] == subject.user_id

    row = await session.scalar(select(AuthSession).where(AuthSession.id == uuid.UUID(claims["sid"])))
    assert row is not None and row.kind == SessionKind.WEB and str(row.ip) == "127.0.0.1"
    user = await session.get(User, subject.user_id)
    assert user is not None
    await session.refresh(user)
    assert user.last_login_at == clock.now()
    assert await audit_actions(session, subject.user_id) == ["login_succeeded"]


async def test_unknown_user_and_wrong_password_get_the_same_answer(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(login=False)
    wrong = await login(client, subject.username, "Equivocada123")
    unknown = await login(client, "nadie.existe", "Equivocada123")
    assert wrong.status_code == unknown.status_code == 401
    assert (
        wrong.json()
        == unknown.json()
        == {
            "error": "INVALID_CREDENTIALS",
            "detail": "Usuario o contraseña incorrectos.",
            "fields": {},
        }
    )
    # both failures are stored although the answer was an error (keep_changes)
    assert await audit_actions(session, subject.user_id) == ["login_failed"]
    assert await audit_actions(session, "unknown") == ["login_failed"]


async def test_inactive_user_is_refused_after_the_password(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    subject = await make_user(active=False, login=False)
    r = await login(client, subject.username)
    assert (r.status_code, r.json()["error"]) == (401, "USER_INACTIVE")


async def test_bcrypt_hash_is_accepted_and_rehashed_to_argon2id(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(login=False)
    legacy = bcrypt.hashpw(b"Migrado2019", bcrypt.gensalt(rounds=4)).decode()
    user = await session.get(User, subject.user_id)
    assert user is not None
    user.password_hash = legacy
    await session.flush()

    r = await login(client, subject.username, "Migrado2019")
    assert r.status_code == 200, r.text
    session.expunge_all()
    user = await session.get(User, subject.user_id)
    assert user is not None
    assert user.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert "password_rehashed" in await audit_actions(session, subject.user_id)
    # and the new hash works
    assert (await login(client, subject.username, "Migrado2019")).status_code == 200


async def test_mobile_login_returns_refresh_token_in_body_and_records_the_device(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis, clock: FrozenClock
) -> None:
    collector = await make_user(
        roles=[("cobrador", "cobranza")], departments=[("cobranza", False)], is_collector=True, login=False
    )
    r = await login_mobile(client, collector.username, app_type="collector", device_id="pixel-7a")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "ok"
    assert body["refresh_token"]
    assert refresh_cookie(r) is None  # no cookie for the apps
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["device_id"] == "pixel-7a"
    row = await session.get(AuthSession, uuid.UUID(claims["sid"]))
    assert row is not None
    assert (row.kind, row.app_type, row.device_id, row.app_version) == (
        SessionKind.MOBILE,
        AppType.COLLECTOR,
        "pixel-7a",
        "1.0.0",
    )
    assert row.push_token == "ExponentPushToken[abc]"
    audit = await session.scalar(
        select(AuditLog).where(
            AuditLog.record_id == str(collector.user_id), AuditLog.action == "login_succeeded"
        )
    )
    assert audit is not None and audit.device_id == "pixel-7a" and str(audit.ip) == "127.0.0.1"
    assert row.expires_at - clock.now() == timedelta(days=30)
    assert await redis.ttl(session_state_key(claims["sid"])) > 29 * 24 * 3600


async def test_mobile_app_must_fit_the_user(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(
        roles=[("cobrador", "cobranza")], departments=[("cobranza", False)], is_collector=True, login=False
    )
    r = await login_mobile(client, collector.username, app_type="adjuster")
    assert (r.status_code, r.json()["error"]) == (403, "APP_NOT_ALLOWED")
    assert await audit_actions(session, collector.user_id) == ["login_failed"]
    # the cash-confirming auxiliary of Cobranza (proposals.approve) may use the collector app
    aux = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)], login=False)
    assert (await login_mobile(client, aux.username, app_type="collector")).status_code == 200
    assert (await login_mobile(client, aux.username, app_type="seller")).status_code == 403


async def test_temp_token_is_opaque_short_lived_and_bound_to_its_stage(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(login=False, must_change_password=True)
    r = await login(client, subject.username)
    assert r.json()["status"] == "password_change_required"
    temp = r.json()["temp_token"]
    assert r.json()["access_token"] is None and r.json()["user"] is None
    # the wrong stage
    r = await client.post(f"{API}/verify-2fa", json={"temp_token": temp, "code": "123456"})
    assert (r.status_code, r.json()["error"]) == (401, "TEMP_TOKEN_INVALID")
    # garbage
    r = await client.post(
        f"{API}/password/change-required", json={"temp_token": "x" * 40, "new_password": "Nueva2026x"}
    )
    assert (r.status_code, r.json()["error"]) == (401, "TEMP_TOKEN_INVALID")
    # five minutes later it is gone
    clock.advance(timedelta(minutes=5))
    r = await client.post(
        f"{API}/password/change-required", json={"temp_token": temp, "new_password": "Nueva2026x"}
    )
    assert (r.status_code, r.json()["error"]) == (401, "TEMP_TOKEN_INVALID")


async def test_login_of_a_2fa_user_asks_for_the_code(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(login=False)
    await enable_totp(session, subject.user_id)
    r = await login(client, subject.username, KNOWN_PASSWORD)
    assert r.status_code == 200
    assert r.json()["status"] == "requires_2fa"
    assert r.json()["temp_token"]
    assert refresh_cookie(r) is None
    assert r.json()["access_token"] is None
