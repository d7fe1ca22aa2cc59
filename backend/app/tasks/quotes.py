"""Quote approval job (domain.md §11): ``quotes.approve_policy_quote(policy_id)``.

Sent only after the policy's transaction commits (``app.modules.quotes.service
.enqueue_quote_approval``). While the quotes system is unavailable (timeouts, connection errors,
5xx, a refused key) the job retries with exponential backoff: 30 s, 1, 2, 4, 8, 16, 32 min, then
hourly (full jitter), 10 retries in all (about 4 hours). When they run out, the failure is
recorded in the audit log and published as ``quote.approval_failed``.
"""

from __future__ import annotations

from typing import Any, Final

import structlog
from celery import Task

from app.core.clock import Clock, system_clock
from app.core.config import Settings, get_settings
from app.modules.quotes.client import QuotesClient
from app.modules.quotes.exceptions import QuotesUnavailableError
from app.modules.quotes.repository import PolicyQuoteRepository
from app.modules.quotes.service import ApprovalOutcome, QuoteApprovalService
from app.tasks import celery
from app.tasks.base import run_async, task_unit_of_work

logger = structlog.get_logger(__name__)

APPROVE_TASK: Final = "quotes.approve_policy_quote"
MAX_RETRIES: Final = 10
BACKOFF_FIRST_S: Final = 30
BACKOFF_MAX_S: Final = 3600


async def approve_policy_quote_body(
    policy_id: int, settings: Settings | None = None, clock: Clock = system_clock
) -> str:
    """One attempt. Raises ``QuotesUnavailableError`` for the retry machinery; writes nothing then."""
    settings = settings or get_settings()
    async with task_unit_of_work(APPROVE_TASK, settings) as session:
        service = QuoteApprovalService(session, QuotesClient(settings))
        outcome = await service.approve_for_policy(policy_id, now=clock.now())
    logger.info("quote_approval", policy_id=policy_id, outcome=outcome.value)
    return outcome.value


async def record_exhausted_body(
    policy_id: int, code: str, detail: str, settings: Settings | None = None
) -> None:
    """After the last retry: leave the failure where the office sees it."""
    async with task_unit_of_work(APPROVE_TASK, settings) as session:
        row = await PolicyQuoteRepository(session).get(policy_id)
        if row is None or row.quote_approved_at is not None or not row.quote_external_id:
            return
        service = QuoteApprovalService(session, QuotesClient(settings))
        await service.record_failure(policy_id, row.folio, row.quote_external_id, code, detail)


class _ApprovalTask(Task):  # type: ignore[misc]
    def on_failure(self, exc: BaseException, task_id: str, args: Any, kwargs: Any, einfo: Any) -> None:
        # Celery calls this once the retries are exhausted (or on an unexpected error).
        if isinstance(exc, QuotesUnavailableError) and args:
            try:
                run_async(record_exhausted_body, int(args[0]), exc.error_code, exc.detail)
            except Exception:  # recording must never mask the original failure
                logger.exception("quote_approval_failure_not_recorded", policy_id=args[0])


@celery.task(  # type: ignore[untyped-decorator]
    name=APPROVE_TASK,
    base=_ApprovalTask,
    autoretry_for=(QuotesUnavailableError,),
    max_retries=MAX_RETRIES,
    retry_backoff=BACKOFF_FIRST_S,
    retry_backoff_max=BACKOFF_MAX_S,
    retry_jitter=True,
)
def approve_policy_quote(policy_id: int) -> str:
    return run_async(approve_policy_quote_body, policy_id)


__all__ = ["ApprovalOutcome", "approve_policy_quote", "approve_policy_quote_body", "record_exhausted_body"]
