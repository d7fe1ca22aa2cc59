"""Vehicles: create / read / update (never deleted: policies point at them).

Rules: the vehicle key decides the type (given or derived; a mismatch is VEHICLE_TYPE_MISMATCH);
the cylinder band is required for the keys that need it (107 motorcycle, 108 mototaxi) and
forbidden for the others; model year between 1950 and next year; serial number (NIV) and plates
formats as in ``rules``. The serial number is unique: checked first for a clear answer, and the
unique constraint (a concurrent twin) is translated to the same 409 VEHICLE_SERIAL_EXISTS.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from app.core.audit import diff, record_audit, snapshot
from app.core.schemas import Page
from app.models import Vehicle, VehicleKey
from app.modules.vehicles.exceptions import (
    VehicleNotFoundError,
    VehicleRulesError,
    VehicleSerialExistsError,
    VehicleTypeMismatchError,
)
from app.modules.vehicles.repository import VehicleRepository
from app.modules.vehicles.rules import normalize_serial, serial_problem, year_problem
from app.modules.vehicles.schemas import (
    VehicleCreate,
    VehicleKeyRead,
    VehicleQuery,
    VehicleRead,
    VehicleUpdate,
)

_TIMESTAMPS: Final = frozenset({"created_at", "updated_at"})  # not business changes
_TABLE: Final = "vehicle"
_TYPE_LABELS: Final = {
    "automobile": "automóvil",
    "pickup": "pick up",
    "suv": "camioneta",
    "motorcycle": "motocicleta",
    "mototaxi": "mototaxi",
    "truck": "camión",
}
_SERIAL_CONSTRAINT: Final = "uq_vehicle_serial_number"


def vehicle_read(vehicle: Vehicle) -> VehicleRead:
    return VehicleRead(
        id=vehicle.id,
        client_id=vehicle.client_id,
        vehicle_key=vehicle.vehicle_key,
        vehicle_key_name=vehicle.key.name,
        vehicle_type=vehicle.vehicle_type,
        service_type=vehicle.service_type,
        cylinder_band=vehicle.cylinder_band,
        make=vehicle.make,
        model=vehicle.model,
        year=vehicle.year,
        color=vehicle.color,
        serial_number=vehicle.serial_number,
        plates=vehicle.plates,
        engine_number=vehicle.engine_number,
        created_at=vehicle.created_at,
        updated_at=vehicle.updated_at,
    )


def _values(vehicle: Vehicle) -> dict[str, Any]:
    return {attr.key: getattr(vehicle, attr.key) for attr in Vehicle.__mapper__.column_attrs}


class VehicleService:
    def __init__(self, session: AsyncSession, *, today: date) -> None:
        self.session = session
        self.today = today
        self.repo = VehicleRepository(session)

    # -- reads ------------------------------------------------------------------------------
    async def search(self, query: VehicleQuery) -> Page[VehicleRead]:
        rows, total = await self.repo.paginate(
            self.repo.search(query), page=query.page, size=query.size, sort=query.sort
        )
        return Page(items=[vehicle_read(v) for v in rows], total=total, page=query.page, size=query.size)

    async def read(self, vehicle_id: int) -> VehicleRead:
        return vehicle_read(await self.repo.get(vehicle_id))

    async def by_serial(self, raw: str) -> VehicleRead:
        vehicle = await self.repo.by_serial(normalize_serial(raw))
        if vehicle is None:
            raise VehicleNotFoundError("No hay ningún vehículo con ese número de serie (NIV).")
        return vehicle_read(vehicle)

    async def keys(self) -> list[VehicleKeyRead]:
        return [VehicleKeyRead.model_validate(k) for k in await self.repo.keys()]

    # -- writes -----------------------------------------------------------------------------
    async def create(self, body: VehicleCreate) -> VehicleRead:
        values = body.model_dump()
        key = await self._check(values)
        vehicle = Vehicle(**values)
        await self._flush(vehicle)
        set_committed_value(vehicle, "key", key)
        await record_audit(
            self.session,
            table=_TABLE,
            record_id=vehicle.id,
            action="insert",
            after=snapshot(vehicle, exclude=_TIMESTAMPS),
        )
        return vehicle_read(vehicle)

    async def update(self, vehicle_id: int, body: VehicleUpdate) -> VehicleRead:
        vehicle = await self.repo.get_locked(vehicle_id)
        before = snapshot(vehicle, exclude=_TIMESTAMPS)
        changes = body.model_dump(exclude_unset=True)
        if "vehicle_key" in changes and "vehicle_type" not in changes:
            changes["vehicle_type"] = None  # derive the type from the new key
        values = {**_values(vehicle), **changes}
        key = await self._check(values, except_id=vehicle.id, changed=set(changes))
        for name in changes:
            setattr(vehicle, name, values[name])
        await self._flush(vehicle)
        set_committed_value(vehicle, "key", key)
        old, new = diff(before, snapshot(vehicle, exclude=_TIMESTAMPS))
        if new:
            await record_audit(
                self.session, table=_TABLE, record_id=vehicle.id, action="update", before=old, after=new
            )
        return vehicle_read(vehicle)

    # -- rules ------------------------------------------------------------------------------
    async def _check(
        self, values: dict[str, Any], *, except_id: int | None = None, changed: set[str] | None = None
    ) -> VehicleKey:
        """Validate ``values`` (completed in place: the type derived from the key). On an update,
        ``changed`` limits the format checks to what changes, so an imported record whose old data
        predates these rules can still be corrected one field at a time."""

        def checks(*names: str) -> bool:
            return changed is None or any(n in changed for n in names)

        key = await self.repo.get_key(int(values["vehicle_key"]))
        if key is None:
            raise VehicleRulesError(
                "La clave vehicular no existe (101, 103, 105, 107, 108 o 109).",
                fields={"vehicle_key": "Clave vehicular no válida."},
            )
        given_type = values.get("vehicle_type")
        if given_type is None:
            values["vehicle_type"] = key.vehicle_type
        elif given_type != key.vehicle_type:
            expected = _TYPE_LABELS[key.vehicle_type.value]
            raise VehicleTypeMismatchError(
                f"La clave {key.code} ({key.name}) corresponde a {expected}, no a "
                f"{_TYPE_LABELS[str(given_type)]}.",
                fields={"vehicle_type": f"Para la clave {key.code} el tipo es {expected}."},
            )
        fields: dict[str, str] = {}
        band = values.get("cylinder_band")
        if key.requires_cylinder_band and band is None:
            fields["cylinder_band"] = "Obligatorio para motocicletas y mototaxis."
        if not key.requires_cylinder_band and band is not None:
            fields["cylinder_band"] = "Solo las motocicletas y mototaxis llevan cilindraje."
        year = values.get("year")
        if (
            checks("year")
            and year is not None
            and (problem := year_problem(int(year), today_year=self.today.year))
        ):
            fields["year"] = problem
        serial = values.get("serial_number")
        if checks("serial_number", "year") and serial and (problem := serial_problem(serial, year)):
            fields["serial_number"] = problem
        client_id = values.get("client_id")
        if (
            checks("client_id")
            and client_id is not None
            and not await self.repo.client_exists(int(client_id))
        ):
            fields["client_id"] = "El cliente no existe."
        if fields:
            raise VehicleRulesError(fields=fields)
        if (
            checks("serial_number")
            and serial
            and (owner := await self.repo.serial_owner(serial, except_id=except_id)) is not None
        ):
            raise VehicleSerialExistsError(
                f"El número de serie {serial} ya está registrado (vehículo {owner}).",
                fields={"serial_number": "Ya registrado."},
            )
        return key

    async def _flush(self, vehicle: Vehicle) -> None:
        """Flush in a savepoint so a concurrent twin (unique constraint) becomes a clear 409."""
        try:
            async with self.session.begin_nested():
                self.session.add(vehicle)
                await self.session.flush()
        except IntegrityError as exc:
            if _SERIAL_CONSTRAINT in str(exc.orig):
                raise VehicleSerialExistsError(fields={"serial_number": "Ya registrado."}) from exc
            raise
