from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from app.main import create_app
from tests.core.probe import router


@pytest.fixture(scope="session")
def probe_app(database_url: str) -> FastAPI:
    app = create_app()
    app.include_router(router)
    return app


@pytest.fixture
async def probe_client(
    probe_app: FastAPI, committing_sessionmaker: object
) -> AsyncIterator[httpx.AsyncClient]:
    """Real request units of work (real commits), tables truncated afterwards."""
    transport = httpx.ASGITransport(app=probe_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c
