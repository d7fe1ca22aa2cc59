"""Helpers for Celery task bodies: async code with its own engine and unit of work."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from celery.canvas import Signature
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings, get_settings
from app.core.context import RequestContext, reset_request_context, set_request_context
from app.core.database import UnitOfWork, after_commit, build_engine, build_sessionmaker

T = TypeVar("T")


def run_async(fn: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
    """Run a task body in a fresh event loop (one per task execution)."""
    return asyncio.run(fn(*args, **kwargs))  # type: ignore[arg-type]


@asynccontextmanager
async def task_unit_of_work(name: str, settings: Settings | None = None) -> AsyncIterator[AsyncSession]:
    """A unit of work for one task run: its own NullPool engine (the loop is new every run),
    commit on success, rollback on error, after-commit callbacks, audit context ``task:<name>``."""
    settings = settings or get_settings()
    engine = build_engine(settings, pooled=False)
    token = set_request_context(RequestContext(source=f"task:{name}"))
    try:
        async with build_sessionmaker(engine)() as session, UnitOfWork(session):
            yield session
    finally:
        reset_request_context(token)
        await engine.dispose()


def enqueue_after_commit(signature: Signature) -> None:
    """Send a Celery job only once the current unit of work commits (dropped on rollback)."""

    async def send() -> None:
        await asyncio.to_thread(signature.apply_async)

    after_commit(send)
