"""``/api/v1/coverages``: catalogue reads, admin edits with the catalogue's rules, payment schemes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.models import AuditLog, Coverage
from app.models.enums import CoverageCategory, ServiceType
from app.modules.coverages.exceptions import (
    CoverageInactiveError,
    CoverageNotFoundError,
    CoverageRequiresQuoteError,
)
from app.modules.coverages.service import CoverageService
from tests.fixtures.auth import MakeUser, Subject
from tests.fixtures.factories import MakePolicy
from tests.fixtures.fake_quotes import FakeQuotesServer

URL = "/api/v1/coverages"


# Setup is committed (a SAVEPOINT release in the test's transaction) so that a request that fails
# and rolls back its unit of work does not take the test's users with it.


@pytest.fixture
async def admin(make_user: MakeUser, session: AsyncSession) -> Subject:
    subject = await make_user(roles=[("admin", None)])
    await session.commit()
    return subject


@pytest.fixture
async def seller(make_user: MakeUser, session: AsyncSession) -> Subject:
    subject = await make_user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True)
    await session.commit()
    return subject


async def coverage_id(
    session: AsyncSession, name: str, key: int = 101, service: str = "private", band: str | None = None
) -> int:
    stmt = select(Coverage.id).where(
        Coverage.name == name,
        Coverage.vehicle_key == key,
        Coverage.service_type == ServiceType(service),
        Coverage.cylinder_band.is_(None) if band is None else Coverage.cylinder_band == band,
    )
    ident = await session.scalar(stmt)
    assert ident is not None
    return ident


def new_coverage(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "rc  ejecutiva",
        "vehicle_key": 101,
        "service_type": "private",
        "category": "liability",
        "level": 6,
        "cash_price": "8000.00",
        "credit_price": "8900.50",
        "initial_payment": "2500.00",
        "tow_services_included": 3,
    }
    body.update(overrides)
    return body


async def audit_rows(session: AsyncSession, record_id: int) -> list[AuditLog]:
    rows = await session.scalars(
        select(AuditLog)
        .where(AuditLog.table_name == "coverage", AuditLog.record_id == str(record_id))
        .order_by(AuditLog.id)
    )
    return list(rows.all())


async def test_every_route_needs_a_session(client: httpx.AsyncClient) -> None:
    for method, path in [
        ("GET", URL),
        ("POST", URL),
        ("GET", f"{URL}/1"),
        ("PATCH", f"{URL}/1"),
        ("GET", f"{URL}/1/payment-schemes"),
        ("POST", f"{URL}/1/activate"),
        ("POST", f"{URL}/1/deactivate"),
    ]:
        r = await client.request(method, path)
        assert (r.status_code, r.json()["error"]) == (401, "NOT_AUTHENTICATED"), (method, path)


async def test_catalogue_filters_for_everyone(client: httpx.AsyncClient, seller: Subject) -> None:
    r = await client.get(
        URL, params={"vehicle_key": 107, "cylinder_band": "151_to_250", "size": 100}, headers=seller.headers
    )
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert items and {(c["vehicle_key"], c["cylinder_band"]) for c in items} == {(107, "151_to_250")}
    assert {c["vehicle_type"] for c in items} == {"motorcycle"}
    assert {c["name"] for c in items} == {"RC BASICA", "RC PLUS", "RC PRO"}

    r = await client.get(
        URL,
        params={"vehicle_key": 103, "category": "comprehensive", "service_type": "commercial"},
        headers=seller.headers,
    )
    items = r.json()["items"]
    assert {c["name"] for c in items} == {"AMPLIA", "AMPLIA SELECT", "PLATINO", "PLATINO PLUS"}
    assert all(c["is_quoted"] and c["cash_price"] == "0.00" for c in items)

    r = await client.get(URL, params={"q": "plata"}, headers=seller.headers)
    assert [c["name"] for c in r.json()["items"]] == ["PLATAFORMA"]
    assert r.json()["items"][0]["credit_price"] == "9400.00"  # money as a string


async def test_inactive_ones_are_hidden_and_only_admin_may_ask_for_them(
    client: httpx.AsyncClient, seller: Subject, admin: Subject, session: AsyncSession
) -> None:
    ident = await coverage_id(session, "RC PREMIUM")
    r = await client.post(f"{URL}/{ident}/deactivate", headers=admin.headers)
    assert (r.status_code, r.json()["is_active"]) == (200, False)
    names = {
        c["id"] for c in (await client.get(URL, params={"size": 100}, headers=seller.headers)).json()["items"]
    }
    total_active = (await client.get(URL, headers=seller.headers)).json()["total"]
    assert ident not in names
    r = await client.get(URL, params={"include_inactive": True}, headers=seller.headers)
    assert (r.status_code, r.json()["error"]) == (403, "COVERAGES_INACTIVE_FORBIDDEN")
    r = await client.get(
        URL, params={"include_inactive": True, "q": "RC PREMIUM", "vehicle_key": 101}, headers=admin.headers
    )
    assert ident in {c["id"] for c in r.json()["items"]}
    assert (await client.get(URL, params={"include_inactive": True}, headers=admin.headers)).json()[
        "total"
    ] == total_active + 1
    # the detail still answers (policies sold with it keep showing it)
    assert (await client.get(f"{URL}/{ident}", headers=seller.headers)).json()["is_active"] is False
    r = await client.post(f"{URL}/{ident}/activate", headers=admin.headers)
    assert r.json()["is_active"] is True
    actions = [row.action for row in await audit_rows(session, ident)]
    assert actions == ["deactivate", "activate"]


async def test_detail_and_missing(client: httpx.AsyncClient, seller: Subject, session: AsyncSession) -> None:
    ident = await coverage_id(session, "RC BASICA")
    r = await client.get(f"{URL}/{ident}", headers=seller.headers)
    body = r.json()
    assert (body["name"], body["cash_price"], body["credit_price"], body["initial_payment"]) == (
        "RC BASICA",
        "3800.00",
        "4200.00",
        "1200.00",
    )
    assert body["vehicle_key_name"] == "AUTOMOVIL"
    r = await client.get(f"{URL}/999999", headers=seller.headers)
    assert (r.status_code, r.json()["error"]) == (404, "COVERAGE_NOT_FOUND")


async def test_only_admin_edits(
    client: httpx.AsyncClient, seller: Subject, make_user: MakeUser, session: AsyncSession
) -> None:
    manager = await make_user(roles=[("gerente", "ventas")], departments=[("ventas", True)])
    await session.commit()
    for who in (seller, manager):
        r = await client.post(URL, json=new_coverage(), headers=who.headers)
        assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN")
        assert (await client.patch(f"{URL}/1", json={"level": 2}, headers=who.headers)).status_code == 403
        assert (await client.post(f"{URL}/1/deactivate", headers=who.headers)).status_code == 403


async def test_admin_creates_and_edits_prices_with_audit(
    client: httpx.AsyncClient, admin: Subject, session: AsyncSession
) -> None:
    r = await client.post(URL, json=new_coverage(), headers=admin.headers)
    assert r.status_code == 201, r.text
    created = r.json()
    assert (created["name"], created["credit_price"], created["is_active"]) == (
        "RC EJECUTIVA",
        "8900.50",
        True,
    )
    # credit - down (6,400.50) does not split into six whole pesos: the last installment absorbs it
    r = await client.get(
        f"{URL}/{created['id']}/payment-schemes",
        params={"effective_date": "2026-01-31"},
        headers=admin.headers,
    )
    monthly = next(s for s in r.json()["schemes"] if s["plan"] == "monthly_7")
    assert [i["amount"] for i in monthly["installments"]] == ["2500.00", *["1066.75"] * 5, "1066.75"]

    r = await client.patch(
        f"{URL}/{created['id']}",
        json={"cash_price": "8100", "tow_services_included": 4},
        headers=admin.headers,
    )
    assert r.status_code == 200, r.text
    assert (r.json()["cash_price"], r.json()["tow_services_included"]) == ("8100.00", 4)
    insert, update = await audit_rows(session, created["id"])
    assert (
        insert.action == "insert" and insert.after is not None and insert.after["credit_price"] == "8900.50"
    )
    assert update.action == "update"
    assert update.before == {"cash_price": "8000.00", "tow_services_included": 3}
    assert update.after is not None and update.after["cash_price"] == "8100.00"


@pytest.mark.parametrize(
    ("overrides", "field", "fragment"),
    [
        ({"vehicle_key": 107}, "cylinder_band", "Obligatorio"),
        ({"cylinder_band": "up_to_150"}, "cylinder_band", "motocicletas"),
        (
            {"vehicle_key": 107, "cylinder_band": "up_to_150", "category": "comprehensive"},
            "category",
            "101, 103, 105",
        ),
        ({"category": "comprehensive"}, "cash_price", "0.00"),
        ({"initial_payment": "8900.50"}, "initial_payment", "menor que el precio a crédito"),
        ({"initial_payment": "0"}, "initial_payment", "mayor que cero"),
        ({"cash_price": "0"}, "cash_price", "mayor que cero"),
        ({"vehicle_key": 102}, "vehicle_key", "no válida"),
    ],
)
async def test_catalogue_rules(
    client: httpx.AsyncClient, admin: Subject, overrides: dict[str, Any], field: str, fragment: str
) -> None:
    r = await client.post(URL, json=new_coverage(**overrides), headers=admin.headers)
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "COVERAGE_INVALID"
    assert fragment in r.json()["fields"][field]


async def test_amplia_at_zero_for_a_car_is_accepted(client: httpx.AsyncClient, admin: Subject) -> None:
    body = new_coverage(
        name="AMPLIA PLUS", category="comprehensive", cash_price="0", credit_price="0", initial_payment="0"
    )
    r = await client.post(URL, json=body, headers=admin.headers)
    assert (r.status_code, r.json()["is_quoted"]) == (201, True)


async def test_422_spanish_messages_and_unknown_fields(client: httpx.AsyncClient, admin: Subject) -> None:
    r = await client.post(
        URL, json=new_coverage(cash_price="-1", level=0, precio="1", service_type="x"), headers=admin.headers
    )
    assert r.status_code == 422
    fields = r.json()["fields"]
    assert fields["cash_price"] == "Debe ser mayor o igual que 0."
    assert fields["level"] == "Debe ser mayor o igual que 1."
    assert fields["precio"] == "Campo no permitido."
    assert fields["service_type"].startswith("Valor no permitido")
    r = await client.patch(f"{URL}/1", json={"name": None}, headers=admin.headers)
    assert r.status_code == 422 and "no puede quedar vacío" in r.json()["fields"]["body"]


async def test_duplicate_coverage_is_409(client: httpx.AsyncClient, admin: Subject) -> None:
    r = await client.post(URL, json=new_coverage(name="RC BASICA", level=1), headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "COVERAGE_EXISTS")


async def test_identity_is_frozen_once_sold_but_prices_change(
    client: httpx.AsyncClient, admin: Subject, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    await policy_factory(effective=date(2026, 1, 10))  # sells RC BASICA car
    ident = await coverage_id(session, "RC BASICA")
    r = await client.patch(f"{URL}/{ident}", json={"name": "RC BASICA 2"}, headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "COVERAGE_IN_USE")
    assert "name" in r.json()["fields"]
    r = await client.patch(f"{URL}/{ident}", json={"credit_price": "4260.00"}, headers=admin.headers)
    assert (r.status_code, r.json()["credit_price"]) == (200, "4260.00")


async def test_get_for_sale(session: AsyncSession) -> None:
    service = CoverageService(session)
    ident = await coverage_id(session, "RC PLUS")
    coverage = await service.get_for_sale(ident)
    assert coverage.key.code == 101
    coverage.is_active = False
    await session.flush()
    with pytest.raises(CoverageInactiveError) as caught:
        await service.get_for_sale(ident)
    assert caught.value.http_status == 409 and "RC PLUS" in caught.value.detail
    with pytest.raises(CoverageNotFoundError):
        await service.get_for_sale(999_999)


# -- payment schemes ------------------------------------------------------------------------------


def amounts(scheme: dict[str, Any]) -> list[str]:
    return [i["amount"] for i in scheme["installments"]]


def dues(scheme: dict[str, Any]) -> list[str]:
    return [i["due_date"] for i in scheme["installments"]]


async def test_liability_schemes_with_exact_installments(
    client: httpx.AsyncClient, seller: Subject, session: AsyncSession
) -> None:
    ident = await coverage_id(session, "RC BASICA")
    r = await client.get(
        f"{URL}/{ident}/payment-schemes", params={"effective_date": "2026-01-31"}, headers=seller.headers
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["requires_quote"], body["quote"], body["message"]) == (False, None, None)
    schemes = {s["plan"]: s for s in body["schemes"]}
    assert list(schemes) == ["cash", "cash_2_installments", "monthly_7"]
    assert (schemes["cash"]["total"], amounts(schemes["cash"]), dues(schemes["cash"])) == (
        "3800.00",
        ["3800.00"],
        ["2026-01-31"],
    )
    assert amounts(schemes["cash_2_installments"]) == ["1900.00", "1900.00"]
    assert dues(schemes["cash_2_installments"]) == ["2026-01-31", "2026-02-28"]
    monthly = schemes["monthly_7"]
    assert (monthly["total"], monthly["down_payment"], monthly["installments_count"]) == (
        "4200.00",
        "1200.00",
        7,
    )
    assert amounts(monthly) == ["1200.00", *["500.00"] * 6]
    assert dues(monthly) == [
        "2026-01-31",
        "2026-02-28",
        "2026-03-31",
        "2026-04-30",
        "2026-05-31",
        "2026-06-30",
        "2026-07-31",
    ]
    assert sum(Decimal(a) for a in amounts(monthly)) == Decimal(monthly["total"])


async def test_effective_date_defaults_to_today(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    seller = await make_user(roles=[("vendedor", "ventas")], is_seller=True, now=clock.now())
    await session.commit()
    ident = await coverage_id(session, "RC BASICA")
    r = await client.get(f"{URL}/{ident}/payment-schemes", headers=seller.headers)
    assert r.json()["effective_date"] == clock.today().isoformat()


async def test_comprehensive_without_quote_says_it_needs_one(
    client: httpx.AsyncClient, seller: Subject, session: AsyncSession
) -> None:
    ident = await coverage_id(session, "AMPLIA")
    r = await client.get(f"{URL}/{ident}/payment-schemes", headers=seller.headers)
    body = r.json()
    assert r.status_code == 200
    assert body["requires_quote"] is True and body["schemes"] == []
    assert "cotización" in body["message"]
    assert body["allowed_plans"] == [
        "cash",
        "cash_2_installments",
        "quarterly_4",
        "semiannual_2",
        "monthly_12",
    ]


async def test_comprehensive_with_a_quote_uses_its_premium(
    client: httpx.AsyncClient, seller: Subject, session: AsyncSession, fake_quotes: FakeQuotesServer
) -> None:
    fake_quotes.add("AUT-5T6Y7U8I", premium="12850.00")
    ident = await coverage_id(session, "AMPLIA SELECT", key=105)
    r = await client.get(
        f"{URL}/{ident}/payment-schemes",
        params={"effective_date": "2026-12-01", "quote_number": "aut-5t6y7u8i"},
        headers=seller.headers,
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["quote"]["number"] == "AUT-5T6Y7U8I" and body["quote"]["premium"] == "12850.00"
    schemes = {s["plan"]: s for s in body["schemes"]}
    assert amounts(schemes["quarterly_4"]) == ["3212.50"] * 4
    assert dues(schemes["quarterly_4"]) == ["2026-12-01", "2027-03-01", "2027-06-01", "2027-09-01"]
    assert amounts(schemes["semiannual_2"]) == ["6425.00", "6425.00"]
    assert amounts(schemes["monthly_12"]) == ["1070.83"] * 11 + ["1070.87"]
    assert all(s["total"] == "12850.00" for s in schemes.values())
    assert fake_quotes.quotes["AUT-5T6Y7U8I"].status == "valid"  # looking is not approving


async def test_quote_problems_surface_as_clear_errors(
    client: httpx.AsyncClient, seller: Subject, session: AsyncSession, fake_quotes: FakeQuotesServer
) -> None:
    ident = await coverage_id(session, "AMPLIA")
    url = f"{URL}/{ident}/payment-schemes"
    fake_quotes.add("AUT-EXPIRED1", status="expired", valid_until="2026-10-01")
    r = await client.get(url, params={"quote_number": "AUT-EXPIRED1"}, headers=seller.headers)
    assert (r.status_code, r.json()["error"]) == (409, "QUOTE_EXPIRED")
    r = await client.get(url, params={"quote_number": "AUT-NOEXISTE"}, headers=seller.headers)
    assert (r.status_code, r.json()["error"]) == (404, "QUOTE_NOT_FOUND")
    r = await client.get(url, params={"quote_number": "AUT-12"}, headers=seller.headers)
    assert r.status_code == 422 and "AUT-XXXXXXXX" in r.json()["fields"]["quote_number"]
    fake_quotes.fail_status = 503
    r = await client.get(url, params={"quote_number": "AUT-EXPIRED1"}, headers=seller.headers)
    assert r.status_code == 503
    assert r.json() == {
        "error": "QUOTES_UNAVAILABLE",
        "detail": "El sistema de cotizaciones no responde; intenta más tarde.",
        "fields": {},
    }


async def test_schemes_service_refuses_comprehensive_without_premium(session: AsyncSession) -> None:
    ident = await coverage_id(session, "PLATINO")
    coverage = await CoverageService(session).get(ident)
    assert coverage.category == CoverageCategory.COMPREHENSIVE
    with pytest.raises(CoverageRequiresQuoteError):
        CoverageService.schemes(coverage, date(2026, 1, 1), None)
    schemes = CoverageService.schemes(coverage, date(2026, 1, 1), Decimal("9999.99"))
    assert [s.total for s in schemes] == [Decimal("9999.99")] * 5
