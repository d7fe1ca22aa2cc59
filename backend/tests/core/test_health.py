from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import create_async_engine

from app.core.database import get_engine
from app.core.redis import build_redis, get_redis
from tests.fixtures.ports import closed_port


@pytest.fixture
async def http(app: FastAPI, redis: Redis) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c
    app.dependency_overrides.clear()


async def test_live(http: httpx.AsyncClient) -> None:
    r = await http.get("/health/live")
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}


async def test_ready_checks_database_and_redis(http: httpx.AsyncClient) -> None:
    r = await http.get("/health/ready")
    assert r.status_code == 200
    assert r.json()["checks"] == {"database": "ok", "redis": "ok"}


async def test_ready_fails_when_redis_is_down(http: httpx.AsyncClient, app: FastAPI) -> None:
    dead = build_redis(f"redis://127.0.0.1:{closed_port()}/0")
    app.dependency_overrides[get_redis] = lambda: dead
    r = await http.get("/health/ready")
    assert r.status_code == 503
    body = r.json()
    assert body["error"] == "NOT_READY"
    assert body["fields"] == {"database": "ok", "redis": "error"}
    assert "Redis" in body["detail"]
    await dead.aclose()


async def test_ready_fails_when_database_is_down(http: httpx.AsyncClient, app: FastAPI) -> None:
    dead = create_async_engine(f"postgresql+asyncpg://postgres@127.0.0.1:{closed_port()}/x")
    app.dependency_overrides[get_engine] = lambda: dead
    r = await http.get("/health/ready")
    assert r.status_code == 503
    assert r.json()["fields"] == {"database": "error", "redis": "ok"}
    assert "base de datos" in r.json()["detail"]
    await dead.dispose()
