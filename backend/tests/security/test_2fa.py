"""TOTP 2FA: enrolment, login with a code, replay (sequential and concurrent), backup codes,
mandatory enrolment for admin and gerente, disabling with a fresh code, the secret at rest."""

from __future__ import annotations

import asyncio
import base64
import urllib.parse
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import FrozenClock
from app.core.security import decrypt_secret, sha256_hex
from app.models import User
from app.models.auth import UserBackupCode
from app.modules.auth import totp
from tests.fixtures.auth import MakeUser, Subject
from tests.modules.auth.support import (
    API,
    audit_actions,
    bearer,
    code_now,
    committed_user,
    enable_totp,
    login,
    refresh_cookie,
    reset_auth_state,
)


@pytest.fixture(autouse=True)
async def _fresh_auth_state(redis: Redis) -> AsyncIterator[None]:
    await reset_auth_state(redis)
    yield
    await reset_auth_state(redis)


async def _enrol(client: httpx.AsyncClient, subject: Subject, clock: FrozenClock) -> tuple[str, list[str]]:
    """Set up and enable 2FA through the self-service endpoints; returns (secret, backup codes)."""
    setup = await client.post(f"{API}/2fa/setup", headers=subject.headers)
    assert setup.status_code == 200, setup.text
    secret = setup.json()["secret"]
    enable = await client.post(
        f"{API}/2fa/enable", json={"code": code_now(secret, clock)}, headers=subject.headers
    )
    assert enable.status_code == 200, enable.text
    return secret, enable.json()["backup_codes"]


async def _verify(client: httpx.AsyncClient, temp_token: str, code: str) -> httpx.Response:
    return await client.post(f"{API}/verify-2fa", json={"temp_token": temp_token, "code": code})


async def _user(session: AsyncSession, user_id: int) -> User:
    session.expunge_all()
    user = await session.get(User, user_id)
    assert user is not None
    return user


