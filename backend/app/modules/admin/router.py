"""``/api/v1/admin``: users, roles and permissions, sessions, audit log, access exceptions and
business settings. Only admins hold these permissions by default (``*``); the split lets an admin
delegate one area (e.g. ``admin.sessions``) to someone through an override.

| area | permission |
|---|---|
| users: list, read, create, (de)activate, reset password / 2FA | ``admin.users`` |
| a user's roles and individual overrides (write) | ``admin.roles`` |
| roles and grants, permission catalogue | ``admin.roles`` (catalogue and overrides also ``admin.users``) |
| sessions of anyone | ``admin.sessions`` |
| audit log | ``audit.read`` |
| access exceptions (network) | ``admin.network`` |
| settings: read | ``settings.read`` or ``settings.edit`` |
| settings: edit | ``settings.edit`` (+ ``admin.network`` for the network keys) |
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Body, Path, Query, Response, status
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import Clock
from app.core.dependencies import ClockDep, RedisDep, SessionDep
from app.core.exceptions import PermissionDeniedError
from app.core.schemas import ErrorResponse, Page
from app.modules.admin.access import AccessExceptionService, AuditLogService, SessionAdminService
from app.modules.admin.roles import RoleAdminService
from app.modules.admin.schemas import (
    AccessExceptionCreate,
    AccessExceptionQuery,
    AccessExceptionRead,
    AuditEntryRead,
    AuditQuery,
    GrantIn,
    OverrideIn,
    OverrideRead,
    PasswordResetIn,
    PasswordResetOut,
    PermissionRead,
    RoleCreate,
    RoleHeldIn,
    RoleRead,
    RoleUpdate,
    SessionQuery,
    SessionRead,
    SessionsRevokedOut,
    SettingRead,
    SettingUpdate,
    UserCreate,
    UserCreated,
    UserQuery,
    UserRead,
)
from app.modules.admin.settings import SettingsService
from app.modules.admin.users import UserAdminService
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.auth.network import NETWORK_SETTING_KEYS
from app.modules.employees.service import EmployeeService

router = authenticated_router(prefix="/admin", tags=["admin"])

UsersAdmin = Annotated[Principal, require_permission("admin.users")]
RolesAdmin = Annotated[Principal, require_permission("admin.roles")]
RolesReader = Annotated[Principal, require_permission("admin.roles", "admin.users")]
SessionsAdmin = Annotated[Principal, require_permission("admin.sessions")]
AuditReader = Annotated[Principal, require_permission("audit.read")]
NetworkAdmin = Annotated[Principal, require_permission("admin.network")]
SettingsReader = Annotated[Principal, require_permission("settings.read", "settings.edit")]
SettingsEditor = Annotated[Principal, require_permission("settings.edit")]

UserId = Annotated[int, Path(ge=1)]
RoleId = Annotated[int, Path(ge=1)]

_E: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe"},
}
_W: dict[int | str, dict[str, Any]] = {**_E, 409: {"model": ErrorResponse, "description": "Conflicto"}}


def _users(principal: Principal, session: AsyncSession, redis: Redis, clock: Clock) -> UserAdminService:
    return UserAdminService(session, redis, now=clock.now(), actor_id=principal.user_id)


def _roles(principal: Principal, session: AsyncSession, redis: Redis) -> RoleAdminService:
    return RoleAdminService(session, redis, actor_id=principal.user_id)


# -- users --------------------------------------------------------------------------------------
@router.get("/users", response_model=Page[UserRead], responses=_E, summary="Usuarios")
async def list_users(
    principal: UsersAdmin,
    query: Annotated[UserQuery, Query()],
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> Page[UserRead]:
    return await _users(principal, session, redis, clock).search(query)


@router.post(
    "/users",
    response_model=UserCreated,
    status_code=status.HTTP_201_CREATED,
    responses=_W,
    summary="Dar acceso (usuario) a un empleado",
)
async def create_user(
    principal: UsersAdmin, body: UserCreate, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> UserCreated:
    employees = EmployeeService(
        session, redis, now=clock.now(), today=clock.today(), actor_id=principal.user_id
    )
    return await _users(principal, session, redis, clock).create(body, employees=employees)


@router.get("/users/{user_id}", response_model=UserRead, responses=_E, summary="Usuario")
async def get_user(
    principal: UsersAdmin, user_id: UserId, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> UserRead:
    return await _users(principal, session, redis, clock).get(user_id)


@router.post("/users/{user_id}/activate", response_model=UserRead, responses=_W, summary="Activar usuario")
async def activate_user(
    principal: UsersAdmin, user_id: UserId, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> UserRead:
    return await _users(principal, session, redis, clock).set_active(user_id, active=True)


@router.post(
    "/users/{user_id}/deactivate",
    response_model=UserRead,
    responses=_W,
    summary="Desactivar usuario (cierra todas sus sesiones)",
)
async def deactivate_user(
    principal: UsersAdmin, user_id: UserId, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> UserRead:
    return await _users(principal, session, redis, clock).set_active(user_id, active=False)


@router.post(
    "/users/{user_id}/reset-password",
    response_model=PasswordResetOut,
    responses=_E,
    summary="Restablecer contraseña (temporal; cierra todas sus sesiones)",
)
async def reset_user_password(
    principal: UsersAdmin,
    user_id: UserId,
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
    body: PasswordResetIn | None = None,
) -> PasswordResetOut:
    password = body.password if body else None
    return await _users(principal, session, redis, clock).reset_password(user_id, password)


@router.post(
    "/users/{user_id}/reset-2fa",
    response_model=UserRead,
    responses=_E,
    summary="Restablecer la verificación en dos pasos (cierra todas sus sesiones)",
)
async def reset_user_2fa(
    principal: UsersAdmin, user_id: UserId, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> UserRead:
    return await _users(principal, session, redis, clock).reset_totp(user_id)


@router.put("/users/{user_id}/roles", response_model=UserRead, responses=_W, summary="Reemplazar roles")
async def replace_user_roles(
    principal: RolesAdmin,
    user_id: UserId,
    body: Annotated[list[RoleHeldIn], Body(max_length=50)],
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> UserRead:
    return await _users(principal, session, redis, clock).replace_roles(user_id, body)


@router.get(
    "/users/{user_id}/overrides",
    response_model=list[OverrideRead],
    responses=_E,
    summary="Permisos individuales (concedidos o revocados)",
)
async def list_user_overrides(
    principal: RolesReader, user_id: UserId, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> list[OverrideRead]:
    return await _users(principal, session, redis, clock).overrides(user_id)


@router.put(
    "/users/{user_id}/overrides",
    response_model=list[OverrideRead],
    responses=_E,
    summary="Reemplazar permisos individuales",
)
async def replace_user_overrides(
    principal: RolesAdmin,
    user_id: UserId,
    body: Annotated[list[OverrideIn], Body(max_length=200)],
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> list[OverrideRead]:
    return await _users(principal, session, redis, clock).replace_overrides(user_id, body)


@router.post(
    "/users/{user_id}/sessions/revoke-all",
    response_model=SessionsRevokedOut,
    responses=_E,
    summary="Cerrar todas las sesiones del usuario",
)
async def revoke_user_sessions(
    principal: SessionsAdmin, user_id: UserId, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> SessionsRevokedOut:
    revoked = await _users(principal, session, redis, clock).revoke_sessions(user_id)
    return SessionsRevokedOut(sessions_revoked=revoked)


# -- roles and permissions ----------------------------------------------------------------------
@router.get("/roles", response_model=list[RoleRead], responses=_E, summary="Roles y sus permisos")
async def list_roles(principal: RolesAdmin, session: SessionDep, redis: RedisDep) -> list[RoleRead]:
    return await _roles(principal, session, redis).all()


@router.post(
    "/roles",
    response_model=RoleRead,
    status_code=status.HTTP_201_CREATED,
    responses=_W,
    summary="Crear un rol personalizado",
)
async def create_role(
    principal: RolesAdmin, body: RoleCreate, session: SessionDep, redis: RedisDep
) -> RoleRead:
    return await _roles(principal, session, redis).create(body)


@router.get("/roles/{role_id}", response_model=RoleRead, responses=_E, summary="Rol")
async def get_role(principal: RolesAdmin, role_id: RoleId, session: SessionDep, redis: RedisDep) -> RoleRead:
    return await _roles(principal, session, redis).get(role_id)


@router.patch(
    "/roles/{role_id}", response_model=RoleRead, responses=_E, summary="Editar nombre y descripción"
)
async def update_role(
    principal: RolesAdmin, role_id: RoleId, body: RoleUpdate, session: SessionDep, redis: RedisDep
) -> RoleRead:
    return await _roles(principal, session, redis).update(role_id, body)


@router.put(
    "/roles/{role_id}/permissions",
    response_model=RoleRead,
    responses=_W,
    summary="Reemplazar los permisos del rol",
)
async def replace_role_permissions(
    principal: RolesAdmin,
    role_id: RoleId,
    body: Annotated[list[GrantIn], Body(max_length=500)],
    session: SessionDep,
    redis: RedisDep,
) -> RoleRead:
    return await _roles(principal, session, redis).replace_grants(role_id, body)


@router.delete(
    "/roles/{role_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=_W,
    summary="Eliminar un rol personalizado sin usuarios",
)
async def delete_role(
    principal: RolesAdmin, role_id: RoleId, session: SessionDep, redis: RedisDep
) -> Response:
    await _roles(principal, session, redis).delete(role_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/permissions", response_model=list[PermissionRead], responses=_E, summary="Catálogo de permisos")
async def list_permissions(
    principal: RolesReader, session: SessionDep, redis: RedisDep
) -> list[PermissionRead]:
    return await _roles(principal, session, redis).catalogue()


# -- sessions -----------------------------------------------------------------------------------
@router.get(
    "/sessions", response_model=Page[SessionRead], responses=_E, summary="Sesiones (web y dispositivos)"
)
async def list_sessions(
    principal: SessionsAdmin,
    query: Annotated[SessionQuery, Query()],
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> Page[SessionRead]:
    service = SessionAdminService(session, redis, now=clock.now(), actor_id=principal.user_id)
    return await service.search(query)


@router.delete(
    "/sessions/{session_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=_E,
    summary="Cerrar una sesión",
)
async def revoke_session(
    principal: SessionsAdmin, session_id: uuid.UUID, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> Response:
    service = SessionAdminService(session, redis, now=clock.now(), actor_id=principal.user_id)
    await service.revoke(session_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# -- audit --------------------------------------------------------------------------------------
@router.get(
    "/audit",
    response_model=Page[AuditEntryRead],
    responses=_E,
    summary="Bitácora de auditoría (historial de cualquier registro; lo más reciente primero)",
)
async def list_audit(
    principal: AuditReader, query: Annotated[AuditQuery, Query()], session: SessionDep
) -> Page[AuditEntryRead]:
    return await AuditLogService(session).search(query)


# -- access exceptions --------------------------------------------------------------------------
@router.get(
    "/access-exceptions",
    response_model=Page[AccessExceptionRead],
    responses=_E,
    summary="Excepciones temporales a la restricción de red",
)
async def list_access_exceptions(
    principal: NetworkAdmin,
    query: Annotated[AccessExceptionQuery, Query()],
    session: SessionDep,
    clock: ClockDep,
) -> Page[AccessExceptionRead]:
    return await AccessExceptionService(session, now=clock.now(), actor_id=principal.user_id).search(query)


@router.post(
    "/access-exceptions",
    response_model=AccessExceptionRead,
    status_code=status.HTTP_201_CREATED,
    responses=_E,
    summary="Conceder acceso fuera de red, lugar u horario por un periodo",
)
async def create_access_exception(
    principal: NetworkAdmin, body: AccessExceptionCreate, session: SessionDep, clock: ClockDep
) -> AccessExceptionRead:
    return await AccessExceptionService(session, now=clock.now(), actor_id=principal.user_id).create(body)


@router.delete(
    "/access-exceptions/{exception_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=_E,
    summary="Terminar una excepción de acceso",
)
async def revoke_access_exception(
    principal: NetworkAdmin, exception_id: Annotated[int, Path(ge=1)], session: SessionDep, clock: ClockDep
) -> Response:
    await AccessExceptionService(session, now=clock.now(), actor_id=principal.user_id).revoke(exception_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# -- settings -----------------------------------------------------------------------------------
@router.get("/settings", response_model=list[SettingRead], responses=_E, summary="Configuración del negocio")
async def list_settings(principal: SettingsReader, session: SessionDep, redis: RedisDep) -> list[SettingRead]:
    return [SettingRead.model_validate(s) for s in await SettingsService(session, redis).all()]


@router.patch(
    "/settings/{key}",
    response_model=SettingRead,
    responses=_E,
    summary="Cambiar un valor de configuración (mismo tipo que el actual)",
)
async def update_setting(
    principal: SettingsEditor,
    key: Annotated[str, Path(max_length=100)],
    body: SettingUpdate,
    session: SessionDep,
    redis: RedisDep,
) -> SettingRead:
    if key in NETWORK_SETTING_KEYS and not principal.can("admin.network"):
        raise PermissionDeniedError(fields={"permission": "admin.network"})
    row = await SettingsService(session, redis).update(key, body.value, actor_id=principal.user_id)
    return SettingRead.model_validate(row)
