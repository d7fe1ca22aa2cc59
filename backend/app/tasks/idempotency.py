"""Idempotency records: the daily purge of records past their retention (>= 7 days)."""

from __future__ import annotations

from datetime import datetime

from app.core.clock import system_clock
from app.core.config import Settings
from app.core.idempotency import purge_expired
from app.tasks import celery
from app.tasks.base import run_async, task_unit_of_work


async def purge_idempotency_records_body(
    now: datetime | None = None, settings: Settings | None = None
) -> int:
    """Delete the expired records; returns how many."""
    async with task_unit_of_work("idempotency.purge", settings) as session:
        return await purge_expired(session, now=now or system_clock.now())


@celery.task(name="idempotency.purge")  # type: ignore[untyped-decorator]
def purge_idempotency_records() -> int:
    return run_async(purge_idempotency_records_body)
