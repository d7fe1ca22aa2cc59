"""Liveness and readiness probes (public)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from app.core.database import get_engine
from app.core.redis import get_redis
from app.tasks.system import HEARTBEAT_KEY

router = APIRouter(prefix="/health", tags=["health"])

CHECK_TIMEOUT_S = 2.0


@router.get("/live", summary="El proceso responde")
async def live() -> dict[str, str]:
    return {"status": "ok"}


async def _check_database(engine: AsyncEngine) -> str:
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
    return "ok"


async def _check_redis(redis: Redis) -> str:
    await redis.ping()
    return "ok"


@router.get(
    "/ready",
    summary="Base de datos y Redis disponibles",
    responses={503: {"description": "Alguna dependencia no responde"}},
)
async def ready(
    engine: Annotated[AsyncEngine, Depends(get_engine)],
    redis: Annotated[Redis, Depends(get_redis)],
) -> JSONResponse:
    checks: dict[str, str] = {}
    for name, probe in (("database", _check_database(engine)), ("redis", _check_redis(redis))):
        try:
            checks[name] = await asyncio.wait_for(probe, CHECK_TIMEOUT_S)
        except Exception:
            checks[name] = "error"
    worker: dict[str, Any] = {"last_heartbeat": None}
    if checks["redis"] == "ok":
        try:
            beat = await asyncio.wait_for(redis.get(HEARTBEAT_KEY), CHECK_TIMEOUT_S)
            if beat:
                worker["last_heartbeat"] = beat
                worker["age_seconds"] = round(
                    (datetime.now(UTC) - datetime.fromisoformat(str(beat))).total_seconds(), 1
                )
        except Exception:
            worker["last_heartbeat"] = None
    if all(v == "ok" for v in checks.values()):
        return JSONResponse({"status": "ok", "checks": checks, "worker": worker})
    failing = ", ".join(
        {"database": "base de datos", "redis": "Redis"}[k] for k, v in checks.items() if v != "ok"
    )
    return JSONResponse(
        {
            "error": "NOT_READY",
            "detail": f"El servicio no está listo: sin conexión a {failing}.",
            "fields": checks,
        },
        status_code=503,
    )
