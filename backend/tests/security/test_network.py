"""Network restriction (spec §4.6): off, VPN behind trusted and untrusted proxies, geofence with
radius per session kind and work schedule, access exceptions at their boundaries, audited
refusals with Spanish reasons. Everything through HTTP with the frozen clock."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, time, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import MEXICO_CITY, FrozenClock, get_clock
from app.core.config import get_settings
from app.core.database import UnitOfWork, get_session
from app.core.exceptions import AppError
from app.main import create_app
from app.models import AccessException, AppSetting, WorkSchedule
from app.models.enums import SessionKind
from app.modules.auth.authz import AuthzCache
from app.modules.auth.network import (
    EARTH_RADIUS_M,
    NetworkRestrictedError,
    check_network_access,
    distance_m,
    format_distance,
    invalidate_network_config,
)
from tests.fixtures.auth import MakeUser, Subject, mint
from tests.modules.admin import helpers as admin_helpers
from tests.modules.admin.helpers import audit_rows

# committed subjects with a fresh authorization version (see tests/modules/admin/helpers.py)
make_user = admin_helpers.make_user
fresh_network_config = admin_helpers.fresh_network_config

pytestmark = pytest.mark.usefixtures("fresh_network_config")

OFFICE = (20.6243, -103.2337)  # the seeded office location (Tonalá)
PROBE = "/api/v1/employees"  # any authenticated route: gerentes (hr.manage) may call it
MONDAY_10AM = datetime(2026, 11, 30, 10, 0, tzinfo=MEXICO_CITY)


def north_of_office(metres: float) -> str:
    lat = OFFICE[0] + math.degrees(metres / EARTH_RADIUS_M)
    return f"{lat:.7f},{OFFICE[1]}"


@pytest.fixture(scope="module")
def proxied_app(database_url: str) -> FastAPI:
    """The app behind a reverse proxy on 127.0.0.1 (TRUSTED_PROXIES)."""
    return create_app(get_settings().model_copy(update={"trusted_proxies": ["127.0.0.1/32"]}))


@pytest.fixture
def frozen(app: FastAPI, proxied_app: FastAPI) -> Iterator[FrozenClock]:
    clock = FrozenClock(MONDAY_10AM)
    for application in (app, proxied_app):
        application.dependency_overrides[get_clock] = lambda: clock
    yield clock
    for application in (app, proxied_app):
        application.dependency_overrides.pop(get_clock, None)


@pytest.fixture
async def http(
    app: FastAPI, proxied_app: FastAPI, session: AsyncSession, frozen: FrozenClock
) -> AsyncIterator[dict[str, httpx.AsyncClient]]:
    """Clients sharing the test's transaction: ``direct`` (no proxy trusted, peer 127.0.0.1),
    ``proxied`` (peer 127.0.0.1 is the trusted proxy), ``vpn_peer`` (the client itself is at
    10.8.0.9, no proxy)."""

    async def override() -> AsyncIterator[AsyncSession]:
        session.expunge_all()
        async with UnitOfWork(session):
            yield session

    clients: dict[str, httpx.AsyncClient] = {}
    for application in (app, proxied_app):
        application.dependency_overrides[get_session] = override
    setups = {
        "direct": (app, ("127.0.0.1", 50000)),
        "proxied": (proxied_app, ("127.0.0.1", 50000)),
        "vpn_peer": (app, ("10.8.0.9", 50000)),
    }
    for name, (application, peer) in setups.items():
        transport = httpx.ASGITransport(app=application, raise_app_exceptions=False, client=peer)
        clients[name] = httpx.AsyncClient(transport=transport, base_url="http://testserver")
    yield clients
    for c in clients.values():
        await c.aclose()
    for application in (app, proxied_app):
        application.dependency_overrides.pop(get_session, None)


async def configure(session: AsyncSession, redis: Redis, **values: Any) -> None:
    for key, value in values.items():
        await session.execute(update(AppSetting).where(AppSetting.key == key).values(value=value))
    await session.commit()
    await invalidate_network_config(redis)


async def manager(make_user: MakeUser, frozen: FrozenClock, **kwargs: Any) -> Subject:
    return await make_user(
        roles=[("gerente", "cobranza")], departments=[("cobranza", True)], now=frozen.now(), **kwargs
    )


async def refreshed(session: AsyncSession, redis: Redis, subject: Subject, frozen: FrozenClock) -> Subject:
    """A fresh token at the clock's current time (a moved clock expires older ones)."""
    await mint(session, redis, subject, now=frozen.now())
    await session.commit()
    return subject


