"""Errors of the login flows. Each has a stable code and a Spanish message; none says whether a
username exists."""

from __future__ import annotations

from app.core.exceptions import (
    AppError,
    ConflictError,
    NotAuthenticatedError,
    PermissionDeniedError,
    RateLimitedError,
    ValidationFailedError,
)


class InvalidCredentialsError(NotAuthenticatedError):
    code = "INVALID_CREDENTIALS"
    message = "Usuario o contraseña incorrectos."


class LoginRateLimitedError(RateLimitedError):
    message = "Demasiados intentos fallidos. Espera unos minutos e inténtalo de nuevo."


class AccountLockedError(RateLimitedError):
    """429 (not 423): clients already back off on 429 + Retry-After; see docs/decisions.md."""

    code = "ACCOUNT_LOCKED"
    message = (
        "La cuenta está bloqueada temporalmente por demasiados intentos fallidos. "
        "Inténtalo más tarde o avisa al administrador."
    )


class AppNotAllowedError(PermissionDeniedError):
    code = "APP_NOT_ALLOWED"
    message = "Tu usuario no tiene acceso a esta aplicación."


class TempTokenInvalidError(NotAuthenticatedError):
    code = "TEMP_TOKEN_INVALID"
    message = "El paso de inicio de sesión expiró o ya no es válido. Inicia sesión de nuevo."


class TotpInvalidError(AppError):
    # 400, not 401: a wrong code on an authenticated screen must not look like a lost session.
    status_code = 400
    code = "TOTP_INVALID"
    message = "El código de verificación no es correcto."


class TotpReplayedError(AppError):
    status_code = 400
    code = "TOTP_REPLAYED"
    message = "Ese código ya se usó. Espera el siguiente código de tu aplicación."


class TotpNotSetUpError(ConflictError):
    code = "TOTP_NOT_SET_UP"
    message = "Primero inicia la configuración de la verificación en dos pasos."


class TotpAlreadyEnabledError(ConflictError):
    code = "TOTP_ALREADY_ENABLED"
    message = "La verificación en dos pasos ya está activa."


class TotpNotEnabledError(ConflictError):
    code = "TOTP_NOT_ENABLED"
    message = "La verificación en dos pasos no está activa."


class TotpRequiredError(PermissionDeniedError):
    code = "TOTP_REQUIRED_FOR_ROLE"
    message = "Los administradores y gerentes deben mantener activa la verificación en dos pasos."


class PasswordTooWeakError(ValidationFailedError):
    code = "PASSWORD_TOO_WEAK"
    message = "La nueva contraseña no cumple la política de contraseñas."


class PasswordReusedError(ValidationFailedError):
    code = "PASSWORD_REUSED"
    message = "La nueva contraseña debe ser distinta de la actual."


class CurrentPasswordInvalidError(AppError):
    status_code = 400
    code = "CURRENT_PASSWORD_INVALID"
    message = "La contraseña actual no es correcta."


class RefreshInvalidError(NotAuthenticatedError):
    code = "REFRESH_INVALID"
    message = "La sesión expiró o fue cerrada. Inicia sesión de nuevo."


class RefreshReusedError(NotAuthenticatedError):
    code = "REFRESH_REUSED"
    message = (
        "Se detectó el uso de una sesión ya renovada; por seguridad se cerró la sesión. "
        "Inicia sesión de nuevo."
    )
