"""Employees: request and response bodies.

Input is normalised before validation (names trimmed, RFC/CURP upper case, phones reduced to their
digits) and checked against the same formats as the database's check constraints.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from enum import StrEnum
from typing import Annotated, Any, Self

from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BeforeValidator, Field, model_validator

from app.core.schemas import InputModel, PageParams, ReadModel
from app.models.base import CURP_PATTERN, RFC_PATTERN
from app.models.enums import Gender

CODE_RE = re.compile(r"^[VCM][0-9]{1,8}$")
_PHONE_SEPARATORS = re.compile(r"[\s\-().]")


def _phone(value: Any) -> Any:
    if isinstance(value, str):
        digits = _PHONE_SEPARATORS.sub("", value)
        if not re.fullmatch(r"[0-9]{10}", digits):
            raise ValueError("El teléfono debe tener exactamente 10 dígitos.")
        return digits
    return value


def _email(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return validate_email(value.strip(), check_deliverability=False).normalized
        except EmailNotValidError:
            raise ValueError("Correo electrónico no válido.")
    return value


def _upper(value: Any) -> Any:
    return value.strip().upper() if isinstance(value, str) else value


def _rfc(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(RFC_PATTERN, value):
        raise ValueError("RFC no válido: 4 letras, fecha AAMMDD y homoclave de 3 caracteres.")
    return value


def _curp(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(CURP_PATTERN, value):
        raise ValueError("CURP no válida: revisa sus 18 caracteres.")
    return value


def _code(value: str | None) -> str | None:
    if value is not None and not CODE_RE.fullmatch(value):
        raise ValueError("La clave debe ser V, C o M seguida de números (p. ej. V12, C3, M1).")
    return value


Phone = Annotated[str, BeforeValidator(_phone)]
Email = Annotated[str, BeforeValidator(_email), Field(max_length=254)]
Rfc = Annotated[str, BeforeValidator(_upper), AfterValidator(_rfc)]
Curp = Annotated[str, BeforeValidator(_upper), AfterValidator(_curp)]
EmployeeCode = Annotated[str, BeforeValidator(_upper), AfterValidator(_code)]
Name = Annotated[str, Field(min_length=1, max_length=80)]


class EmployeeFlag(StrEnum):
    SELLER = "seller"
    COLLECTOR = "collector"
    ADJUSTER = "adjuster"


class DepartmentMembershipIn(InputModel):
    department: str = Field(min_length=1, max_length=30, description="Código del departamento")
    is_manager: bool = False


class DepartmentRead(ReadModel):
    code: str
    name: str


class DepartmentMembershipRead(ReadModel):
    department: str
    name: str
    is_manager: bool


class AddressIn(InputModel):
    street: str = Field(min_length=1, max_length=200)
    exterior_number: str | None = Field(None, max_length=20)
    interior_number: str | None = Field(None, max_length=20)
    neighborhood: str | None = Field(None, max_length=120)
    postal_code: str | None = Field(None, pattern=r"^[0-9]{5}$")
    municipality_id: int = Field(ge=1)


class AddressRead(ReadModel):
    id: int
    street: str
    exterior_number: str | None
    interior_number: str | None
    neighborhood: str | None
    postal_code: str | None
    municipality_id: int
    municipality: str
    state: str


class _EmployeeFields(InputModel):
    second_last_name: str | None = Field(None, max_length=80)
    birth_date: date | None = None
    gender: Gender | None = None
    phone: Phone | None = None
    phone_alt: Phone | None = None
    email: Email | None = None
    telegram_id: int | None = Field(None, ge=1, description="Chat id de Telegram")
    rfc: Rfc | None = None
    curp: Curp | None = None
    address: AddressIn | None = None
    hire_date: date | None = None
    emergency_contact_name: str | None = Field(None, max_length=160)
    emergency_contact_phone: Phone | None = None
    code: EmployeeCode | None = Field(
        None, description="V<n> vendedor, C<n> cobrador, M<n> ajustador; se asigna sola si se omite"
    )
    receipt_limit: int | None = Field(None, ge=1, le=1000)


class EmployeeCreate(_EmployeeFields):
    first_name: Name
    last_name: Name
    is_seller: bool = False
    is_collector: bool = False
    is_adjuster: bool = False
    departments: list[DepartmentMembershipIn] = Field(default_factory=list, max_length=10)


# Columns that can never be set to null once they have a value.
_NOT_NULL = ("first_name", "last_name", "is_seller", "is_collector", "is_adjuster", "receipt_limit")


class EmployeeUpdate(_EmployeeFields):
    """PATCH: only the fields sent change; ``null`` clears an optional field."""

    first_name: Name | None = None
    last_name: Name | None = None
    is_seller: bool | None = None
    is_collector: bool | None = None
    is_adjuster: bool | None = None
    termination_date: date | None = None

    @model_validator(mode="after")
    def _required_stay_set(self) -> Self:
        for name in _NOT_NULL:
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"El campo «{name}» no puede quedar vacío.")
        return self


class EmployeeUserRead(ReadModel):
    id: int
    username: str
    is_active: bool


class EmployeeRead(ReadModel):
    id: int
    code: str | None
    first_name: str
    last_name: str
    second_last_name: str | None
    full_name: str
    birth_date: date | None
    gender: Gender | None
    phone: str | None
    phone_alt: str | None
    email: str | None
    telegram_id: int | None
    rfc: str | None
    curp: str | None
    address: AddressRead | None
    hire_date: date | None
    termination_date: date | None
    emergency_contact_name: str | None
    emergency_contact_phone: str | None
    is_seller: bool
    is_collector: bool
    is_adjuster: bool
    is_active: bool
    receipt_limit: int
    departments: list[DepartmentMembershipRead]
    user: EmployeeUserRead | None
    created_at: datetime
    updated_at: datetime


class DeactivateIn(InputModel):
    termination_date: date | None = Field(None, description="Fecha de baja (opcional)")


class ScheduleWindow(InputModel):
    weekday: int = Field(ge=0, le=6, description="0 = lunes ... 6 = domingo")
    start_time: time
    end_time: time

    @model_validator(mode="after")
    def _end_after_start(self) -> Self:
        if self.start_time.tzinfo is not None or self.end_time.tzinfo is not None:
            raise ValueError("Las horas son locales (America/Mexico_City): sin zona horaria.")
        if self.end_time <= self.start_time:
            raise ValueError("La hora de salida debe ser posterior a la de entrada.")
        return self


class ScheduleWindowRead(ReadModel):
    weekday: int
    start_time: time
    end_time: time


class EmployeeFilters(InputModel):
    q: str | None = Field(None, max_length=100, description="Busca en nombre y clave")
    department: str | None = Field(None, max_length=30, description="Código del departamento")
    flag: EmployeeFlag | None = None
    active: bool | None = None
    has_user: bool | None = Field(None, description="Con (true) o sin (false) usuario de acceso")


class EmployeeQuery(EmployeeFilters, PageParams):
    """Query string of the list: filters + paging (``sort``: name, code, hire_date, created_at, id)."""
