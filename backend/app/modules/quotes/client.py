"""HTTP client of the external quotes system (domain.md §11; contract in ``schemas``).

Every call carries ``X-API-Key`` and gives up after ``QUOTES_API_TIMEOUT_S`` (10 s) in total.
Failures become ``AppError`` subclasses with Spanish messages: 404 -> ``QUOTE_NOT_FOUND``;
timeouts, connection errors and 5xx -> ``QUOTES_UNAVAILABLE`` (503); 401/403 ->
``QUOTES_AUTH_FAILED``; anything outside the contract -> ``QUOTES_BAD_RESPONSE``. The quote's own
status is judged by the caller: ``validate_for_sale`` refuses ``expired`` and ``approved`` quotes.
Numbers are checked (``AUT-`` + 8 letters or digits) before any request leaves.
"""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any
from urllib.parse import quote as url_quote

import httpx
import structlog
from pydantic import ValidationError

from app.core.config import Settings, get_settings
from app.modules.quotes.exceptions import (
    QuoteAlreadyUsedError,
    QuoteExpiredError,
    QuoteNotFoundError,
    QuoteNumberInvalidError,
    QuotesAuthError,
    QuotesBadResponseError,
    QuotesUnavailableError,
)
from app.modules.quotes.schemas import Quote, QuoteStatus, normalize_quote_number

logger = structlog.get_logger(__name__)


def _date_es(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def ensure_usable(quote: Quote, *, as_of: date | None = None) -> Quote:
    """A quote that may still be sold: ``valid`` and, given ``as_of``, not past ``valid_until``."""
    if quote.status == QuoteStatus.APPROVED:
        raise QuoteAlreadyUsedError(
            f"La cotización {quote.number} ya se usó en otra póliza; solicita una nueva."
        )
    expired = quote.status == QuoteStatus.EXPIRED or (
        as_of is not None and quote.valid_until is not None and quote.valid_until < as_of
    )
    if expired:
        when = f" el {_date_es(quote.valid_until)}" if quote.valid_until else ""
        raise QuoteExpiredError(f"La cotización {quote.number} venció{when}; solicita una nueva.")
    return quote


class QuotesClient:
    def __init__(
        self, settings: Settings | None = None, *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.settings = settings or get_settings()
        self._transport = transport

    @property
    def timeout_s(self) -> float:
        return self.settings.quotes_api_timeout_s

    # -- public API -------------------------------------------------------------------------
    async def fetch(self, number: str) -> Quote:
        """The quote as the quotes system has it now, whatever its status."""
        checked = self._checked(number)
        response = await self._request("GET", f"/quotes/validate/{url_quote(checked, safe='')}", checked)
        if response.status_code == 200:
            return self._parse(response, checked)
        raise self._error(response, checked)

    async def validate_for_sale(self, number: str, *, as_of: date | None = None) -> Quote:
        """The quote if it may be used for a new policy; QUOTE_EXPIRED / QUOTE_ALREADY_USED if not."""
        return ensure_usable(await self.fetch(number), as_of=as_of)

    async def approve(self, number: str) -> Quote:
        """Mark the quote as used. A quote already approved answers QUOTE_ALREADY_USED."""
        checked = self._checked(number)
        path = f"/quotes/by-number/{url_quote(checked, safe='')}/approve"
        response = await self._request("POST", path, checked)
        if response.status_code == 200:
            quote = self._parse(response, checked)
            if quote.status != QuoteStatus.APPROVED:
                raise QuotesBadResponseError()
            return quote
        if response.status_code == 409:
            # not approvable now: the body says why (already approved, or expired)
            ensure_usable(self._parse(response, checked))
            raise QuotesBadResponseError()  # 409 for a quote that is still valid: off contract
        raise self._error(response, checked)

    # -- internals --------------------------------------------------------------------------
    @staticmethod
    def _checked(number: str) -> str:
        checked = normalize_quote_number(number)
        if checked is None:
            raise QuoteNumberInvalidError()
        return checked

    async def _request(self, method: str, path: str, number: str) -> httpx.Response:
        headers = {
            "X-API-Key": self.settings.quotes_api_key.get_secret_value(),
            "Accept": "application/json",
            "User-Agent": "ProtegRT-CRM",
        }
        try:
            async with (
                asyncio.timeout(self.timeout_s),
                httpx.AsyncClient(
                    base_url=self.settings.quotes_api_url.rstrip("/"),
                    timeout=httpx.Timeout(self.timeout_s),
                    headers=headers,
                    transport=self._transport,
                    follow_redirects=False,
                ) as http,
            ):
                response = await http.request(method, path)
                await response.aread()
                return response
        except (TimeoutError, httpx.TimeoutException) as exc:
            logger.warning("quotes_timeout", number=number, method=method, timeout_s=self.timeout_s)
            raise QuotesUnavailableError() from exc
        except httpx.HTTPError as exc:
            logger.warning("quotes_unreachable", number=number, method=method, error=type(exc).__name__)
            raise QuotesUnavailableError() from exc

    @staticmethod
    def _parse(response: httpx.Response, number: str) -> Quote:
        try:
            data: Any = response.json()
            quote = Quote.model_validate(data)
        except (ValueError, ValidationError) as exc:
            logger.warning("quotes_bad_body", number=number, status=response.status_code)
            raise QuotesBadResponseError() from exc
        if normalize_quote_number(quote.number) != number:
            logger.warning("quotes_number_mismatch", number=number, answered=quote.number)
            raise QuotesBadResponseError()
        return quote

    @staticmethod
    def _error(response: httpx.Response, number: str) -> Exception:
        status = response.status_code
        if status == 404:
            return QuoteNotFoundError(f"La cotización {number} no existe en el sistema de cotizaciones.")
        if status in (401, 403):
            logger.error("quotes_auth_refused", status=status)
            return QuotesAuthError()
        logger.warning("quotes_error_status", number=number, status=status)
        if status >= 500:
            return QuotesUnavailableError()
        return QuotesBadResponseError()
