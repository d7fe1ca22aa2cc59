"""Vehicles: request and response bodies."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Final, Self

from pydantic import AfterValidator, BeforeValidator, Field, model_validator

from app.core.schemas import InputModel, PageParams, ReadModel
from app.models.enums import CylinderBand, ServiceType, VehicleType
from app.modules.vehicles.rules import normalize_plates, normalize_serial, plates_problem


def _text_upper(value: Any) -> Any:
    return re.sub(r"\s+", " ", value).strip().upper() if isinstance(value, str) else value


def _serial(value: Any) -> Any:
    if isinstance(value, str):
        serial = normalize_serial(value)
        if not re.fullmatch(r"[A-Z0-9]{5,17}", serial):
            raise ValueError(
                "El número de serie (NIV) debe tener 17 letras o números (5 a 17 antes de 1981)."
            )
        return serial
    return value


def _plates(value: Any) -> Any:
    return normalize_plates(value) if isinstance(value, str) else value


def _plates_ok(value: str) -> str:
    problem = plates_problem(value)
    if problem:
        raise ValueError(problem)
    return value


UpperText = Annotated[str, BeforeValidator(_text_upper)]
Serial = Annotated[str, BeforeValidator(_serial)]
Plates = Annotated[str, BeforeValidator(_plates), AfterValidator(_plates_ok)]


class _VehicleFields(InputModel):
    client_id: int | None = Field(None, ge=1, description="Dueño (cliente); opcional")
    vehicle_type: VehicleType | None = Field(None, description="Si se omite, el de la clave vehicular")
    cylinder_band: CylinderBand | None = Field(None, description="Solo motocicletas y mototaxis (107, 108)")
    color: UpperText | None = Field(None, max_length=40)
    serial_number: Serial | None = Field(None, description="NIV / VIN: 17 caracteres sin I, O ni Q")
    plates: Plates | None = Field(None, description="Se guardan sin espacios ni guiones")
    engine_number: UpperText | None = Field(None, max_length=30)


class VehicleCreate(_VehicleFields):
    vehicle_key: int = Field(ge=100, le=999, description="101, 103, 105, 107, 108 o 109")
    service_type: ServiceType
    make: UpperText = Field(min_length=1, max_length=60)
    model: UpperText = Field(min_length=1, max_length=60)
    year: int = Field(ge=1900, le=2100, description="Año modelo (1950 al año próximo)")


_NOT_NULL: Final = ("vehicle_key", "vehicle_type", "service_type", "make", "model", "year")


class VehicleUpdate(_VehicleFields):
    """PATCH: only the fields sent change; ``null`` clears an optional field."""

    vehicle_key: int | None = Field(None, ge=100, le=999)
    service_type: ServiceType | None = None
    make: UpperText | None = Field(None, min_length=1, max_length=60)
    model: UpperText | None = Field(None, min_length=1, max_length=60)
    year: int | None = Field(None, ge=1900, le=2100)

    @model_validator(mode="after")
    def _required_stay_set(self) -> Self:
        for name in _NOT_NULL:
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"El campo «{name}» no puede quedar vacío.")
        return self


class VehicleRead(ReadModel):
    id: int
    client_id: int | None
    vehicle_key: int
    vehicle_key_name: str
    vehicle_type: VehicleType
    service_type: ServiceType
    cylinder_band: CylinderBand | None
    make: str
    model: str
    year: int | None
    color: str | None
    serial_number: str | None
    plates: str | None
    engine_number: str | None
    created_at: datetime
    updated_at: datetime


class VehicleFilters(InputModel):
    serial_number: Serial | None = Field(None, description="NIV exacto")
    plates: Annotated[str, BeforeValidator(_plates)] | None = Field(
        None, max_length=20, description="Placas exactas (sin importar espacios o guiones)"
    )
    client_id: int | None = Field(None, ge=1)
    vehicle_key: int | None = Field(None, ge=100, le=999)
    q: str | None = Field(None, min_length=2, max_length=60, description="Marca o modelo")


class VehicleQuery(VehicleFilters, PageParams):
    pass


class VehicleKeyRead(ReadModel):
    code: int
    name: str
    vehicle_type: VehicleType
    requires_cylinder_band: bool
    allows_comprehensive: bool