def refusal(r: httpx.Response) -> str:
    assert r.status_code == 403, r.text
    body = r.json()
    assert body["error"] == "NETWORK_RESTRICTED"
    detail: str = body["detail"]
    return detail


# -- pure helpers ---------------------------------------------------------------------------------
def test_distance_and_its_spanish_format() -> None:
    lat, lng = (float(x) for x in north_of_office(3200).split(","))
    assert distance_m(OFFICE, (lat, lng)) == pytest.approx(3200, abs=0.5)
    assert [format_distance(m) for m in (499.6, 850, 1000, 3249, 50_000, 123_456)] == [
        "500 m",
        "850 m",
        "1 km",
        "3.2 km",
        "50 km",
        "123 km",
    ]


# -- off and vpn ----------------------------------------------------------------------------------
async def test_off_lets_everyone_in(
    http: dict[str, httpx.AsyncClient], make_user: MakeUser, frozen: FrozenClock
) -> None:
    who = await manager(make_user, frozen)
    r = await http["direct"].get(PROBE, headers={**who.headers, "X-Forwarded-For": "203.0.113.5"})
    assert r.status_code == 200


async def test_vpn_behind_a_trusted_proxy_uses_the_forwarded_address(
    http: dict[str, httpx.AsyncClient],
    make_user: MakeUser,
    frozen: FrozenClock,
    session: AsyncSession,
    redis: Redis,
) -> None:
    await configure(session, redis, network_mode="vpn", vpn_cidrs=["10.8.0.0/24", "fd00:8::/64"])
    who = await manager(make_user, frozen)
    ok = await http["proxied"].get(PROBE, headers={**who.headers, "X-Forwarded-For": "10.8.0.7"})
    assert ok.status_code == 200
    ok = await http["proxied"].get(PROBE, headers={**who.headers, "X-Forwarded-For": "fd00:8::12"})
    assert ok.status_code == 200
    # a spoofed left-most hop does not help: the right-most untrusted address counts
    r = await http["proxied"].get(PROBE, headers={**who.headers, "X-Forwarded-For": "10.8.0.7, 203.0.113.5"})
    assert refusal(r) == "Fuera de la red de la oficina (VPN)"
    assert r.json()["fields"] == {"reason": "vpn"}

    [row] = await audit_rows(session, table="network_access", record_id=who.user_id, action="network_refused")
    assert row.user_id == who.user_id
    assert row.after is not None
    assert row.after["mode"] == "vpn"
    assert row.after["reason"] == "vpn"
    assert row.after["ip"] == "203.0.113.5"
    assert str(row.ip) == "203.0.113.5"


async def test_vpn_ignores_forwarded_headers_from_an_untrusted_peer(
    http: dict[str, httpx.AsyncClient],
    make_user: MakeUser,
    frozen: FrozenClock,
    session: AsyncSession,
    redis: Redis,
) -> None:
    await configure(session, redis, network_mode="vpn")
    who = await manager(make_user, frozen)
    r = await http["direct"].get(PROBE, headers={**who.headers, "X-Forwarded-For": "10.8.0.7"})
    assert refusal(r) == "Fuera de la red de la oficina (VPN)"
    r = await http["vpn_peer"].get(PROBE, headers=who.headers)  # really connected through the VPN
    assert r.status_code == 200


async def test_vpn_exempts_admins(
    http: dict[str, httpx.AsyncClient],
    make_user: MakeUser,
    frozen: FrozenClock,
    session: AsyncSession,
    redis: Redis,
) -> None:
    await configure(session, redis, network_mode="vpn")
    admin = await make_user(roles=[("admin", None)], now=frozen.now())
    r = await http["direct"].get(PROBE, headers=admin.headers)
    assert r.status_code == 200


async def test_misconfigured_vpn_fails_closed(
    http: dict[str, httpx.AsyncClient],
    make_user: MakeUser,
    frozen: FrozenClock,
    session: AsyncSession,
    redis: Redis,
) -> None:
    await configure(session, redis, network_mode="vpn", vpn_cidrs=[])
    who = await manager(make_user, frozen)
    r = await http["vpn_peer"].get(PROBE, headers=who.headers)
    assert refusal(r) == "No hay rangos de VPN configurados."


