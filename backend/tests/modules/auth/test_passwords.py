"""Password policy, changing my password, and the forced change after an admin reset."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.core.security import verify_password
from app.models import User
from app.modules.auth import passwords
from app.modules.auth.passwords import password_problems
from tests.fixtures.auth import KNOWN_PASSWORD, MakeUser, mint
from tests.modules.auth.support import API, audit_actions, bearer, login, refresh_cookie, reset_auth_state


@pytest.fixture(autouse=True)
async def _fresh_auth_state(redis: Redis) -> AsyncIterator[None]:
    await reset_auth_state(redis)
    yield
    await reset_auth_state(redis)


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("Corta1", [passwords.MSG_TOO_SHORT]),
        ("sinmayusculas123", [passwords.MSG_NO_UPPER]),
        ("SinNumerosAqui", [passwords.MSG_NO_DIGIT]),
        ("xyz", [passwords.MSG_TOO_SHORT, passwords.MSG_NO_UPPER, passwords.MSG_NO_DIGIT]),
        ("Password1", [passwords.MSG_COMMON]),
        ("Contraseña1", [passwords.MSG_COMMON]),
        ("Mexico2024", [passwords.MSG_COMMON]),
        ("QWERTY123", [passwords.MSG_COMMON]),
        ("Protegrt1", [passwords.MSG_COMMON]),
        ("Password1!", [passwords.MSG_COMMON]),  # trailing punctuation does not rescue it
        ("xJuan.Perez9x", [passwords.MSG_HAS_USERNAME]),
        ("Tlacuache-Verde-47", []),
    ],
)
def test_policy_names_every_broken_rule(password: str, expected: list[str]) -> None:
    assert password_problems(password, username="juan.perez") == expected


def test_common_list_is_a_few_hundred_lower_case_entries() -> None:
    common = passwords.common_passwords()
    assert len(common) >= 300
    assert all(p == p.casefold() for p in common)


async def test_change_password_rules_and_errors(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    r = await client.post(
        f"{API}/password/change",
        json={"current_password": KNOWN_PASSWORD, "new_password": "password"},
        headers=subject.headers,
    )
    assert r.status_code == 422
    assert r.json()["error"] == "PASSWORD_TOO_WEAK"
    assert r.json()["fields"]["new_password"] == " ".join(
        [passwords.MSG_NO_UPPER, passwords.MSG_NO_DIGIT, passwords.MSG_COMMON]
    )
    r = await client.post(
        f"{API}/password/change",
        json={"current_password": KNOWN_PASSWORD, "new_password": KNOWN_PASSWORD},
        headers=subject.headers,
    )
    assert (r.status_code, r.json()["error"]) == (422, "PASSWORD_REUSED")
    r = await client.post(
        f"{API}/password/change",
        json={"current_password": "NoEsLaMia99", "new_password": "Tlacuache-Verde-47"},
        headers=subject.headers,
    )
    assert (r.status_code, r.json()["error"]) == (400, "CURRENT_PASSWORD_INVALID")
    assert "current_password" in r.json()["fields"]
    r = await client.post(
        f"{API}/password/change", json={"current_password": "x", "new_password": "y", "extra": 1}
    )
    assert r.status_code == 401  # authenticated route


async def test_change_password_revokes_my_other_sessions(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis, clock: FrozenClock
) -> None:
    subject = await make_user(now=clock.now())
    current_token = subject.token
    other = await mint(session, redis, subject, now=clock.now())  # a second browser
    other_token = other.token
    r = await client.post(
        f"{API}/password/change",
        json={"current_password": KNOWN_PASSWORD, "new_password": "Tlacuache-Verde-47"},
        headers=bearer(current_token),
    )
    assert r.status_code == 204, r.text
    assert (await client.get(f"{API}/me", headers=bearer(current_token))).status_code == 200
    r = await client.get(f"{API}/me", headers=bearer(other_token))
    assert (r.status_code, r.json()["error"]) == (401, "SESSION_REVOKED")
    user = await session.get(User, subject.user_id)
    assert user is not None
    await session.refresh(user)
    assert (await verify_password("Tlacuache-Verde-47", user.password_hash))[0]
    assert user.password_changed_at == clock.now()
    actions = await audit_actions(session, subject.user_id)
    assert "password_changed" in actions
    assert "session_revoked" in await audit_actions(session, other.session_id, table="auth_session")


async def test_forced_change_after_admin_reset_then_continues_the_login(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    subject = await make_user(login=False, must_change_password=True)
    r = await login(client, subject.username)
    assert r.status_code == 200
    assert r.json()["status"] == "password_change_required"
    temp = r.json()["temp_token"]

    r = await client.post(
        f"{API}/password/change-required", json={"temp_token": temp, "new_password": "debil"}
    )
    assert (r.status_code, r.json()["error"]) == (422, "PASSWORD_TOO_WEAK")
    r = await client.post(
        f"{API}/password/change-required", json={"temp_token": temp, "new_password": KNOWN_PASSWORD}
    )
    assert (r.status_code, r.json()["error"]) == (422, "PASSWORD_REUSED")
    r = await client.post(
        f"{API}/password/change-required", json={"temp_token": temp, "new_password": "Tlacuache-Verde-47"}
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "ok"
    assert body["user"]["must_change_password"] is False
    assert refresh_cookie(r)
    # single use
    r = await client.post(
        f"{API}/password/change-required", json={"temp_token": temp, "new_password": "Otra-Clave-2031"}
    )
    assert (r.status_code, r.json()["error"]) == (401, "TEMP_TOKEN_INVALID")
    user = await session.get(User, subject.user_id)
    assert user is not None
    await session.refresh(user)
    assert user.must_change_password is False


async def test_forced_change_of_a_gerente_leads_to_the_2fa_enrolment(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    gerente = await make_user(
        roles=[("gerente", "ventas")], departments=[("ventas", True)], login=False, must_change_password=True
    )
    r = await login(client, gerente.username)
    temp = r.json()["temp_token"]
    r = await client.post(
        f"{API}/password/change-required", json={"temp_token": temp, "new_password": "Tlacuache-Verde-47"}
    )
    assert r.status_code == 200
    assert r.json()["status"] == "enrollment_required"
    assert r.json()["temp_token"] != temp
    assert r.json()["access_token"] is None
