"""Vehicle SQL: lookups by serial (unique index) and plates (normalised-expression index)."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Select, exists, or_, select
from sqlalchemy.orm import joinedload

from app.core.repository import Repository
from app.models import Client, Vehicle, VehicleKey
from app.models.vehicle import plates_key
from app.modules.vehicles.exceptions import VehicleNotFoundError
from app.modules.vehicles.rules import normalize_plates
from app.modules.vehicles.schemas import VehicleFilters


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class VehicleRepository(Repository[Vehicle]):
    model = Vehicle
    not_found_error = VehicleNotFoundError
    sortable: ClassVar = {
        "id": Vehicle.id,
        "created_at": Vehicle.created_at,
        "year": Vehicle.year,
        "make": Vehicle.make,
        "plates": Vehicle.plates,
    }
    default_sort = "-id"

    def base_statement(self) -> Select[Any]:
        return super().base_statement().options(joinedload(Vehicle.key, innerjoin=True))

    async def get_locked(self, ident: int) -> Vehicle:
        """The row locked for an update (``FOR UPDATE OF vehicle``: the joined vehicle key is not locked)."""
        stmt = self.base_statement().where(Vehicle.id == ident).with_for_update(of=Vehicle)
        found = await self.one_or_none(stmt)
        if found is None:
            raise self.not_found_error()
        return found

    def search(self, filters: VehicleFilters) -> Select[Any]:
        stmt = self.base_statement()
        if filters.serial_number:
            stmt = stmt.where(Vehicle.serial_number == filters.serial_number)
        if filters.plates:
            stmt = stmt.where(plates_key(Vehicle.plates) == normalize_plates(filters.plates))
        if filters.client_id is not None:
            stmt = stmt.where(Vehicle.client_id == filters.client_id)
        if filters.vehicle_key is not None:
            stmt = stmt.where(Vehicle.vehicle_key == filters.vehicle_key)
        if filters.q:
            needle = f"%{_like_escape(filters.q.strip())}%"
            stmt = stmt.where(
                or_(Vehicle.make.ilike(needle, escape="\\"), Vehicle.model.ilike(needle, escape="\\"))
            )
        return stmt

    async def by_serial(self, serial: str) -> Vehicle | None:
        return await self.one_or_none(self.base_statement().where(Vehicle.serial_number == serial))

    async def serial_owner(self, serial: str, *, except_id: int | None = None) -> int | None:
        stmt = select(Vehicle.id).where(Vehicle.serial_number == serial)
        if except_id is not None:
            stmt = stmt.where(Vehicle.id != except_id)
        found: int | None = await self.session.scalar(stmt.limit(1))
        return found

    async def get_key(self, code: int) -> VehicleKey | None:
        key: VehicleKey | None = await self.session.get(VehicleKey, code)
        return key

    async def keys(self) -> list[VehicleKey]:
        return list((await self.session.scalars(select(VehicleKey).order_by(VehicleKey.code))).all())

    async def client_exists(self, client_id: int) -> bool:
        stmt = select(exists().where(Client.id == client_id, Client.deleted_at.is_(None)))
        return bool(await self.session.scalar(stmt))

    async def for_client(self, client_id: int) -> list[Vehicle]:
        return await self.get_all(
            self.base_statement().where(Vehicle.client_id == client_id).order_by(Vehicle.id)
        )
