"""Administration: request and response bodies."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BeforeValidator, Field, model_validator

from app.core.schemas import InputModel, PageParams, ReadModel
from app.models.enums import AppType, PermissionEffect, SessionKind

USERNAME_PATTERN = r"^[a-z0-9][a-z0-9._-]{2,49}$"
ROLE_CODE_PATTERN = r"^[a-z][a-z0-9_]{1,29}$"


def _lower(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise ValueError("La fecha y hora deben incluir zona horaria.")
    return value


Username = Annotated[
    str,
    BeforeValidator(_lower),
    Field(
        pattern=USERNAME_PATTERN,
        description="3-50 caracteres: letras, números, punto, guion y guion bajo (se guarda en minúsculas)",
    ),
]
AwareDatetime = Annotated[datetime, AfterValidator(_aware)]
Password = Annotated[str, Field(min_length=1, max_length=128)]


# -- users --------------------------------------------------------------------------------------
class UserQuery(PageParams):
    q: str | None = Field(None, max_length=100, description="Busca en usuario y nombre")
    active: bool | None = None
    role: str | None = Field(None, max_length=30, description="Código del rol")
    department: str | None = Field(None, max_length=30, description="Código del departamento")


class RoleHeldIn(InputModel):
    role: str = Field(min_length=1, max_length=30, description="Código del rol")
    department: str | None = Field(None, max_length=30, description="Código del departamento; null = global")


class RoleHeldRead(ReadModel):
    role: str
    role_name: str
    department: str | None


class UserEmployeeRead(ReadModel):
    id: int
    full_name: str
    code: str | None
    is_active: bool
    departments: list[str]


class UserRead(ReadModel):
    id: int
    username: str
    is_active: bool
    must_change_password: bool
    totp_enabled: bool
    last_login_at: datetime | None
    password_changed_at: datetime | None
    locked_until: datetime | None
    employee: UserEmployeeRead
    roles: list[RoleHeldRead]
    created_at: datetime


class UserCreate(InputModel):
    employee_id: int = Field(ge=1)
    username: Username
    password: Password | None = Field(
        None, description="Contraseña inicial; si se omite se genera una y se devuelve una sola vez"
    )


class UserCreated(UserRead):
    temporary_password: str | None = Field(
        None, description="Solo cuando se generó: se muestra esta única vez"
    )


class PasswordResetIn(InputModel):
    password: Password | None = Field(None, description="Contraseña temporal; si se omite se genera una")


class PasswordResetOut(ReadModel):
    temporary_password: str | None = Field(
        None, description="Solo cuando se generó: se muestra esta única vez"
    )
    sessions_revoked: int


class SessionsRevokedOut(ReadModel):
    sessions_revoked: int


class OverrideIn(InputModel):
    permission: str = Field(min_length=1, max_length=100)
    effect: PermissionEffect
    reason: str = Field(min_length=3, max_length=500)
    expires_at: AwareDatetime | None = None


class OverrideRead(ReadModel):
    permission: str
    effect: PermissionEffect
    reason: str
    expires_at: datetime | None
    granted_by_user_id: int | None
    created_at: datetime


# -- roles and permissions ----------------------------------------------------------------------
class GrantIn(InputModel):
    permission: str = Field(min_length=1, max_length=100)
    department: str | None = Field(None, max_length=30, description="null = dondequiera que se tenga el rol")


class GrantRead(ReadModel):
    permission: str
    department: str | None


class RoleRead(ReadModel):
    id: int
    code: str
    name: str
    description: str | None
    is_system: bool
    holders: int
    grants: list[GrantRead]


class RoleCreate(InputModel):
    code: Annotated[str, BeforeValidator(_lower), Field(pattern=ROLE_CODE_PATTERN)]
    name: str = Field(min_length=1, max_length=100)
    description: str | None = Field(None, max_length=1000)
    grants: list[GrantIn] = Field(default_factory=list, max_length=500)


class RoleUpdate(InputModel):
    name: str | None = Field(None, min_length=1, max_length=100)
    description: str | None = Field(None, max_length=1000)

    @model_validator(mode="after")
    def _name_not_null(self) -> Self:
        if "name" in self.model_fields_set and self.name is None:
            raise ValueError("El nombre no puede quedar vacío.")
        return self


class PermissionRead(ReadModel):
    code: str
    module: str
    description: str | None


# -- sessions -----------------------------------------------------------------------------------
class SessionQuery(PageParams):
    user_id: int | None = Field(None, ge=1)
    active: bool | None = None
    kind: SessionKind | None = None


class SessionRead(ReadModel):
    id: uuid.UUID
    user_id: int
    username: str
    kind: SessionKind
    app_type: AppType | None
    app_version: str | None
    device_id: str | None
    ip: str | None
    user_agent: str | None
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    revoked_reason: str | None
    active: bool


# -- audit --------------------------------------------------------------------------------------
class AuditQuery(InputModel):
    page: int = Field(1, ge=1)
    size: int = Field(50, ge=1, le=200)
    user_id: int | None = Field(None, ge=1)
    table: str | None = Field(None, max_length=63)
    record_id: str | None = Field(None, max_length=100)
    action: str | None = Field(None, max_length=60)
    date_from: date | None = Field(None, description="Desde este día (hora de Ciudad de México), inclusive")
    date_to: date | None = Field(None, description="Hasta este día (hora de Ciudad de México), inclusive")

    @model_validator(mode="after")
    def _range(self) -> Self:
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError("La fecha final no puede ser anterior a la inicial.")
        return self


class AuditEntryRead(ReadModel):
    id: int
    occurred_at: datetime
    user_id: int | None
    username: str | None
    table_name: str
    record_id: str | None
    action: str
    before: Any
    after: Any
    ip: str | None
    device_id: str | None
    user_agent: str | None
    request_id: str | None


# -- access exceptions --------------------------------------------------------------------------
class AccessExceptionQuery(PageParams):
    user_id: int | None = Field(None, ge=1)
    active: bool | None = None


class AccessExceptionCreate(InputModel):
    user_id: int = Field(ge=1)
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    reason: str = Field(min_length=3, max_length=500)


class AccessExceptionRead(ReadModel):
    id: int
    user_id: int
    starts_at: datetime
    ends_at: datetime
    reason: str
    granted_by_user_id: int | None
    revoked_at: datetime | None
    created_at: datetime


# -- settings -----------------------------------------------------------------------------------
class SettingRead(ReadModel):
    key: str
    value: Any
    description: str | None
    updated_at: datetime
    updated_by_user_id: int | None


class SettingUpdate(InputModel):
    value: Any = Field(description="Nuevo valor, del mismo tipo JSON que el actual")
