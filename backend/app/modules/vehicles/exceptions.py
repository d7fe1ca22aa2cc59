"""Errors of the vehicles module (stable codes, Spanish messages)."""

from __future__ import annotations

from app.core.exceptions import ConflictError, NotFoundError, ValidationFailedError


class VehicleNotFoundError(NotFoundError):
    code = "VEHICLE_NOT_FOUND"
    message = "No existe el vehículo."


class VehicleSerialExistsError(ConflictError):
    code = "VEHICLE_SERIAL_EXISTS"
    message = "El número de serie (NIV) ya está registrado en otro vehículo."


class VehicleTypeMismatchError(ValidationFailedError):
    code = "VEHICLE_TYPE_MISMATCH"
    message = "El tipo de vehículo no corresponde a la clave vehicular."


class VehicleRulesError(ValidationFailedError):
    code = "VEHICLE_INVALID"
    message = "Los datos del vehículo no son válidos."
