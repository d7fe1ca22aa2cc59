from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi import FastAPI

from app.core.clock import FrozenClock, get_clock


@pytest.fixture
def clock(app: FastAPI) -> Iterator[FrozenClock]:
    """Frozen at the real time (minted tokens are valid); tests move it (re-minting tokens as
    they go past the access token's 15 minutes)."""
    frozen = FrozenClock(datetime.now(UTC))
    app.dependency_overrides[get_clock] = lambda: frozen
    yield frozen
    app.dependency_overrides.pop(get_clock, None)


@pytest.fixture(autouse=True)
def _idempotency_in_test_transaction(request: pytest.FixtureRequest, app: FastAPI) -> Iterator[None]:
    """With the rolled-back ``client``, the idempotency record's own short transactions become
    SAVEPOINTs of the test's transaction (a separate connection would leave committed records
    behind and wait on rows the test's transaction holds). Committing tests keep the real ones."""
    if "client" not in request.fixturenames:
        yield
        return
    from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

    from app.core.idempotency import get_idempotency_sessionmaker

    session: AsyncSession = request.getfixturevalue("session")
    maker = async_sessionmaker(
        bind=session.bind, expire_on_commit=False, autoflush=False, join_transaction_mode="create_savepoint"
    )
    app.dependency_overrides[get_idempotency_sessionmaker] = lambda: maker
    yield
    app.dependency_overrides.pop(get_idempotency_sessionmaker, None)
