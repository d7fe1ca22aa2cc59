"""Async engine, sessions and the unit of work.

One unit of work per request and per task: it commits on success and rolls back on any error.
Services and repositories only ``flush``. Work that must happen only if the data is really
stored (events, Celery jobs, external calls) is registered with ``after_commit`` and runs after
the commit; a rollback drops it.
"""

from __future__ import annotations

import contextvars
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.pool import NullPool

from app.core.config import Settings, get_settings

logger = structlog.get_logger(__name__)

AfterCommit = Callable[[], Awaitable[None]]


def build_engine(settings: Settings, *, pooled: bool = True) -> AsyncEngine:
    """An asyncpg engine; ``pooled=False`` for short-lived event loops (Celery tasks, CLI)."""
    kwargs: dict[str, Any] = {
        "pool_pre_ping": True,
        "connect_args": {
            "server_settings": {
                "timezone": "UTC",
                "application_name": "protegrt",
                "statement_timeout": str(settings.database_statement_timeout_ms),
            }
        },
    }
    if pooled:
        kwargs.update(pool_size=settings.database_pool_size, max_overflow=settings.database_max_overflow)
    else:
        kwargs["poolclass"] = NullPool
    return create_async_engine(settings.database_url, **kwargs)


def build_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


@lru_cache
def get_engine() -> AsyncEngine:
    return build_engine(get_settings())


@lru_cache
def get_sessionmaker() -> async_sessionmaker[AsyncSession]:
    return build_sessionmaker(get_engine())


_current: contextvars.ContextVar[UnitOfWork | None] = contextvars.ContextVar("protegrt_uow", default=None)


class UnitOfWork:
    """Wraps one session: commit-or-rollback, then the after-commit callbacks."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._after_commit: list[AfterCommit] = []
        self._token: contextvars.Token[UnitOfWork | None] | None = None

    def after_commit(self, callback: AfterCommit) -> None:
        self._after_commit.append(callback)

    @property
    def pending_after_commit(self) -> int:
        return len(self._after_commit)

    async def commit(self) -> None:
        await self.session.commit()
        callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            try:
                await callback()
            except Exception:  # a reaction failing must not turn a committed write into an error
                logger.exception(
                    "after_commit_failed", callback=getattr(callback, "__qualname__", repr(callback))
                )

    async def rollback(self) -> None:
        self._after_commit = []
        await self.session.rollback()

    async def __aenter__(self) -> UnitOfWork:
        self._token = _current.set(self)
        return self

    async def __aexit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is None or getattr(exc, "keep_changes", False):
                await self.commit()
            else:
                await self.rollback()
        finally:
            if self._token is not None:
                try:
                    _current.reset(self._token)
                except ValueError:  # exited from another context (generator dependencies)
                    _current.set(None)
                self._token = None


def current_unit_of_work() -> UnitOfWork:
    uow = _current.get()
    if uow is None:
        raise RuntimeError("No hay una unidad de trabajo activa (request o tarea).")
    return uow


def after_commit(callback: AfterCommit) -> None:
    """Run ``callback`` after the current unit of work commits (dropped on rollback)."""
    current_unit_of_work().after_commit(callback)


@asynccontextmanager
async def unit_of_work(
    sessionmaker: async_sessionmaker[AsyncSession] | None = None,
) -> AsyncIterator[AsyncSession]:
    """Open a session and a unit of work around it (CLI, Celery tasks, scripts)."""
    maker = sessionmaker or get_sessionmaker()
    async with maker() as session, UnitOfWork(session):
        yield session


@asynccontextmanager
async def standalone_unit_of_work(
    source: str, settings: Settings | None = None
) -> AsyncIterator[AsyncSession]:
    """A unit of work with its own NullPool engine, for code that owns its event loop (Celery task
    runs, CLI commands): pooled connections must never outlive the loop that opened them.
    ``source`` names the actor in the audit log (``task:...``, ``cli:...``)."""
    from app.core.context import RequestContext, reset_request_context, set_request_context

    engine = build_engine(settings or get_settings(), pooled=False)
    token = set_request_context(RequestContext(source=source))
    try:
        async with build_sessionmaker(engine)() as session, UnitOfWork(session):
            yield session
    finally:
        reset_request_context(token)
        await engine.dispose()


async def get_session() -> AsyncIterator[AsyncSession]:
    """FastAPI dependency: the request's unit of work. Use with ``Depends(..., scope="function")``
    (see ``app.core.dependencies.SessionDep``) so the commit happens before the response is sent."""
    async with get_sessionmaker()() as session, UnitOfWork(session):
        yield session