# -- geofence -------------------------------------------------------------------------------------
async def test_geofence_radius_depends_on_the_session_kind(
    http: dict[str, httpx.AsyncClient],
    make_user: MakeUser,
    frozen: FrozenClock,
    session: AsyncSession,
    redis: Redis,
) -> None:
    await configure(session, redis, network_mode="geofence")
    web = await manager(make_user, frozen)
    mobile = await manager(make_user, frozen, kind=SessionKind.MOBILE, is_collector=True)

    async def get(who: Subject, metres: float) -> httpx.Response:
        headers = {**who.headers, "X-Geo-Position": north_of_office(metres)}
        return await http["direct"].get(PROBE, headers=headers)

    assert (await get(web, 480)).status_code == 200
    r = await get(web, 3200)
    assert refusal(r) == "Tu ubicación está a 3.2 km de la oficina; el máximo es 500 m"
    assert r.json()["fields"] == {"reason": "too_far"}
    assert (await get(mobile, 3200)).status_code == 200
    assert (await get(mobile, 49_900)).status_code == 200
    assert refusal(await get(mobile, 60_000)) == "Tu ubicación está a 60 km de la oficina; el máximo es 50 km"

    r = await http["direct"].get(PROBE, headers=web.headers)
    assert refusal(r) == "No se recibió tu ubicación"
    assert r.json()["fields"] == {"reason": "position_missing"}
    r = await http["direct"].get(PROBE, headers={**web.headers, "X-Geo-Position": "no,valida"})
    assert refusal(r) == "No se recibió tu ubicación"

    rows = await audit_rows(session, table="network_access", action="network_refused")
    reasons = [(row.record_id, row.after["reason"] if row.after else None) for row in rows]
    assert reasons == [
        (str(web.user_id), "too_far"),
        (str(mobile.user_id), "too_far"),
        (str(web.user_id), "position_missing"),
        (str(web.user_id), "position_missing"),
    ]
    assert rows[0].after is not None
    assert rows[0].after["distance_m"] == 3200
    assert rows[0].after["session_kind"] == "web"
    assert rows[0].location is not None  # the reported position is kept with the refusal


async def test_geofence_checks_the_work_schedule_in_local_time(
    http: dict[str, httpx.AsyncClient],
    make_user: MakeUser,
    frozen: FrozenClock,
    session: AsyncSession,
    redis: Redis,
) -> None:
    await configure(session, redis, network_mode="geofence")
    who = await manager(make_user, frozen)
    session.add_all(
        [
            WorkSchedule(employee_id=who.employee_id, weekday=0, start_time=time(9), end_time=time(14)),
            WorkSchedule(employee_id=who.employee_id, weekday=0, start_time=time(15), end_time=time(18)),
            WorkSchedule(employee_id=who.employee_id, weekday=5, start_time=time(9), end_time=time(13)),
        ]
    )
    await session.commit()
    at_office = {"X-Geo-Position": north_of_office(10)}

    async def at(local: datetime) -> httpx.Response:
        frozen.set(local)
        await refreshed(session, redis, who, frozen)
        return await http["direct"].get(PROBE, headers={**who.headers, **at_office})

    monday = MONDAY_10AM.date()
    assert (await at(datetime.combine(monday, time(9, 0), MEXICO_CITY))).status_code == 200
    assert (await at(datetime.combine(monday, time(17, 59, 59), MEXICO_CITY))).status_code == 200
    assert refusal(await at(datetime.combine(monday, time(18, 0), MEXICO_CITY))) == (
        "Fuera de tu horario laboral (lunes 09:00-14:00, 15:00-18:00)"
    )
    r = await at(datetime.combine(monday, time(14, 30), MEXICO_CITY))
    assert refusal(r) == "Fuera de tu horario laboral (lunes 09:00-14:00, 15:00-18:00)"
    assert r.json()["fields"] == {"reason": "outside_schedule"}
    assert refusal(await at(datetime.combine(monday, time(8, 59), MEXICO_CITY))).startswith(
        "Fuera de tu horario laboral"
    )
    tuesday = monday + timedelta(days=1)
    assert refusal(await at(datetime.combine(tuesday, time(10), MEXICO_CITY))) == (
        "Fuera de tu horario laboral (el martes no tienes horario asignado)"
    )
    saturday = monday + timedelta(days=5)
    assert (await at(datetime.combine(saturday, time(12, 59), MEXICO_CITY))).status_code == 200
    assert refusal(await at(datetime.combine(saturday, time(13, 0), MEXICO_CITY))) == (
        "Fuera de tu horario laboral (sábado 09:00-13:00)"
    )


async def test_no_schedule_means_no_time_restriction(
    http: dict[str, httpx.AsyncClient],
    make_user: MakeUser,
    frozen: FrozenClock,
    session: AsyncSession,
    redis: Redis,
) -> None:
    await configure(session, redis, network_mode="geofence")
    frozen.set(datetime(2026, 11, 29, 3, 0, tzinfo=MEXICO_CITY))  # Sunday, 3 a.m.
    who = await manager(make_user, frozen)
    r = await http["direct"].get(PROBE, headers={**who.headers, "X-Geo-Position": north_of_office(100)})
    assert r.status_code == 200


