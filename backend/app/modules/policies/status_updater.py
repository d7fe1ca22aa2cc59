"""The StatusUpdater (domain.md §4): installment and policy statuses by set-based SQL.

Installments (unpaid ones of live policies), by days past the due date on the as-of date:
not yet due (0 days included) -> pending; 1..late_days_max (5) -> late; more -> overdue.
``paid`` is set only by a recorded payment and ``cancelled`` only by a cancellation.

Policies (cancelled and suspended are never touched), first match wins:
morosa (any installment late/overdue) > pre_effective (effective date in the future) >
pending (installment 1 not fully paid) > active (within dates) > expired (after expiration).

Only rows whose status differs from the computed one are written, so a second run changes
nothing. Every change is audited (set-based INSERT into audit_log), each run writes a
``status_update_run`` row, and an event is published per policy whose status changed.

Modes: ``full`` (every live policy), ``nightly`` (installments that can change plus the policies
they touch and those whose effective/expiration date was crossed since the previous nightly or
full run; full when there is none, or when the as-of date is before it), ``policies`` (the given
ids, after a payment event: ``recompute_policy_statuses``).

Concurrency: full and nightly runs hold a transaction-level advisory lock (one at a time; the
admin endpoint refuses instead of waiting). Every UPDATE re-checks the status it read
(``status = old_status``): under READ COMMITTED a row changed by a concurrent transaction (a
payment recorded, a policy cancelled or suspended) is re-evaluated after its lock is released, so
the updater never overwrites a ``paid`` installment or a ``cancelled``/``suspended`` policy with a
status computed from the older snapshot; that row is simply left for the next run.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.context import get_request_context
from app.core.events import event_bus
from app.core.exceptions import ConflictError
from app.models import AppSetting
from app.models.status_run import StatusUpdateRun

POLICY_STATUS_CHANGED = "policy.status_changed"
_LOCK_KEY = 7_240_001  # advisory lock: one full/nightly run at a time


class StatusUpdateRunningError(ConflictError):
    code = "STATUS_UPDATE_RUNNING"
    message = "Ya hay una actualización de estatus en curso. Espera a que termine e inténtalo de nuevo."


class Mode(StrEnum):
    FULL = "full"
    NIGHTLY = "nightly"
    POLICIES = "policies"


@dataclass(frozen=True)
class PolicyChange:
    policy_id: int
    folio: int
    old_status: str
    new_status: str
    seller_id: int
    client_id: int


@dataclass
class StatusUpdateResult:
    run_id: int
    as_of: date
    mode: Mode
    installments_changed: int = 0
    policies_changed: int = 0
    changes: list[PolicyChange] = field(default_factory=list)
    duration_ms: int = 0


# Step 1: the unpaid installments whose status no longer matches the as-of date. Three range
# scans on the partial index (status, due_date) of unpaid installments, nothing else: the planner
# cannot estimate how few rows match (pending installments are mostly in the future), so the
# rows are fetched here and step 2 starts from their ids.
_INSTALLMENT_CANDIDATES_SQL = """
SELECT p.id FROM payment p
WHERE ((p.status = 'pending' AND p.due_date < CAST(:as_of AS date))
    OR (p.status = 'late' AND (p.due_date >= CAST(:as_of AS date)
                               OR p.due_date < CAST(:as_of AS date) - CAST(:late AS integer)))
    OR (p.status = 'overdue' AND p.due_date >= CAST(:as_of AS date) - CAST(:late AS integer)))
  {policy_filter}
