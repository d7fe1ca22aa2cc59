"""Authentication and authorization dependencies.

Every router is built with ``authenticated_router()``: its routes require a valid access token
for a live session of an active user. Each route then declares ``require_permission("m.a")`` (or
``require_authenticated()`` for self-service routes such as ``/auth/me``). The few public routes
are listed in ``app.modules.auth.public.PUBLIC_ROUTES`` and a test walks every route to enforce
both rules.

Per request: verify the token (RS256, kid, iss, aud, typ, exp), check that its session is still
alive in Redis, load the user's effective permissions from the versioned Redis cache (SQL on a
miss), refuse inactive users. Token claims are never trusted for authorization.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import Clock, get_clock
from app.core.context import update_request_context
from app.core.dependencies import SessionDep
from app.core.exceptions import NotAuthenticatedError, PermissionDeniedError
from app.core.redis import get_redis
from app.core.security import AccessClaims, decode_access_token
from app.modules.auth.authz import AuthzCache, AuthzSnapshot, user_version_key


def session_state_key(session_id: str) -> str:
    """Redis hash of a live session (written by the login/refresh flows; TTL = idle window)."""
    return f"auth:sess:{session_id}"


class SessionRevokedError(NotAuthenticatedError):
    code = "SESSION_REVOKED"
    message = "La sesión fue cerrada. Inicia sesión de nuevo."


class UserInactiveError(NotAuthenticatedError):
    code = "USER_INACTIVE"
    message = "Tu usuario está desactivado. Consulta con el administrador."


@dataclass(frozen=True)
class Principal:
    """The authenticated caller of this request."""

    snapshot: AuthzSnapshot
    claims: AccessClaims

    @property
    def user_id(self) -> int:
        return self.snapshot.user_id

    @property
    def employee_id(self) -> int:
        return self.snapshot.employee_id

    @property
    def session_id(self) -> str:
        return self.claims.session_id

    @property
    def device_id(self) -> str | None:
        return self.claims.device_id

    @property
    def is_admin(self) -> bool:
        return self.snapshot.is_admin

    def can(self, permission: str) -> bool:
        return self.snapshot.permission_set.allows(permission)

    def manages(self, department: str) -> bool:
        return department in self.snapshot.managed_departments or self.is_admin


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticatedError()
    return token.strip()


#: Hooks run for every authenticated request after the principal is known (network restriction).
PrincipalCheck = Callable[[Principal, Request, AsyncSession, Redis, Clock], Awaitable[None]]
principal_checks: list[PrincipalCheck] = []


async def get_principal(
    request: Request,
    session: SessionDep,
    redis: Annotated[Redis, Depends(get_redis)],
    clock: Annotated[Clock, Depends(get_clock)],
) -> Principal:
    claims = decode_access_token(_bearer(request), now=clock.now())
    async with redis.pipeline(transaction=False) as pipe:
        pipe.exists(session_state_key(claims.session_id))
        pipe.mget("authz:ver:global", user_version_key(claims.user_id))
        alive, (gver, uver) = await pipe.execute()
    if not alive:
        raise SessionRevokedError()
    try:
        snapshot = await AuthzCache(redis).get(
            session, claims.user_id, now=clock.now(), versions=(int(gver or 0), int(uver or 0))
        )
    except LookupError as exc:
        raise SessionRevokedError() from exc
    if not snapshot.is_active:
        raise UserInactiveError()
    principal = Principal(snapshot=snapshot, claims=claims)
    update_request_context(user_id=principal.user_id)
    for check in principal_checks:
        await check(principal, request, session, redis, clock)
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


def require_permission(*permissions: str) -> Any:
    """Dependency: the caller must hold at least one of ``permissions``. Returns the Principal."""
    if not permissions:
        raise ValueError("require_permission needs at least one permission")

    async def checker(principal: CurrentPrincipal) -> Principal:
        if not principal.snapshot.permission_set.allows_any(*permissions):
            raise PermissionDeniedError(fields={"permission": " | ".join(permissions)})
        return principal

    checker.__protegrt_permission__ = permissions  # type: ignore[attr-defined]
    return Depends(checker)


def require_authenticated() -> Any:
    """Dependency for self-service routes any logged-in user may call (me, logout, my sessions)."""

    async def checker(principal: CurrentPrincipal) -> Principal:
        return principal

    checker.__protegrt_permission__ = ("authenticated",)  # type: ignore[attr-defined]
    return Depends(checker)


def authenticated_router(*, prefix: str = "", tags: Sequence[str] = ()) -> APIRouter:
    """Routers are authenticated by default: every route behind this requires a valid session."""
    return APIRouter(prefix=prefix, tags=list(tags), dependencies=[Depends(get_principal)])
