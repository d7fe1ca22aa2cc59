"""Authorization workflow errors (stable codes, Spanish messages)."""

from __future__ import annotations

from app.core.exceptions import ConflictError, NotFoundError, PermissionDeniedError, ValidationFailedError


class ProposalNotFoundError(NotFoundError):
    code = "PROPOSAL_NOT_FOUND"
    message = "No se encontró la propuesta de cobro."


class SubmissionNotFoundError(NotFoundError):
    code = "SUBMISSION_NOT_FOUND"
    message = "No se encontró la solicitud de póliza."


class InstallmentNotFoundError(ValidationFailedError):
    code = "INSTALLMENT_NOT_FOUND"
    message = "El pago indicado no existe."


class InstallmentNotPayableError(ConflictError):
    code = "INSTALLMENT_NOT_PAYABLE"
    message = "Ese pago ya está pagado o cancelado: no se puede cobrar."


class PolicyNotCollectableError(ConflictError):
    code = "POLICY_NOT_COLLECTABLE"
    message = "La póliza está cancelada o suspendida: no se le puede cobrar."


class AmountAboveRemainingError(ValidationFailedError):
    code = "PROPOSAL_AMOUNT_ABOVE_REMAINING"
    message = "El monto es mayor que lo que falta por pagar de ese pago."


class AdjusterTooLateError(PermissionDeniedError):
    code = "ADJUSTER_PAYMENT_TOO_LATE"
    message = "Los ajustadores solo pueden cobrar pagos con menos de 5 días de atraso."


class ProposalAlreadyOpenTodayError(ConflictError):
    code = "PROPOSAL_ALREADY_OPEN_TODAY"
    message = "Esta póliza ya tiene una propuesta de cobro abierta hoy."


class ReceiptInOpenProposalError(ConflictError):
    code = "PROPOSAL_RECEIPT_IN_USE"
    message = "Ese número de recibo ya está en otra propuesta de cobro abierta."


class ProposalAlreadyDecidedError(ConflictError):
    code = "PROPOSAL_ALREADY_DECIDED"
    message = "La propuesta ya fue resuelta (aprobada, rechazada o cancelada)."


class ProposalAlreadyClaimedError(ConflictError):
    code = "PROPOSAL_ALREADY_CLAIMED"
    message = "Otra persona ya está revisando esta propuesta."


class ProposalNotPendingError(ConflictError):
    code = "PROPOSAL_NOT_PENDING"
    message = "Solo se puede cancelar una propuesta pendiente (aún no en revisión)."


class ManagerApprovalRequiredError(PermissionDeniedError):
    code = "PROPOSAL_NEEDS_MANAGER"
    message = "Este monto requiere la aprobación de un gerente de Cobranza."


class ApprovalNotAllowedError(PermissionDeniedError):
    code = "PROPOSAL_APPROVE_FORBIDDEN"
    message = "No tienes permiso para aprobar propuestas de cobro."


class NothingToCorrectError(ValidationFailedError):
    code = "PROPOSAL_NOTHING_TO_CORRECT"
    message = "Indica al menos un dato corregido (monto o número de recibo) distinto del original."


class PhotoNotAvailableError(ValidationFailedError):
    code = "PROPOSAL_PHOTO_INVALID"
    message = "La foto indicada no existe, no la subiste tú o ya pertenece a otro registro."


class SellerOnlyError(PermissionDeniedError):
    code = "SUBMISSION_SELLER_ONLY"
    message = "Solo los vendedores envían pólizas desde la app de vendedores."


class SubmissionAlreadyDecidedError(ConflictError):
    code = "SUBMISSION_ALREADY_DECIDED"
    message = "La solicitud de póliza ya fue aprobada o rechazada."


class SubmissionAlreadyClaimedError(ConflictError):
    code = "SUBMISSION_ALREADY_CLAIMED"
    message = "Otra persona ya está revisando esta solicitud de póliza."


class ResubmissionInvalidError(ValidationFailedError):
    code = "RESUBMISSION_INVALID"
    message = "Solo se puede reenviar una solicitud propia que fue rechazada."
