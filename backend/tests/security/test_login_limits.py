"""Brute-force limits exactly at their boundaries, with the frozen clock (no sleeping).

5 failures per username and 10 per IP in 15 minutes -> 429 with Retry-After; the 10th consecutive
failure locks the account for 30 minutes; the 5th raises the admin alert once; an IP the user
logged in from in the last 30 days is exempt from the per-username limit and the lock.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.core.events import Event, event_bus
from app.models import User
from app.modules.auth.ratelimit import LoginLimiter
from app.modules.auth.service import LOGIN_FAILURES_ALERT_EVENT
from tests.fixtures.auth import MakeUser
from tests.modules.auth.support import audit_actions, login, reset_auth_state

WRONG = "NoEsLaClave99"


@pytest.fixture(autouse=True)
async def _fresh_auth_state(redis: Redis) -> AsyncIterator[None]:
    await reset_auth_state(redis)
    yield
    await reset_auth_state(redis)


@pytest.fixture
def alerts() -> Iterator[list[Event]]:
    received: list[Event] = []

    async def handler(event: Event) -> None:
        received.append(event)

    event_bus.subscribe(LOGIN_FAILURES_ALERT_EVENT)(handler)
    yield received
    event_bus.unsubscribe(LOGIN_FAILURES_ALERT_EVENT, handler)


def _status(r: httpx.Response) -> tuple[int, str | None, str | None]:
    error = r.json().get("error") if r.status_code >= 400 else None
    return r.status_code, error, r.headers.get("retry-after")


async def test_per_username_window_boundaries(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    subject = await make_user(login=False)
    start = clock.now()
    for i in range(5):  # failures at 0, 1, 2, 3, 4 minutes
        clock.set(start + timedelta(minutes=i))
        assert _status(await login(client, subject.username, WRONG)) == (401, "INVALID_CREDENTIALS", None)

    # the 6th attempt is refused without checking the password (even the right one)
    clock.set(start + timedelta(minutes=5))
    assert _status(await login(client, subject.username)) == (429, "RATE_LIMITED", "600")
    clock.set(start + timedelta(seconds=899))
    assert _status(await login(client, subject.username)) == (429, "RATE_LIMITED", "1")

    # at exactly 15 minutes the oldest failure leaves the window: one more attempt is allowed...
    clock.set(start + timedelta(seconds=900))
    assert _status(await login(client, subject.username, WRONG)) == (401, "INVALID_CREDENTIALS", None)
    # ...and the window is full again until the second-oldest leaves (at 16 minutes)
    assert _status(await login(client, subject.username)) == (429, "RATE_LIMITED", "60")
    clock.set(start + timedelta(minutes=16))
    assert (await login(client, subject.username)).status_code == 200


async def test_ten_failures_per_ip(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    subject = await make_user(login=False)
    for i in range(10):  # ten different (unknown) usernames from one address
        r = await login(client, f"intruso{i}", WRONG)
        assert _status(r) == (401, "INVALID_CREDENTIALS", None)
    # the 11th attempt from that IP is refused, whatever the account
    assert _status(await login(client, subject.username)) == (429, "RATE_LIMITED", "900")
    clock.advance(timedelta(minutes=15))
    assert (await login(client, subject.username)).status_code == 200


async def test_lock_at_the_tenth_consecutive_failure_for_exactly_30_minutes(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    clock: FrozenClock,
    alerts: list[Event],
) -> None:
    subject = await make_user(login=False)
    for _ in range(5):
        assert (await login(client, subject.username, WRONG)).status_code == 401
    assert [e.payload for e in alerts] == [
        {"user_id": subject.user_id, "username": subject.username, "ip": "127.0.0.1", "count": 5}
    ]
    clock.advance(timedelta(minutes=15))  # the per-username window has slid; the streak has not
    for _ in range(4):
        assert (await login(client, subject.username, WRONG)).status_code == 401
    user = await session.get(User, subject.user_id)
    assert user is not None and user.locked_until is None
    locked_at = clock.now()
    assert _status(await login(client, subject.username, WRONG)) == (401, "INVALID_CREDENTIALS", None)  # 10th

    assert _status(await login(client, subject.username)) == (429, "ACCOUNT_LOCKED", "1800")
    session.expunge_all()
    user = await session.get(User, subject.user_id)
    assert user is not None
    assert user.locked_until == locked_at + timedelta(minutes=30)
    actions = await audit_actions(session, subject.user_id)
    assert actions.count("login_failed") == 10
    assert actions.count("login_failures_alert") == 1
    assert actions.count("account_locked") == 1
    assert len(alerts) == 1  # once at 5, not again at 10

    clock.set(locked_at + timedelta(minutes=30) - timedelta(seconds=1))
    assert _status(await login(client, subject.username)) == (429, "ACCOUNT_LOCKED", "1")
    clock.set(locked_at + timedelta(minutes=30))
    r = await login(client, subject.username)
    assert r.status_code == 200, r.text


async def test_an_unknown_username_is_locked_the_same_way(
    client: httpx.AsyncClient, redis: Redis, clock: FrozenClock
) -> None:
    limiter = LoginLimiter(redis)
    for _ in range(10):
        await limiter.failure("fantasma", "203.0.113.9", now=clock.now())
    # same answer as for a real account: the lock does not reveal whether the user exists
    assert _status(await login(client, "fantasma", WRONG)) == (429, "ACCOUNT_LOCKED", "1800")


def _client_from(app: FastAPI, ip: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(ip, 40000), raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def test_known_ip_is_exempt_from_the_username_limit_and_the_lock(
    app: FastAPI,
    client: httpx.AsyncClient,  # installs the shared test session for the other clients too
    make_user: MakeUser,
    session: AsyncSession,
    clock: FrozenClock,
) -> None:
    subject = await make_user(login=False)
    async with _client_from(app, "10.1.1.1") as office, _client_from(app, "198.51.100.7") as attacker:
        assert (await login(office, subject.username)).status_code == 200  # the office IP is now known
        for _ in range(5):
            assert (await login(attacker, subject.username, WRONG)).status_code == 401
        assert _status(await login(attacker, subject.username)) == (429, "RATE_LIMITED", "900")
        # the real user, from the known address, is not kept out
        assert (await login(office, subject.username)).status_code == 200

        await _lock(session, subject.user_id, clock)  # what the 10th failure of a streak does
        assert _status(await login(attacker, subject.username)) == (429, "ACCOUNT_LOCKED", "1800")
        assert (await login(office, subject.username)).status_code == 200

        # 30 days without logging in from there: no longer known
        clock.advance(timedelta(days=30))
        await _lock(session, subject.user_id, clock)
        assert _status(await login(office, subject.username)) == (429, "ACCOUNT_LOCKED", "1800")


async def _lock(session: AsyncSession, user_id: int, clock: FrozenClock) -> None:
    await session.execute(
        update(User).where(User.id == user_id).values(locked_until=clock.now() + timedelta(minutes=30))
    )
    await session.commit()
