"""Quote approval after a policy commits (domain.md §11: a rolled-back policy never consumes a quote).

The policies module calls ``enqueue_quote_approval(policy.id)`` inside its unit of work; the Celery
job ``quotes.approve_policy_quote`` is sent only after the commit and retried with exponential
backoff while the quotes system is unavailable. ``QuoteApprovalService.approve_for_policy`` is the
job's body: idempotent (an approved policy is left alone), audited, and a quote the quotes system
refuses for good (unknown, expired) is recorded as a failed approval for the office to follow up.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Final

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit
from app.core.events import event_bus
from app.core.exceptions import AppError
from app.modules.quotes.client import QuotesClient
from app.modules.quotes.exceptions import QuoteAlreadyUsedError, QuotesUnavailableError
from app.modules.quotes.repository import PolicyQuoteRepository

logger = structlog.get_logger(__name__)

QUOTE_APPROVAL_FAILED: Final = "quote.approval_failed"
"""Event published when a policy's quote could not be approved (payload: policy_id, folio, number,
error): the office has to look at it (notifications come with the messaging issue)."""


class ApprovalOutcome(StrEnum):
    APPROVED = "approved"
    ALREADY_APPROVED = "already_approved"  # nothing to do (idempotent re-run)
    NO_QUOTE = "no_quote"
    POLICY_MISSING = "policy_missing"
    FAILED = "failed"  # refused for good by the quotes system (recorded, not retried)


def enqueue_quote_approval(policy_id: int) -> None:
    """Approve the policy's quote once the current unit of work commits (dropped on rollback)."""
    from app.tasks.base import enqueue_after_commit
    from app.tasks.quotes import approve_policy_quote

    enqueue_after_commit(approve_policy_quote.si(policy_id))


class QuoteApprovalService:
    def __init__(self, session: AsyncSession, client: QuotesClient) -> None:
        self.session = session
        self.client = client
        self.repo = PolicyQuoteRepository(session)

    async def approve_for_policy(self, policy_id: int, *, now: datetime) -> ApprovalOutcome:
        """Approve the quote of ``policy_id``. Raises ``QuotesUnavailableError`` (retryable) when the
        quotes system cannot answer; nothing is written then."""
        row = await self.repo.get(policy_id)
        if row is None:
            logger.warning("quote_approval_policy_missing", policy_id=policy_id)
            return ApprovalOutcome.POLICY_MISSING
        if row.quote_approved_at is not None:
            return ApprovalOutcome.ALREADY_APPROVED
        if not row.quote_external_id:
            return ApprovalOutcome.NO_QUOTE
        number = row.quote_external_id
        remote_note: dict[str, object] = {}
        try:
            await self.client.approve(number)
        except QuoteAlreadyUsedError:
            # The sale validated this quote as unused, so an "already approved" answer is almost
            # surely our own earlier attempt that succeeded remotely before a timeout: accept it,
            # and leave a mark in the audit for a person to double-check.
            remote_note = {"already_approved_remotely": True}
        except QuotesUnavailableError:
            raise
        except AppError as exc:
            await self.record_failure(policy_id, row.folio, number, exc.error_code, exc.detail)
            return ApprovalOutcome.FAILED
        if not await self.repo.mark_approved(policy_id, now):
            return ApprovalOutcome.ALREADY_APPROVED
        await record_audit(
            self.session,
            table="policy",
            record_id=policy_id,
            action="quote_approved",
            before={"quote_approved_at": None},
            after={"quote_approved_at": now, "quote_external_id": number, **remote_note},
        )
        return ApprovalOutcome.APPROVED

    async def record_failure(
        self, policy_id: int, folio: int | None, number: str, code: str, detail: str
    ) -> None:
        logger.error("quote_approval_failed", policy_id=policy_id, number=number, error=code)
        await record_audit(
            self.session,
            table="policy",
            record_id=policy_id,
            action="quote_approval_failed",
            after={"quote_external_id": number, "error": code, "detail": detail},
        )
        event_bus.publish(
            QUOTE_APPROVAL_FAILED,
            {"policy_id": policy_id, "folio": folio, "quote_number": number, "error": code},
        )
