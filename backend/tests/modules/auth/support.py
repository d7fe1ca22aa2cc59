"""Helpers shared by the auth tests (tests/modules/auth and tests/security).

Login tests pay for real Argon2 (~0.15 s a verification); everything else mints tokens.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import datetime
from http.cookies import SimpleCookie

import httpx
from redis.asyncio import Redis
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import Clock
from app.core.security import encrypt_secret
from app.models import AuditLog, Department, Employee, EmployeeDepartment, Role, User, UserRole
from app.modules.auth import totp
from tests.fixtures.auth import KNOWN_PASSWORD, Subject, mint

API = "/api/v1/auth"
COOKIE = "protegrt_refresh"
_counter = itertools.count(1)

_STATE_PATTERNS = ("auth:rl:*", "auth:known_ips:*", "auth:tmp:*")


async def reset_auth_state(redis: Redis) -> None:
    """Rate-limit windows, known IPs and temp tokens are per worker Redis database and keyed by
    IP (every test client is 127.0.0.1): clear them so tests do not feed each other's limits."""
    for pattern in _STATE_PATTERNS:
        keys = [key async for key in redis.scan_iter(match=pattern, count=1000)]
        if keys:
            await redis.delete(*keys)


async def login(
    client: httpx.AsyncClient,
    username: str,
    password: str = KNOWN_PASSWORD,
    *,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    return await client.post(
        f"{API}/login", json={"username": username, "password": password}, headers=headers
    )


async def login_mobile(
    client: httpx.AsyncClient,
    username: str,
    password: str = KNOWN_PASSWORD,
    *,
    app_type: str = "collector",
    device_id: str = "pixel-7a",
    app_version: str = "1.0.0",
) -> httpx.Response:
    return await client.post(
        f"{API}/login/mobile",
        json={
            "username": username,
            "password": password,
            "device_id": device_id,
            "app_type": app_type,
            "app_version": app_version,
            "push_token": "ExponentPushToken[abc]",
        },
    )


def set_cookies(response: httpx.Response) -> dict[str, str]:
    """Raw Set-Cookie header values by cookie name."""
    out: dict[str, str] = {}
    for raw in response.headers.get_list("set-cookie"):
        out[raw.split("=", 1)[0].strip()] = raw
    return out


def refresh_cookie(response: httpx.Response) -> str | None:
    raw = set_cookies(response).get(COOKIE)
    if raw is None:
        return None
    morsel = SimpleCookie(raw)[COOKIE]
    return morsel.value or None


def cookie_header(token: str) -> dict[str, str]:
    # Secure cookies are not sent back over http://testserver by httpx's jar: send it by hand.
    return {"Cookie": f"{COOKIE}={token}"}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def code_now(secret: str, clock: Clock, *, steps: int = 0) -> str:
    """What an authenticator app shows at ``clock`` (+ ``steps`` time steps)."""
    return totp.code_at(secret, totp.current_step(clock.now()) + steps)


async def enable_totp(session: AsyncSession, user_id: int, secret: str | None = None) -> str:
    """2FA enabled straight in the database (the enrolment itself is tested through HTTP)."""
    secret = secret or totp.new_secret()
    await session.execute(
        update(User)
        .where(User.id == user_id)
        .values(totp_secret_encrypted=encrypt_secret(secret), totp_enabled=True, totp_last_step=None)
    )
    await session.flush()
    return secret


async def audit_actions(session: AsyncSession, record_id: int | str, *, table: str = "app_user") -> list[str]:
    rows = await session.scalars(
        select(AuditLog.action)
        .where(AuditLog.table_name == table, AuditLog.record_id == str(record_id))
        .order_by(AuditLog.id)
    )
    return list(rows.all())


async def committed_user(
    maker: async_sessionmaker[AsyncSession],
    redis: Redis,
    password_hash: str,
    *,
    roles: list[tuple[str, str | None]] | None = None,
    departments: list[tuple[str, bool]] | None = None,
    is_collector: bool = False,
    login: bool = False,
    now: datetime | None = None,
    totp_secret: str | None = None,
) -> Subject:
    """A user committed for real (concurrency tests: each request has its own connection)."""
    n = next(_counter)
    username = f"conc{n}_{uuid.uuid4().hex[:6]}"
    async with maker() as session:
        employee = Employee(first_name="Concurrente", last_name=f"Prueba{n}", is_collector=is_collector)
        session.add(employee)
        await session.flush()
        dept_ids = {d.code: d.id for d in (await session.scalars(select(Department))).all()}
        role_ids = {r.code: r.id for r in (await session.scalars(select(Role))).all()}
        for dept, manager in departments or []:
            session.add(
                EmployeeDepartment(employee_id=employee.id, department_id=dept_ids[dept], is_manager=manager)
            )
        user = User(
            employee_id=employee.id,
            username=username,
            password_hash=password_hash,
            is_active=True,
            must_change_password=False,
            totp_enabled=totp_secret is not None,
            totp_secret_encrypted=encrypt_secret(totp_secret) if totp_secret else None,
        )
        session.add(user)
        await session.flush()
        for role, dept in roles or []:
            session.add(
                UserRole(
                    user_id=user.id, role_id=role_ids[role], department_id=dept_ids[dept] if dept else None
                )
            )
        subject = Subject(
            user_id=user.id, employee_id=employee.id, username=username, roles=list(roles or [])
        )
        if login:
            await mint(session, redis, subject, now=now)
        await session.commit()
    return subject
