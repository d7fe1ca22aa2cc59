"""The audit trail: who, when, which record, before/after, from where.

Every state change of money, policies and permissions calls ``record_audit`` in the same
transaction as the change, so the trail and the data can never disagree. ``audit_log`` is
append-only (a trigger refuses UPDATE and DELETE).
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import uuid
from collections.abc import Mapping
from typing import Any

from geoalchemy2.elements import WKTElement
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.context import get_request_context


def jsonable(value: Any) -> Any:
    """JSON-safe snapshot values: money as strings, dates ISO, enums by value."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, decimal.Decimal):
        return f"{value:.2f}" if value == value.quantize(decimal.Decimal("0.01")) else str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    return str(value)


def snapshot(obj: Any, *, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Column values of an ORM object (no relationships, never lazy loads)."""
    mapper = sa_inspect(obj).mapper
    out: dict[str, Any] = {}
    for attr in mapper.column_attrs:
        if attr.key in exclude or attr.key in {"password_hash", "totp_secret_encrypted"}:
            continue
        value = getattr(obj, attr.key, None)
        if attr.key in {"location", "centroid"} and value is not None:
            continue
        out[attr.key] = jsonable(value)
    return out


def diff(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the keys that changed (both sides), to keep the log readable."""
    before = dict(before or {})
    after = dict(after or {})
    keys = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    return {k: before.get(k) for k in keys if k in before}, {k: after.get(k) for k in keys if k in after}


async def record_audit(
    session: AsyncSession,
    *,
    table: str,
    record_id: Any,
    action: str,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    user_id: int | None = None,
) -> None:
    """Append one audit row using the current request/task context for who and where."""
    from app.models.audit import AuditLog

    ctx = get_request_context()
    location = None
    if ctx.latitude is not None and ctx.longitude is not None:
        location = WKTElement(f"POINT({ctx.longitude} {ctx.latitude})", srid=4326)
    session.add(
        AuditLog(
            user_id=user_id if user_id is not None else ctx.user_id,
            table_name=table,
            record_id=str(record_id),
            action=action,
            before=jsonable(before) if before is not None else None,
            after=jsonable(after) if after is not None else None,
            ip=ctx.ip,
            device_id=ctx.device_id,
            user_agent=ctx.user_agent,
            location=location,
            request_id=ctx.request_id or ctx.source,
        )
    )
    await session.flush()
