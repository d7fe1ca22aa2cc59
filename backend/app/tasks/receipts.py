"""Receipt jobs: the hourly lost-receipts run (domain.md §5).

A skipped receipt the office confirmed carries ``loss_due_at`` (confirmation + receipt_loss_days);
``receipts.process_losses`` turns every due one that is still unused into ``lost`` (audited,
event ``receipt.lost``). Rows a concurrent use holds are skipped (SKIP LOCKED) and picked up on the
next run; a use clears the schedule, so a used receipt is never lost. Idempotent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.exc import DBAPIError

from app.core.clock import Clock, system_clock
from app.core.config import Settings
from app.modules.receipts.service import ReceiptService
from app.tasks import celery
from app.tasks.base import run_async, task_unit_of_work


async def process_losses_body(
    now: datetime | None = None, *, clock: Clock | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    at = now or (clock or system_clock).now()
    async with task_unit_of_work("receipts.process_losses", settings) as session:
        lost = await ReceiptService(session).process_due_losses(at)
    return {"as_of": at.isoformat(), "lost": lost}


@celery.task(  # type: ignore[untyped-decorator]
    name="receipts.process_losses",
    autoretry_for=(DBAPIError,),
    retry_backoff=30,
    max_retries=3,
)
def process_losses(now: str | None = None) -> dict[str, Any]:
    return run_async(process_losses_body, datetime.fromisoformat(now) if now else None)
