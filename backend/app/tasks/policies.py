"""Policy jobs: the nightly StatusUpdater and on-demand per-policy recomputes.

``policies.update_statuses`` runs from beat at 00:00 America/Mexico_City (domain.md §10) in
nightly mode for the local date at run time; ``policies.recompute_policy`` recomputes one policy
(e.g. after an event handled outside a request). Bodies are plain async functions (tests call
them directly) with their own engine and unit of work; the run log, audit rows and
``policy.status_changed`` events come from the StatusUpdater itself. A deadlock with a concurrent
payment (the database aborts one of the two) is retried with backoff: the run is idempotent.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.core.clock import Clock, system_clock
from app.core.config import Settings
from app.modules.policies.status_updater import Mode, StatusUpdater, StatusUpdateResult
from app.tasks import celery
from app.tasks.base import run_async, task_unit_of_work

#: a full recompute of the whole book may take longer than the API's statement timeout
TASK_STATEMENT_TIMEOUT = "10min"


def _summary(result: StatusUpdateResult) -> dict[str, Any]:
    return {
        "run_id": result.run_id,
        "as_of": result.as_of.isoformat(),
        "mode": result.mode.value,
        "installments_changed": result.installments_changed,
        "policies_changed": result.policies_changed,
        "duration_ms": result.duration_ms,
    }


async def update_statuses_body(
    as_of: date | None = None,
    *,
    mode: Mode = Mode.NIGHTLY,
    clock: Clock | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """The nightly run: as of the America/Mexico_City date when it runs (or ``as_of``)."""
    day = as_of or (clock or system_clock).today()
    async with task_unit_of_work("policies.update_statuses", settings) as session:
        await session.execute(text(f"SET LOCAL statement_timeout = '{TASK_STATEMENT_TIMEOUT}'"))
        result = await StatusUpdater(session).run(day, mode=mode, trigger="beat")
    return _summary(result)


@celery.task(  # type: ignore[untyped-decorator]
    name="policies.update_statuses",
    autoretry_for=(DBAPIError,),
    retry_backoff=30,
    max_retries=3,
)
def update_statuses(as_of: str | None = None, mode: str = Mode.NIGHTLY.value) -> dict[str, Any]:
    return run_async(update_statuses_body, date.fromisoformat(as_of) if as_of else None, mode=Mode(mode))


async def recompute_policy_body(
    policy_id: int,
    as_of: date | None = None,
    *,
    trigger: str = "task",
    clock: Clock | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Recompute one policy's installments and status as of today (or ``as_of``)."""
    day = as_of or (clock or system_clock).today()
    async with task_unit_of_work("policies.recompute_policy", settings) as session:
        result = await StatusUpdater(session).run(
            day, mode=Mode.POLICIES, policy_ids=[policy_id], trigger=trigger
        )
    return _summary(result)


@celery.task(  # type: ignore[untyped-decorator]
    name="policies.recompute_policy",
    autoretry_for=(DBAPIError,),
    retry_backoff=5,
    max_retries=5,
)
def recompute_policy(policy_id: int, as_of: str | None = None) -> dict[str, Any]:
    return run_async(recompute_policy_body, int(policy_id), date.fromisoformat(as_of) if as_of else None)
