"""Network restriction (spec §4.6, domain §10): who may use the system from where, and when.

The mode is the ``network_mode`` business setting:

- ``off``: no restriction.
- ``vpn``: the client address (``X-Forwarded-For`` is believed only from a trusted proxy, see
  ``app.core.context.client_ip``) must be inside one of the ``vpn_cidrs``.
- ``geofence``: the client-reported position (``X-Geo-Position: lat,lng``) must be within the
  office radius (web sessions) or the field radius (mobile sessions) of ``office_location``
  (radii in ``geofence``), *and* the local time (America/Mexico_City) must fall inside one of the
  employee's ``work_schedule`` windows for that weekday. An employee with no schedule rows at all
  has no time restriction (schedules are filled in by HR; an empty one must not lock people out).

Admins are exempt in every mode. An active ``access_exception`` (starts_at <= now < ends_at, not
revoked) exempts its user in both restricted modes: it is an explicit, time-boxed, audited grant.

The settings are cached in Redis for ``CONFIG_TTL_S`` seconds (one GET per request) and the cache is
deleted after a settings change commits (``invalidate_after_commit``). A misconfigured restricted
mode (no CIDRs, no office location) refuses everyone but admins: it fails closed.

Every refusal writes an audit row (``network_access`` / ``network_refused``) and raises
``NetworkRestrictedError`` with ``keep_changes=True``, so the row is committed with the 403.

``check_network_access`` is what the login flows call before issuing tokens; the principal check
registered below runs it on every authenticated request.
"""

from __future__ import annotations

import ipaddress
import json
import math
from dataclasses import asdict, dataclass
from datetime import datetime, time
from typing import Any, Final

from fastapi import Request
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit
from app.core.clock import MEXICO_CITY, Clock
from app.core.context import get_request_context
from app.core.database import after_commit
from app.core.exceptions import PermissionDeniedError
from app.models.auth import AccessException, WorkSchedule
from app.models.enums import SessionKind
from app.models.setting import AppSetting
from app.modules.auth.authz import AuthzSnapshot
from app.modules.auth.dependencies import Principal, principal_checks, session_state_key

MODE_OFF: Final = "off"
MODE_VPN: Final = "vpn"
MODE_GEOFENCE: Final = "geofence"
MODES: Final = (MODE_OFF, MODE_VPN, MODE_GEOFENCE)

#: the ``app_setting`` keys this module reads; a change to any of them invalidates the cache
NETWORK_SETTING_KEYS: Final = frozenset({"network_mode", "vpn_cidrs", "geofence", "office_location"})
CONFIG_CACHE_KEY: Final = "network:config"
CONFIG_TTL_S: Final = 30

EARTH_RADIUS_M: Final = 6_371_008.8
WEEKDAYS_ES: Final = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

AUDIT_TABLE: Final = "network_access"
AUDIT_ACTION: Final = "network_refused"


class NetworkRestrictedError(PermissionDeniedError):
    code = "NETWORK_RESTRICTED"
    message = "No puedes acceder al sistema desde esta red o en este horario."


@dataclass(frozen=True)
class NetworkConfig:
    mode: str = MODE_OFF
    vpn_cidrs: tuple[str, ...] = ()
    office_lat: float | None = None
    office_lng: float | None = None
    office_radius_m: float = 500.0
    field_radius_m: float = 50_000.0

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, raw: str) -> NetworkConfig:
        data: dict[str, Any] = json.loads(raw)
        data["vpn_cidrs"] = tuple(data.get("vpn_cidrs") or ())
        return cls(**data)

    @classmethod
    def from_settings(cls, values: dict[str, Any]) -> NetworkConfig:
        """Build from the raw setting values; anything malformed is left empty (fails closed)."""
        mode = values.get("network_mode")
        cidrs = values.get("vpn_cidrs")
        office = values.get("office_location")
        radii = values.get("geofence")
        lat = lng = None
        if isinstance(office, dict):
            lat, lng = _float_or_none(office.get("lat")), _float_or_none(office.get("lng"))
        radii = radii if isinstance(radii, dict) else {}
        return cls(
            mode=mode if isinstance(mode, str) else MODE_OFF,
            vpn_cidrs=tuple(str(c) for c in cidrs) if isinstance(cidrs, list) else (),
            office_lat=lat,
            office_lng=lng,
            office_radius_m=_float_or_none(radii.get("office_radius_m")) or 500.0,
            field_radius_m=_float_or_none(radii.get("field_radius_m")) or 50_000.0,
        )


