"""Errors of the payments module: a stable code and a Spanish message each, on the right field."""

from __future__ import annotations

from app.core.exceptions import ConflictError, NotFoundError, PermissionDeniedError, ValidationFailedError


class InstallmentNotFoundError(NotFoundError):
    code = "INSTALLMENT_NOT_FOUND"
    message = "No se encontró la mensualidad."


class PolicyNotFoundError(NotFoundError):
    code = "POLICY_NOT_FOUND"
    message = "No se encontró la póliza."


class TransactionNotFoundError(NotFoundError):
    code = "PAYMENT_TRANSACTION_NOT_FOUND"
    message = "No se encontró el movimiento de pago."


class PaymentExceedsBalanceError(ValidationFailedError):
    code = "PAYMENT_EXCEEDS_BALANCE"
    message = "El monto es mayor que el saldo pendiente de la mensualidad."


class InstallmentAlreadyPaidError(ConflictError):
    code = "INSTALLMENT_ALREADY_PAID"
    message = "La mensualidad ya está pagada."


class InstallmentCancelledError(ConflictError):
    code = "INSTALLMENT_CANCELLED"
    message = "La mensualidad está cancelada: no admite pagos ni cambios."


class PartialNotAllowedError(PermissionDeniedError):
    code = "PARTIAL_NOT_ALLOWED"
    message = "No tienes permiso para registrar abonos (pagos parciales)."


class ReceiptRequiredError(ValidationFailedError):
    code = "RECEIPT_REQUIRED"
    message = "Indica el número de recibo."


# -- the seven legacy checks of a payment edit (domain.md §4) ---------------------------------------


class ReceiptNotVerifiedError(ValidationFailedError):
    code = "RECEIPT_NOT_VERIFIED"
    message = "El recibo no está verificado."


class PaidDateRequiresPaidError(ValidationFailedError):
    code = "PAID_DATE_REQUIRES_PAID"
    message = "Solo un pago con estatus «pagado» puede tener fecha real de pago."


class PaidDateTooOldError(ValidationFailedError):
    code = "PAID_DATE_TOO_OLD"
    message = "La fecha real de pago es demasiado antigua."


class PaidDateInFutureError(ValidationFailedError):
    code = "PAID_DATE_IN_FUTURE"
    message = "La fecha real de pago está demasiado lejos en el futuro."


class DeliveryStatusInvalidError(ValidationFailedError):
    code = "DELIVERY_STATUS_INVALID"
    message = "El estatus de entrega en oficina debe ser «pendiente» o «entregado»."


class DeliveryDateRequiredError(ValidationFailedError):
    code = "DELIVERY_DATE_REQUIRED"
    message = "Un pago entregado en oficina necesita la fecha de entrega."


class DeliveryDateTooFarError(ValidationFailedError):
    code = "DELIVERY_DATE_TOO_FAR"
    message = "La fecha de entrega en oficina está demasiado lejos de la fecha real de pago."


# -- edits that are not edits ------------------------------------------------------------------------


class UseReversalError(ConflictError):
    code = "USE_REVERSAL"
    message = "Un pago registrado no se deshace editándolo: usa la reversión del movimiento."


class ReceiptRequiresPaidError(ValidationFailedError):
    code = "RECEIPT_REQUIRES_PAID"
    message = "Solo una mensualidad pagada lleva número de recibo."


# -- reversal -----------------------------------------------------------------------------------------


class TransactionNotReversibleError(ConflictError):
    code = "TRANSACTION_NOT_REVERSIBLE"
    message = "Este movimiento no se puede revertir."


class TransactionAlreadyReversedError(ConflictError):
    code = "TRANSACTION_ALREADY_REVERSED"
    message = "El movimiento ya fue revertido."


class ReverseLaterFirstError(ConflictError):
    code = "REVERSE_LATER_FIRST"
    message = "Hay movimientos posteriores en esta mensualidad: revierte primero el más reciente."


# -- restructure --------------------------------------------------------------------------------------


class RestructureRefusedError(ConflictError):
    code = "RESTRUCTURE_REFUSED"
    message = "La póliza no se puede reestructurar."


class RestructureInstallmentsError(ValidationFailedError):
    code = "RESTRUCTURE_INSTALLMENTS_INVALID"
    message = "El número de cuotas no es válido."
