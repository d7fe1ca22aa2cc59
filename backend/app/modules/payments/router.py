"""``/api/v1/payments`` (screens §1.4 payment modal, §1.5 payments, §1.10 restructures).

Everyone reads payments (``payments.read``, domain.md §2), the Excel export and the PDFs included
(only clients are never exported). Counter payments: ``payments.create`` (Cobranza staff; a partial
amount also needs ``payments.partial``). Edit and "payment problem": ``payments.edit`` (the
Cobranza department). Reversal: ``payments.revert`` (admin, collections manager). Restructure:
``payments.restructure`` (admin, collections manager).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, status
from fastapi.responses import JSONResponse, Response, StreamingResponse

from app.core.dependencies import ClockDep, RedisDep, SessionDep
from app.core.idempotency import OptionalIdempotencyDep
from app.core.schemas import ErrorResponse, Page
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.payments.export import write_workbook
from app.modules.payments.schemas import (
    CounterPaymentIn,
    InstallmentTimeline,
    PaymentEditIn,
    PaymentQuery,
    PaymentResult,
    PaymentRow,
    PolicyPayments,
    ProblemIn,
    RestructureIn,
    RestructurePreview,
    RestructureQuery,
    ReverseIn,
)
from app.modules.payments.service import PaymentService
from app.modules.policies.export import XLSX_MEDIA_TYPE, iter_file

router = authenticated_router(prefix="/payments", tags=["payments"])

Reader = Annotated[Principal, require_permission("payments.read")]
Creator = Annotated[Principal, require_permission("payments.create")]
Editor = Annotated[Principal, require_permission("payments.edit")]
Reverser = Annotated[Principal, require_permission("payments.revert")]
Restructurer = Annotated[Principal, require_permission("payments.restructure")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe"},
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    409: {"model": ErrorResponse, "description": "Conflicto con el estado del pago"},
    422: {"model": ErrorResponse, "description": "Datos no válidos (cada regla con su código)"},
}
_PDF = {"content": {"application/pdf": {}}, "description": "PDF"}


def _service(principal: Principal, session: SessionDep, redis: RedisDep, clock: ClockDep) -> PaymentService:
    return PaymentService(session, redis, user_id=principal.user_id, now=clock.now)


@router.get("", response_model=Page[PaymentRow], responses=_ERRORS, summary="Lista de pagos")
async def list_payments(
    principal: Reader,
    query: Annotated[PaymentQuery, Query()],
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> Page[PaymentRow]:
    return await _service(principal, session, redis, clock).search(query)


@router.get(
    "/export.xlsx",
    response_class=StreamingResponse,
    responses={**_ERRORS, 200: {"content": {XLSX_MEDIA_TYPE: {}}, "description": "Libro de Excel"}},
    summary="Exportar la lista de pagos a Excel",
)
async def export_payments(
    principal: Reader,
    query: Annotated[PaymentQuery, Query()],
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> StreamingResponse:
    service = _service(principal, session, redis, clock)
    service.repo.apply_sort(service.repo.rows_statement(service.filters(query)), query.sort)  # 422 first
    sink = await write_workbook(service.export_rows(query))
    return StreamingResponse(
        iter_file(sink),
        media_type=XLSX_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="pagos-{clock.today():%Y%m%d}.xlsx"'},
    )


@router.post(
    "/counter",
    response_model=PaymentResult,
    status_code=status.HTTP_201_CREATED,
    responses=_WRITE_ERRORS,
    summary="Pago en mostrador (completo o abono)",
)
async def record_counter_payment(
    principal: Creator,
    body: CounterPaymentIn,
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
    idem: OptionalIdempotencyDep,
) -> JSONResponse:
    result = await _service(principal, session, redis, clock).counter_payment(
        installment_id=body.installment_id,
        amount=body.amount,
        method=body.method,
        receipt_number=body.receipt_number,
        paid_date=body.paid_date,
        as_of=clock.today(),
        may_partial=principal.can("payments.partial"),
    )
    return await idem.respond(result, status_code=status.HTTP_201_CREATED)


@router.get(
    "/policies/{policy_id}",
    response_model=PolicyPayments,
    responses=_ERRORS,
    summary="Pagos de una póliza: mensualidades, abonos, movimientos y saldos",
)
async def get_policy_payments(
    principal: Reader, policy_id: int, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> PolicyPayments:
    return await _service(principal, session, redis, clock).policy_payments(policy_id)


@router.get(
    "/policies/{policy_id}/statement.pdf",
    response_class=Response,
    responses={**_ERRORS, 200: _PDF},
    summary="Estado de cuenta del cliente (PDF)",
)
async def print_statement(
    principal: Reader, policy_id: int, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> Response:
    pdf, name = await _service(principal, session, redis, clock).statement_pdf(policy_id, as_of=clock.today())
    return Response(
        pdf, media_type="application/pdf", headers={"Content-Disposition": f'inline; filename="{name}"'}
    )


@router.get(
    "/policies/{policy_id}/restructure-preview",
    response_model=RestructurePreview,
    responses=_WRITE_ERRORS,
    summary="Vista previa de la reestructura de contado a cuotas",
)
async def preview_restructure(
    principal: Restructurer,
    policy_id: int,
    query: Annotated[RestructureQuery, Query()],
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> RestructurePreview:
    service = _service(principal, session, redis, clock)
    return await service.restructure_preview(policy_id, query.installments, as_of=clock.today())


@router.post(
    "/policies/{policy_id}/restructure",
    response_model=RestructurePreview,
    responses=_WRITE_ERRORS,
    summary="Reestructurar de contado a cuotas",
)
async def restructure_policy(
    principal: Restructurer,
    policy_id: int,
    body: RestructureIn,
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> RestructurePreview:
    service = _service(principal, session, redis, clock)
    return await service.restructure(policy_id, body.installments, as_of=clock.today())


@router.post(
    "/transactions/{transaction_id}/reverse",
    response_model=PaymentResult,
    responses=_WRITE_ERRORS,
    summary="Revertir un pago o abono (movimiento compensatorio)",
)
async def reverse_transaction(
    principal: Reverser,
    transaction_id: int,
    body: ReverseIn,
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> PaymentResult:
    return await _service(principal, session, redis, clock).reverse_transaction(
        transaction_id, receipt_mode=body.receipt_mode, reason=body.reason, as_of=clock.today()
    )


@router.get(
    "/transactions/{transaction_id}/receipt.pdf",
    response_class=Response,
    responses={**_ERRORS, 200: _PDF},
    summary="Recibo de pago (PDF)",
)
async def print_payment_receipt(
    principal: Reader, transaction_id: int, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> Response:
    pdf, name = await _service(principal, session, redis, clock).receipt_pdf(transaction_id)
    return Response(
        pdf, media_type="application/pdf", headers={"Content-Disposition": f'inline; filename="{name}"'}
    )


@router.patch(
    "/{installment_id}",
    response_model=InstallmentTimeline,
    responses=_WRITE_ERRORS,
    summary="Editar un pago (Cobranza)",
)
async def edit_payment(
    principal: Editor,
    installment_id: int,
    body: PaymentEditIn,
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> InstallmentTimeline:
    return await _service(principal, session, redis, clock).edit(installment_id, body, as_of=clock.today())


@router.post(
    "/{installment_id}/problem",
    response_model=InstallmentTimeline,
    responses=_WRITE_ERRORS,
    summary="Marcar (o resolver) un problema de pago",
)
async def mark_payment_problem(
    principal: Editor,
    installment_id: int,
    body: ProblemIn,
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> InstallmentTimeline:
    return await _service(principal, session, redis, clock).mark_problem(
        installment_id, note=body.note, resolved=body.resolved, today=clock.today()
    )
