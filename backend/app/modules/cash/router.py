"""``/api/v1/cash`` (screens §2.10, §2.16).

The office confirms cash (``cash.confirm``; a person never confirms their own: 403); the lists of
deliveries need ``cash.read``; a collector reads their own pending cash, debts and deliveries
(``cash.read_own``; another collector's delivery is 404).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, status
from fastapi.responses import JSONResponse

from app.core.dependencies import ClockDep, SessionDep
from app.core.idempotency import OptionalIdempotencyDep
from app.core.schemas import ErrorResponse, Page
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.cash.schemas import (
    CollectorCash,
    DeliveryCreate,
    DeliveryQuery,
    DeliveryRead,
    DeliveryRow,
    ExpectedCash,
    MyCash,
)
from app.modules.cash.service import CashService

router = authenticated_router(prefix="/cash", tags=["cash"])

Confirmer = Annotated[Principal, require_permission("cash.confirm")]
Reader = Annotated[Principal, require_permission("cash.read", "cash.confirm")]
OwnReader = Annotated[Principal, require_permission("cash.read_own")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe"},
}


def _service(principal: Principal, session: SessionDep, clock: ClockDep, *, own: bool = False) -> CashService:
    return CashService(
        session,
        clock=clock,
        user_id=principal.user_id,
        own_collector_id=principal.employee_id if own else None,
    )


@router.get(
    "/collectors",
    response_model=list[CollectorCash],
    responses=_ERRORS,
    summary="Cobradores con efectivo por entregar",
)
async def list_collectors_with_cash(
    principal: Confirmer, session: SessionDep, clock: ClockDep
) -> list[CollectorCash]:
    return await _service(principal, session, clock).collectors()


@router.get(
    "/collectors/{collector_id}/expected",
    response_model=ExpectedCash,
    responses=_ERRORS,
    summary="Efectivo esperado de un cobrador (por folio, con total)",
)
async def get_expected_cash(
    principal: Confirmer, collector_id: int, session: SessionDep, clock: ClockDep
) -> ExpectedCash:
    return await _service(principal, session, clock).expected(collector_id)


@router.post(
    "/deliveries",
    response_model=DeliveryRead,
    status_code=status.HTTP_201_CREATED,
    responses={**_ERRORS, 409: {"model": ErrorResponse, "description": "Nada que entregar o ya entregado"}},
    summary="Confirmar la entrega de efectivo de un cobrador",
)
async def confirm_cash_delivery(
    principal: Confirmer,
    body: DeliveryCreate,
    session: SessionDep,
    clock: ClockDep,
    idem: OptionalIdempotencyDep,
) -> JSONResponse:
    delivery = await _service(principal, session, clock).deliver(
        body, confirmer_employee_id=principal.employee_id
    )
    return await idem.respond(delivery, status_code=status.HTTP_201_CREATED)


@router.get(
    "/deliveries", response_model=Page[DeliveryRow], responses=_ERRORS, summary="Entregas de efectivo"
)
async def list_cash_deliveries(
    principal: Reader, query: Annotated[DeliveryQuery, Query()], session: SessionDep, clock: ClockDep
) -> Page[DeliveryRow]:
    return await _service(principal, session, clock).list(query)


@router.get(
    "/deliveries/{delivery_id}",
    response_model=DeliveryRead,
    responses=_ERRORS,
    summary="Detalle de la entrega",
)
async def get_cash_delivery(
    principal: Reader, delivery_id: int, session: SessionDep, clock: ClockDep
) -> DeliveryRead:
    return await _service(principal, session, clock).get(delivery_id)


@router.get("/mine", response_model=MyCash, responses=_ERRORS, summary="Mi efectivo pendiente de entregar")
async def get_my_cash(principal: OwnReader, session: SessionDep, clock: ClockDep) -> MyCash:
    return await _service(principal, session, clock, own=True).mine(principal.employee_id)


@router.get(
    "/mine/deliveries/{delivery_id}",
    response_model=DeliveryRead,
    responses=_ERRORS,
    summary="Detalle de una entrega mía",
)
async def get_my_cash_delivery(
    principal: OwnReader, delivery_id: int, session: SessionDep, clock: ClockDep
) -> DeliveryRead:
    return await _service(principal, session, clock, own=True).get(delivery_id)
