"""Quote approval after commit: the job body against the fake quotes server, with real commits."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from celery.canvas import Signature
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import FrozenClock
from app.core.database import UnitOfWork
from app.core.events import Event, event_bus
from app.models import AuditLog, Policy
from app.modules.auth.authz import AuthzCache
from app.modules.quotes.exceptions import QuotesUnavailableError
from app.modules.quotes.service import QUOTE_APPROVAL_FAILED, enqueue_quote_approval
from app.tasks import celery
from app.tasks.quotes import APPROVE_TASK, approve_policy_quote, approve_policy_quote_body
from tests.fixtures.factories import make_policy
from tests.fixtures.fake_quotes import FakeQuotesServer

pytestmark = pytest.mark.commit


@pytest.fixture(autouse=True)
async def forget_cached_permissions(redis: Redis) -> AsyncIterator[None]:
    """The cleanup TRUNCATEs with RESTART IDENTITY: later tests' users get these ids again, so
    every cached permission snapshot must become unreachable."""
    yield
    await AuthzCache(redis).bump_all_now()


NUMBER = "AUT-Q7W8E9R1"
NOW = datetime(2026, 11, 28, 19, 30, tzinfo=UTC)
CLOCK = FrozenClock(NOW)


@pytest.fixture
async def policy_id(committing_sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    """A committed policy that carries ``NUMBER`` as its quote."""
    async with committing_sessionmaker() as session, UnitOfWork(session):
        bundle = await make_policy(session, effective=date(2026, 11, 28))
        bundle.policy.quote_external_id = NUMBER
        await session.flush()
        ident = bundle.policy.id
    return ident


async def _policy(maker: async_sessionmaker[AsyncSession], ident: int) -> Policy:
    async with maker() as session:
        policy = await session.get(Policy, ident)
        assert policy is not None
        return policy


async def _audit(maker: async_sessionmaker[AsyncSession], ident: int) -> list[AuditLog]:
    async with maker() as session:
        rows = await session.scalars(
            select(AuditLog).where(AuditLog.table_name == "policy", AuditLog.record_id == str(ident))
        )
        return list(rows.all())


async def test_success_sets_quote_approved_at_and_audits(
    fake_quotes: FakeQuotesServer, committing_sessionmaker: async_sessionmaker[AsyncSession], policy_id: int
) -> None:
    fake_quotes.add(NUMBER)
    assert await approve_policy_quote_body(policy_id, clock=CLOCK) == "approved"
    assert (await _policy(committing_sessionmaker, policy_id)).quote_approved_at == NOW
    assert fake_quotes.quotes[NUMBER].status == "approved"
    [row] = await _audit(committing_sessionmaker, policy_id)
    assert row.action == "quote_approved"
    assert row.after == {"quote_approved_at": NOW.isoformat(), "quote_external_id": NUMBER}


async def test_idempotent_second_run_does_nothing(
    fake_quotes: FakeQuotesServer, committing_sessionmaker: async_sessionmaker[AsyncSession], policy_id: int
) -> None:
    fake_quotes.add(NUMBER)
    assert await approve_policy_quote_body(policy_id, clock=CLOCK) == "approved"
    calls = len(fake_quotes.requests)
    assert await approve_policy_quote_body(
        policy_id, clock=FrozenClock(datetime(2026, 12, 1, tzinfo=UTC))
    ) == ("already_approved")
    assert len(fake_quotes.requests) == calls  # not even asked again
    assert (await _policy(committing_sessionmaker, policy_id)).quote_approved_at == NOW
    assert len(await _audit(committing_sessionmaker, policy_id)) == 1


async def test_unavailable_raises_the_retryable_error_and_writes_nothing(
    fake_quotes: FakeQuotesServer, committing_sessionmaker: async_sessionmaker[AsyncSession], policy_id: int
) -> None:
    fake_quotes.add(NUMBER)
    fake_quotes.fail_status = 503
    with pytest.raises(QuotesUnavailableError):
        await approve_policy_quote_body(policy_id, clock=CLOCK)
    assert (await _policy(committing_sessionmaker, policy_id)).quote_approved_at is None
    assert await _audit(committing_sessionmaker, policy_id) == []
    # the next attempt (a retry) goes through
    fake_quotes.fail_status = None
    assert await approve_policy_quote_body(policy_id, clock=CLOCK) == "approved"


async def test_timeout_is_retryable(
    fake_quotes: FakeQuotesServer, committing_sessionmaker: async_sessionmaker[AsyncSession], policy_id: int
) -> None:
    fake_quotes.add(NUMBER)
    fake_quotes.latency_s = 2.0
    with pytest.raises(QuotesUnavailableError):
        await approve_policy_quote_body(policy_id, clock=CLOCK)
    assert (await _policy(committing_sessionmaker, policy_id)).quote_approved_at is None


async def test_approved_remotely_by_an_earlier_attempt_is_accepted_and_marked(
    fake_quotes: FakeQuotesServer, committing_sessionmaker: async_sessionmaker[AsyncSession], policy_id: int
) -> None:
    fake_quotes.add(NUMBER, status="approved")  # e.g. our previous call timed out after it succeeded
    assert await approve_policy_quote_body(policy_id, clock=CLOCK) == "approved"
    [row] = await _audit(committing_sessionmaker, policy_id)
    assert row.after is not None and row.after["already_approved_remotely"] is True


async def test_a_quote_refused_for_good_is_recorded_not_retried(
    fake_quotes: FakeQuotesServer, committing_sessionmaker: async_sessionmaker[AsyncSession], policy_id: int
) -> None:
    received: list[Event] = []

    @event_bus.subscribe(QUOTE_APPROVAL_FAILED)
    async def handler(event: Event) -> None:
        received.append(event)

    try:
        assert await approve_policy_quote_body(policy_id, clock=CLOCK) == "failed"  # unknown there
    finally:
        event_bus.unsubscribe(QUOTE_APPROVAL_FAILED, handler)
    assert (await _policy(committing_sessionmaker, policy_id)).quote_approved_at is None
    [row] = await _audit(committing_sessionmaker, policy_id)
    assert row.action == "quote_approval_failed"
    assert row.after is not None and row.after["error"] == "QUOTE_NOT_FOUND"
    assert [e.payload["quote_number"] for e in received] == [NUMBER]


async def test_policy_without_quote_or_missing_is_a_no_op(
    fake_quotes: FakeQuotesServer, committing_sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with committing_sessionmaker() as session, UnitOfWork(session):
        bundle = await make_policy(session, effective=date(2026, 11, 28))
        ident = bundle.policy.id
    assert await approve_policy_quote_body(ident, clock=CLOCK) == "no_quote"
    assert await approve_policy_quote_body(999_999_999, clock=CLOCK) == "policy_missing"
    assert fake_quotes.requests == []


async def test_exhausted_retries_leave_a_failure_record(
    fake_quotes: FakeQuotesServer, committing_sessionmaker: async_sessionmaker[AsyncSession], policy_id: int
) -> None:
    # Celery calls on_failure in the worker (no running loop): a thread here
    await asyncio.to_thread(
        approve_policy_quote.on_failure, QuotesUnavailableError(), "id", (policy_id,), {}, None
    )
    [row] = await _audit(committing_sessionmaker, policy_id)
    assert (row.action, row.after["error"] if row.after else None) == (
        "quote_approval_failed",
        "QUOTES_UNAVAILABLE",
    )


def test_task_retries_unavailability_with_exponential_backoff() -> None:
    task = celery.tasks[APPROVE_TASK]
    assert task.max_retries == 10
    assert QuotesUnavailableError in task.autoretry_for
    assert task.retry_backoff and task.retry_jitter
    assert task.retry_backoff_max == 3600


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Celery sends, captured at the broker boundary."""
    calls: list[tuple[str, Any]] = []

    def fake_apply_async(self: Signature, *args: Any, **kwargs: Any) -> None:
        calls.append((self.task, self.args))

    monkeypatch.setattr(Signature, "apply_async", fake_apply_async)
    return calls


async def test_approval_is_sent_only_after_commit_and_never_on_rollback(
    committing_sessionmaker: async_sessionmaker[AsyncSession], sent: list[tuple[str, Any]]
) -> None:
    with pytest.raises(RuntimeError):
        async with committing_sessionmaker() as session, UnitOfWork(session):
            bundle = await make_policy(session, effective=date(2026, 11, 28))
            enqueue_quote_approval(bundle.policy.id)
            raise RuntimeError("the policy's transaction fails")
    assert sent == []

    async with committing_sessionmaker() as session, UnitOfWork(session):
        bundle = await make_policy(session, effective=date(2026, 11, 28))
        enqueue_quote_approval(bundle.policy.id)
        assert sent == []  # not before the commit
    assert sent == [(APPROVE_TASK, (bundle.policy.id,))]
