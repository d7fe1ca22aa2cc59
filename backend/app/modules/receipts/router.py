"""``/api/v1/receipts`` (screens §1.7).

- Reads: ``receipts.read`` (office); a collector's own receipts: ``receipts.read_own``
  (``/receipts/mine``, ``/receipts/mine/stats``: only what they hold).
- Batches: ``receipts.create``. Assignment (collector or OFICINA): ``receipts.assign``.
- Verification and skipped receipts (list, confirm): ``receipts.verify``.
- Mark lost: ``receipts.mark_lost``. Cancel: ``receipts.cancel``.
- Excel export: ``receipts.read``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, status
from fastapi.responses import JSONResponse, StreamingResponse

from app.core.dependencies import ClockDep, SessionDep
from app.core.idempotency import OptionalIdempotencyDep
from app.core.schemas import ErrorResponse, Page, PageParams
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.policies.export import XLSX_MEDIA_TYPE, iter_file
from app.modules.receipts.export import write_workbook
from app.modules.receipts.schemas import (
    AssignIn,
    AssignResult,
    BatchCreate,
    BatchRead,
    BatchResult,
    ConfirmSkippedIn,
    ReasonIn,
    ReceiptCheckRead,
    ReceiptQuery,
    ReceiptRead,
    ReceiptStats,
    SkippedQuery,
    VerifyQuery,
)
from app.modules.receipts.service import ReceiptService

router = authenticated_router(prefix="/receipts", tags=["receipts"])

Reader = Annotated[Principal, require_permission("receipts.read")]
OwnReader = Annotated[Principal, require_permission("receipts.read_own")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe"},
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    409: {"model": ErrorResponse, "description": "Transición no permitida / límite alcanzado"},
    422: {"model": ErrorResponse, "description": "Datos no válidos"},
}


def _service(
    principal: Principal, session: SessionDep, clock: ClockDep, *, own: bool = False
) -> ReceiptService:
    return ReceiptService(
        session,
        user_id=principal.user_id,
        own_collector_id=principal.employee_id if own else None,
        now=clock.now,
    )


@router.get("", response_model=Page[ReceiptRead], responses=_ERRORS, summary="Recibos (búsqueda y filtros)")
async def list_receipts(
    principal: Reader, query: Annotated[ReceiptQuery, Query()], session: SessionDep, clock: ClockDep
) -> Page[ReceiptRead]:
    return await _service(principal, session, clock).search(query)


@router.get("/mine", response_model=Page[ReceiptRead], responses=_ERRORS, summary="Mis recibos (cobrador)")
async def list_my_receipts(
    principal: OwnReader, query: Annotated[ReceiptQuery, Query()], session: SessionDep, clock: ClockDep
) -> Page[ReceiptRead]:
    return await _service(principal, session, clock, own=True).search(query)


@router.get("/mine/stats", response_model=ReceiptStats, responses=_ERRORS, summary="Mi existencia de recibos")
async def my_receipt_stats(principal: OwnReader, session: SessionDep, clock: ClockDep) -> ReceiptStats:
    return await _service(principal, session, clock, own=True).stats(collector_id=principal.employee_id)


@router.get(
    "/stats",
    response_model=ReceiptStats,
    responses=_ERRORS,
    summary="Indicadores: totales por estatus y existencia por cobrador (alerta < 10% del límite)",
)
async def receipt_stats(
    principal: Reader,
    session: SessionDep,
    clock: ClockDep,
    collector_id: Annotated[int | None, Query()] = None,
) -> ReceiptStats:
    return await _service(principal, session, clock).stats(collector_id=collector_id)


@router.get(
    "/export.xlsx",
    response_class=StreamingResponse,
    responses={**_ERRORS, 200: {"content": {XLSX_MEDIA_TYPE: {}}, "description": "Libro de Excel"}},
    summary="Exportar recibos a Excel",
)
async def export_receipts(
    principal: Reader, query: Annotated[ReceiptQuery, Query()], session: SessionDep, clock: ClockDep
) -> StreamingResponse:
    sink = await write_workbook(_service(principal, session, clock).export_rows(query))
    return StreamingResponse(
        iter_file(sink),
        media_type=XLSX_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="recibos-{clock.today():%Y%m%d}.xlsx"'},
    )


@router.get(
    "/verify",
    response_model=ReceiptCheckRead,
    responses=_ERRORS,
    summary="Verificar un recibo (existe, no usado, asignado al cobrador u OFICINA)",
)
async def verify_receipt(
    principal: Annotated[Principal, require_permission("receipts.verify")],
    query: Annotated[VerifyQuery, Query()],
    session: SessionDep,
    clock: ClockDep,
) -> ReceiptCheckRead:
    check = await _service(principal, session, clock).check(
        query.number, holder_employee_id=query.collector_id, policy_id=query.policy_id
    )
    return check.to_read()


@router.get("/batches", response_model=Page[BatchRead], responses=_ERRORS, summary="Lotes de recibos")
async def list_receipt_batches(
    principal: Reader, paging: Annotated[PageParams, Query()], session: SessionDep, clock: ClockDep
) -> Page[BatchRead]:
    return await _service(principal, session, clock).list_batches(page=paging.page, size=paging.size)


@router.post(
    "/batches",
    response_model=BatchResult,
    status_code=status.HTTP_201_CREATED,
    responses=_WRITE_ERRORS,
    summary="Alta de lote (letra + rango; los repetidos se omiten)",
)
async def create_receipt_batch(
    principal: Annotated[Principal, require_permission("receipts.create")],
    body: BatchCreate,
    session: SessionDep,
    clock: ClockDep,
    idem: OptionalIdempotencyDep,
) -> JSONResponse:
    result = await _service(principal, session, clock).create_batch(body)
    return await idem.respond(result, status_code=status.HTTP_201_CREATED)


@router.post(
    "/assign",
    response_model=AssignResult,
    responses=_WRITE_ERRORS,
    summary="Asignar un rango a un cobrador (dentro de su límite) o a OFICINA",
)
async def assign_receipts(
    principal: Annotated[Principal, require_permission("receipts.assign")],
    body: AssignIn,
    session: SessionDep,
    clock: ClockDep,
    idem: OptionalIdempotencyDep,
) -> JSONResponse:
    result = await _service(principal, session, clock).assign(body, at=clock.now())
    return await idem.respond(result)


@router.get(
    "/skipped",
    response_model=Page[ReceiptRead],
    responses=_ERRORS,
    summary="Recibos saltados (un número mayor del mismo cobrador ya se usó)",
)
async def list_skipped_receipts(
    principal: Annotated[Principal, require_permission("receipts.verify")],
    query: Annotated[SkippedQuery, Query()],
    session: SessionDep,
    clock: ClockDep,
) -> Page[ReceiptRead]:
    return await _service(principal, session, clock).skipped(query)


@router.post(
    "/skipped/confirm",
    response_model=list[ReceiptRead],
    responses=_WRITE_ERRORS,
    summary="Confirmar saltos: pasan a extraviados tras los días configurados si no se usan",
)
async def confirm_skipped_receipts(
    principal: Annotated[Principal, require_permission("receipts.verify")],
    body: ConfirmSkippedIn,
    session: SessionDep,
    clock: ClockDep,
) -> list[ReceiptRead]:
    return await _service(principal, session, clock).confirm_skipped(body.receipt_ids, at=clock.now())


@router.get("/by-number/{number}", response_model=ReceiptRead, responses=_ERRORS, summary="Recibo por número")
async def get_receipt_by_number(
    principal: Reader, number: str, session: SessionDep, clock: ClockDep
) -> ReceiptRead:
    return await _service(principal, session, clock).get_by_number(number)


@router.get("/{receipt_id}", response_model=ReceiptRead, responses=_ERRORS, summary="Detalle del recibo")
async def get_receipt(
    principal: Reader, receipt_id: int, session: SessionDep, clock: ClockDep
) -> ReceiptRead:
    return await _service(principal, session, clock).get(receipt_id)


@router.post(
    "/{receipt_id}/mark-lost",
    response_model=ReceiptRead,
    responses=_WRITE_ERRORS,
    summary="Marcar extraviado",
)
async def mark_receipt_lost(
    principal: Annotated[Principal, require_permission("receipts.mark_lost")],
    receipt_id: int,
    body: ReasonIn,
    session: SessionDep,
    clock: ClockDep,
) -> ReceiptRead:
    return await _service(principal, session, clock).mark_lost(receipt_id, reason=body.reason, at=clock.now())


@router.post(
    "/{receipt_id}/cancel",
    response_model=ReceiptRead,
    responses=_WRITE_ERRORS,
    summary="Cancelar un recibo (sin asignar/asignado: cancelado sin entregar)",
)
async def cancel_receipt(
    principal: Annotated[Principal, require_permission("receipts.cancel")],
    receipt_id: int,
    body: ReasonIn,
    session: SessionDep,
    clock: ClockDep,
) -> ReceiptRead:
    return await _service(principal, session, clock).cancel(receipt_id, reason=body.reason, at=clock.now())
