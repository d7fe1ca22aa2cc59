"""Errors of the receipts module (stable codes, Spanish messages)."""

from __future__ import annotations

from app.core.exceptions import ConflictError, NotFoundError, ValidationFailedError


class ReceiptNotFoundError(NotFoundError):
    code = "RECEIPT_NOT_FOUND"
    message = "No existe el recibo."


class ReceiptBatchNotFoundError(NotFoundError):
    code = "RECEIPT_BATCH_NOT_FOUND"
    message = "No existe el lote de recibos."


class IllegalTransitionError(ConflictError):
    code = "RECEIPT_ILLEGAL_TRANSITION"
    message = "El recibo no admite esa operación en su estado actual."


class ReceiptLimitReachedError(ConflictError):
    code = "RECEIPT_LIMIT_REACHED"
    message = "El cobrador ya tiene su límite de recibos activos; no se asignó ninguno."


class NoReceiptsAvailableError(ConflictError):
    code = "RECEIPT_NONE_AVAILABLE"
    message = "No existen recibos en ese rango: da de alta el lote primero."


class ReceiptNotVerifiedError(ConflictError):
    code = "RECEIPT_NOT_VERIFIED"
    message = "El recibo no está verificado."


class ReceiptCancelNeedsReversalError(ConflictError):
    code = "RECEIPT_CANCEL_NEEDS_REVERSAL"
    message = "No se pudo cancelar el recibo usado: revisa su pago en la pantalla de Pagos."


class InvalidReceiptNumberError(ValidationFailedError):
    code = "RECEIPT_NUMBER_INVALID"
    message = "El número de recibo no es válido: una letra y 4 dígitos, p. ej. A0001."


class InvalidCollectorError(ValidationFailedError):
    code = "RECEIPT_INVALID_COLLECTOR"
    message = "El empleado no existe, está inactivo o no cobra en campo."


class InvalidBatchError(ValidationFailedError):
    code = "RECEIPT_BATCH_INVALID"
    message = "El lote de recibos no es válido."


class ReceiptNotSkippedError(ConflictError):
    code = "RECEIPT_NOT_SKIPPED"
    message = "El recibo no es un salto pendiente de confirmar."