async def test_setup_and_enable_store_the_secret_encrypted_and_hash_backup_codes(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    setup = await client.post(f"{API}/2fa/setup", headers=subject.headers)
    assert setup.status_code == 200
    secret = setup.json()["secret"]
    uri = urllib.parse.urlparse(setup.json()["otpauth_uri"])
    assert uri.scheme == "otpauth" and uri.netloc == "totp"
    assert urllib.parse.unquote(uri.path) == f"/ProtegRT CRM:{subject.username}"
    query = urllib.parse.parse_qs(uri.query)
    assert query["secret"] == [secret] and query["issuer"] == ["ProtegRT CRM"]
    assert base64.b64decode(setup.json()["qr_png_base64"]).startswith(b"\x89PNG\r\n\x1a\n")

    user = await _user(session, subject.user_id)
    assert user.totp_enabled is False  # not until a code proves the app has the secret
    assert user.totp_secret_encrypted and secret not in user.totp_secret_encrypted
    assert decrypt_secret(user.totp_secret_encrypted) == secret

    r = await client.post(f"{API}/2fa/enable", json={"code": "000000"}, headers=subject.headers)
    assert (r.status_code, r.json()["error"]) == (400, "TOTP_INVALID")
    r = await client.post(
        f"{API}/2fa/enable", json={"code": code_now(secret, clock)}, headers=subject.headers
    )
    assert r.status_code == 200
    codes = r.json()["backup_codes"]
    assert len(codes) == len(set(codes)) == 10
    assert all(len(c) == 11 and c[5] == "-" for c in codes)

    user = await _user(session, subject.user_id)
    assert user.totp_enabled is True
    stored = set(
        (
            await session.scalars(select(UserBackupCode.code_hash).where(UserBackupCode.user_id == user.id))
        ).all()
    )
    assert stored == {sha256_hex(c.replace("-", "")) for c in codes}
    assert "totp_enabled" in await audit_actions(session, subject.user_id)
    assert (await client.get(f"{API}/me", headers=subject.headers)).json()["totp_enabled"] is True
    r = await client.post(f"{API}/2fa/setup", headers=subject.headers)
    assert (r.status_code, r.json()["error"]) == (409, "TOTP_ALREADY_ENABLED")


async def test_login_requires_the_code_and_a_code_is_never_accepted_twice(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(login=False)
    secret = await enable_totp(session, subject.user_id)
    r = await login(client, subject.username)
    assert r.json()["status"] == "requires_2fa"
    temp = r.json()["temp_token"]

    r = await _verify(client, temp, "123456" if code_now(secret, clock) != "123456" else "654321")
    assert (r.status_code, r.json()["error"]) == (400, "TOTP_INVALID")
    code = code_now(secret, clock)
    r = await _verify(client, temp, code)
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "ok" and r.json()["access_token"] and refresh_cookie(r)
    assert (await _verify(client, temp, code)).json()["error"] == "TEMP_TOKEN_INVALID"  # single use

    # a new login, the same code within its 30 s: replay
    temp = (await login(client, subject.username)).json()["temp_token"]
    r = await _verify(client, temp, code)
    assert (r.status_code, r.json()["error"]) == (400, "TOTP_REPLAYED")
    # ±1 step: the previous step's code is also stale now; the next step's code is accepted
    assert (await _verify(client, temp, code_now(secret, clock, steps=-1))).json()["error"] == "TOTP_REPLAYED"
    r = await _verify(client, temp, code_now(secret, clock, steps=1))
    assert r.status_code == 200, r.text


async def test_five_wrong_codes_kill_the_temp_token_and_count_as_failed_logins(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(login=False)
    secret = await enable_totp(session, subject.user_id)
    temp = (await login(client, subject.username)).json()["temp_token"]
    wrong = "111111" if code_now(secret, clock) != "111111" else "222222"
    for _ in range(5):
        assert (await _verify(client, temp, wrong)).json()["error"] == "TOTP_INVALID"
    r = await _verify(client, temp, code_now(secret, clock))
    assert (r.status_code, r.json()["error"]) == (401, "TEMP_TOKEN_INVALID")
    r = await login(client, subject.username)  # five failures of this username in 15 minutes
    assert (r.status_code, r.json()["error"]) == (429, "RATE_LIMITED")


async def test_backup_code_works_once(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    _, codes = await _enrol(client, subject, clock)
    temp = (await login(client, subject.username)).json()["temp_token"]
    r = await _verify(client, temp, codes[3].lower().replace("-", ""))  # as typed on a phone
    assert r.status_code == 200, r.text
    assert "backup_code_used" in await audit_actions(session, subject.user_id)
    temp = (await login(client, subject.username)).json()["temp_token"]
    r = await _verify(client, temp, codes[3])
    assert (r.status_code, r.json()["error"]) == (400, "TOTP_INVALID")
    assert (await _verify(client, temp, codes[4])).status_code == 200


@pytest.mark.parametrize(
    ("roles", "departments"),
    [([("admin", None)], [("administracion", False)]), ([("gerente", "siniestros")], [("siniestros", True)])],
)
async def test_admin_and_gerente_must_enrol_before_getting_tokens(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    clock: FrozenClock,
    roles: list[tuple[str, str | None]],
    departments: list[tuple[str, bool]],
) -> None:
    subject = await make_user(roles=roles, departments=departments, login=False)
    r = await login(client, subject.username)
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "enrollment_required"
    assert body["access_token"] is None and refresh_cookie(r) is None
    temp = body["temp_token"]
    assert (await client.get(f"{API}/me", headers=bearer(temp))).status_code == 401  # not a token

    start = await client.post(f"{API}/2fa/enroll/start", json={"temp_token": temp})
    assert start.status_code == 200
    secret = start.json()["secret"]
    assert start.json()["otpauth_uri"].startswith("otpauth://totp/")
    r = await client.post(f"{API}/2fa/enroll/confirm", json={"temp_token": temp, "code": "000000"})
    assert (r.status_code, r.json()["error"]) == (400, "TOTP_INVALID")
    r = await client.post(
        f"{API}/2fa/enroll/confirm", json={"temp_token": temp, "code": code_now(secret, clock)}
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "ok" and body["access_token"] and refresh_cookie(r)
    assert len(body["backup_codes"]) == 10
    assert body["user"]["totp_enabled"] is True
    assert (await client.get(f"{API}/me", headers=bearer(body["access_token"]))).status_code == 200
    user = await _user(session, subject.user_id)
    assert user.totp_enabled and decrypt_secret(user.totp_secret_encrypted or "") == secret
    # the confirmation completed this login step: the token is spent
    r = await client.post(f"{API}/2fa/enroll/start", json={"temp_token": temp})
    assert (r.status_code, r.json()["error"]) == (401, "TEMP_TOKEN_INVALID")


async def test_disable_requires_a_fresh_code_and_removes_everything(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    secret, codes = await _enrol(client, subject, clock)
    used = code_now(secret, clock)
    r = await client.post(f"{API}/2fa/disable", json={"code": used}, headers=subject.headers)
    assert (r.status_code, r.json()["error"]) == (400, "TOTP_REPLAYED")
    r = await client.post(f"{API}/2fa/disable", json={"code": codes[0]}, headers=subject.headers)
    assert (r.status_code, r.json()["error"]) == (400, "TOTP_INVALID")  # backup codes cannot disable
    clock.advance(timedelta(seconds=30))
    r = await client.post(
        f"{API}/2fa/disable", json={"code": code_now(secret, clock)}, headers=subject.headers
    )
    assert r.status_code == 204, r.text
    user = await _user(session, subject.user_id)
    assert (user.totp_enabled, user.totp_secret_encrypted) == (False, None)
    count = await session.scalar(select(func.count()).where(UserBackupCode.user_id == subject.user_id))
    assert count == 0
    assert "totp_disabled" in await audit_actions(session, subject.user_id)
    r = await client.post(
        f"{API}/2fa/disable", json={"code": code_now(secret, clock)}, headers=subject.headers
    )
    assert (r.status_code, r.json()["error"]) == (409, "TOTP_NOT_ENABLED")


async def test_gerente_cannot_disable_2fa(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    gerente = await make_user(roles=[("gerente", "ventas")], departments=[("ventas", True)], now=clock.now())
    secret = await enable_totp(session, gerente.user_id)
    r = await client.post(
        f"{API}/2fa/disable", json={"code": code_now(secret, clock)}, headers=gerente.headers
    )
    assert (r.status_code, r.json()["error"]) == (403, "TOTP_REQUIRED_FOR_ROLE")
    assert (await _user(session, gerente.user_id)).totp_enabled is True


async def test_regenerating_backup_codes_replaces_the_old_ones(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    secret, old = await _enrol(client, subject, clock)
    clock.advance(timedelta(seconds=30))
    r = await client.post(
        f"{API}/2fa/backup-codes", json={"code": code_now(secret, clock)}, headers=subject.headers
    )
    assert r.status_code == 200
    new = r.json()["backup_codes"]
    assert len(new) == 10 and not set(new) & set(old)
    stored = set(
        (
            await session.scalars(
                select(UserBackupCode.code_hash).where(UserBackupCode.user_id == subject.user_id)
            )
        ).all()
    )
    assert stored == {totp.hash_backup_code(c) for c in new}
    assert "backup_codes_regenerated" in await audit_actions(session, subject.user_id)


@pytest.fixture
def concurrent(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> async_sessionmaker[AsyncSession]:
    """Real commits: each concurrent request has its own connection (tables truncated after)."""
    return committing_sessionmaker


async def test_two_concurrent_uses_of_one_code_exactly_one_succeeds(
    committing_client: httpx.AsyncClient,
    concurrent: async_sessionmaker[AsyncSession],
    redis: Redis,
    known_password_hash: str,
    clock: FrozenClock,
) -> None:
    secret = totp.new_secret()
    subject = await committed_user(concurrent, redis, known_password_hash, totp_secret=secret)
    temps = []
    for _ in range(2):  # two logins (two temp tokens), then one code for both at once
        r = await login(committing_client, subject.username)
        assert r.json()["status"] == "requires_2fa", r.text
        temps.append(r.json()["temp_token"])
    code = code_now(secret, clock)
    results = await asyncio.gather(*(_verify(committing_client, t, code) for t in temps))
    outcomes = sorted((r.status_code, r.json().get("error")) for r in results)
    assert outcomes == [(200, None), (400, "TOTP_REPLAYED")]