"""

# Step 2: those of live policies get their new status, with an audit row each. ``unnest`` gives
# the planner the real row count, so a few ids are primary-key lookups and many a hash join. The
# UPDATE re-checks the status it read (a payment recorded meanwhile stays paid).
_INSTALLMENTS_SQL = """
WITH target AS (
    SELECT p.id, p.status AS old_status,
           CASE WHEN p.due_date >= :as_of THEN 'pending'
                WHEN :as_of - p.due_date <= :late THEN 'late'
                ELSE 'overdue' END::payment_status AS new_status
    FROM unnest(CAST(:candidate_ids AS bigint[])) AS c(id)
    JOIN payment p ON p.id = c.id
    JOIN policy pol ON pol.id = p.policy_id
    WHERE pol.status NOT IN ('cancelled', 'suspended')
      AND p.status IN ('pending', 'late', 'overdue')
),
changed AS (
    UPDATE payment p SET status = t.new_status, updated_at = now()
    FROM target t WHERE p.id = t.id AND t.new_status <> t.old_status AND p.status = t.old_status
    RETURNING p.id, p.policy_id, t.old_status, p.status
),
audited AS (
    INSERT INTO audit_log (table_name, record_id, action, before, after, user_id, request_id)
    SELECT 'payment', c.id::text, 'status_updated',
           jsonb_build_object('status', c.old_status), jsonb_build_object('status', c.status),
           :user_id, :request_id
    FROM changed c
)
SELECT policy_id, count(*) AS n FROM changed GROUP BY policy_id
"""

# Policies: the candidates (all live ones, or those given / touched / whose dates were crossed),
# then the two facts the rules need from the installments, each from an index: "any late or
# overdue installment" (the partial index of unpaid installments) and "installment 1 paid" (the
# (policy_id, payment_number) unique index when scoped to the candidates).
_POLICIES_SQL = """
WITH candidates AS MATERIALIZED (
    SELECT pol.id FROM policy pol
    WHERE pol.status NOT IN ('cancelled', 'suspended') AND ({candidates})
),
late AS (
    SELECT DISTINCT pay.policy_id FROM payment pay
    WHERE pay.status IN ('late', 'overdue') {scope}
),
first_paid AS (
    SELECT pay.policy_id FROM payment pay
    WHERE pay.payment_number = 1 AND pay.status = 'paid' {scope}
),
computed AS (
    SELECT pol.id, pol.status AS old_status,
           CASE WHEN l.policy_id IS NOT NULL THEN 'morosa'
                WHEN pol.effective_date > :as_of THEN 'pre_effective'
                WHEN f.policy_id IS NULL THEN 'pending'
                WHEN :as_of <= pol.expiration_date THEN 'active'
                ELSE 'expired' END::policy_status AS new_status
    FROM candidates c
    JOIN policy pol ON pol.id = c.id
    LEFT JOIN late l ON l.policy_id = pol.id
    LEFT JOIN first_paid f ON f.policy_id = pol.id
),
changed AS (
    UPDATE policy p SET status = c.new_status, updated_at = now()
    FROM computed c WHERE p.id = c.id AND c.old_status <> c.new_status AND p.status = c.old_status
    RETURNING p.id, p.folio, c.old_status, p.status, p.seller_id, p.client_id
),
audited AS (
    INSERT INTO audit_log (table_name, record_id, action, before, after, user_id, request_id)
    SELECT 'policy', c.id::text, 'status_updated',
           jsonb_build_object('status', c.old_status), jsonb_build_object('status', c.status),
           :user_id, :request_id
    FROM changed c
)
SELECT id, folio, old_status::text, status::text, seller_id, client_id FROM changed
"""
#: the scope of ``late`` / ``first_paid`` when not every live policy is a candidate
_SCOPED = "AND pay.policy_id IN (SELECT id FROM candidates)"


class StatusUpdater:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def _late_days(self) -> int:
        value = await self.session.scalar(select(AppSetting.value).where(AppSetting.key == "late_days_max"))
        return int(value) if value is not None else 5

    async def _previous_as_of(self) -> date | None:
        return await self.session.scalar(
            select(func.max(StatusUpdateRun.as_of)).where(
                StatusUpdateRun.mode.in_([Mode.FULL.value, Mode.NIGHTLY.value]),
                StatusUpdateRun.finished_at.is_not(None),
            )
        )

    async def run(
        self,
        as_of: date,
        *,
        mode: Mode = Mode.NIGHTLY,
        policy_ids: Sequence[int] = (),
        trigger: str = "beat",
        user_id: int | None = None,
        wait: bool = True,
        emit_events: bool = True,
    ) -> StatusUpdateResult:
        """Recompute as of ``as_of``. ``wait=False`` refuses (409) instead of queueing behind a
        full/nightly run that holds the lock. ``emit_events=False`` is for bulk loads (demo data,
        benchmarks, a data migration): the changes are audited and logged, but nobody is told."""
        started = time.perf_counter()
        if mode == Mode.POLICIES and not policy_ids:
            raise ValueError("mode=policies needs policy ids")
        if mode != Mode.POLICIES:
            if wait:
                await self.session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
            elif not await self.session.scalar(
                text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": _LOCK_KEY}
            ):
                raise StatusUpdateRunningError()
        previous = await self._previous_as_of() if mode == Mode.NIGHTLY else None
        if mode == Mode.NIGHTLY and (previous is None or as_of < previous):
            # nothing to compare with, or a run for an earlier date: crossings would be missed
            mode = Mode.FULL
        run = StatusUpdateRun(as_of=as_of, mode=mode.value, trigger=trigger, triggered_by_user_id=user_id)
        self.session.add(run)
        await self.session.flush()

        ctx = get_request_context()
        params: dict[str, Any] = {
            "as_of": as_of,
            "late": await self._late_days(),
            "user_id": user_id if user_id is not None else ctx.user_id,
            "request_id": ctx.request_id or ctx.source,
        }
        policy_filter = ""
        if mode == Mode.POLICIES:
            policy_filter = "AND p.policy_id = ANY(CAST(:ids AS bigint[]))"
            params["ids"] = sorted(set(policy_ids))
        else:
            # a full or nightly pass hashes hundreds of thousands of ids: keep it in memory
            await self.session.execute(text("SET LOCAL work_mem = '64MB'"))
        candidate_ids = list(
            await self.session.scalars(
                text(_INSTALLMENT_CANDIDATES_SQL.format(policy_filter=policy_filter)), params
            )
        )
        per_policy = (
            (
                await self.session.execute(
                    text(_INSTALLMENTS_SQL), {**params, "candidate_ids": candidate_ids}
                )
            ).all()
            if candidate_ids
            else []
        )
        touched = [r[0] for r in per_policy]

        if mode == Mode.FULL:
            candidates = "true"
        elif mode == Mode.POLICIES:
            candidates = "pol.id = ANY(CAST(:ids AS bigint[]))"
        else:
            # dates crossed since the previous run: became effective, or expired
            candidates = (
                "pol.id = ANY(CAST(:touched AS bigint[]))"
                " OR (pol.effective_date > :previous AND pol.effective_date <= :as_of)"
                " OR (pol.expiration_date >= :previous AND pol.expiration_date < :as_of)"
            )
            params["touched"] = touched
            params["previous"] = previous
        scope = "" if mode == Mode.FULL else _SCOPED
        sql = _POLICIES_SQL.format(candidates=candidates, scope=scope)
        rows = (await self.session.execute(text(sql), params)).all()
        changes = [PolicyChange(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

        duration = int((time.perf_counter() - started) * 1000)
        run.installments_changed = sum(int(r[1]) for r in per_policy)
        run.policies_changed = len(changes)
        run.finished_at = datetime.now(UTC)
        run.duration_ms = duration
        await self.session.flush()
        for change in changes if emit_events else ():
            event_bus.publish(
                POLICY_STATUS_CHANGED,
                {
                    "policy_id": change.policy_id,
                    "folio": change.folio,
                    "old_status": change.old_status,
                    "new_status": change.new_status,
                    "seller_id": change.seller_id,
                    "client_id": change.client_id,
                    "as_of": as_of.isoformat(),
                    "run_id": run.id,
                    "trigger": trigger,
                },
            )
        return StatusUpdateResult(
            run_id=run.id,
            as_of=as_of,
            mode=mode,
            installments_changed=run.installments_changed,
            policies_changed=len(changes),
            changes=changes,
            duration_ms=duration,
        )


async def recompute_policy_statuses(
    session: AsyncSession,
    policy_ids: Sequence[int],
    as_of: date,
    trigger: str,
    *,
    user_id: int | None = None,
) -> StatusUpdateResult | None:
    """Recompute the installments and status of these policies, in the caller's transaction.

    For the other modules: call it after every payment event (recorded, edited, reversed,
    restructured), a promotion applied or reverted, a cancellation undone or a suspension lifted,
    with the as-of date of the request (``clock.today()``). Cancelled and suspended policies are
    left as they are. Returns None when there is nothing to recompute."""
    ids = sorted({int(i) for i in policy_ids})
    if not ids:
        return None
    return await StatusUpdater(session).run(
        as_of, mode=Mode.POLICIES, policy_ids=ids, trigger=trigger, user_id=user_id
    )
