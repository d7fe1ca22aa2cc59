"""Celery jobs of the policies module: the nightly StatusUpdater and per-policy recomputes.

Bodies are called directly (their own engine and unit of work: real commits, cleaned by the
``committing_sessionmaker`` fixture), and the beat entry is checked at 00:00 local time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from celery.schedules import crontab
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import MEXICO_CITY, FrozenClock
from app.models import Payment, Policy, StatusUpdateRun
from app.models.enums import PaymentStatus, PolicyStatus
from app.tasks import celery
from app.tasks.policies import recompute_policy_body, update_statuses_body
from tests.fixtures.factories import make_policy

pytestmark = pytest.mark.commit


def test_tasks_are_registered_and_scheduled_at_local_midnight() -> None:
    assert {"policies.update_statuses", "policies.recompute_policy"} <= set(celery.tasks)
    entry = celery.conf.beat_schedule["policies-update-statuses"]
    assert entry["task"] == "policies.update_statuses"
    schedule = entry["schedule"]
    assert isinstance(schedule, crontab)
    assert (schedule.hour, schedule.minute) == ({0}, {0})
    assert celery.conf.timezone == "America/Mexico_City"

    # evaluated in the app's time zone: due right after local midnight, not at UTC midnight
    schedule = crontab(minute=0, hour=0, app=celery)
    last_run = datetime(2026, 11, 28, 0, 0, 5, tzinfo=MEXICO_CITY)
    schedule.nowfun = lambda: datetime(2026, 11, 28, 18, 0, tzinfo=UTC)  # 12:00 local
    due, _ = schedule.is_due(last_run)
    assert not due
    schedule.nowfun = lambda: datetime(2026, 11, 29, 0, 30, tzinfo=UTC)  # UTC midnight passed: 18:30 local
    due, _ = schedule.is_due(last_run)
    assert not due
    schedule.nowfun = lambda: datetime(2026, 11, 29, 6, 0, 30, tzinfo=UTC)  # 00:00:30 local
    due, _ = schedule.is_due(last_run)
    assert due


async def _committed_policy(maker: async_sessionmaker[AsyncSession], **kwargs: object) -> tuple[int, int]:
    async with maker() as session:
        bundle = await make_policy(session, **kwargs)  # type: ignore[arg-type]
        await session.commit()
        return bundle.policy.id, bundle.payment(2).id


async def _state(maker: async_sessionmaker[AsyncSession], policy_id: int, payment_id: int) -> tuple[str, str]:
    async with maker() as session:
        policy = await session.scalar(select(Policy.status).where(Policy.id == policy_id))
        payment = await session.scalar(select(Payment.status).where(Payment.id == payment_id))
    assert policy is not None and payment is not None
    return policy.value, payment.value


async def test_nightly_body_runs_as_of_the_local_date_and_logs_the_run(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    maker = committing_sessionmaker
    policy_id, second_id = await _committed_policy(maker, effective=date(2026, 10, 28), paid=[1])
    # 23:30 on 2026-11-28 in Mexico City is already the 29th in UTC: the as-of date is the 28th,
    # the due date of payment 2: not late yet
    clock = FrozenClock(datetime(2026, 11, 29, 5, 30, tzinfo=UTC))
    first = await update_statuses_body(clock=clock)
    assert (first["as_of"], first["mode"]) == ("2026-11-28", "full")  # no previous run
    assert await _state(maker, policy_id, second_id) == (
        PolicyStatus.ACTIVE.value,
        PaymentStatus.PENDING.value,
    )

    clock.advance(timedelta(hours=1))  # 00:30 local on the 29th
    second = await update_statuses_body(clock=clock)
    assert (second["as_of"], second["mode"]) == ("2026-11-29", "nightly")
    assert (second["installments_changed"], second["policies_changed"]) == (1, 1)
    assert await _state(maker, policy_id, second_id) == (PolicyStatus.MOROSA.value, PaymentStatus.LATE.value)

    again = await update_statuses_body(date(2026, 11, 29))
    assert (again["installments_changed"], again["policies_changed"]) == (0, 0)
    async with maker() as session:
        runs = (
            await session.execute(
                select(StatusUpdateRun.mode, StatusUpdateRun.trigger).order_by(StatusUpdateRun.id)
            )
        ).all()
    assert [tuple(r) for r in runs] == [("full", "beat"), ("nightly", "beat"), ("nightly", "beat")]


async def test_recompute_policy_body_touches_only_that_policy(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    maker = committing_sessionmaker
    target = await _committed_policy(maker, effective=date(2026, 10, 28), paid=[1])
    other = await _committed_policy(maker, effective=date(2026, 10, 28), paid=[1])
    result = await recompute_policy_body(target[0], date(2026, 12, 5), trigger="payment")
    assert (result["mode"], result["policies_changed"], result["installments_changed"]) == ("policies", 1, 1)
    assert await _state(maker, *target) == (PolicyStatus.MOROSA.value, PaymentStatus.OVERDUE.value)
    assert await _state(maker, *other) == (PolicyStatus.PENDING.value, PaymentStatus.PENDING.value)
    clock_result = await recompute_policy_body(
        other[0], clock=FrozenClock(datetime(2026, 11, 28, 18, 0, tzinfo=UTC))
    )
    assert clock_result["as_of"] == "2026-11-28"
