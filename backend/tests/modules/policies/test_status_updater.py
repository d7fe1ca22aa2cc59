"""StatusUpdater: one test per rule and per boundary, on frozen as-of dates; idempotence;
audit, run log and events."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from decimal import Decimal

import httpx
import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import FrozenClock
from app.core.database import UnitOfWork
from app.core.events import Event, event_bus
from app.models import AuditLog, PartialPayment, Payment, Policy, StatusUpdateRun
from app.models.enums import PartialPaymentStatus, PaymentMethod, PaymentPlan, PaymentStatus, PolicyStatus
from app.modules.policies.status_updater import (
    _INSTALLMENT_CANDIDATES_SQL,
    POLICY_STATUS_CHANGED,
    Mode,
    StatusUpdater,
    StatusUpdateRunningError,
    recompute_policy_statuses,
)
from tests.fixtures.auth import MakeUser
from tests.fixtures.factories import MakePolicy, PolicyBundle, make_policy

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


# -- review additions: date re-runs, event payloads, the public per-policy function ---------------
async def test_a_nightly_run_for_an_earlier_date_runs_full(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=EFFECTIVE, paid=[1])
    await run(session, date(2026, 3, 1))
    # a nightly for a date before the last run cannot rely on "dates crossed since the last run"
    result = await run(session, EFFECTIVE - timedelta(days=1), Mode.NIGHTLY)
    await refresh(session, bundle)
    assert result.mode == Mode.FULL  # type: ignore[attr-defined]
    assert bundle.policy.status == PolicyStatus.PRE_EFFECTIVE


async def test_event_payload_names_the_policy_client_seller_run_and_trigger(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=EFFECTIVE, paid=[1])
    seen: list[Event] = []

    async def handler(event: Event) -> None:
        seen.append(event)

    event_bus.subscribe(POLICY_STATUS_CHANGED)(handler)
    try:
        result = await run(session, EFFECTIVE, Mode.POLICIES, policy_ids=[bundle.policy.id])
    finally:
        event_bus.unsubscribe(POLICY_STATUS_CHANGED, handler)
    (event,) = seen
    assert event.payload == {
        "policy_id": bundle.policy.id,
        "folio": bundle.policy.folio,
        "old_status": "pending",
        "new_status": "active",
        "seller_id": bundle.policy.seller_id,
        "client_id": bundle.policy.client_id,
        "as_of": EFFECTIVE.isoformat(),
        "run_id": result.run_id,  # type: ignore[attr-defined]
        "trigger": "test",
    }


async def test_recompute_policy_statuses_for_other_modules(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:

    bundle = await policy_factory(effective=EFFECTIVE)
    async with UnitOfWork(session):
        assert await recompute_policy_statuses(session, [], EFFECTIVE, "payment") is None
        result = await recompute_policy_statuses(
            session, [bundle.policy.id, bundle.policy.id], EFFECTIVE + timedelta(days=2), "payment"
        )
    assert result is not None and result.mode == Mode.POLICIES
    log = await session.get(StatusUpdateRun, result.run_id)
    assert log is not None and (log.trigger, log.policies_changed, log.installments_changed) == (
        "payment",
        1,
        1,
    )
    await refresh(session, bundle)
    assert bundle.policy.status == PolicyStatus.MOROSA


async def test_the_installment_branches_can_use_the_unpaid_partial_index(session: AsyncSession) -> None:
    """The three range predicates imply the partial index's predicate; with sequential scans
    disabled the planner must reach the rows through it (on the bench's 1.75M installments it
    does so unforced, see bench/status_updater.py)."""

    await session.execute(text("SET LOCAL enable_seqscan = off"))
    plan = "\n".join(
        r[0]
        for r in await session.execute(
            text("EXPLAIN " + _INSTALLMENT_CANDIDATES_SQL.format(policy_filter="")),
            {"as_of": EFFECTIVE, "late": 5, "user_id": None, "request_id": "explain"},
        )
    )
    assert "ix_payment_status_due_date_unpaid" in plan, plan
    await session.execute(text("RESET enable_seqscan"))


# -- concurrency (real commits) ---------------------------------------------------------------------
async def _wait_until_blocked(maker: async_sessionmaker[AsyncSession]) -> None:
    """Until some backend waits on a row lock (the updater behind the concurrent writer)."""

    for _ in range(200):
        async with maker() as probe:
            waiting = await probe.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
        if waiting:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the updater never waited for the row lock")


@pytest.mark.commit
async def test_a_payment_recorded_during_a_run_is_never_overwritten(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    """READ COMMITTED re-evaluates a row updated by a concurrent transaction: the updater's
    UPDATE re-checks the status it read, so a ``paid`` written meanwhile stays ``paid``."""

    maker = committing_sessionmaker
    async with maker() as s:
        bundle = await make_policy(s, effective=EFFECTIVE, paid=[1])
        await s.commit()
    second = bundle.payment(2)
    as_of = second.due_date + timedelta(days=3)  # payment 2 would become late

    async with maker() as payer:
        await payer.execute(
            update(Payment)
            .where(Payment.id == second.id)
            .values(status=PaymentStatus.PAID, paid_date=as_of, paid_amount=second.amount)
        )

        async def updater() -> object:
            async with maker() as s, UnitOfWork(s):
                return await StatusUpdater(s).run(as_of, mode=Mode.FULL, trigger="test")

        running = asyncio.create_task(updater())
        await _wait_until_blocked(maker)
        await payer.commit()
        result = await running
    async with maker() as s:
        status = await s.scalar(select(Payment.status).where(Payment.id == second.id))
        policy_status = await s.scalar(select(Policy.status).where(Policy.id == bundle.policy.id))
    assert status == PaymentStatus.PAID
    assert policy_status == PolicyStatus.ACTIVE  # computed after the payment committed
    assert result.installments_changed == 0  # type: ignore[attr-defined]


@pytest.mark.commit
async def test_a_policy_cancelled_during_a_run_stays_cancelled(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:

    maker = committing_sessionmaker
    async with maker() as s:
        bundle = await make_policy(s, effective=EFFECTIVE, paid=[1])
        await s.commit()
    as_of = bundle.payment(2).due_date + timedelta(days=3)
    async with maker() as office:
        await office.execute(
            update(Policy).where(Policy.id == bundle.policy.id).values(status=PolicyStatus.CANCELLED)
        )

        async def updater() -> object:
            async with maker() as s, UnitOfWork(s):
                return await StatusUpdater(s).run(as_of, mode=Mode.FULL, trigger="test")

        running = asyncio.create_task(updater())
        await _wait_until_blocked(maker)
        await office.commit()
        result = await running
    async with maker() as s:
        assert (
            await s.scalar(select(Policy.status).where(Policy.id == bundle.policy.id))
            == PolicyStatus.CANCELLED
        )
    assert result.policies_changed == 0  # type: ignore[attr-defined]


@pytest.mark.commit
async def test_full_and_nightly_runs_take_turns(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    """The advisory lock: a second run waits (``wait=True``, beat) or is refused (``wait=False``,
    the admin endpoint) while a full/nightly run is in progress; per-policy runs never wait."""

    maker = committing_sessionmaker
    async with maker() as s:
        bundle = await make_policy(s, effective=EFFECTIVE)
        await s.commit()
    async with maker() as holder:
        await holder.execute(text("SELECT pg_advisory_xact_lock(7240001)"))
        with pytest.raises(StatusUpdateRunningError):
            async with maker() as s, UnitOfWork(s):
                await StatusUpdater(s).run(EFFECTIVE, mode=Mode.FULL, trigger="admin", wait=False)
        async with maker() as s, UnitOfWork(s):  # per-policy: no lock
            await StatusUpdater(s).run(
                EFFECTIVE, mode=Mode.POLICIES, policy_ids=[bundle.policy.id], trigger="t"
            )

        async def waiting_run() -> object:
            async with maker() as s, UnitOfWork(s):
                return await StatusUpdater(s).run(EFFECTIVE, mode=Mode.NIGHTLY, trigger="beat")

        queued = asyncio.create_task(waiting_run())
        await asyncio.sleep(0.3)
        assert not queued.done()
        await holder.commit()
        result = await queued
    assert result.mode == Mode.FULL  # type: ignore[attr-defined]


# -- the admin endpoint -----------------------------------------------------------------------------
RUN_URL = "/api/v1/admin/status-updater/run"
RUNS_URL = "/api/v1/admin/status-updater/runs"


async def test_endpoint_permissions(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:

    users = {
        "seller": {"roles": [("vendedor", "ventas")], "departments": [("ventas", False)], "is_seller": True},
        "assistant": {"roles": [("auxiliar", "cobranza")], "departments": [("cobranza", False)]},
        "collector": {
            "roles": [("cobrador", "cobranza")],
            "departments": [("cobranza", False)],
            "is_collector": True,
        },
        "gerente_ventas": {"roles": [("gerente", "ventas")], "departments": [("ventas", True)]},
        "gerente_cobranza": {"roles": [("gerente", "cobranza")], "departments": [("cobranza", True)]},
        "gerente_admin": {
            "roles": [("gerente", "administracion")],
            "departments": [("administracion", True)],
        },
        "adjuster": {
            "roles": [("ajustador", "siniestros")],
            "departments": [("siniestros", False)],
            "is_adjuster": True,
        },
    }
    assert (await client.post(RUN_URL, json={"mode": "full"})).status_code == 401
    for name, kwargs in users.items():
        subject = await make_user(now=clock.now(), **kwargs)
        r = await client.post(RUN_URL, json={"mode": "full"}, headers=subject.headers)
        assert (name, r.status_code) == (name, 403)
        assert (await client.get(RUNS_URL, headers=subject.headers)).status_code == 403
    admin = await make_user(now=clock.now(), roles=[("admin", None)])
    assert (await client.post(RUN_URL, json={"mode": "full"}, headers=admin.headers)).status_code == 200


async def test_endpoint_runs_and_lists_the_log(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    clock: FrozenClock,
    session: AsyncSession,
    policy_factory: MakePolicy,
) -> None:

    admin = await make_user(now=clock.now(), roles=[("admin", None)])
    late = await policy_factory(effective=date(2026, 10, 1), paid=[1])  # payment 2 due 11-01: overdue
    fresh = await policy_factory(effective=date(2026, 12, 5))  # pre_effective
    await session.commit()
    r = await client.post(RUN_URL, json={"mode": "nightly"}, headers=admin.headers)
    assert r.status_code == 200, r.text
    summary = r.json()
    assert summary["mode"] == "full"  # no previous run: a nightly runs full
    assert summary["as_of"] == "2026-11-28"  # the frozen clock's local date
    assert summary["policies_changed"] == 2 and summary["installments_changed"] == 1
    assert summary["changes_by_status"] == {"morosa": 1, "pre_effective": 1}
    assert {(c["policy_id"], c["old_status"], c["new_status"]) for c in summary["sample"]} == {
        (late.policy.id, "pending", "morosa"),
        (fresh.policy.id, "pending", "pre_effective"),
    }

    r = await client.post(RUN_URL, json={"mode": "nightly", "as_of": "2026-11-29"}, headers=admin.headers)
    assert (r.json()["mode"], r.json()["as_of"], r.json()["policies_changed"]) == ("nightly", "2026-11-29", 0)
    r = await client.post(RUN_URL, headers=admin.headers)  # no body: nightly, today
    assert r.status_code == 200 and r.json()["mode"] == "full"  # 11-28 is before the last run
    r = await client.post(RUN_URL, json={"mode": "weekly"}, headers=admin.headers)
    assert r.status_code == 422 and r.json()["fields"]["mode"].startswith("Valor no permitido")
    r = await client.post(RUN_URL, json={"mode": "full", "extra": 1}, headers=admin.headers)
    assert r.json()["fields"] == {"extra": "Campo no permitido."}

    r = await client.get(RUNS_URL, params={"size": 2}, headers=admin.headers)
    page = r.json()
    assert (page["total"], len(page["items"])) == (3, 2)
    assert page["items"][0]["trigger"] == "admin"
    assert page["items"][0]["triggered_by_user_id"] == admin.user_id
    r = await client.get(RUNS_URL, params={"mode": "nightly"}, headers=admin.headers)
    assert [item["as_of"] for item in r.json()["items"]] == ["2026-11-29"]
    audit = await session.scalar(
        select(func.count())
        .select_from(AuditLog)
        .where(AuditLog.user_id == admin.user_id, AuditLog.table_name == "policy")
    )
    assert audit == 2
