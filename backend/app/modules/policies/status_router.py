"""``/api/v1/admin/status-updater``: run the StatusUpdater on demand and read its execution log.

Permission ``policies.recompute_statuses`` (admin only, through ``*``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

from app.core.dependencies import ClockDep, SessionDep
from app.core.schemas import ErrorResponse, Page
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.policies.status_schemas import StatusRunIn, StatusRunQuery, StatusRunRead, StatusRunSummary
from app.modules.policies.status_service import StatusRunService

router = authenticated_router(prefix="/admin/status-updater", tags=["status-updater"])

Operator = Annotated[Principal, require_permission("policies.recompute_statuses")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
}


@router.post(
    "/run",
    response_model=StatusRunSummary,
    responses={**_ERRORS, 409: {"model": ErrorResponse, "description": "Ya hay una corrida en curso"}},
    summary="Recalcular estatus de pólizas y pagos ahora",
)
async def run_status_updater(
    principal: Operator, session: SessionDep, clock: ClockDep, body: StatusRunIn | None = None
) -> StatusRunSummary:
    service = StatusRunService(session, user_id=principal.user_id)
    return await service.run(body or StatusRunIn(), clock.today())


@router.get(
    "/runs",
    response_model=Page[StatusRunRead],
    responses=_ERRORS,
    summary="Bitácora de corridas del recálculo",
)
async def list_status_updater_runs(
    principal: Operator, query: Annotated[StatusRunQuery, Query()], session: SessionDep
) -> Page[StatusRunRead]:
    return await StatusRunService(session, user_id=principal.user_id).search(query)
