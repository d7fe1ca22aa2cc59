"""Domain exceptions and the single handler that renders them.

Every error leaves the server as ``{"error": CODE, "detail": "<español>", "fields": {...}}``.
Services raise these exceptions (never ``HTTPException``); no stack trace ever reaches a client.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = structlog.get_logger(__name__)


class AppError(Exception):
    """Base of every domain error. Subclasses set a status, a stable code and a Spanish message."""

    status_code: ClassVar[int] = 400
    code: ClassVar[str] = "BAD_REQUEST"
    message: ClassVar[str] = "La solicitud no es válida."

    def __init__(
        self,
        detail: str | None = None,
        *,
        code: str | None = None,
        fields: Mapping[str, str] | None = None,
        status_code: int | None = None,
        headers: Mapping[str, str] | None = None,
        keep_changes: bool = False,
    ) -> None:
        self.detail = detail or self.message
        #: commit the unit of work before answering with this error: a refusal that must leave a
        #: trace (failed login audit, lockout counters, a revoked token family, a network refusal)
        self.keep_changes = keep_changes
        self.error_code = code or self.code
        self.fields: dict[str, str] = dict(fields or {})
        self.http_status = status_code or self.status_code
        self.headers: dict[str, str] = dict(headers or {})
        super().__init__(self.detail)

    def to_body(self) -> dict[str, Any]:
        return {"error": self.error_code, "detail": self.detail, "fields": self.fields}


class BadRequestError(AppError):
    pass


class ValidationFailedError(AppError):
    status_code = 422
    code = "VALIDATION_ERROR"
    message = "Los datos enviados no son válidos."


class NotAuthenticatedError(AppError):
    status_code = 401
    code = "NOT_AUTHENTICATED"
    message = "Se requiere iniciar sesión."


class PermissionDeniedError(AppError):
    status_code = 403
    code = "FORBIDDEN"
    message = "No tienes permiso para realizar esta acción."


class NotFoundError(AppError):
    status_code = 404
    code = "NOT_FOUND"
    message = "No se encontró el registro solicitado."


class ConflictError(AppError):
    status_code = 409
    code = "CONFLICT"
    message = "La operación entra en conflicto con el estado actual del registro."


class RateLimitedError(AppError):
    status_code = 429
    code = "RATE_LIMITED"
    message = "Demasiados intentos. Espera un momento e inténtalo de nuevo."


class ServiceUnavailableError(AppError):
    status_code = 503
    code = "SERVICE_UNAVAILABLE"
    message = "El servicio no está disponible en este momento. Inténtalo más tarde."


INTERNAL_ERROR_BODY: dict[str, Any] = {
    "error": "INTERNAL_ERROR",
    "detail": "Ocurrió un error interno. Si el problema persiste, avisa a sistemas.",
    "fields": {},
}

_HTTP_CODES: dict[int, tuple[str, str]] = {
    400: ("BAD_REQUEST", "La solicitud no es válida."),
    401: ("NOT_AUTHENTICATED", "Se requiere iniciar sesión."),
    403: ("FORBIDDEN", "No tienes permiso para realizar esta acción."),
    404: ("NOT_FOUND", "No se encontró el recurso solicitado."),
    405: ("METHOD_NOT_ALLOWED", "Método no permitido para este recurso."),
    406: ("NOT_ACCEPTABLE", "Formato de respuesta no disponible."),
    413: ("PAYLOAD_TOO_LARGE", "La solicitud es demasiado grande."),
    415: ("UNSUPPORTED_MEDIA_TYPE", "Tipo de contenido no soportado."),
}

# Spanish messages for pydantic's error types. ``{ctx}`` keys come from the error's context.
_VALIDATION_MESSAGES: dict[str, str] = {
    "missing": "Este campo es obligatorio.",
    "extra_forbidden": "Campo no permitido.",
    "string_type": "Debe ser texto.",
    "string_too_short": "Debe tener al menos {min_length} caracteres.",
    "string_too_long": "Debe tener como máximo {max_length} caracteres.",
    "string_pattern_mismatch": "El formato no es válido.",
    "too_short": "Debe tener al menos {min_length} elementos.",
    "too_long": "Debe tener como máximo {max_length} elementos.",
    "int_type": "Debe ser un número entero.",
    "int_parsing": "Debe ser un número entero.",
    "int_from_float": "Debe ser un número entero.",
    "float_type": "Debe ser un número.",
    "float_parsing": "Debe ser un número.",
    "decimal_type": "Debe ser una cantidad numérica.",
    "decimal_parsing": "Debe ser una cantidad numérica.",
    "decimal_max_places": "Debe tener como máximo {decimal_places} decimales.",
    "decimal_max_digits": "Debe tener como máximo {max_digits} dígitos.",
    "decimal_whole_digits": "La cantidad es demasiado grande.",
    "greater_than": "Debe ser mayor que {gt}.",
    "greater_than_equal": "Debe ser mayor o igual que {ge}.",
    "less_than": "Debe ser menor que {lt}.",
    "less_than_equal": "Debe ser menor o igual que {le}.",
    "bool_type": "Debe ser verdadero o falso.",
    "bool_parsing": "Debe ser verdadero o falso.",
    "date_type": "Fecha no válida (formato AAAA-MM-DD).",
    "date_parsing": "Fecha no válida (formato AAAA-MM-DD).",
    "date_from_datetime_parsing": "Fecha no válida (formato AAAA-MM-DD).",
    "date_from_datetime_inexact": "Fecha no válida (formato AAAA-MM-DD).",
    "datetime_type": "Fecha y hora no válidas.",
    "datetime_parsing": "Fecha y hora no válidas.",
    "datetime_from_date_parsing": "Fecha y hora no válidas.",
    "timezone_aware": "La fecha y hora deben incluir zona horaria.",
    "enum": "Valor no permitido. Opciones: {expected}.",
    "literal_error": "Valor no permitido. Opciones: {expected}.",
    "uuid_type": "Identificador no válido.",
    "uuid_parsing": "Identificador no válido.",
    "list_type": "Debe ser una lista.",
    "dict_type": "Debe ser un objeto.",
    "model_type": "Debe ser un objeto.",
    "model_attributes_type": "Debe ser un objeto.",
    "json_invalid": "El cuerpo de la solicitud no es JSON válido.",
    "json_type": "El cuerpo de la solicitud no es JSON válido.",
    "url_parsing": "URL no válida.",
    "ip_v4_address": "Dirección IP no válida.",
    "ip_any_address": "Dirección IP no válida.",
}


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in {"body", "query", "path", "header", "cookie"}:
        parts = parts[1:]
    return ".".join(parts) or "body"


def translate_validation_error(error: Mapping[str, Any]) -> str:
    kind = str(error.get("type", ""))
    ctx = dict(error.get("ctx") or {})
    if kind == "value_error":
        # Our validators raise ValueError with a Spanish message; pydantic prefixes it.
        message = str(error.get("msg", ""))
        message = message.removeprefix("Value error, ")
        if "email address" in message.lower():  # pydantic's EmailStr (English text)
            return "Correo electrónico no válido."
        return message or "Valor no válido."
    if kind == "assertion_error":
        return str(error.get("msg", "")).removeprefix("Assertion failed, ") or "Valor no válido."
    template = _VALIDATION_MESSAGES.get(kind)
    if template is None:
        return "Valor no válido."
    if "expected" in ctx:  # "'a', 'b' or 'c'" -> Spanish conjunction
        ctx["expected"] = str(ctx["expected"]).replace(" or ", " o ")
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return template.split(" {")[0].rstrip(":.") + "."


def validation_fields(errors: list[Any]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for error in errors:
        name = _field_name(tuple(error.get("loc", ())))
        fields.setdefault(name, translate_validation_error(error))
    return fields


def error_response(
    body: Mapping[str, Any], status_code: int, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(dict(body), status_code=status_code, headers=dict(headers or {}))


async def _app_error_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    if exc.http_status >= 500:
        logger.error("app_error", code=exc.error_code, detail=exc.detail)
    return error_response(exc.to_body(), exc.http_status, exc.headers)


async def _validation_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    fields = validation_fields(list(exc.errors()))
    body = {"error": ValidationFailedError.code, "detail": ValidationFailedError.message, "fields": fields}
    return error_response(body, 422)


async def _http_exception_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code, message = _HTTP_CODES.get(exc.status_code, ("HTTP_ERROR", "No se pudo completar la solicitud."))
    return error_response({"error": code, "detail": message, "fields": {}}, exc.status_code, exc.headers)


async def _integrity_handler(_: Request, exc: Exception) -> JSONResponse:
    # A constraint the service did not anticipate: never leak the SQL, say what happened.
    logger.warning("integrity_error", error=str(getattr(exc, "orig", exc))[:500])
    return error_response(
        {
            "error": "CONFLICT",
            "detail": "La operación entra en conflicto con datos existentes "
            "(registro duplicado o relacionado).",
            "fields": {},
        },
        409,
    )


async def _dbapi_handler(_: Request, exc: Exception) -> JSONResponse:
    logger.error("database_error", error=str(getattr(exc, "orig", exc))[:500])
    return error_response(INTERNAL_ERROR_BODY, 500)


def register_exception_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_exception_handler)
    app.add_exception_handler(IntegrityError, _integrity_handler)
    app.add_exception_handler(DBAPIError, _dbapi_handler)
