"""Cash delivery errors."""

from __future__ import annotations

from app.core.exceptions import ConflictError, NotFoundError, PermissionDeniedError, ValidationFailedError


class CashDeliveryNotFoundError(NotFoundError):
    code = "CASH_DELIVERY_NOT_FOUND"
    message = "No se encontró la entrega de efectivo."


class OwnCashError(PermissionDeniedError):
    code = "CASH_OWN_DELIVERY"
    message = "Nadie puede confirmar la entrega de su propio efectivo: la confirma la oficina."


class CollectorNotFoundError(ValidationFailedError):
    code = "COLLECTOR_NOT_FOUND"
    message = "El cobrador no existe."


class NothingToDeliverError(ConflictError):
    code = "CASH_NOTHING_TO_DELIVER"
    message = "El cobrador no tiene efectivo pendiente de entregar."


class ProposalNotDeliverableError(ConflictError):
    code = "CASH_PROPOSAL_NOT_DELIVERABLE"
    message = (
        "Alguna propuesta indicada no es efectivo aprobado de este cobrador pendiente de entregar "
        "(o ya se entregó)."
    )
