from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi import FastAPI

from app.core.clock import FrozenClock, get_clock
from tests.modules.files.fake_files_api import local_files

__all__ = ["local_files"]


@pytest.fixture
def clock(app: FastAPI) -> Iterator[FrozenClock]:
    """Frozen at the real time (minted tokens are valid); tests move it (re-minting tokens as
    they go past the access token's 15 minutes)."""
    frozen = FrozenClock(datetime.now(UTC))
    app.dependency_overrides[get_clock] = lambda: frozen
    yield frozen
    app.dependency_overrides.pop(get_clock, None)
