"""``/api/v1/authorization`` (screens §1.6, §1.26, §2.9, §2.15).

Field apps: create a proposal (``proposals.create``, Idempotency-Key required), read and cancel
their own (``proposals.read_own`` / ``proposals.create``; another person's proposal is 404).
Sellers submit policies (``policies.create`` and the seller flag, Idempotency-Key required) and
read their own submissions.
Office: the queue (``proposals.read``), claim / approve / approve with corrections
(``proposals.approve`` or ``proposals.approve_high``; amounts at or above the threshold need a
Cobranza manager, an admin or ``proposals.approve_high``), reject (``proposals.reject``);
submissions (``policies.approve_submission``); the unified pending view (``proposals.read`` or
``policies.approve_submission``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, status
from fastapi.responses import JSONResponse

from app.core.dependencies import ClockDep, RedisDep, SessionDep
from app.core.idempotency import IdempotencyDep
from app.core.schemas import ErrorResponse, Page
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.authorization.schemas import (
    ApproveIn,
    ApproveWithCorrectionsIn,
    MyProposalQuery,
    PendingView,
    ProposalCreate,
    ProposalQuery,
    ProposalRead,
    RejectIn,
    StatusTotal,
    SubmissionApproveIn,
    SubmissionCreate,
    SubmissionQuery,
    SubmissionRead,
    SubmissionRejectIn,
)
from app.modules.authorization.service import AuthorizationService
from app.modules.quotes.client import QuotesClient

router = authenticated_router(prefix="/authorization", tags=["authorization"])

FieldCreator = Annotated[Principal, require_permission("proposals.create")]
OwnReader = Annotated[Principal, require_permission("proposals.read_own")]
Reader = Annotated[Principal, require_permission("proposals.read")]
Reviewer = Annotated[
    Principal, require_permission("proposals.approve", "proposals.approve_high", "proposals.reject")
]
Approver = Annotated[Principal, require_permission("proposals.approve", "proposals.approve_high")]
Rejecter = Annotated[Principal, require_permission("proposals.reject")]
PolicyCreator = Annotated[Principal, require_permission("policies.create")]
SubmissionReviewer = Annotated[Principal, require_permission("policies.approve_submission")]
PendingReader = Annotated[Principal, require_permission("proposals.read", "policies.approve_submission")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe"},
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    409: {"model": ErrorResponse, "description": "Conflicto con el estado actual"},
}
_IDEMPOTENT_ERRORS: dict[int | str, dict[str, Any]] = {
    **_WRITE_ERRORS,
    428: {"model": ErrorResponse, "description": "Falta el encabezado Idempotency-Key"},
}


def quotes_client() -> QuotesClient:
    return QuotesClient()


QuotesDep = Annotated[QuotesClient, Depends(quotes_client)]


def _service(
    principal: Principal, session: SessionDep, clock: ClockDep, redis: Any = None, *, own: bool = False
) -> AuthorizationService:
    return AuthorizationService(session, principal=principal, clock=clock, redis=redis, own=own)


# -- proposals: field apps -------------------------------------------------------------------------


@router.post(
    "/proposals",
    response_model=ProposalRead,
    status_code=status.HTTP_201_CREATED,
    responses=_IDEMPOTENT_ERRORS,
    summary="Registrar una propuesta de cobro (app de campo)",
)
async def create_proposal(
    principal: FieldCreator,
    body: ProposalCreate,
    session: SessionDep,
    clock: ClockDep,
    idem: IdempotencyDep,
) -> JSONResponse:
    created = await _service(principal, session, clock).create_proposal(body, idempotency_key=idem.key)
    return await idem.respond(created, status_code=status.HTTP_201_CREATED)


@router.get(
    "/proposals/mine", response_model=Page[ProposalRead], responses=_ERRORS, summary="Mis propuestas de cobro"
)
async def list_my_proposals(
    principal: OwnReader, query: Annotated[MyProposalQuery, Query()], session: SessionDep, clock: ClockDep
) -> Page[ProposalRead]:
    return await _service(principal, session, clock, own=True).list_mine(query)


@router.get(
    "/proposals/mine/totals",
    response_model=list[StatusTotal],
    responses=_ERRORS,
    summary="Mis propuestas: cuántas y cuánto por estatus",
)
async def my_proposal_totals(
    principal: OwnReader, query: Annotated[MyProposalQuery, Query()], session: SessionDep, clock: ClockDep
) -> list[StatusTotal]:
    return await _service(principal, session, clock, own=True).my_totals(query)


@router.get(
    "/proposals/mine/{proposal_id}", response_model=ProposalRead, responses=_ERRORS, summary="Mi propuesta"
)
async def get_my_proposal(
    principal: OwnReader, proposal_id: int, session: SessionDep, clock: ClockDep
) -> ProposalRead:
    return await _service(principal, session, clock, own=True).get_proposal(proposal_id)


@router.post(
    "/proposals/mine/{proposal_id}/cancel",
    response_model=ProposalRead,
    responses=_WRITE_ERRORS,
    summary="Cancelar mi propuesta pendiente",
)
async def cancel_my_proposal(
    principal: FieldCreator, proposal_id: int, session: SessionDep, clock: ClockDep
) -> ProposalRead:
    return await _service(principal, session, clock, own=True).cancel_proposal(proposal_id)


# -- proposals: office -----------------------------------------------------------------------------


@router.get(
    "/proposals",
    response_model=Page[ProposalRead],
    responses=_ERRORS,
    summary="Propuestas de cobro (oficina)",
)
async def list_proposals(
    principal: Reader, query: Annotated[ProposalQuery, Query()], session: SessionDep, clock: ClockDep
) -> Page[ProposalRead]:
    return await _service(principal, session, clock).list_proposals(query)


@router.get(
    "/proposals/{proposal_id}",
    response_model=ProposalRead,
    responses=_ERRORS,
    summary="Detalle de la propuesta",
)
async def get_proposal(
    principal: Reader, proposal_id: int, session: SessionDep, clock: ClockDep
) -> ProposalRead:
    return await _service(principal, session, clock).get_proposal(proposal_id)


@router.post(
    "/proposals/{proposal_id}/claim",
    response_model=ProposalRead,
    responses=_WRITE_ERRORS,
    summary="Tomar la propuesta para revisión",
)
async def claim_proposal(
    principal: Reviewer, proposal_id: int, session: SessionDep, clock: ClockDep
) -> ProposalRead:
    return await _service(principal, session, clock).claim_proposal(proposal_id)


@router.post(
    "/proposals/{proposal_id}/approve",
    response_model=ProposalRead,
    responses=_WRITE_ERRORS,
    summary="Aprobar y aplicar el pago",
)
async def approve_proposal(
    principal: Approver,
    proposal_id: int,
    session: SessionDep,
    clock: ClockDep,
    redis: RedisDep,
    body: ApproveIn | None = None,
) -> ProposalRead:
    return await _service(principal, session, clock, redis).approve_proposal(
        proposal_id, notes=body.notes if body else None
    )


@router.post(
    "/proposals/{proposal_id}/approve-with-corrections",
    response_model=ProposalRead,
    responses=_WRITE_ERRORS,
    summary="Corregir (monto o recibo) y aprobar",
)
async def approve_proposal_with_corrections(
    principal: Approver,
    proposal_id: int,
    body: ApproveWithCorrectionsIn,
    session: SessionDep,
    clock: ClockDep,
    redis: RedisDep,
) -> ProposalRead:
    return await _service(principal, session, clock, redis).approve_proposal(
        proposal_id, corrections=body, notes=body.notes
    )


@router.post(
    "/proposals/{proposal_id}/reject",
    response_model=ProposalRead,
    responses=_WRITE_ERRORS,
    summary="Rechazar la propuesta (motivo obligatorio)",
)
async def reject_proposal(
    principal: Rejecter, proposal_id: int, body: RejectIn, session: SessionDep, clock: ClockDep
) -> ProposalRead:
    return await _service(principal, session, clock).reject_proposal(proposal_id, body.reason)


# -- policy submissions ----------------------------------------------------------------------------


@router.post(
    "/policy-submissions",
    response_model=SubmissionRead,
    status_code=status.HTTP_201_CREATED,
    responses=_IDEMPOTENT_ERRORS,
    summary="Enviar una póliza desde la app de vendedores",
)
async def create_policy_submission(
    principal: PolicyCreator,
    body: SubmissionCreate,
    session: SessionDep,
    clock: ClockDep,
    idem: IdempotencyDep,
) -> JSONResponse:
    created = await _service(principal, session, clock).create_submission(body)
    return await idem.respond(created, status_code=status.HTTP_201_CREATED)


@router.get(
    "/policy-submissions/mine",
    response_model=Page[SubmissionRead],
    responses=_ERRORS,
    summary="Mis pólizas enviadas (vendedor)",
)
async def list_my_policy_submissions(
    principal: PolicyCreator, query: Annotated[SubmissionQuery, Query()], session: SessionDep, clock: ClockDep
) -> Page[SubmissionRead]:
    return await _service(principal, session, clock, own=True).list_submissions(query)


@router.get(
    "/policy-submissions",
    response_model=Page[SubmissionRead],
    responses=_ERRORS,
    summary="Pólizas por autorizar (oficina)",
)
async def list_policy_submissions(
    principal: SubmissionReviewer,
    query: Annotated[SubmissionQuery, Query()],
    session: SessionDep,
    clock: ClockDep,
) -> Page[SubmissionRead]:
    return await _service(principal, session, clock).list_submissions(query)


@router.get(
    "/policy-submissions/{submission_id}",
    response_model=SubmissionRead,
    responses=_ERRORS,
    summary="Detalle de la póliza enviada",
)
async def get_policy_submission(
    principal: SubmissionReviewer, submission_id: int, session: SessionDep, clock: ClockDep
) -> SubmissionRead:
    return await _service(principal, session, clock).get_submission(submission_id)


@router.post(
    "/policy-submissions/{submission_id}/claim",
    response_model=SubmissionRead,
    responses=_WRITE_ERRORS,
    summary="Tomar la póliza enviada para revisión",
)
async def claim_policy_submission(
    principal: SubmissionReviewer, submission_id: int, session: SessionDep, clock: ClockDep
) -> SubmissionRead:
    return await _service(principal, session, clock).claim_submission(submission_id)


@router.post(
    "/policy-submissions/{submission_id}/approve",
    response_model=SubmissionRead,
    responses={**_WRITE_ERRORS, 503: {"model": ErrorResponse, "description": "Cotizador no disponible"}},
    summary="Aprobar: crea la póliza, sus pagos y su tarjeta",
)
async def approve_policy_submission(
    principal: SubmissionReviewer,
    submission_id: int,
    session: SessionDep,
    clock: ClockDep,
    quotes: QuotesDep,
    body: SubmissionApproveIn | None = None,
) -> SubmissionRead:
    return await _service(principal, session, clock).approve_submission(
        submission_id, notes=body.notes if body else None, quotes=quotes
    )


@router.post(
    "/policy-submissions/{submission_id}/reject",
    response_model=SubmissionRead,
    responses=_WRITE_ERRORS,
    summary="Rechazar con motivo y correcciones requeridas",
)
async def reject_policy_submission(
    principal: SubmissionReviewer,
    submission_id: int,
    body: SubmissionRejectIn,
    session: SessionDep,
    clock: ClockDep,
) -> SubmissionRead:
    return await _service(principal, session, clock).reject_submission(submission_id, body)


# -- the unified pending view ----------------------------------------------------------------------


@router.get("/pending", response_model=PendingView, responses=_ERRORS, summary="Pendientes de autorizar")
async def get_pending(principal: PendingReader, session: SessionDep, clock: ClockDep) -> PendingView:
    return await _service(principal, session, clock).pending()
