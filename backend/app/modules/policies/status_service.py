"""Service wrapper around the StatusUpdater for the admin endpoint: run it on demand and read
the execution log (``status_update_run``)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.repository import Repository
from app.core.schemas import Page
from app.models import StatusUpdateRun
from app.modules.policies.status_schemas import (
    PolicyChangeRead,
    StatusRunIn,
    StatusRunQuery,
    StatusRunRead,
    StatusRunSummary,
)
from app.modules.policies.status_updater import Mode, StatusUpdater

SAMPLE_SIZE = 50


class StatusRunRepository(Repository[StatusUpdateRun]):
    model = StatusUpdateRun
    sortable: ClassVar = {
        "started_at": StatusUpdateRun.started_at,
        "as_of": StatusUpdateRun.as_of,
        "duration_ms": StatusUpdateRun.duration_ms,
    }
    default_sort = "-started_at"

    def search(self, query: StatusRunQuery) -> Select[Any]:
        stmt = self.base_statement()
        if query.mode:
            stmt = stmt.where(StatusUpdateRun.mode == query.mode)
        if query.trigger:
            stmt = stmt.where(StatusUpdateRun.trigger == query.trigger)
        return stmt


class StatusRunService:
    def __init__(self, session: AsyncSession, *, user_id: int | None) -> None:
        self.session = session
        self.user_id = user_id
        self.runs = StatusRunRepository(session)

    async def run(self, body: StatusRunIn, today: date) -> StatusRunSummary:
        """Runs now, in the request's transaction; refuses (409) while another full/nightly run
        holds the lock rather than queueing behind it."""
        result = await StatusUpdater(self.session).run(
            body.as_of or today, mode=Mode(body.mode), trigger="admin", user_id=self.user_id, wait=False
        )
        return StatusRunSummary(
            run_id=result.run_id,
            as_of=result.as_of,
            mode=result.mode.value,
            installments_changed=result.installments_changed,
            policies_changed=result.policies_changed,
            duration_ms=result.duration_ms,
            changes_by_status=dict(Counter(c.new_status for c in result.changes)),
            sample=[
                PolicyChangeRead(
                    policy_id=c.policy_id, folio=c.folio, old_status=c.old_status, new_status=c.new_status
                )
                for c in result.changes[:SAMPLE_SIZE]
            ],
        )

    async def search(self, query: StatusRunQuery) -> Page[StatusRunRead]:
        items, total = await self.runs.paginate(
            self.runs.search(query), page=query.page, size=query.size, sort=query.sort
        )
        return Page(
            items=[StatusRunRead.model_validate(r) for r in items],
            total=total,
            page=query.page,
            size=query.size,
        )
