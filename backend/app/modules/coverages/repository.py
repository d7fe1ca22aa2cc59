"""Coverage catalogue SQL."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import joinedload

from app.core.repository import Repository
from app.models import Coverage, Policy, VehicleKey
from app.models.enums import CylinderBand, ServiceType
from app.modules.coverages.exceptions import CoverageNotFoundError
from app.modules.coverages.schemas import CoverageFilters


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class CoverageRepository(Repository[Coverage]):
    model = Coverage
    not_found_error = CoverageNotFoundError
    sortable: ClassVar = {
        "id": Coverage.id,
        "name": Coverage.name,
        "level": Coverage.level,
        "vehicle_key": Coverage.vehicle_key,
        "cash_price": Coverage.cash_price,
        "credit_price": Coverage.credit_price,
    }
    default_sort = "id"  # the seed inserts the catalogue in ladder order per key and service

    def base_statement(self) -> Select[Any]:
        return super().base_statement().options(joinedload(Coverage.key, innerjoin=True))

    async def get_locked(self, ident: int) -> Coverage:
        """The row locked for an update (``FOR UPDATE OF coverage``: the joined vehicle key is not locked)."""
        stmt = self.base_statement().where(Coverage.id == ident).with_for_update(of=Coverage)
        found = await self.one_or_none(stmt)
        if found is None:
            raise self.not_found_error()
        return found

    def search(self, filters: CoverageFilters) -> Select[Any]:
        stmt = self.base_statement()
        if not filters.include_inactive:
            stmt = stmt.where(Coverage.is_active.is_(True))
        if filters.q:
            stmt = stmt.where(Coverage.name.ilike(f"%{_like_escape(filters.q.strip())}%", escape="\\"))
        if filters.vehicle_key is not None:
            stmt = stmt.where(Coverage.vehicle_key == filters.vehicle_key)
        if filters.service_type is not None:
            stmt = stmt.where(Coverage.service_type == filters.service_type)
        if filters.cylinder_band is not None:
            stmt = stmt.where(Coverage.cylinder_band == filters.cylinder_band)
        if filters.category is not None:
            stmt = stmt.where(Coverage.category == filters.category)
        return stmt

    async def get_key(self, code: int) -> VehicleKey | None:
        key: VehicleKey | None = await self.session.get(VehicleKey, code)
        return key

    async def duplicate_of(
        self,
        *,
        name: str,
        vehicle_key: int,
        service_type: ServiceType,
        cylinder_band: CylinderBand | None,
        except_id: int | None = None,
    ) -> int | None:
        stmt = select(Coverage.id).where(
            func.upper(Coverage.name) == name.upper(),
            Coverage.vehicle_key == vehicle_key,
            Coverage.service_type == service_type,
            Coverage.cylinder_band.is_(None)
            if cylinder_band is None
            else Coverage.cylinder_band == cylinder_band,
        )
        if except_id is not None:
            stmt = stmt.where(Coverage.id != except_id)
        found: int | None = await self.session.scalar(stmt.limit(1))
        return found

    async def in_use(self, coverage_id: int) -> bool:
        return bool(await self.session.scalar(select(exists().where(Policy.coverage_id == coverage_id))))
