"""Errors of the cancellations module (stable codes, Spanish messages)."""

from __future__ import annotations

from app.core.exceptions import ConflictError, NotFoundError, ValidationFailedError


class CancellationNotFoundError(NotFoundError):
    code = "CANCELLATION_NOT_FOUND"
    message = "No existe la cancelación."


class CancellationCodeNotFoundError(NotFoundError):
    code = "CANCELLATION_CODE_NOT_FOUND"
    message = "No existe el motivo de cancelación."


class PolicyNotFoundError(NotFoundError):
    code = "POLICY_NOT_FOUND"
    message = "No existe la póliza."


class PolicyAlreadyCancelledError(ConflictError):
    code = "POLICY_ALREADY_CANCELLED"
    message = "La póliza ya está cancelada."


class CancellationAlreadyUndoneError(ConflictError):
    code = "CANCELLATION_ALREADY_UNDONE"
    message = "Esta cancelación ya fue deshecha."


class CancellationUndoRefusedError(ConflictError):
    code = "CANCELLATION_UNDO_REFUSED"
    message = "No se puede deshacer la cancelación: la póliza cambió desde que se canceló."


class InvalidCancellationError(ValidationFailedError):
    code = "INVALID_CANCELLATION"
    message = "Los datos de la cancelación no son válidos."
