"""``/api/v1/vehicles``: insured vehicles.

Read (``vehicles.read``, everyone): list with filters (serial, plates, client, key, make/model),
detail, lookup by serial number, the vehicle-key catalogue. Create (``vehicles.create``: sellers,
gerentes, admin). Edit (``vehicles.edit``: sales manager, admin). No deletion: policies and their
history point at vehicles.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path, Query, status

from app.core.dependencies import ClockDep, SessionDep
from app.core.schemas import ErrorResponse, Page
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.vehicles.schemas import (
    VehicleCreate,
    VehicleKeyRead,
    VehicleQuery,
    VehicleRead,
    VehicleUpdate,
)
from app.modules.vehicles.service import VehicleService

router = authenticated_router(prefix="/vehicles", tags=["vehicles"])

Reader = Annotated[Principal, require_permission("vehicles.read")]
Creator = Annotated[Principal, require_permission("vehicles.create")]
Editor = Annotated[Principal, require_permission("vehicles.edit")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe el vehículo"},
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    409: {"model": ErrorResponse, "description": "Número de serie ya registrado"},
}


@router.get("", response_model=Page[VehicleRead], responses=_ERRORS, summary="Lista y búsqueda de vehículos")
async def list_vehicles(
    principal: Reader, query: Annotated[VehicleQuery, Query()], session: SessionDep, clock: ClockDep
) -> Page[VehicleRead]:
    return await VehicleService(session, today=clock.today()).search(query)


@router.get("/keys", response_model=list[VehicleKeyRead], responses=_ERRORS, summary="Claves vehiculares")
async def list_vehicle_keys(principal: Reader, session: SessionDep, clock: ClockDep) -> list[VehicleKeyRead]:
    return await VehicleService(session, today=clock.today()).keys()


@router.get(
    "/by-serial/{serial_number}",
    response_model=VehicleRead,
    responses=_ERRORS,
    summary="Buscar vehículo por número de serie (NIV)",
)
async def get_vehicle_by_serial(
    principal: Reader,
    serial_number: Annotated[str, Path(min_length=5, max_length=30)],
    session: SessionDep,
    clock: ClockDep,
) -> VehicleRead:
    return await VehicleService(session, today=clock.today()).by_serial(serial_number)


@router.post(
    "",
    response_model=VehicleRead,
    status_code=status.HTTP_201_CREATED,
    responses=_WRITE_ERRORS,
    summary="Registrar vehículo",
)
async def create_vehicle(
    principal: Creator, body: VehicleCreate, session: SessionDep, clock: ClockDep
) -> VehicleRead:
    return await VehicleService(session, today=clock.today()).create(body)


@router.get("/{vehicle_id}", response_model=VehicleRead, responses=_ERRORS, summary="Detalle del vehículo")
async def get_vehicle(
    principal: Reader, vehicle_id: int, session: SessionDep, clock: ClockDep
) -> VehicleRead:
    return await VehicleService(session, today=clock.today()).read(vehicle_id)


@router.patch("/{vehicle_id}", response_model=VehicleRead, responses=_WRITE_ERRORS, summary="Editar vehículo")
async def update_vehicle(
    principal: Editor, vehicle_id: int, body: VehicleUpdate, session: SessionDep, clock: ClockDep
) -> VehicleRead:
    return await VehicleService(session, today=clock.today()).update(vehicle_id, body)
