"""Cancellations (screens §1.9): the C1-C5 catalogue, cancelling a policy, the list, undo.

- ``GET /cancellation-codes``: ``cancellations.read`` or ``policies.read`` (the cancel form);
  ``PUT /cancellation-codes/{code}``: ``cancellations.edit_codes`` (admin).
- ``POST /policies/{id}/cancel``: ``policies.cancel`` (admin and gerente; a seller gets 403).
- ``GET /cancellations`` and ``/cancellations/{id}``: ``cancellations.read``.
- ``POST /cancellations/{id}/undo``: ``cancellations.undo`` (admin).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, status

from app.core.dependencies import ClockDep, SessionDep
from app.core.schemas import ErrorResponse, Page
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.cancellations.schemas import (
    CancellationCodeRead,
    CancellationCodeUpdate,
    CancellationDetail,
    CancellationQuery,
    CancellationRead,
    CancelPolicyIn,
    UndoCancellationIn,
)
from app.modules.cancellations.service import CancellationService

router = authenticated_router(tags=["cancellations"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe"},
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    409: {"model": ErrorResponse, "description": "Ya cancelada / ya deshecha / la póliza cambió"},
}


def _service(principal: Principal, session: SessionDep, clock: ClockDep) -> CancellationService:
    return CancellationService(session, user_id=principal.user_id, now=clock.now())


@router.get(
    "/cancellation-codes",
    response_model=list[CancellationCodeRead],
    responses=_ERRORS,
    summary="Motivos de cancelación (C1-C5)",
)
async def list_cancellation_codes(
    principal: Annotated[Principal, require_permission("cancellations.read", "policies.read")],
    session: SessionDep,
    clock: ClockDep,
) -> list[CancellationCodeRead]:
    return await _service(principal, session, clock).list_codes()


@router.put(
    "/cancellation-codes/{code}",
    response_model=CancellationCodeRead,
    responses=_ERRORS,
    summary="Editar un motivo de cancelación",
)
async def update_cancellation_code(
    principal: Annotated[Principal, require_permission("cancellations.edit_codes")],
    code: str,
    body: CancellationCodeUpdate,
    session: SessionDep,
    clock: ClockDep,
) -> CancellationCodeRead:
    return await _service(principal, session, clock).update_code(code, body)


@router.post(
    "/policies/{policy_id}/cancel",
    response_model=CancellationDetail,
    status_code=status.HTTP_201_CREATED,
    responses=_WRITE_ERRORS,
    summary="Cancelar una póliza",
)
async def cancel_policy(
    principal: Annotated[Principal, require_permission("policies.cancel")],
    policy_id: int,
    body: CancelPolicyIn,
    session: SessionDep,
    clock: ClockDep,
) -> CancellationDetail:
    return await _service(principal, session, clock).cancel(policy_id, body)


@router.get(
    "/cancellations",
    response_model=Page[CancellationRead],
    responses=_ERRORS,
    summary="Cancelaciones (filtros: búsqueda, periodo, motivo)",
)
async def list_cancellations(
    principal: Annotated[Principal, require_permission("cancellations.read")],
    query: Annotated[CancellationQuery, Query()],
    session: SessionDep,
    clock: ClockDep,
) -> Page[CancellationRead]:
    return await _service(principal, session, clock).search(query, clock.today())


@router.get(
    "/cancellations/{cancellation_id}",
    response_model=CancellationDetail,
    responses=_ERRORS,
    summary="Detalle de una cancelación",
)
async def get_cancellation(
    principal: Annotated[Principal, require_permission("cancellations.read")],
    cancellation_id: int,
    session: SessionDep,
    clock: ClockDep,
) -> CancellationDetail:
    return await _service(principal, session, clock).get(cancellation_id)


@router.post(
    "/cancellations/{cancellation_id}/undo",
    response_model=CancellationDetail,
    responses=_WRITE_ERRORS,
    summary="Deshacer una cancelación (restaura mensualidades y tarjeta; recalcula el estatus)",
)
async def undo_cancellation(
    principal: Annotated[Principal, require_permission("cancellations.undo")],
    cancellation_id: int,
    body: UndoCancellationIn,
    session: SessionDep,
    clock: ClockDep,
) -> CancellationDetail:
    return await _service(principal, session, clock).undo(cancellation_id, body, as_of=clock.today())
