"""Request and response bodies of ``/api/v1/auth``."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from app.core.schemas import InputModel
from app.models.enums import AppType, SessionKind
from app.modules.auth.passwords import MAX_LENGTH

# Passwords are taken exactly as typed (InputModel strips other strings).
Password = Annotated[str, StringConstraints(strip_whitespace=False, min_length=1, max_length=MAX_LENGTH)]
Username = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)]
TempToken = Annotated[str, StringConstraints(strip_whitespace=True, min_length=16, max_length=128)]
Code = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=6, max_length=16, pattern=r"^[0-9A-Za-z -]+$"),
]


class LoginStatus(StrEnum):
    OK = "ok"
    REQUIRES_2FA = "requires_2fa"
    ENROLLMENT_REQUIRED = "enrollment_required"
    PASSWORD_CHANGE_REQUIRED = "password_change_required"  # noqa: S105 (a status)


# -- input ----------------------------------------------------------------------------------


class LoginInput(InputModel):
    username: Username
    password: Password


class MobileLoginInput(LoginInput):
    device_id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._:-]{1,128}$")]
    app_type: AppType
    app_version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    push_token: Annotated[str, StringConstraints(max_length=4096)] | None = None


class RefreshInput(InputModel):
    """Mobile apps send the refresh token in the body; the web sends nothing (cookie)."""

    refresh_token: Annotated[str, StringConstraints(min_length=16, max_length=256)] | None = None


class PasswordChangeInput(InputModel):
    current_password: Password
    new_password: Password


class PasswordChangeRequiredInput(InputModel):
    temp_token: TempToken
    new_password: Password


class TotpCodeInput(InputModel):
    code: Code = Field(description="Código de 6 dígitos de la aplicación autenticadora")


class VerifyTwoFactorInput(InputModel):
    temp_token: TempToken
    code: Code = Field(description="Código de 6 dígitos o un código de respaldo (XXXXX-XXXXX)")


class EnrollStartInput(InputModel):
    temp_token: TempToken


class EnrollConfirmInput(InputModel):
    temp_token: TempToken
    code: Code


# -- output ---------------------------------------------------------------------------------


class RoleOut(BaseModel):
    code: str
    department: str | None = Field(None, description="Departamento donde se tiene el rol; null = global")


class DepartmentOut(BaseModel):
    code: str
    is_manager: bool


class FlagsOut(BaseModel):
    is_seller: bool
    is_collector: bool
    is_adjuster: bool


class MeOut(BaseModel):
    id: int
    username: str
    full_name: str
    employee_id: int
    employee_code: str | None
    is_admin: bool
    roles: list[RoleOut]
    departments: list[DepartmentOut]
    flags: FlagsOut
    permissions: list[str] = Field(description="Permisos efectivos (módulo.acción)")
    totp_enabled: bool
    must_change_password: bool


class LoginResult(BaseModel):
    status: LoginStatus
    access_token: str | None = None
    token_type: Literal["bearer"] = "bearer"  # noqa: S105
    expires_in: int | None = Field(None, description="Vida del access token en segundos")
    refresh_token: str | None = Field(None, description="Solo apps móviles (guárdalo en SecureStore)")
    user: MeOut | None = None
    temp_token: str | None = Field(None, description="Para el siguiente paso (5 minutos)")
    backup_codes: list[str] | None = Field(
        None, description="Solo al confirmar la inscripción en 2FA: se muestran una única vez"
    )


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105
    expires_in: int
    refresh_token: str | None = Field(None, description="Solo apps móviles")


class SessionOut(BaseModel):
    id: uuid.UUID
    kind: SessionKind
    device_id: str | None
    app_type: AppType | None
    app_version: str | None
    ip: str | None
    user_agent: str | None
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    current: bool


class TotpSetupOut(BaseModel):
    secret: str = Field(description="Secreto base32, para capturarlo a mano")
    otpauth_uri: str
    qr_png_base64: str = Field(description="Imagen PNG del código QR en base64")


class BackupCodesOut(BaseModel):
    backup_codes: list[str] = Field(description="Se muestran una única vez; cada uno sirve una vez")
