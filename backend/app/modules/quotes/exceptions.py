"""Errors of the quotes system client (stable codes, Spanish messages).

``QuotesUnavailableError`` and its subclasses are the retryable family: the approval task retries
them with exponential backoff. The others are answers about the quote itself.
"""

from __future__ import annotations

from app.core.exceptions import (
    ConflictError,
    NotFoundError,
    ServiceUnavailableError,
    ValidationFailedError,
)


class QuoteNumberInvalidError(ValidationFailedError):
    code = "QUOTE_NUMBER_INVALID"
    message = "El número de cotización no es válido: debe ser AUT- seguido de 8 letras o números."

    def __init__(self, field: str = "quote_number") -> None:
        super().__init__(fields={field: "Formato AUT-XXXXXXXX (8 letras o números)."})


class QuoteNotFoundError(NotFoundError):
    code = "QUOTE_NOT_FOUND"
    message = "La cotización no existe en el sistema de cotizaciones."


class QuoteExpiredError(ConflictError):
    code = "QUOTE_EXPIRED"
    message = "La cotización ya venció; solicita una nueva en el sistema de cotizaciones."


class QuoteAlreadyUsedError(ConflictError):
    code = "QUOTE_ALREADY_USED"
    message = "La cotización ya se usó en otra póliza; solicita una nueva."


class QuotesUnavailableError(ServiceUnavailableError):
    """Timeouts, connection errors, 5xx: try again later (the approval task retries these)."""

    code = "QUOTES_UNAVAILABLE"
    message = "El sistema de cotizaciones no responde; intenta más tarde."


class QuotesAuthError(QuotesUnavailableError):
    """The quotes system refused our API key (401/403): a configuration problem that an admin
    fixes; retried like an outage so pending approvals go through once the key is corrected."""

    code = "QUOTES_AUTH_FAILED"
    message = "El sistema de cotizaciones rechazó la clave de acceso de ProtegRT; avisa a sistemas."


class QuotesBadResponseError(QuotesUnavailableError):
    """An answer outside the contract (unexpected status, body that does not parse)."""

    code = "QUOTES_BAD_RESPONSE"
    message = "El sistema de cotizaciones respondió algo inesperado; intenta más tarde o avisa a sistemas."