async def test_geofence_exempts_admins_even_without_position(
    http: dict[str, httpx.AsyncClient],
    make_user: MakeUser,
    frozen: FrozenClock,
    session: AsyncSession,
    redis: Redis,
) -> None:
    await configure(session, redis, network_mode="geofence")
    admin = await make_user(roles=[("admin", None)], now=frozen.now())
    assert (await http["direct"].get(PROBE, headers=admin.headers)).status_code == 200


async def test_access_exception_window_boundaries(
    http: dict[str, httpx.AsyncClient],
    make_user: MakeUser,
    frozen: FrozenClock,
    session: AsyncSession,
    redis: Redis,
) -> None:
    await configure(session, redis, network_mode="geofence")
    who = await manager(make_user, frozen)
    starts = datetime(2026, 12, 5, 9, 0, tzinfo=MEXICO_CITY)  # "Juan puede acceder desde casa el sábado"
    ends = datetime(2026, 12, 5, 14, 0, tzinfo=MEXICO_CITY)
    exception = AccessException(user_id=who.user_id, starts_at=starts, ends_at=ends, reason="Cierre de mes")
    session.add(exception)
    await session.flush()
    exception_id = exception.id
    await session.commit()
    home = {"X-Geo-Position": north_of_office(12_000)}

    async def at(moment: datetime) -> httpx.Response:
        frozen.set(moment)
        await refreshed(session, redis, who, frozen)
        return await http["direct"].get(PROBE, headers={**who.headers, **home})

    assert refusal(await at(starts - timedelta(microseconds=1))).startswith("Tu ubicación está a 12 km")
    assert (await at(starts)).status_code == 200
    assert (await at(ends - timedelta(microseconds=1))).status_code == 200
    assert refusal(await at(ends)).startswith("Tu ubicación está a 12 km")

    await session.execute(
        update(AccessException).where(AccessException.id == exception_id).values(revoked_at=starts)
    )
    await session.commit()
    assert refusal(await at(starts + timedelta(hours=1))).startswith("Tu ubicación está a 12 km")


async def test_exception_also_opens_the_vpn_mode(
    http: dict[str, httpx.AsyncClient],
    make_user: MakeUser,
    frozen: FrozenClock,
    session: AsyncSession,
    redis: Redis,
) -> None:
    await configure(session, redis, network_mode="vpn")
    who = await manager(make_user, frozen)
    session.add(
        AccessException(
            user_id=who.user_id,
            starts_at=frozen.now() - timedelta(hours=1),
            ends_at=frozen.now() + timedelta(hours=1),
            reason="Trabajo remoto autorizado",
        )
    )
    await session.commit()
    assert (await http["direct"].get(PROBE, headers=who.headers)).status_code == 200


async def test_settings_change_through_the_admin_api_applies_on_the_next_request(
    http: dict[str, httpx.AsyncClient],
    make_user: MakeUser,
    frozen: FrozenClock,
) -> None:
    admin = await make_user(roles=[("admin", None)], now=frozen.now())
    who = await manager(make_user, frozen)
    assert (await http["direct"].get(PROBE, headers=who.headers)).status_code == 200  # caches "off"
    r = await http["direct"].patch(
        "/api/v1/admin/settings/network_mode", json={"value": "vpn"}, headers=admin.headers
    )
    assert r.status_code == 200, r.text
    assert (
        refusal(await http["direct"].get(PROBE, headers=who.headers)) == "Fuera de la red de la oficina (VPN)"
    )


async def test_check_network_access_for_the_login_flows(
    make_user: MakeUser, frozen: FrozenClock, session: AsyncSession, redis: Redis
) -> None:
    await configure(session, redis, network_mode="geofence")
    who = await manager(make_user, frozen, login=False)
    snapshot = await AuthzCache(redis).get(session, who.user_id, now=frozen.now())
    kwargs: dict[str, Any] = {
        "snapshot": snapshot,
        "ip": "203.0.113.5",
        "now": frozen.now(),
        "session": session,
        "redis": redis,
    }
    await check_network_access(session_kind=SessionKind.MOBILE, position=(20.70, -103.30), **kwargs)
    with pytest.raises(NetworkRestrictedError) as caught:
        await check_network_access(session_kind=SessionKind.WEB, position=(20.70, -103.30), **kwargs)
    error: AppError = caught.value
    assert (error.http_status, error.error_code, error.keep_changes) == (403, "NETWORK_RESTRICTED", True)
    assert error.detail.startswith("Tu ubicación está a ")
    assert len(await audit_rows(session, table="network_access", record_id=who.user_id)) == 1
