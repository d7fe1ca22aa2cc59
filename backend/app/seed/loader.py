"""Idempotent loader of the reference data in ``app.seed.data``.

Every table is written with ``INSERT ... ON CONFLICT``:
- code-owned rows (departments, roles, permissions, vehicle keys, municipalities) are updated only
  when the seed's values differ, so a second run touches nothing;
- admin-owned rows are never overwritten: coverages (prices are edited in the catalogue screen),
  role grants (only added, never removed) and settings (the value an admin set is kept; only the
  description is refreshed).

The caller owns the transaction: ``run_seed`` only flushes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Boolean, ColumnElement, Label, Table, func, literal_column, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import (
    AppSetting,
    CancellationCode,
    Coverage,
    Department,
    Municipality,
    Permission,
    Role,
    RolePermission,
    VehicleKey,
)
from app.seed.data.cancellation_codes import CANCELLATION_CODES
from app.seed.data.coverages import COVERAGES
from app.seed.data.departments import DEPARTMENTS
from app.seed.data.grants import GRANTS
from app.seed.data.municipalities import MUNICIPALITIES
from app.seed.data.permissions import PERMISSIONS
from app.seed.data.roles import ROLES
from app.seed.data.settings import SETTINGS
from app.seed.data.vehicle_keys import VEHICLE_KEYS

_INSERTED: Label[bool] = literal_column("(xmax = 0)", Boolean).label("inserted")

Comparator = Callable[[ColumnElement[Any], ColumnElement[Any]], ColumnElement[bool]]


def _distinct(current: ColumnElement[Any], new: ColumnElement[Any]) -> ColumnElement[bool]:
    return current.is_distinct_from(new)


def _geography_distinct(current: ColumnElement[Any], new: ColumnElement[Any]) -> ColumnElement[bool]:
    return func.ST_AsBinary(current).is_distinct_from(func.ST_AsBinary(new))


@dataclass(frozen=True, slots=True)
class TableCount:
    """What the seed did to one table."""

    seeded: int  # rows in the seed data
    inserted: int = 0
    updated: int = 0

    @property
    def unchanged(self) -> int:
        return self.seeded - self.inserted - self.updated


@dataclass(slots=True)
class SeedReport:
    tables: dict[str, TableCount] = field(default_factory=dict)

    @property
    def inserted(self) -> int:
        return sum(t.inserted for t in self.tables.values())

    @property
    def updated(self) -> int:
        return sum(t.updated for t in self.tables.values())

    @property
    def changed(self) -> bool:
        return self.inserted > 0 or self.updated > 0

    def lines(self) -> list[str]:
        """One human-readable line per table (for the CLI)."""
        return [
            f"{name}: {t.seeded} en semilla, {t.inserted} insertados, {t.updated} actualizados"
            for name, t in self.tables.items()
        ]


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


async def _upsert(
    session: AsyncSession,
    model: type[Any],
    rows: Sequence[Mapping[str, Any]],
    *,
    keys: Sequence[str],
    update: Sequence[str] = (),
    compare: Mapping[str, Comparator] | None = None,
) -> TableCount:
    """INSERT the rows; on conflict over ``keys`` update ``update`` columns only if they differ.

    ``compare`` overrides how a column's stored and new values are compared (e.g. geography as
    binary). ``update=()`` means ON CONFLICT DO NOTHING.
    """
    if not rows:
        return TableCount(0)
    table = _table(model)
    stmt = insert(table).values(list(rows))
    if update:
        excluded = stmt.excluded
        set_: dict[str, Any] = {col: excluded[col] for col in update}
        if "updated_at" in table.c:
            set_["updated_at"] = func.now()
        comparators = compare or {}
        differs = [comparators.get(col, _distinct)(table.c[col], excluded[col]) for col in update]
        stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_=set_, where=or_(*differs))
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    result = await session.execute(stmt.returning(_INSERTED))
    flags = [bool(flag) for flag in result.scalars()]
    inserted = sum(flags)
    return TableCount(len(rows), inserted=inserted, updated=len(flags) - inserted)


def _point(lon: float, lat: float) -> ColumnElement[Any]:
    return func.ST_GeogFromText(f"SRID=4326;POINT({lon} {lat})")


async def _code_ids(session: AsyncSession, model: type[Any]) -> dict[str, int]:
    table = _table(model)
    result = await session.execute(select(table.c.code, table.c.id))
    return {str(code): int(ident) for code, ident in result}


async def _seed_grants(session: AsyncSession) -> TableCount:
    roles = await _code_ids(session, Role)
    permissions = await _code_ids(session, Permission)
    departments = await _code_ids(session, Department)
    rows = [
        {
            "role_id": roles[g.role],
            "permission_id": permissions[g.permission],
            "department_id": departments[g.department] if g.department else None,
        }
        for g in GRANTS
    ]
    return await _upsert(session, RolePermission, rows, keys=("role_id", "permission_id", "department_id"))


def _as_dicts(rows: Iterable[Any]) -> list[dict[str, Any]]:
    return [row._asdict() for row in rows]


async def run_seed(session: AsyncSession) -> SeedReport:
    """Upsert all reference data; idempotent. The caller commits."""
    report = SeedReport()
    tables = report.tables
    tables["department"] = await _upsert(
        session, Department, _as_dicts(DEPARTMENTS), keys=("code",), update=("name",)
    )
    tables["role"] = await _upsert(
        session,
        Role,
        [{**row, "is_system": True} for row in _as_dicts(ROLES)],
        keys=("code",),
        update=("name", "description", "is_system"),
    )
    tables["permission"] = await _upsert(
        session, Permission, _as_dicts(PERMISSIONS), keys=("code",), update=("module", "description")
    )
    tables["role_permission"] = await _seed_grants(session)
    tables["vehicle_key"] = await _upsert(
        session,
        VehicleKey,
        _as_dicts(VEHICLE_KEYS),
        keys=("code",),
        update=("name", "vehicle_type", "requires_cylinder_band", "allows_comprehensive"),
    )
    tables["coverage"] = await _upsert(
        session,
        Coverage,
        _as_dicts(COVERAGES),
        keys=("name", "vehicle_key", "service_type", "cylinder_band"),
    )
    municipality_rows = [
        {"name": m.name, "state": m.state, "centroid": _point(m.lon, m.lat)} for m in MUNICIPALITIES
    ]
    tables["municipality"] = await _upsert(
        session,
        Municipality,
        municipality_rows,
        keys=("state", "name"),
        update=("centroid",),
        compare={"centroid": _geography_distinct},
    )
    tables["cancellation_code"] = await _upsert(
        session, CancellationCode, _as_dicts(CANCELLATION_CODES), keys=("code",)
    )
    tables["app_setting"] = await _upsert(
        session, AppSetting, _as_dicts(SETTINGS), keys=("key",), update=("description",)
    )
    await session.flush()
    return report
