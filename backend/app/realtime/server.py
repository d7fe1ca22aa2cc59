"""The Socket.IO server: JWT-authenticated at connect, rooms per user and per permission.

- One ``AsyncServer`` per process with an ``AsyncRedisManager`` on ``REDIS_URL``: an emit from any
  API worker reaches the sockets of every worker.
- Connect: the access token (``auth={"token": ...}`` or an ``Authorization: Bearer`` header) is
  verified exactly as for HTTP (``decode_access_token``, a live session in Redis, an active user,
  permissions from the versioned cache). A bad token is refused at connect.
- Rooms: ``user:<id>`` and ``perm:<code>`` for each permission of interest the user holds. Emits
  only come from event-bus handlers, after commit (``app.realtime.handlers``).
"""

from __future__ import annotations

import asyncio
from functools import lru_cache
from typing import Any, Final

import socketio
import structlog
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.clock import get_clock
from app.core.config import get_settings
from app.core.database import get_sessionmaker
from app.core.exceptions import AppError
from app.core.redis import get_redis
from app.core.security import decode_access_token
from app.modules.auth.authz import AuthzCache, user_version_key
from app.modules.auth.dependencies import session_state_key

logger = structlog.get_logger(__name__)

SOCKETIO_PATH: Final = "/ws/socket.io"
#: permissions whose holders get a room (what the office screens listen to)
ROOM_PERMISSIONS: Final = (
    "proposals.read",
    "policies.approve_submission",
    "payments.read",
    "dashboard.read",
    "cash.confirm",
)


def user_room(user_id: int) -> str:
    return f"user:{user_id}"


def perm_room(permission: str) -> str:
    return f"perm:{permission}"


class SocketAuthError(socketio.exceptions.ConnectionRefusedError):  # type: ignore[misc]
    pass


def _token(environ: dict[str, Any], auth: Any) -> str | None:
    if isinstance(auth, dict) and isinstance(auth.get("token"), str):
        token = str(auth["token"]).strip()
        return token.removeprefix("Bearer ").strip() or None
    header = str(environ.get("HTTP_AUTHORIZATION", ""))
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


async def authenticate(token: str | None) -> tuple[int, str, list[str]]:
    """(user id, session id, rooms) for a valid token of a live session of an active user."""
    if not token:
        raise SocketAuthError({"error": "NOT_AUTHENTICATED", "detail": "Se requiere iniciar sesión."})
    now = get_clock().now()
    try:
        claims = decode_access_token(token, now=now)
    except AppError as error:
        raise SocketAuthError({"error": error.error_code, "detail": error.detail}) from error
    redis = get_redis()
    alive, (gver, uver) = (
        await redis.exists(session_state_key(claims.session_id)),
        await redis.mget("authz:ver:global", user_version_key(claims.user_id)),
    )
    if not alive:
        raise SocketAuthError({"error": "SESSION_REVOKED", "detail": "La sesión fue cerrada."})
    async with get_sessionmaker()() as session:
        try:
            snapshot = await AuthzCache(redis).get(
                session, claims.user_id, now=now, versions=(int(gver or 0), int(uver or 0))
            )
        except LookupError as error:
            raise SocketAuthError({"error": "SESSION_REVOKED", "detail": "La sesión fue cerrada."}) from error
    if not snapshot.is_active:
        raise SocketAuthError({"error": "USER_INACTIVE", "detail": "Tu usuario está desactivado."})
    allowed = snapshot.permission_set
    rooms = [user_room(claims.user_id)] + [perm_room(p) for p in ROOM_PERMISSIONS if allowed.allows(p)]
    return claims.user_id, claims.session_id, rooms


def build_server() -> socketio.AsyncServer:
    settings = get_settings()
    server = socketio.AsyncServer(
        async_mode="asgi",
        client_manager=socketio.AsyncRedisManager(settings.redis_url, channel=settings.socketio_channel),
        cors_allowed_origins=list(settings.cors_origins),
        logger=False,
        engineio_logger=False,
    )

    @server.event  # type: ignore[untyped-decorator]
    async def connect(sid: str, environ: dict[str, Any], auth: Any = None) -> None:
        global _server_loop
        _server_loop = asyncio.get_running_loop()
        user_id, session_id, rooms = await authenticate(_token(environ, auth))
        await server.save_session(sid, {"user_id": user_id, "session_id": session_id})
        for room in rooms:
            await server.enter_room(sid, room)
        logger.info("socket_connected", user_id=user_id, rooms=rooms)

    return server


@lru_cache
def get_socket_server() -> socketio.AsyncServer:
    return build_server()


#: the event loop the server's sockets live on (set at the first connection)
_server_loop: asyncio.AbstractEventLoop | None = None


async def emit(event: str, data: dict[str, Any], *, rooms: list[str]) -> None:
    """Emit to several rooms (a socket in two of them receives the event once).

    On the loop that serves sockets, through the server (its own sockets right away, the other
    workers' through Redis). Anywhere else (a Celery task's loop, the CLI, an API worker before its
    first socket) through a short-lived write-only Redis manager bound to the current loop."""
    if _server_loop is not None and _server_loop is asyncio.get_running_loop():
        await get_socket_server().emit(event, data, to=rooms)
        return
    settings = get_settings()
    manager = socketio.AsyncRedisManager(
        settings.redis_url, channel=settings.socketio_channel, write_only=True
    )
    try:
        await manager.emit(event, data, to=rooms)
    finally:
        redis = getattr(manager, "redis", None)
        if redis is not None:
            await redis.aclose()


class SocketIOMiddleware:
    """Serves ``/ws/socket.io`` (polling and WebSocket) in front of the FastAPI app; any other
    path goes through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.sio_app = socketio.ASGIApp(get_socket_server(), other_asgi_app=app, socketio_path=SOCKETIO_PATH)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.sio_app(scope, receive, send)
