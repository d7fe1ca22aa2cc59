"""The quotes system client against a real fake server on loopback (tests/fixtures/fake_quotes.py)."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest

from app.core.config import get_settings
from app.modules.quotes.client import QuotesClient
from app.modules.quotes.exceptions import (
    QuoteAlreadyUsedError,
    QuoteExpiredError,
    QuoteNotFoundError,
    QuoteNumberInvalidError,
    QuotesAuthError,
    QuotesBadResponseError,
    QuotesUnavailableError,
)
from app.modules.quotes.schemas import QuoteStatus
from tests.fixtures.fake_quotes import API_KEY, FakeQuotesServer
from tests.fixtures.ports import closed_port

NUMBER = "AUT-7K2M9Q1Z"


async def test_validate_ok_sends_the_api_key_and_parses_money_as_decimal(
    fake_quotes: FakeQuotesServer,
) -> None:
    fake_quotes.add(NUMBER, premium="12850.50", valid_until="2026-12-15")
    quote = await QuotesClient().validate_for_sale("aut-7k2m9q1z", as_of=date(2026, 11, 28))
    assert quote.number == NUMBER
    assert quote.status == QuoteStatus.VALID
    assert quote.premium == Decimal("12850.50")
    assert quote.valid_until == date(2026, 12, 15)
    assert quote.vehicle_description == "NISSAN VERSA SENSE 2021"
    [request] = fake_quotes.requests
    assert (request.method, request.path, request.api_key) == ("GET", f"/quotes/validate/{NUMBER}", API_KEY)


@pytest.mark.parametrize(
    "number", ["AUT-123", "aut_7K2M9Q1Z", "AUT-7K2M9Q1Z9", "XYZ-7K2M9Q1Z", "AUT-7K2M9Q1/"]
)
async def test_malformed_numbers_are_refused_before_any_request(
    fake_quotes: FakeQuotesServer, number: str
) -> None:
    with pytest.raises(QuoteNumberInvalidError) as caught:
        await QuotesClient().fetch(number)
    assert caught.value.http_status == 422
    assert "AUT-" in caught.value.fields["quote_number"]
    assert fake_quotes.requests == []


async def test_unknown_quote_is_quote_not_found(fake_quotes: FakeQuotesServer) -> None:
    with pytest.raises(QuoteNotFoundError) as caught:
        await QuotesClient().fetch(NUMBER)
    assert (caught.value.http_status, caught.value.error_code) == (404, "QUOTE_NOT_FOUND")
    assert NUMBER in caught.value.detail


async def test_expired_quote_is_refused_for_a_sale(fake_quotes: FakeQuotesServer) -> None:
    fake_quotes.add(NUMBER, status="expired", valid_until="2026-11-01")
    with pytest.raises(QuoteExpiredError) as caught:
        await QuotesClient().validate_for_sale(NUMBER)
    assert (caught.value.http_status, caught.value.error_code) == (409, "QUOTE_EXPIRED")
    assert "01/11/2026" in caught.value.detail


async def test_valid_quote_past_its_date_on_the_effective_date_is_expired(
    fake_quotes: FakeQuotesServer,
) -> None:
    fake_quotes.add(NUMBER, valid_until="2026-11-27")
    assert (await QuotesClient().validate_for_sale(NUMBER, as_of=date(2026, 11, 27))).number == NUMBER
    with pytest.raises(QuoteExpiredError):
        await QuotesClient().validate_for_sale(NUMBER, as_of=date(2026, 11, 28))


async def test_approved_quote_is_already_used(fake_quotes: FakeQuotesServer) -> None:
    fake_quotes.add(NUMBER, status="approved")
    with pytest.raises(QuoteAlreadyUsedError) as caught:
        await QuotesClient().validate_for_sale(NUMBER)
    assert (caught.value.http_status, caught.value.error_code) == (409, "QUOTE_ALREADY_USED")


async def test_a_refused_api_key_is_a_clear_auth_failure(fake_quotes: FakeQuotesServer) -> None:
    fake_quotes.add(NUMBER)
    fake_quotes.api_key = "otra-clave"
    with pytest.raises(QuotesAuthError) as caught:
        await QuotesClient().fetch(NUMBER)
    assert (caught.value.http_status, caught.value.error_code) == (503, "QUOTES_AUTH_FAILED")
    assert "sistemas" in caught.value.detail
    assert isinstance(caught.value, QuotesUnavailableError)  # retried by the approval job


async def test_timeout_gives_up_at_the_configured_limit(fake_quotes: FakeQuotesServer) -> None:
    fake_quotes.add(NUMBER)
    fake_quotes.latency_s = 3.0
    timeout = get_settings().quotes_api_timeout_s
    assert timeout < 1  # the fixture shortens the 10 s of production
    started = time.monotonic()
    with pytest.raises(QuotesUnavailableError) as caught:
        await QuotesClient().fetch(NUMBER)
    elapsed = time.monotonic() - started
    assert timeout <= elapsed < timeout + 1.0
    assert caught.value.http_status == 503
    assert caught.value.detail == "El sistema de cotizaciones no responde; intenta más tarde."


def test_production_timeout_is_ten_seconds() -> None:
    from app.core.config import Settings

    assert Settings().quotes_api_timeout_s == 10.0
    assert QuotesClient(Settings()).timeout_s == 10.0


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_server_errors_are_unavailable(fake_quotes: FakeQuotesServer, status: int) -> None:
    fake_quotes.add(NUMBER)
    fake_quotes.fail_status = status
    with pytest.raises(QuotesUnavailableError) as caught:
        await QuotesClient().fetch(NUMBER)
    assert (caught.value.http_status, caught.value.error_code) == (503, "QUOTES_UNAVAILABLE")


async def test_nothing_listening_is_unavailable(fake_quotes: FakeQuotesServer) -> None:
    settings = get_settings().model_copy(update={"quotes_api_url": f"http://127.0.0.1:{closed_port()}"})
    with pytest.raises(QuotesUnavailableError):
        await QuotesClient(settings).fetch(NUMBER)


@pytest.mark.parametrize(
    "body",
    [
        "no es json",
        "null",
        '{"number": "AUT-7K2M9Q1Z", "status": "valid"}',
        '{"number": "AUT-7K2M9Q1Z", "status": "valid", "premium": 12850.5}',
        '{"number": "AUT-7K2M9Q1Z", "status": "borrador", "premium": "1.00"}',
        '{"number": "AUT-00000000", "status": "valid", "premium": "1.00"}',
    ],
)
async def test_answers_outside_the_contract_are_bad_responses(
    fake_quotes: FakeQuotesServer, body: str
) -> None:
    fake_quotes.raw_body = body
    with pytest.raises(QuotesBadResponseError) as caught:
        await QuotesClient().fetch(NUMBER)
    assert caught.value.error_code == "QUOTES_BAD_RESPONSE"


async def test_approve_marks_the_quote_used_once(fake_quotes: FakeQuotesServer) -> None:
    fake_quotes.add(NUMBER)
    approved = await QuotesClient().approve(NUMBER)
    assert approved.status == QuoteStatus.APPROVED
    assert fake_quotes.requests[-1].method == "POST"
    assert fake_quotes.requests[-1].path == f"/quotes/by-number/{NUMBER}/approve"
    with pytest.raises(QuoteAlreadyUsedError):
        await QuotesClient().approve(NUMBER)


async def test_approve_of_expired_or_unknown_quotes(fake_quotes: FakeQuotesServer) -> None:
    fake_quotes.add(NUMBER, status="expired")
    with pytest.raises(QuoteExpiredError):
        await QuotesClient().approve(NUMBER)
    with pytest.raises(QuoteNotFoundError):
        await QuotesClient().approve("AUT-AAAAAAAA")