def _float_or_none(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return float(value)
    except ValueError:
        return None


async def load_network_config(session: AsyncSession, redis: Redis) -> NetworkConfig:
    """The current configuration, from the short Redis cache or the settings table."""
    cached = await redis.get(CONFIG_CACHE_KEY)
    if cached:
        return NetworkConfig.from_json(cached.decode() if isinstance(cached, bytes) else cached)
    rows = await session.execute(
        select(AppSetting.key, AppSetting.value).where(AppSetting.key.in_(NETWORK_SETTING_KEYS))
    )
    config = NetworkConfig.from_settings({str(key): value for key, value in rows.all()})
    await redis.set(CONFIG_CACHE_KEY, config.to_json(), ex=CONFIG_TTL_S)
    return config


async def invalidate_network_config(redis: Redis) -> None:
    await redis.delete(CONFIG_CACHE_KEY)


def invalidate_after_commit(redis: Redis) -> None:
    """After the current unit of work commits, drop the cached configuration."""

    async def invalidate() -> None:
        await invalidate_network_config(redis)

    after_commit(invalidate)


# -- rules --------------------------------------------------------------------------------------


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle (haversine) distance in metres between two (lat, lng) points. At the radii
    involved (500 m - 50 km) it differs from PostGIS's spheroid distance by well under 0.5 %."""
    lat1, lng1, lat2, lng2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def format_distance(metres: float) -> str:
    """``850 m``, ``3.2 km``, ``50 km`` (the decimal point as used in Mexico)."""
    if metres < 1000:
        return f"{round(metres)} m"
    km = metres / 1000
    if km >= 100:
        return f"{round(km)} km"
    tenths = round(km, 1)
    return f"{tenths:.0f} km" if tenths.is_integer() else f"{tenths:.1f} km"


def ip_in_cidrs(ip: str | None, cidrs: tuple[str, ...]) -> bool:
    if not ip:
        return False
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return False
    for cidr in cidrs:
        try:
            if address in ipaddress.ip_network(cidr, strict=False):
                return True
        except ValueError:
            continue
    return False


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")


@dataclass(frozen=True)
class Refusal:
    reason: str  # machine code, in the error's ``fields``
    detail: str  # the Spanish sentence the user reads
    facts: dict[str, Any]


async def _geofence_refusal(
    config: NetworkConfig,
    *,
    snapshot: AuthzSnapshot,
    session_kind: SessionKind,
    position: tuple[float, float] | None,
    now: datetime,
    session: AsyncSession,
) -> Refusal | None:
    if config.office_lat is None or config.office_lng is None:
        return Refusal("misconfigured", "La geocerca no tiene configurada la ubicación de la oficina.", {})
    if position is None:
        return Refusal("position_missing", "No se recibió tu ubicación", {})
    radius = config.field_radius_m if session_kind == SessionKind.MOBILE else config.office_radius_m
    distance = distance_m(position, (config.office_lat, config.office_lng))
    if distance > radius:
        return Refusal(
            "too_far",
            f"Tu ubicación está a {format_distance(distance)} de la oficina; "
            f"el máximo es {format_distance(radius)}",
            {"distance_m": round(distance), "max_m": radius},
        )
    rows = (
        await session.execute(
            select(WorkSchedule.weekday, WorkSchedule.start_time, WorkSchedule.end_time)
            .where(WorkSchedule.employee_id == snapshot.employee_id)
            .order_by(WorkSchedule.weekday, WorkSchedule.start_time)
        )
    ).all()
    if not rows:  # no schedule at all: no time restriction (documented rule)
        return None
    local = now.astimezone(MEXICO_CITY)
    today = [(start, end) for weekday, start, end in rows if weekday == local.weekday()]
    moment = local.time().replace(tzinfo=None)
    if any(start <= moment < end for start, end in today):
        return None
    day = WEEKDAYS_ES[local.weekday()]
    windows = ", ".join(f"{_hhmm(s)}-{_hhmm(e)}" for s, e in today)
    detail = (
        f"Fuera de tu horario laboral ({day} {windows})"
        if today
        else f"Fuera de tu horario laboral (el {day} no tienes horario asignado)"
    )
    return Refusal("outside_schedule", detail, {"local_time": local.strftime("%Y-%m-%d %H:%M")})


async def _refusal(
    config: NetworkConfig,
    *,
    snapshot: AuthzSnapshot,
    session_kind: SessionKind,
    ip: str | None,
    position: tuple[float, float] | None,
    now: datetime,
    session: AsyncSession,
) -> Refusal | None:
    if config.mode == MODE_OFF or snapshot.is_admin:
        return None
    if config.mode == MODE_VPN:
        if not config.vpn_cidrs:
            return Refusal("misconfigured", "No hay rangos de VPN configurados.", {})
        if ip_in_cidrs(ip, config.vpn_cidrs):
            return None
        return Refusal("vpn", "Fuera de la red de la oficina (VPN)", {})
    if config.mode == MODE_GEOFENCE:
        return await _geofence_refusal(
            config, snapshot=snapshot, session_kind=session_kind, position=position, now=now, session=session
        )
    return Refusal("misconfigured", "La restricción de red no está bien configurada.", {})


async def has_access_exception(session: AsyncSession, user_id: int, now: datetime) -> bool:
    stmt = (
        select(AccessException.id)
        .where(
            AccessException.user_id == user_id,
            AccessException.revoked_at.is_(None),
            AccessException.starts_at <= now,
            AccessException.ends_at > now,
        )
        .limit(1)
    )
    return (await session.scalar(stmt)) is not None


async def _enforce(
    config: NetworkConfig,
    *,
    snapshot: AuthzSnapshot,
    session_kind: SessionKind,
    ip: str | None,
    position: tuple[float, float] | None,
    now: datetime,
    session: AsyncSession,
) -> None:
    refusal = await _refusal(
        config,
        snapshot=snapshot,
        session_kind=session_kind,
        ip=ip,
        position=position,
        now=now,
        session=session,
    )
    if refusal is None or await has_access_exception(session, snapshot.user_id, now):
        return
    await record_audit(
        session,
        table=AUDIT_TABLE,
        record_id=snapshot.user_id,
        action=AUDIT_ACTION,
        after={
            "mode": config.mode,
            "reason": refusal.reason,
            "detail": refusal.detail,
            "ip": ip,
            "session_kind": session_kind.value,
            "position": list(position) if position else None,
            **refusal.facts,
        },
        user_id=snapshot.user_id,
    )
    raise NetworkRestrictedError(refusal.detail, fields={"reason": refusal.reason}, keep_changes=True)


async def check_network_access(
    *,
    snapshot: AuthzSnapshot,
    session_kind: SessionKind,
    ip: str | None,
    position: tuple[float, float] | None,
    now: datetime,
    session: AsyncSession,
    redis: Redis,
) -> None:
    """Refuse (403 ``NETWORK_RESTRICTED``, audited, committed) a user outside the allowed network,
    place or working hours. Returns quietly when access is allowed."""
    if snapshot.is_admin:
        return
    config = await load_network_config(session, redis)
    await _enforce(
        config,
        snapshot=snapshot,
        session_kind=session_kind,
        ip=ip,
        position=position,
        now=now,
        session=session,
    )


async def _session_kind(redis: Redis, session_id: str) -> SessionKind:
    kind = await redis.hget(session_state_key(session_id), "kind")
    if isinstance(kind, bytes):
        kind = kind.decode()
    try:
        return SessionKind(kind or SessionKind.WEB.value)
    except ValueError:
        return SessionKind.WEB  # unknown: the stricter radius


async def network_principal_check(
    principal: Principal, request: Request, session: AsyncSession, redis: Redis, clock: Clock
) -> None:
    """Runs for every authenticated request (``principal_checks``)."""
    if principal.is_admin:
        return
    config = await load_network_config(session, redis)
    if config.mode == MODE_OFF:
        return
    ctx = get_request_context()
    position = None
    if ctx.latitude is not None and ctx.longitude is not None:
        position = (ctx.latitude, ctx.longitude)
    kind = SessionKind.WEB
    if config.mode == MODE_GEOFENCE:
        kind = await _session_kind(redis, principal.session_id)
    await _enforce(
        config,
        snapshot=principal.snapshot,
        session_kind=kind,
        ip=ctx.ip,
        position=position,
        now=clock.now(),
        session=session,
    )


if network_principal_check not in principal_checks:
    principal_checks.append(network_principal_check)
