"""``/api/v1/coverages``: the coverage catalogue (screens §1.18).

Read (``coverages.read``, everyone): list and search (active only unless an admin asks for the
inactive ones too), detail, payment schemes. Write (``coverages.edit``, admin): create, update,
activate, deactivate; every change is audited (prices are money).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, status

from app.core.dependencies import ClockDep, SessionDep
from app.core.schemas import ErrorResponse, Page
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.coverages.exceptions import InactiveCoveragesForbiddenError
from app.modules.coverages.schemas import (
    CoverageCreate,
    CoverageQuery,
    CoverageRead,
    CoverageUpdate,
    PaymentSchemesRead,
    SchemesQuery,
)
from app.modules.coverages.service import CoverageService
from app.modules.quotes.client import QuotesClient

router = authenticated_router(prefix="/coverages", tags=["coverages"])

Reader = Annotated[Principal, require_permission("coverages.read")]
Editor = Annotated[Principal, require_permission("coverages.edit")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe la cobertura"},
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    409: {"model": ErrorResponse, "description": "Cobertura repetida o con pólizas"},
}
_SCHEME_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    409: {"model": ErrorResponse, "description": "Cotización vencida o ya usada"},
    503: {"model": ErrorResponse, "description": "El sistema de cotizaciones no responde"},
}


@router.get("", response_model=Page[CoverageRead], responses=_ERRORS, summary="Catálogo de coberturas")
async def list_coverages(
    principal: Reader, query: Annotated[CoverageQuery, Query()], session: SessionDep
) -> Page[CoverageRead]:
    if query.include_inactive and not principal.can("coverages.edit"):
        raise InactiveCoveragesForbiddenError()
    return await CoverageService(session).search(query)


@router.post(
    "",
    response_model=CoverageRead,
    status_code=status.HTTP_201_CREATED,
    responses=_WRITE_ERRORS,
    summary="Alta de cobertura",
)
async def create_coverage(principal: Editor, body: CoverageCreate, session: SessionDep) -> CoverageRead:
    return await CoverageService(session).create(body)


@router.get("/{coverage_id}", response_model=CoverageRead, responses=_ERRORS, summary="Detalle de cobertura")
async def get_coverage(principal: Reader, coverage_id: int, session: SessionDep) -> CoverageRead:
    return await CoverageService(session).read(coverage_id)


@router.get(
    "/{coverage_id}/payment-schemes",
    response_model=PaymentSchemesRead,
    responses=_SCHEME_ERRORS,
    summary="Formas de pago de la cobertura con sus pagos exactos",
)
async def payment_schemes(
    principal: Reader,
    coverage_id: int,
    query: Annotated[SchemesQuery, Query()],
    session: SessionDep,
    clock: ClockDep,
) -> PaymentSchemesRead:
    return await CoverageService(session).payment_schemes(
        coverage_id,
        effective_date=query.effective_date or clock.today(),
        quote_number=query.quote_number,
        quotes=QuotesClient(),
    )


@router.patch(
    "/{coverage_id}", response_model=CoverageRead, responses=_WRITE_ERRORS, summary="Editar cobertura"
)
async def update_coverage(
    principal: Editor, coverage_id: int, body: CoverageUpdate, session: SessionDep
) -> CoverageRead:
    return await CoverageService(session).update(coverage_id, body)


@router.post(
    "/{coverage_id}/activate",
    response_model=CoverageRead,
    responses=_WRITE_ERRORS,
    summary="Activar cobertura",
)
async def activate_coverage(principal: Editor, coverage_id: int, session: SessionDep) -> CoverageRead:
    return await CoverageService(session).set_active(coverage_id, active=True)


@router.post(
    "/{coverage_id}/deactivate",
    response_model=CoverageRead,
    responses=_ERRORS,
    summary="Desactivar cobertura",
)
async def deactivate_coverage(principal: Editor, coverage_id: int, session: SessionDep) -> CoverageRead:
    return await CoverageService(session).set_active(coverage_id, active=False)
