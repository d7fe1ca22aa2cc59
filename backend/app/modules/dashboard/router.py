"""``/api/v1/dashboard``: the home summary.

``GET /dashboard/summary``: any of the read permissions its sections show (``policies.read``,
``policies.read_own``, ``payments.read``, ``cancellations.read``, ``proposals.read``); each
section is filled only for its own permission, ``null`` otherwise (see the service).
"""

from __future__ import annotations

from typing import Annotated, Any

from app.core.dependencies import ClockDep, SessionDep
from app.core.schemas import ErrorResponse
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.dashboard.schemas import DashboardSummary
from app.modules.dashboard.service import DashboardService

router = authenticated_router(prefix="/dashboard", tags=["dashboard"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
}

SummaryReader = Annotated[
    Principal,
    require_permission(
        "policies.read", "policies.read_own", "payments.read", "cancellations.read", "proposals.read"
    ),
]


@router.get("/summary", response_model=DashboardSummary, responses=_ERRORS, summary="Resumen de inicio")
async def get_summary(principal: SummaryReader, session: SessionDep, clock: ClockDep) -> DashboardSummary:
    return await DashboardService(session, principal, clock).summary()
