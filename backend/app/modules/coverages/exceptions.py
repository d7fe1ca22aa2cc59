"""Errors of the coverage catalogue (stable codes, Spanish messages)."""

from __future__ import annotations

from app.core.exceptions import ConflictError, NotFoundError, PermissionDeniedError, ValidationFailedError


class CoverageNotFoundError(NotFoundError):
    code = "COVERAGE_NOT_FOUND"
    message = "No existe la cobertura."


class CoverageInactiveError(ConflictError):
    code = "COVERAGE_INACTIVE"
    message = "La cobertura está desactivada: ya no se puede vender."


class CoverageExistsError(ConflictError):
    code = "COVERAGE_EXISTS"
    message = "Ya existe una cobertura con ese nombre para la misma clave vehicular, servicio y cilindraje."


class CoverageInUseError(ConflictError):
    code = "COVERAGE_IN_USE"
    message = (
        "La cobertura ya tiene pólizas: su nombre, clave vehicular, servicio, cilindraje y tipo no se "
        "pueden cambiar. Crea una cobertura nueva y desactiva esta."
    )


class CoverageRulesError(ValidationFailedError):
    code = "COVERAGE_INVALID"
    message = "La cobertura no cumple las reglas del catálogo."


class CoverageRequiresQuoteError(ValidationFailedError):
    code = "COVERAGE_REQUIRES_QUOTE"
    message = (
        "Las coberturas amplias se cotizan por vehículo en el sistema de cotizaciones: indica el número "
        "de cotización (AUT-XXXXXXXX) para calcular los pagos."
    )


class CoverageVehicleMismatchError(ValidationFailedError):
    code = "COVERAGE_VEHICLE_MISMATCH"
    message = "La cobertura no corresponde al vehículo (clave vehicular, servicio o cilindraje)."


class InactiveCoveragesForbiddenError(PermissionDeniedError):
    code = "COVERAGES_INACTIVE_FORBIDDEN"
    message = "Solo quien administra el catálogo de coberturas puede ver las coberturas desactivadas."
