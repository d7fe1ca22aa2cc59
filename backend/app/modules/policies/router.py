"""``/api/v1/policies`` (screens §1.4).

Everyone reads every policy (``policies.read``); a seller's "my policies" is ``policies.read_own``.
Create: ``policies.create`` (vendedor, gerente, admin). Edit: ``policies.edit`` and change seller:
``policies.change_seller`` (gerente de Ventas, admin). Suspend / lift: ``policies.suspend``
(gerente, admin). The Excel export needs only ``policies.read``: every table but clients may be
exported (domain.md §2).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, status
from fastapi.responses import JSONResponse, Response, StreamingResponse

from app.core.dependencies import ClockDep, SessionDep
from app.core.idempotency import OptionalIdempotencyDep
from app.core.schemas import ErrorResponse, Page, PageParams
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.policies.export import XLSX_MEDIA_TYPE, iter_file, write_workbook
from app.modules.policies.pdf import render_pdf
from app.modules.policies.schemas import (
    AmpliaSelectEligibility,
    ChangeSellerIn,
    EligibilityQuery,
    HistoryEntry,
    PolicyCreate,
    PolicyQuery,
    PolicyRead,
    PolicyRow,
    PolicyUpdate,
    ReasonIn,
)
from app.modules.policies.service import Actor, PolicyService
from app.modules.quotes.client import QuotesClient

router = authenticated_router(prefix="/policies", tags=["policies"])

Reader = Annotated[Principal, require_permission("policies.read")]
OwnReader = Annotated[Principal, require_permission("policies.read_own")]
Creator = Annotated[Principal, require_permission("policies.create")]
Editor = Annotated[Principal, require_permission("policies.edit")]
SellerChanger = Annotated[Principal, require_permission("policies.change_seller")]
Suspender = Annotated[Principal, require_permission("policies.suspend")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe"},
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    409: {"model": ErrorResponse, "description": "Conflicto con el estado de la póliza"},
}


def actor_of(principal: Principal) -> Actor:
    snap = principal.snapshot
    return Actor(
        user_id=principal.user_id,
        employee_id=principal.employee_id,
        is_seller=snap.is_seller,
        may_assign_seller=principal.is_admin
        or any(role.code == "gerente" for role in snap.roles)
        or principal.can("policies.change_seller"),
        manages_sales=principal.manages("ventas"),
    )


def quotes_client() -> QuotesClient:
    """The quotes system's client (tests point it at a fake server on loopback)."""
    return QuotesClient()


QuotesDep = Annotated[QuotesClient, Depends(quotes_client)]


def _service(principal: Principal, session: SessionDep, clock: ClockDep, **kwargs: Any) -> PolicyService:
    return PolicyService(session, today=clock.today(), actor=actor_of(principal), **kwargs)


@router.get("", response_model=Page[PolicyRow], responses=_ERRORS, summary="Lista de pólizas")
async def list_policies(
    principal: Reader, query: Annotated[PolicyQuery, Query()], session: SessionDep, clock: ClockDep
) -> Page[PolicyRow]:
    return await _service(principal, session, clock).search(
        query, page=query.page, size=query.size, sort=query.sort
    )


@router.get("/mine", response_model=Page[PolicyRow], responses=_ERRORS, summary="Mis pólizas (vendedor)")
async def list_my_policies(
    principal: OwnReader, query: Annotated[PolicyQuery, Query()], session: SessionDep, clock: ClockDep
) -> Page[PolicyRow]:
    service = _service(principal, session, clock, own_seller_id=principal.employee_id)
    return await service.search(query, page=query.page, size=query.size, sort=query.sort)


