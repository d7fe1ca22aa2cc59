"""Business settings (``app_setting``): listing, validated and audited edits, typed reads.

An edit must keep the JSON shape of the current value (a number stays a number, an object keeps
its keys and their types, a money string stays a money string), and some keys have extra rules
(the network mode, CIDRs, the office location, radii). A change to a network key invalidates the
network-restriction cache after commit.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from typing import Any, Final

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit
from app.core.exceptions import NotFoundError, ValidationFailedError
from app.models import AppSetting
from app.modules.admin.repository import SettingRepository
from app.modules.auth.network import MODES, NETWORK_SETTING_KEYS, invalidate_after_commit

_MONEY_RE = re.compile(r"^[0-9]+\.[0-9]{2}$")
_HHMM_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


class SettingNotFoundError(NotFoundError):
    code = "SETTING_NOT_FOUND"
    message = "No existe esa clave de configuración."


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "booleano"
    if isinstance(value, int):
        return "entero"
    if isinstance(value, float):
        return "número"
    if isinstance(value, str):
        return "texto"
    if isinstance(value, list):
        return "lista"
    if isinstance(value, dict):
        return "objeto"
    return "nulo"


def check_shape(current: Any, new: Any, path: str = "value") -> dict[str, str]:
    """Errors (path -> Spanish message) where ``new`` does not keep the shape of ``current``."""
    errors: dict[str, str] = {}
    if isinstance(current, bool) or current is None:
        if type(new) is not type(current):
            errors[path] = f"Debe ser {_kind(current)}."
    elif isinstance(current, int):
        if isinstance(new, bool) or not isinstance(new, int):
            errors[path] = "Debe ser un número entero."
    elif isinstance(current, float):
        if isinstance(new, bool) or not isinstance(new, int | float):
            errors[path] = "Debe ser un número."
    elif isinstance(current, str):
        if not isinstance(new, str):
            errors[path] = "Debe ser texto."
        elif _MONEY_RE.match(current) and not _MONEY_RE.match(new):
            errors[path] = "Debe ser una cantidad con dos decimales, p. ej. «1200.00»."
        elif _HHMM_RE.match(current) and not _HHMM_RE.match(new):
            errors[path] = "Debe ser una hora HH:MM."
    elif isinstance(current, list):
        if not isinstance(new, list):
            errors[path] = "Debe ser una lista."
        elif current:
            for i, item in enumerate(new):
                errors.update(check_shape(current[0], item, f"{path}.{i}"))
    elif isinstance(current, dict):
        if not isinstance(new, dict):
            errors[path] = "Debe ser un objeto."
        else:
            missing = sorted(set(current) - set(new))
            unknown = sorted(set(new) - set(current))
            for key in missing:
                errors[f"{path}.{key}"] = "Este campo es obligatorio."
            for key in unknown:
                errors[f"{path}.{key}"] = "Campo no permitido."
            for key in set(current) & set(new):
                errors.update(check_shape(current[key], new[key], f"{path}.{key}"))
    return errors


def _non_negative_numbers(value: Any, path: str = "value") -> dict[str, str]:
    if isinstance(value, bool):
        return {}
    if isinstance(value, int | float):
        return {path: "No puede ser negativo."} if value < 0 else {}
    if isinstance(value, dict):
        out: dict[str, str] = {}
        for key, item in value.items():
            out.update(_non_negative_numbers(item, f"{path}.{key}"))
        return out
    if isinstance(value, list):
        out = {}
        for i, item in enumerate(value):
            out.update(_non_negative_numbers(item, f"{path}.{i}"))
        return out
    return {}


def _network_mode(value: Any) -> dict[str, str]:
    if value not in MODES:
        return {"value": "Valor no permitido. Opciones: " + ", ".join(f"'{m}'" for m in MODES) + "."}
    return {}


def _vpn_cidrs(value: Any) -> dict[str, str]:
    errors: dict[str, str] = {}
    for i, cidr in enumerate(value):
        try:
            ipaddress.ip_network(str(cidr), strict=False)
        except ValueError:
            errors[f"value.{i}"] = "Rango no válido (formato CIDR, p. ej. 10.8.0.0/24)."
    return errors


def _office_location(value: Any) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not -90 <= float(value["lat"]) <= 90:
        errors["value.lat"] = "La latitud debe estar entre -90 y 90."
    if not -180 <= float(value["lng"]) <= 180:
        errors["value.lng"] = "La longitud debe estar entre -180 y 180."
    return errors


def _geofence(value: Any) -> dict[str, str]:
    return {f"value.{key}": "Debe ser mayor que 0." for key, radius in value.items() if radius <= 0}


#: settings whose numbers may be negative (coordinates); every other number is a count or amount
_SIGNED_KEYS: Final = frozenset({"office_location"})

_EXTRA_RULES: Final[dict[str, Callable[[Any], dict[str, str]]]] = {
    "network_mode": _network_mode,
    "vpn_cidrs": _vpn_cidrs,
    "office_location": _office_location,
    "geofence": _geofence,
}


async def get_value(session: AsyncSession, key: str, default: Any = None) -> Any:
    """A setting's current value (for other modules' rules), or ``default`` when missing."""
    row = await SettingRepository(session).get_or_none(key)
    return default if row is None else row.value


class SettingsService:
    def __init__(self, session: AsyncSession, redis: Redis) -> None:
        self.session = session
        self.redis = redis
        self.repo = SettingRepository(session)

    async def all(self) -> list[AppSetting]:
        return await self.repo.all()

    async def update(self, key: str, value: Any, *, actor_id: int) -> AppSetting:
        row = await self.repo.get_or_none(key, for_update=True)
        if row is None:
            raise SettingNotFoundError()
        errors = check_shape(row.value, value)
        if not errors and key not in _SIGNED_KEYS:
            errors = _non_negative_numbers(value)
        if not errors and key in _EXTRA_RULES:
            errors = _EXTRA_RULES[key](value)
        if errors:
            raise ValidationFailedError(fields=errors)
        before = row.value
        if before == value:
            return row
        row.value = value
        row.updated_by_user_id = actor_id
        await self.session.flush()
        await record_audit(
            self.session,
            table="app_setting",
            record_id=key,
            action="update",
            before={"value": before},
            after={"value": value},
            user_id=actor_id,
        )
        if key in NETWORK_SETTING_KEYS:
            invalidate_after_commit(self.redis)
        return row
