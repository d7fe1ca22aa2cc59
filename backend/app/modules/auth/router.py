"""``/api/v1/auth``: login (web and mobile), 2FA steps, refresh, logout, me, my sessions, my
password and my 2FA.

Public routes (``PUBLIC_ROUTES``) sit on a plain router; everything else on
``authenticated_router()`` with ``require_authenticated()`` (self-service: any logged-in user).
The web refresh token travels only in the ``protegrt_refresh`` cookie: httpOnly, Secure,
SameSite=Strict, scoped to this path, and a *session* cookie (no Expires/Max-Age), so closing the
browser of a shared office PC ends the session.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request, Response, status

from app.core.config import get_settings
from app.core.dependencies import ClockDep, RedisDep, SessionDep
from app.core.exceptions import NotAuthenticatedError
from app.core.schemas import ErrorResponse
from app.models.enums import SessionKind
from app.modules.auth.dependencies import Principal, authenticated_router, require_authenticated
from app.modules.auth.public import AUTH_PREFIX
from app.modules.auth.schemas import (
    BackupCodesOut,
    EnrollConfirmInput,
    EnrollStartInput,
    LoginInput,
    LoginResult,
    MeOut,
    MobileLoginInput,
    PasswordChangeInput,
    PasswordChangeRequiredInput,
    RefreshInput,
    SessionOut,
    TokenResponse,
    TotpCodeInput,
    TotpSetupOut,
    VerifyTwoFactorInput,
)
from app.modules.auth.service import AuthService, LoginOutcome

REFRESH_COOKIE = "protegrt_refresh"
COOKIE_PATH = AUTH_PREFIX


def get_auth_service(session: SessionDep, redis: RedisDep, clock: ClockDep) -> AuthService:
    return AuthService(session, redis, clock)


ServiceDep = Annotated[AuthService, Depends(get_auth_service)]
Me = Annotated[Principal, require_authenticated()]


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    descriptions = {
        400: "Código o dato incorrecto",
        401: "No autenticado o credenciales incorrectas",
        403: "Acceso no permitido (red, horario o aplicación)",
        404: "No encontrado",
        409: "Estado incompatible",
        429: "Demasiados intentos (ver Retry-After)",
    }
    return {code: {"model": ErrorResponse, "description": descriptions[code]} for code in codes}


def set_refresh_cookie(response: Response, token: str) -> None:
    response.set_cookie(
        REFRESH_COOKIE,
        token,
        httponly=True,
        secure=get_settings().refresh_cookie_secure,
        samesite="strict",
        path=COOKIE_PATH,
    )  # no max_age / expires: a session cookie


def clear_refresh_cookie(response: Response) -> None:
    response.delete_cookie(
        REFRESH_COOKIE,
        path=COOKIE_PATH,
        secure=get_settings().refresh_cookie_secure,
        httponly=True,
        samesite="strict",
    )


def clear_refresh_cookie_header() -> str:
    scratch = Response()
    clear_refresh_cookie(scratch)
    return scratch.headers["set-cookie"]


def _answer(response: Response, outcome: LoginOutcome) -> LoginResult:
    if outcome.cookie_refresh_token:
        set_refresh_cookie(response, outcome.cookie_refresh_token)
    return outcome.result


public_router = APIRouter(prefix="/auth", tags=["auth"])
private_router = authenticated_router(prefix="/auth", tags=["auth"])


# -- public: the login steps ----------------------------------------------------------------


@public_router.post("/login", response_model=LoginResult, responses=_errors(401, 403, 429))
async def login(data: LoginInput, response: Response, service: ServiceDep) -> LoginResult:
    """Inicio de sesión web. Con `status = ok` entrega el access token (el refresh va en una
    cookie de sesión); si falta un paso, un `temp_token` para él."""
    return _answer(response, await service.login(data, kind=SessionKind.WEB))


@public_router.post(
    "/login/mobile",
    response_model=LoginResult,
    responses=_errors(401, 403, 429),
)
async def login_mobile(data: MobileLoginInput, response: Response, service: ServiceDep) -> LoginResult:
    """Inicio de sesión de las apps de campo: el refresh token (30 días) va en el cuerpo."""
    return _answer(response, await service.login(data, kind=SessionKind.MOBILE))


@public_router.post(
    "/verify-2fa",
    response_model=LoginResult,
    responses=_errors(400, 401, 429),
)
async def verify_2fa(data: VerifyTwoFactorInput, response: Response, service: ServiceDep) -> LoginResult:
    """Segundo paso: código TOTP de 6 dígitos o un código de respaldo."""
    return _answer(response, await service.verify_two_factor(data))


@public_router.post("/2fa/enroll/start", response_model=TotpSetupOut, responses=_errors(401))
async def enroll_start(data: EnrollStartInput, service: ServiceDep) -> TotpSetupOut:
    """Inscripción obligatoria (admin y gerentes): secreto, URI otpauth y QR."""
    return await service.enroll_start(data)


@public_router.post(
    "/2fa/enroll/confirm",
    response_model=LoginResult,
    responses=_errors(400, 401, 409),
)
async def enroll_confirm(data: EnrollConfirmInput, response: Response, service: ServiceDep) -> LoginResult:
    """Confirma la inscripción con un código: activa 2FA, entrega los códigos de respaldo y
    completa el inicio de sesión."""
    return _answer(response, await service.enroll_confirm(data))


@public_router.post(
    "/password/change-required",
    response_model=LoginResult,
    responses=_errors(401),
)
async def change_required_password(
    data: PasswordChangeRequiredInput, response: Response, service: ServiceDep
) -> LoginResult:
    """Cambio de contraseña obligatorio (tras un restablecimiento) y continúa el inicio de sesión."""
    return _answer(response, await service.change_required_password(data))


@public_router.post(
    "/refresh",
    response_model=TokenResponse,
    responses=_errors(401),
)
async def refresh(
    request: Request,
    response: Response,
    service: ServiceDep,
    data: Annotated[RefreshInput | None, Body()] = None,
) -> TokenResponse:
    """Renueva el access token. Web: la cookie; apps: `refresh_token` en el cuerpo. El refresh
    token rota en cada uso."""
    token = data.refresh_token if data and data.refresh_token else request.cookies.get(REFRESH_COOKIE)
    try:
        outcome = await service.refresh(token)
    except NotAuthenticatedError as exc:
        exc.headers["set-cookie"] = clear_refresh_cookie_header()
        raise
    if outcome.cookie_refresh_token:
        set_refresh_cookie(response, outcome.cookie_refresh_token)
    return outcome.result


# -- authenticated: self-service ------------------------------------------------------------


@private_router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
async def logout(principal: Me, service: ServiceDep) -> Response:
    """Cierra la sesión actual: su access token deja de valer de inmediato."""
    await service.logout(principal)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    clear_refresh_cookie(response)
    return response


@private_router.post("/logout-all", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
async def logout_all(principal: Me, service: ServiceDep) -> Response:
    """Cierra todas mis sesiones (web y dispositivos)."""
    await service.logout_all(principal)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    clear_refresh_cookie(response)
    return response


@private_router.get("/me", response_model=MeOut)
async def me(principal: Me, service: ServiceDep) -> MeOut:
    """Mi usuario: roles, departamentos, banderas, permisos efectivos y estado de 2FA."""
    return await service.me(principal)


@private_router.get("/sessions", response_model=list[SessionOut])
async def list_my_sessions(principal: Me, service: ServiceDep) -> list[SessionOut]:
    """Mis sesiones abiertas (navegadores y dispositivos)."""
    return await service.list_sessions(principal)


@private_router.delete(
    "/sessions/{session_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=_errors(404),
)
async def revoke_my_session(session_id: uuid.UUID, principal: Me, service: ServiceDep) -> Response:
    """Cierra una de mis sesiones (la de otro usuario responde 404)."""
    await service.revoke_session(principal, session_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@private_router.post(
    "/password/change",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=_errors(400, 429),
)
async def change_password(data: PasswordChangeInput, principal: Me, service: ServiceDep) -> Response:
    """Cambia mi contraseña; mis demás sesiones se cierran."""
    await service.change_password(principal, data)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@private_router.post("/2fa/setup", response_model=TotpSetupOut, responses=_errors(409))
async def totp_setup(principal: Me, service: ServiceDep) -> TotpSetupOut:
    """Inicia la configuración de 2FA: secreto, URI otpauth y QR (aún no se activa)."""
    return await service.totp_setup(principal)


@private_router.post("/2fa/enable", response_model=BackupCodesOut, responses=_errors(400, 409))
async def totp_enable(data: TotpCodeInput, principal: Me, service: ServiceDep) -> BackupCodesOut:
    """Activa 2FA con un código de la aplicación; entrega 10 códigos de respaldo (una sola vez)."""
    return BackupCodesOut(backup_codes=await service.totp_enable(principal, data.code))


@private_router.post(
    "/2fa/disable",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=_errors(400, 403, 409, 429),
)
async def totp_disable(data: TotpCodeInput, principal: Me, service: ServiceDep) -> Response:
    """Desactiva 2FA con un código nuevo (admin y gerentes no pueden desactivarlo)."""
    await service.totp_disable(principal, data.code)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@private_router.post("/2fa/backup-codes", response_model=BackupCodesOut, responses=_errors(400, 409, 429))
async def regenerate_backup_codes(data: TotpCodeInput, principal: Me, service: ServiceDep) -> BackupCodesOut:
    """Genera 10 códigos de respaldo nuevos (los anteriores dejan de valer)."""
    return BackupCodesOut(backup_codes=await service.regenerate_backup_codes(principal, data.code))


router = APIRouter()
router.include_router(public_router)
router.include_router(private_router)
