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
full run; full when there is none), ``policies`` (the given ids, after a payment event).
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
from app.models import AppSetting
from app.models.status_run import StatusUpdateRun

POLICY_STATUS_CHANGED = "policy.status_changed"
_LOCK_KEY = 7_240_001  # advisory lock: one full/nightly run at a time


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


@dataclass
class StatusUpdateResult:
    run_id: int
    as_of: date
    mode: Mode
    installments_changed: int = 0
    policies_changed: int = 0
    changes: list[PolicyChange] = field(default_factory=list)
    duration_ms: int = 0


# Unpaid installments of live policies whose status no longer matches the as-of date. The three
# branches are index range scans on (status, due_date) for the unpaid statuses.
_INSTALLMENTS_SQL = """
WITH target AS (
    SELECT p.id, p.status AS old_status,
           CASE WHEN p.due_date >= :as_of THEN 'pending'
                WHEN :as_of - p.due_date <= :late THEN 'late'
                ELSE 'overdue' END::payment_status AS new_status
    FROM payment p
    JOIN policy pol ON pol.id = p.policy_id
    WHERE pol.status NOT IN ('cancelled', 'suspended')
      AND ((p.status = 'pending' AND p.due_date < :as_of)
        OR (p.status = 'late' AND (p.due_date >= :as_of OR p.due_date < :as_of - :late))
        OR (p.status = 'overdue' AND p.due_date >= :as_of - :late))
      {policy_filter}
),
changed AS (
    UPDATE payment p SET status = t.new_status, updated_at = now()
    FROM target t WHERE p.id = t.id
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

_POLICIES_SQL = """
WITH candidates AS (
    SELECT pol.id FROM policy pol
    WHERE pol.status NOT IN ('cancelled', 'suspended') AND ({candidates})
),
agg AS (
    SELECT pay.policy_id,
           bool_or(pay.status IN ('late', 'overdue')) AS any_late,
           bool_or(pay.payment_number = 1 AND pay.status <> 'paid') AS first_unpaid
    FROM payment pay JOIN candidates c ON c.id = pay.policy_id
    GROUP BY pay.policy_id
),
computed AS (
    SELECT pol.id, pol.status AS old_status,
           CASE WHEN coalesce(a.any_late, false) THEN 'morosa'
                WHEN pol.effective_date > :as_of THEN 'pre_effective'
                WHEN coalesce(a.first_unpaid, true) THEN 'pending'
                WHEN :as_of <= pol.expiration_date THEN 'active'
                ELSE 'expired' END::policy_status AS new_status
    FROM policy pol
    JOIN candidates c ON c.id = pol.id
    LEFT JOIN agg a ON a.policy_id = pol.id
),
changed AS (
    UPDATE policy p SET status = c.new_status, updated_at = now()
    FROM computed c WHERE p.id = c.id AND p.status <> c.new_status
    RETURNING p.id, p.folio, c.old_status, p.status, p.seller_id
),
audited AS (
    INSERT INTO audit_log (table_name, record_id, action, before, after, user_id, request_id)
    SELECT 'policy', c.id::text, 'status_updated',
           jsonb_build_object('status', c.old_status), jsonb_build_object('status', c.status),
           :user_id, :request_id
    FROM changed c
)
SELECT id, folio, old_status::text, status::text, seller_id FROM changed
"""


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
    ) -> StatusUpdateResult:
        started = time.perf_counter()
        if mode == Mode.POLICIES and not policy_ids:
            raise ValueError("mode=policies needs policy ids")
        if mode != Mode.POLICIES:
            await self.session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
        previous = await self._previous_as_of() if mode == Mode.NIGHTLY else None
        if mode == Mode.NIGHTLY and previous is None:
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
            params["ids"] = list(policy_ids)
        per_policy = (
            await self.session.execute(text(_INSTALLMENTS_SQL.format(policy_filter=policy_filter)), params)
        ).all()
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
        rows = (await self.session.execute(text(_POLICIES_SQL.format(candidates=candidates)), params)).all()
        changes = [PolicyChange(r[0], r[1], r[2], r[3], r[4]) for r in rows]

        duration = int((time.perf_counter() - started) * 1000)
        run.installments_changed = sum(int(r[1]) for r in per_policy)
        run.policies_changed = len(changes)
        run.finished_at = datetime.now(UTC)
        run.duration_ms = duration
        await self.session.flush()
        for change in changes:
            event_bus.publish(
                POLICY_STATUS_CHANGED,
                {
                    "policy_id": change.policy_id,
                    "folio": change.folio,
                    "old_status": change.old_status,
                    "new_status": change.new_status,
                    "seller_id": change.seller_id,
                    "as_of": as_of.isoformat(),
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
