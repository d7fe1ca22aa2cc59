"""FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute

from app.api import api_router
from app.core.config import Settings, get_settings
from app.core.database import get_engine
from app.core.docs import mount_docs
from app.core.exceptions import register_exception_handlers
from app.core.logging import configure_logging
from app.core.middleware import (
    InternalErrorMiddleware,
    RequestContextMiddleware,
    SecurityHeadersMiddleware,
)
from app.core.redis import get_redis
from app.core.schemas import ErrorResponse
from app.modules.auth import network as _network  # noqa: F401  (registers the network principal check)
from app.modules.health.router import router as health_router
from app.realtime import handlers as _realtime_handlers  # noqa: F401  (subscribes the socket emitters)
from app.realtime.server import SocketIOMiddleware


def operation_id(route: APIRoute) -> str:
    """Stable, readable operation ids (``<tag>-<route name>``) for the generated TS client."""
    tag = str(route.tags[0]) if route.tags else "default"
    return f"{tag}-{route.name}"


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    yield
    await get_redis().aclose()
    await get_engine().dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level, json=settings.log_json)
    app = FastAPI(
        title=settings.app_name,
        version="0.1.0",
        description="API de ProtegRT CRM: oficina, cobranza en campo, siniestros y mensajería.",
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
        responses={
            422: {"model": ErrorResponse, "description": "Datos no válidos"},
            500: {"model": ErrorResponse, "description": "Error interno"},
        },
    )
    register_exception_handlers(app)
    # Added innermost first: internal errors, CORS, security headers, request context (outermost).
    app.add_middleware(InternalErrorMiddleware)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=[
            "Authorization",
            "Content-Type",
            "Idempotency-Key",
            "X-Request-ID",
            "X-Device-ID",
            "X-Geo-Position",
        ],
        expose_headers=["X-Request-ID", "Retry-After", "Content-Disposition"],
        max_age=600,
    )
    app.add_middleware(SecurityHeadersMiddleware, settings=settings)
    app.add_middleware(SocketIOMiddleware)  # /ws/socket.io (authenticates at connect)
    app.add_middleware(RequestContextMiddleware, settings=settings)
    app.include_router(health_router)
    app.include_router(api_router)
    mount_docs(app, title=settings.app_name)
    return app


app = create_app()