@router.get(
    "/export.xlsx",
    response_class=StreamingResponse,
    responses={**_ERRORS, 200: {"content": {XLSX_MEDIA_TYPE: {}}, "description": "Libro de Excel"}},
    summary="Exportar la lista de pólizas a Excel",
)
async def export_policies(
    principal: Reader, query: Annotated[PolicyQuery, Query()], session: SessionDep, clock: ClockDep
) -> StreamingResponse:
    service = _service(principal, session, clock)
    sink, _ = await write_workbook(service.export_rows(query, sort=query.sort))
    filename = f"polizas-{clock.today():%Y%m%d}.xlsx"
    return StreamingResponse(
        iter_file(sink),
        media_type=XLSX_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get(
    "/amplia-select-eligibility",
    response_model=AmpliaSelectEligibility,
    responses=_ERRORS,
    summary="Criterios de AMPLIA SELECT para un cliente y vehículo",
)
async def amplia_select_eligibility(
    principal: Reader, query: Annotated[EligibilityQuery, Query()], session: SessionDep, clock: ClockDep
) -> AmpliaSelectEligibility:
    return await _service(principal, session, clock).amplia_select_eligibility(
        query.client_id, query.vehicle_id
    )


@router.post(
    "",
    response_model=PolicyRead,
    status_code=status.HTTP_201_CREATED,
    responses={**_WRITE_ERRORS, 503: {"model": ErrorResponse, "description": "Cotizador no disponible"}},
    summary="Alta de póliza",
)
async def create_policy(
    principal: Creator,
    body: PolicyCreate,
    session: SessionDep,
    clock: ClockDep,
    quotes: QuotesDep,
    idem: OptionalIdempotencyDep,
) -> JSONResponse:
    created = await _service(principal, session, clock, quotes=quotes).create(body)
    return await idem.respond(created, status_code=status.HTTP_201_CREATED)


@router.get("/by-folio/{folio}", response_model=PolicyRead, responses=_ERRORS, summary="Póliza por folio")
async def get_policy_by_folio(
    principal: Reader, folio: int, session: SessionDep, clock: ClockDep
) -> PolicyRead:
    return await _service(principal, session, clock).get_by_folio(folio)


@router.get("/{policy_id}", response_model=PolicyRead, responses=_ERRORS, summary="Detalle de la póliza")
async def get_policy(principal: Reader, policy_id: int, session: SessionDep, clock: ClockDep) -> PolicyRead:
    return await _service(principal, session, clock).get(policy_id)


@router.get(
    "/{policy_id}/history",
    response_model=Page[HistoryEntry],
    responses=_ERRORS,
    summary="Historial de la póliza (más reciente primero)",
)
async def get_policy_history(
    principal: Reader,
    policy_id: int,
    paging: Annotated[PageParams, Query()],
    session: SessionDep,
    clock: ClockDep,
) -> Page[HistoryEntry]:
    return await _service(principal, session, clock).history(policy_id, page=paging.page, size=paging.size)


@router.get(
    "/{policy_id}/pdf",
    response_class=Response,
    responses={**_ERRORS, 200: {"content": {"application/pdf": {}}, "description": "Póliza en PDF"}},
    summary="Póliza impresa (PDF)",
)
async def print_policy(principal: Reader, policy_id: int, session: SessionDep, clock: ClockDep) -> Response:
    detail = await _service(principal, session, clock).get(policy_id)
    pdf = await render_pdf(detail)
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="poliza-{detail.folio}.pdf"'},
    )


@router.patch("/{policy_id}", response_model=PolicyRead, responses=_WRITE_ERRORS, summary="Editar póliza")
async def update_policy(
    principal: Editor, policy_id: int, body: PolicyUpdate, session: SessionDep, clock: ClockDep
) -> PolicyRead:
    return await _service(principal, session, clock).update(policy_id, body)


@router.post(
    "/{policy_id}/change-seller",
    response_model=PolicyRead,
    responses=_WRITE_ERRORS,
    summary="Cambiar vendedor",
)
async def change_policy_seller(
    principal: SellerChanger, policy_id: int, body: ChangeSellerIn, session: SessionDep, clock: ClockDep
) -> PolicyRead:
    return await _service(principal, session, clock).change_seller(policy_id, body.seller_id, body.reason)


@router.post("/{policy_id}/suspend", response_model=PolicyRead, responses=_WRITE_ERRORS, summary="Suspender")
async def suspend_policy(
    principal: Suspender, policy_id: int, body: ReasonIn, session: SessionDep, clock: ClockDep
) -> PolicyRead:
    return await _service(principal, session, clock).suspend(policy_id, body.reason)


@router.post(
    "/{policy_id}/lift-suspension",
    response_model=PolicyRead,
    responses=_WRITE_ERRORS,
    summary="Quitar la suspensión",
)
async def lift_policy_suspension(
    principal: Suspender, policy_id: int, body: ReasonIn, session: SessionDep, clock: ClockDep
) -> PolicyRead:
    return await _service(principal, session, clock).lift_suspension(policy_id, body.reason)
