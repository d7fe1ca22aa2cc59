"""StatusUpdater: one test per rule and per boundary, on frozen as-of dates; idempotence;
audit, run log and events."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.database import UnitOfWork
from app.core.events import Event, event_bus
from app.models import AuditLog, PartialPayment, Payment, Policy, StatusUpdateRun
from app.models.enums import PartialPaymentStatus, PaymentMethod, PaymentPlan, PaymentStatus, PolicyStatus
from app.modules.policies.status_updater import POLICY_STATUS_CHANGED, Mode, StatusUpdater
from tests.fixtures.factories import MakePolicy, PolicyBundle

EFFECTIVE = date(2026, 1, 10)


async def refresh(session: AsyncSession, bundle: PolicyBundle) -> None:
    await session.refresh(bundle.policy)
    for payment in bundle.payments:
        await session.refresh(payment)


async def run(session: AsyncSession, as_of: date, mode: Mode = Mode.FULL, **kw: object) -> object:
    async with UnitOfWork(session):
        return await StatusUpdater(session).run(as_of, mode=mode, trigger="test", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("days_late", "expected"),
    [(-3, "pending"), (0, "pending"), (1, "late"), (5, "late"), (6, "overdue"), (40, "overdue")],
)
async def test_installment_status_by_days_past_due(
    session: AsyncSession, policy_factory: MakePolicy, days_late: int, expected: str
) -> None:
    bundle = await policy_factory(effective=EFFECTIVE, paid=[1])
    second = bundle.payment(2)  # due 2026-02-10
    await run(session, second.due_date + timedelta(days=days_late))
    await refresh(session, bundle)
    assert second.status == expected
    assert bundle.payment(1).status == PaymentStatus.PAID  # paid is never recomputed


async def test_day_5_is_late_and_day_6_overdue_and_the_policy_is_morosa(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=EFFECTIVE, paid=[1])
    due = bundle.payment(2).due_date
    await run(session, due + timedelta(days=5))
    await refresh(session, bundle)
    assert (bundle.payment(2).status, bundle.policy.status) == (PaymentStatus.LATE, PolicyStatus.MOROSA)
    await run(session, due + timedelta(days=6))
    await refresh(session, bundle)
    assert (bundle.payment(2).status, bundle.policy.status) == (PaymentStatus.OVERDUE, PolicyStatus.MOROSA)


async def test_pre_effective_while_the_effective_date_is_in_the_future(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=EFFECTIVE, paid=[1])
    await run(session, EFFECTIVE - timedelta(days=1))
    await refresh(session, bundle)
    assert bundle.policy.status == PolicyStatus.PRE_EFFECTIVE
    await run(session, EFFECTIVE)
    await refresh(session, bundle)
    assert bundle.policy.status == PolicyStatus.ACTIVE


async def test_installment_one_partly_paid_stays_pending_fully_paid_turns_active(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=EFFECTIVE)
    first = bundle.payment(1)
    session.add(
        PartialPayment(
            payment_id=first.id,
            partial_number=1,
            amount=Decimal("600.00"),
            paid_date=EFFECTIVE,
            payment_method=PaymentMethod.CASH,
            status=PartialPaymentStatus.APPLIED,
        )
    )
    await session.flush()
    await run(session, EFFECTIVE)  # due today: not late yet
    await refresh(session, bundle)
    assert (first.status, bundle.policy.status) == (PaymentStatus.PENDING, PolicyStatus.PENDING)

    first.status, first.paid_date, first.paid_amount = PaymentStatus.PAID, EFFECTIVE, first.amount
    await session.flush()
    await run(session, EFFECTIVE, Mode.POLICIES, policy_ids=[bundle.policy.id])
    await refresh(session, bundle)
    assert bundle.policy.status == PolicyStatus.ACTIVE


async def test_unpaid_first_installment_after_its_due_date_is_morosa(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=EFFECTIVE)
    await run(session, EFFECTIVE + timedelta(days=1))
    await refresh(session, bundle)
    assert (bundle.payment(1).status, bundle.policy.status) == (PaymentStatus.LATE, PolicyStatus.MOROSA)


async def test_expired_after_the_expiration_date_and_morosa_beats_expired(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    paid_up = await policy_factory(effective=EFFECTIVE, plan=PaymentPlan.CASH, paid=[1])
    owing = await policy_factory(effective=EFFECTIVE, paid=[1, 2, 3, 4, 5, 6])
    expiration = paid_up.policy.expiration_date
    await run(session, expiration)
    await refresh(session, paid_up)
    await refresh(session, owing)
    assert paid_up.policy.status == PolicyStatus.ACTIVE  # the last day is still covered
    assert owing.policy.status == PolicyStatus.MOROSA
    await run(session, expiration + timedelta(days=1))
    await refresh(session, paid_up)
    await refresh(session, owing)
    assert paid_up.policy.status == PolicyStatus.EXPIRED
    assert owing.policy.status == PolicyStatus.MOROSA


@pytest.mark.parametrize("status", [PolicyStatus.CANCELLED, PolicyStatus.SUSPENDED])
async def test_cancelled_and_suspended_policies_are_never_touched(
    session: AsyncSession, policy_factory: MakePolicy, status: PolicyStatus
) -> None:
    bundle = await policy_factory(effective=EFFECTIVE, status=status)
    await run(session, EFFECTIVE + timedelta(days=90))
    await refresh(session, bundle)
    assert bundle.policy.status == status
    assert all(p.status == PaymentStatus.PENDING for p in bundle.payments)


async def test_a_second_run_changes_nothing(session: AsyncSession, policy_factory: MakePolicy) -> None:
    for paid in ([], [1], [1, 2, 3]):
        await policy_factory(effective=EFFECTIVE, paid=paid)
    as_of = EFFECTIVE + timedelta(days=70)
    first = await run(session, as_of)
    second = await run(session, as_of)
    assert first.policies_changed == 3  # type: ignore[attr-defined]
    assert first.installments_changed > 0  # type: ignore[attr-defined]
    assert (second.policies_changed, second.installments_changed) == (0, 0)  # type: ignore[attr-defined]


async def test_changes_are_audited_logged_and_published_after_commit(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=EFFECTIVE, paid=[1])
    seen: list[Event] = []

    async def handler(event: Event) -> None:
        seen.append(event)

    event_bus.subscribe(POLICY_STATUS_CHANGED)(handler)
    try:
        result = await run(session, bundle.payment(2).due_date + timedelta(days=1))
    finally:
        event_bus.unsubscribe(POLICY_STATUS_CHANGED, handler)
    assert [e.payload["policy_id"] for e in seen] == [bundle.policy.id]
    assert seen[0].payload["old_status"] == "pending"
    assert seen[0].payload["new_status"] == "morosa"
    audit = (
        await session.scalars(
            select(AuditLog).where(
                AuditLog.table_name == "policy", AuditLog.record_id == str(bundle.policy.id)
            )
        )
    ).all()
    assert [(a.before, a.after) for a in audit] == [({"status": "pending"}, {"status": "morosa"})]
    payment_audit = await session.scalar(
        select(func.count())
        .select_from(AuditLog)
        .where(AuditLog.table_name == "payment", AuditLog.record_id == str(bundle.payment(2).id))
    )
    assert payment_audit == 1
    log = await session.get(StatusUpdateRun, result.run_id)  # type: ignore[attr-defined]
    assert log is not None
    assert (log.mode, log.policies_changed, log.installments_changed) == ("full", 1, 1)
    assert log.finished_at is not None


async def test_nightly_mode_touches_only_what_can_change(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    starts_tomorrow = await policy_factory(effective=date(2026, 3, 2), paid=[1])
    becomes_late = await policy_factory(effective=date(2026, 2, 1), paid=[1])  # payment 2 due 03-01
    stable = await policy_factory(effective=EFFECTIVE, plan=PaymentPlan.CASH, paid=[1])
    await run(session, date(2026, 3, 1))  # full: establishes the baseline
    await refresh(session, stable)
    await refresh(session, becomes_late)
    assert stable.policy.status == PolicyStatus.ACTIVE
    assert becomes_late.policy.status == PolicyStatus.ACTIVE  # payment 2 due today: not late yet
    # an inconsistent row a nightly run must NOT visit (only payment events fix those)
    stable.policy.status = PolicyStatus.PENDING
    await session.flush()
    result = await run(session, date(2026, 3, 2), Mode.NIGHTLY)
    await refresh(session, starts_tomorrow)
    await refresh(session, becomes_late)
    await refresh(session, stable)
    assert result.mode == Mode.NIGHTLY  # type: ignore[attr-defined]
    assert starts_tomorrow.policy.status == PolicyStatus.ACTIVE  # crossed its effective date
    assert becomes_late.payment(2).status == PaymentStatus.LATE
    assert becomes_late.policy.status == PolicyStatus.MOROSA
    assert stable.policy.status == PolicyStatus.PENDING


async def test_nightly_without_a_previous_run_is_full(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    await policy_factory(effective=EFFECTIVE)
    existing = await session.scalar(select(func.count()).select_from(StatusUpdateRun))
    assert existing == 0
    result = await run(session, EFFECTIVE + timedelta(days=2), Mode.NIGHTLY)
    assert result.mode == Mode.FULL  # type: ignore[attr-defined]


async def test_late_days_come_from_the_settings(session: AsyncSession, policy_factory: MakePolicy) -> None:
    from app.models import AppSetting

    setting = await session.get(AppSetting, "late_days_max")
    assert setting is not None
    setting.value = 3
    await session.flush()
    bundle = await policy_factory(effective=EFFECTIVE, paid=[1])
    await run(session, bundle.payment(2).due_date + timedelta(days=4))
    await refresh(session, bundle)
    assert bundle.payment(2).status == PaymentStatus.OVERDUE


async def test_policies_mode_limits_itself_to_the_given_ids(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    target = await policy_factory(effective=EFFECTIVE)
    other = await policy_factory(effective=EFFECTIVE)
    await run(session, EFFECTIVE + timedelta(days=3), Mode.POLICIES, policy_ids=[target.policy.id])
    await refresh(session, target)
    await refresh(session, other)
    assert target.policy.status == PolicyStatus.MOROSA
    assert other.policy.status == PolicyStatus.PENDING
    assert all(p.status == PaymentStatus.PENDING for p in other.payments)
    assert (
        await session.scalar(select(func.count()).select_from(Policy).where(Policy.id == other.policy.id))
        == 1
    )
    assert isinstance(await session.get(Payment, other.payments[0].id), Payment)
