"""Helpers for Celery task bodies: async code with its own engine and unit of work."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any, TypeVar

from celery.canvas import Signature
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.database import after_commit, standalone_unit_of_work

T = TypeVar("T")


def run_async(fn: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
    """Run a task body in a fresh event loop (one per task execution)."""
    return asyncio.run(fn(*args, **kwargs))  # type: ignore[arg-type]


def task_unit_of_work(
    name: str, settings: Settings | None = None
) -> AbstractAsyncContextManager[AsyncSession]:
    """A unit of work for one task run (the loop is new every run), audit context ``task:<name>``."""
    return standalone_unit_of_work(f"task:{name}", settings)


def enqueue_after_commit(signature: Signature) -> None:
    """Send a Celery job only once the current unit of work commits (dropped on rollback)."""

    async def send() -> None:
        await asyncio.to_thread(signature.apply_async)

    after_commit(send)
