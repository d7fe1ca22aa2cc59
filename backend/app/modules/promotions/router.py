"""``/api/v1/promotions`` (screens §1.11) and applying promotions to policies.

Read and simulate: ``promotions.read``; create, edit, (de)activate, delete: ``promotions.edit``;
apply to a policy and revert an application: ``promotions.apply``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, Response, status

from app.core.dependencies import ClockDep, SessionDep
from app.core.schemas import ErrorResponse, Page
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.promotions.schemas import (
    ApplicationQuery,
    ApplicationRead,
    ApplyPromotionIn,
    ApplyResultRead,
    PromotionCreate,
    PromotionQuery,
    PromotionRead,
    PromotionSummary,
    PromotionUpdate,
    RevertIn,
    SimulateIn,
    SimulationRead,
)
from app.modules.promotions.service import PromotionService

router = authenticated_router(tags=["promotions"])

Reader = Annotated[Principal, require_permission("promotions.read")]
Editor = Annotated[Principal, require_permission("promotions.edit")]
Applier = Annotated[Principal, require_permission("promotions.apply")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe"},
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    409: {"model": ErrorResponse, "description": "Conflicto (clave ocupada, ya aplicada, límite, en uso)"},
}


def _service(principal: Principal, session: SessionDep, clock: ClockDep) -> PromotionService:
    return PromotionService(session, user_id=principal.user_id, now=clock.now())


@router.get("/promotions", response_model=Page[PromotionRead], responses=_ERRORS, summary="Promociones")
async def list_promotions(
    principal: Reader, query: Annotated[PromotionQuery, Query()], session: SessionDep, clock: ClockDep
) -> Page[PromotionRead]:
    return await _service(principal, session, clock).search(query, clock.today())


@router.get("/promotions/summary", response_model=PromotionSummary, responses=_ERRORS, summary="Indicadores")
async def promotions_summary(principal: Reader, session: SessionDep, clock: ClockDep) -> PromotionSummary:
    return await _service(principal, session, clock).summary(clock.today())


@router.post(
    "/promotions/simulate",
    response_model=SimulationRead,
    responses=_ERRORS,
    summary="Simular promociones sobre un plan de pagos (no guarda nada)",
)
async def simulate_promotions(
    principal: Reader, body: SimulateIn, session: SessionDep, clock: ClockDep
) -> SimulationRead:
    return await _service(principal, session, clock).simulate(body, clock.today())


@router.post(
    "/promotions",
    response_model=PromotionRead,
    status_code=status.HTTP_201_CREATED,
    responses=_WRITE_ERRORS,
    summary="Crear promoción",
)
async def create_promotion(
    principal: Editor, body: PromotionCreate, session: SessionDep, clock: ClockDep
) -> PromotionRead:
    return await _service(principal, session, clock).create(body, clock.today())


@router.get(
    "/promotions/{promotion_id}", response_model=PromotionRead, responses=_ERRORS, summary="Promoción"
)
async def get_promotion(
    principal: Reader, promotion_id: int, session: SessionDep, clock: ClockDep
) -> PromotionRead:
    return await _service(principal, session, clock).get(promotion_id, clock.today())


@router.patch(
    "/promotions/{promotion_id}",
    response_model=PromotionRead,
    responses=_WRITE_ERRORS,
    summary="Editar promoción (las reglas solo mientras no se haya aplicado)",
)
async def update_promotion(
    principal: Editor, promotion_id: int, body: PromotionUpdate, session: SessionDep, clock: ClockDep
) -> PromotionRead:
    return await _service(principal, session, clock).update(promotion_id, body, clock.today())


@router.delete(
    "/promotions/{promotion_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=_WRITE_ERRORS,
    summary="Eliminar promoción nunca aplicada",
)
async def delete_promotion(
    principal: Editor, promotion_id: int, session: SessionDep, clock: ClockDep
) -> Response:
    await _service(principal, session, clock).delete(promotion_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/promotions/{promotion_id}/activate",
    response_model=PromotionRead,
    responses=_ERRORS,
    summary="Activar promoción",
)
async def activate_promotion(
    principal: Editor, promotion_id: int, session: SessionDep, clock: ClockDep
) -> PromotionRead:
    return await _service(principal, session, clock).set_active(promotion_id, True, clock.today())


@router.post(
    "/promotions/{promotion_id}/deactivate",
    response_model=PromotionRead,
    responses=_ERRORS,
    summary="Desactivar promoción",
)
async def deactivate_promotion(
    principal: Editor, promotion_id: int, session: SessionDep, clock: ClockDep
) -> PromotionRead:
    return await _service(principal, session, clock).set_active(promotion_id, False, clock.today())


@router.get(
    "/promotions/{promotion_id}/applications",
    response_model=Page[ApplicationRead],
    responses=_ERRORS,
    summary="Historial de uso de una promoción",
)
async def list_promotion_applications(
    principal: Reader,
    promotion_id: int,
    query: Annotated[ApplicationQuery, Query()],
    session: SessionDep,
    clock: ClockDep,
) -> Page[ApplicationRead]:
    return await _service(principal, session, clock).history(promotion_id, query)


@router.post(
    "/policies/{policy_id}/promotions",
    response_model=ApplyResultRead,
    status_code=status.HTTP_201_CREATED,
    responses=_WRITE_ERRORS,
    summary="Aplicar una promoción a una póliza existente (solo mensualidades sin pagar)",
)
async def apply_promotion(
    principal: Applier, policy_id: int, body: ApplyPromotionIn, session: SessionDep, clock: ClockDep
) -> ApplyResultRead:
    return await _service(principal, session, clock).apply_to_policy(
        policy_id, body.code, referrer_folio=body.referrer_folio, as_of=clock.today()
    )


@router.post(
    "/promotion-applications/{application_id}/revert",
    response_model=ApplicationRead,
    responses=_WRITE_ERRORS,
    summary="Revertir una promoción aplicada (restaura exactamente las mensualidades)",
)
async def revert_promotion_application(
    principal: Applier,
    application_id: int,
    session: SessionDep,
    clock: ClockDep,
    body: RevertIn | None = None,
) -> ApplicationRead:
    return await _service(principal, session, clock).revert(
        application_id, as_of=clock.today(), reason=body.reason if body else None
    )
