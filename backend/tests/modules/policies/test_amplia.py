"""The AMPLIA family: premium from the external quote (a fake quotes system on loopback), the AMPLIA
detail, the approval job sent only after the commit, and AMPLIA SELECT's eligibility (with the
criterion that cannot be verified yet and the manager's audited confirmation)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.models import AuditLog, Client, Vehicle
from app.modules.policies.router import quotes_client
from app.modules.quotes.client import QuotesClient
from app.tasks.quotes import APPROVE_TASK
from tests.fixtures.factories import make_vehicle
from tests.fixtures.fake_quotes import API_KEY, FakeQuotesServer, Recorded
from tests.fixtures.ports import closed_port
from tests.modules.policies.conftest import API, Team, reload, seed_policy
from tests.modules.policies.test_create import client_and_vehicle, coverage, payload

QUEUE = "protegrt"  # Celery's default queue (app.tasks)
AMPLIA_PRICES = {"purchase_price": "200000.00", "sale_price": "180000.50"}


def point_quotes_at(app: FastAPI, url: str) -> None:
    settings = get_settings().model_copy(
        update={"quotes_api_url": url, "quotes_api_key": SecretStr(API_KEY), "quotes_api_timeout_s": 2.0}
    )
    app.dependency_overrides[quotes_client] = lambda: QuotesClient(settings)


@pytest.fixture
def fake_quotes(app: FastAPI, fake_quotes_server: FakeQuotesServer) -> Iterator[FakeQuotesServer]:
    """The shared loopback quotes server (tests/fixtures/fake_quotes.py), reset, with the app's
    quotes client pointing at it."""
    fake_quotes_server.reset()
    point_quotes_at(app, fake_quotes_server.url)
    yield fake_quotes_server
    app.dependency_overrides.pop(quotes_client, None)


@pytest.fixture
async def queue(redis: Redis) -> Redis:
    await redis.delete(QUEUE)
    return redis


async def sent_tasks(redis: Redis) -> list[tuple[str, str]]:
    """(task name, args) of the Celery messages waiting in the broker."""
    out = []
    for raw in await redis.lrange(QUEUE, 0, -1):  # type: ignore[misc]
        headers = json.loads(raw)["headers"]
        out.append((headers["task"], headers["argsrepr"]))
    return out


def amplia_body(
    owner: Client, vehicle: Vehicle, cov: Any, plan: str = "quarterly_4", **extra: Any
) -> dict[str, Any]:
    return payload(owner, vehicle, cov, plan, quote_number="aut-7k2m9q1z", amplia=AMPLIA_PRICES, **extra)


async def test_amplia_premium_comes_from_the_quote(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, fake_quotes: FakeQuotesServer, queue: Redis
) -> None:
    fake_quotes.add("AUT-7K2M9Q1Z", premium="12850.00", valid_until="2026-12-15")
    owner, vehicle = await client_and_vehicle(session)
    amplia = await coverage(session, "AMPLIA")
    r = await client.post(API, headers=team.seller.headers, json=amplia_body(owner, vehicle, amplia))
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["prima_total"], body["quote_external_id"], body["payment_plan"]) == (
        "12850.00",
        "AUT-7K2M9Q1Z",
        "quarterly_4",
    )
    assert [(i["due_date"], i["amount"]) for i in body["installments"]] == [
        ("2026-11-28", "3212.50"),
        ("2027-02-28", "3212.50"),
        ("2027-05-28", "3212.50"),
        ("2027-08-28", "3212.50"),
    ]
    assert body["amplia_detail"] == {
        "purchase_price": "200000.00",
        "sale_price": "180000.50",
        "commercial_value": "190000.25",
        "deductible_damage_pct": "5.00",
        "deductible_theft_pct": "10.00",
    }
    assert body["tow_services_available"] == amplia.tow_services_included
    # validated with our key; approved only by the job sent after the commit
    assert fake_quotes.requests == [Recorded("GET", "/quotes/validate/AUT-7K2M9Q1Z", API_KEY)]
    assert fake_quotes.quotes["AUT-7K2M9Q1Z"].status == "valid"
    assert await sent_tasks(queue) == [(APPROVE_TASK, f"({body['id']},)")]
    assert {"policy_amplia_detail"} <= {h["table_name"] for h in body["history"]}


async def test_a_rolled_back_amplia_policy_never_sends_the_approval(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, fake_quotes: FakeQuotesServer, queue: Redis
) -> None:
    fake_quotes.add("AUT-7K2M9Q1Z", premium="12850.00")
    owner, vehicle = await client_and_vehicle(session)
    amplia = await coverage(session, "AMPLIA")
    r = await client.post(
        API,
        headers=team.seller.headers,
        json=amplia_body(owner, vehicle, amplia, promotion_codes=["NOEXISTE"]),
    )
    assert (r.status_code, r.json()["error"]) == (422, "PROMOTION_NOT_APPLICABLE")
    assert await sent_tasks(queue) == []


async def test_amplia_refusals(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, fake_quotes: FakeQuotesServer, app: FastAPI
) -> None:
    fake_quotes.add("AUT-7K2M9Q1Z", premium="12850.00")
    fake_quotes.add("AUT-EXPIRED1", premium="9000.00", status="expired")
    fake_quotes.add("AUT-OLDDATE1", premium="9000.00", valid_until="2026-11-27")
    fake_quotes.add("AUT-APPROVED", premium="9000.00", status="approved")
    owner, vehicle = await client_and_vehicle(session)
    amplia = await coverage(session, "AMPLIA")
    h = team.seller.headers

    r = await client.post(API, headers=h, json=payload(owner, vehicle, amplia, "quarterly_4"))
    assert (r.status_code, r.json()["error"]) == (422, "QUOTE_REQUIRED")
    assert r.json()["fields"] == {
        "quote_number": "Obligatorio para la familia AMPLIA.",
        "amplia": "Obligatorio para la familia AMPLIA.",
    }
    r = await client.post(API, headers=h, json=amplia_body(owner, vehicle, amplia, "monthly_7"))
    assert (r.status_code, r.json()["error"]) == (422, "PLAN_NOT_ALLOWED")
    for number, status, code in (
        ("AUT-NOEXISTE", 404, "QUOTE_NOT_FOUND"),
        ("AUT-EXPIRED1", 409, "QUOTE_EXPIRED"),
        ("AUT-OLDDATE1", 409, "QUOTE_EXPIRED"),
        ("AUT-APPROVED", 409, "QUOTE_ALREADY_USED"),
    ):
        r = await client.post(
            API, headers=h, json={**amplia_body(owner, vehicle, amplia), "quote_number": number}
        )
        assert (r.status_code, r.json()["error"]) == (status, code), number

    # a quote already on one of our policies is refused before asking the quotes system
    first = await client.post(API, headers=h, json=amplia_body(owner, vehicle, amplia))
    assert first.status_code == 201, first.text
    _, other_vehicle = await client_and_vehicle(session)
    other_vehicle_row = await session.get(Vehicle, other_vehicle.id)
    assert other_vehicle_row is not None
    other_vehicle_row.client_id = owner.id
    await session.flush()
    r = await client.post(
        API,
        headers=h,
        json={**amplia_body(owner, other_vehicle, amplia), "contract_folio": "OTRO-1"},
    )
    assert (r.status_code, r.json()["error"]) == (409, "QUOTE_ALREADY_USED")
    assert r.json()["detail"].startswith(
        f"La cotización AUT-7K2M9Q1Z ya se usó en la póliza {first.json()['folio']}"
    )

    point_quotes_at(app, f"http://127.0.0.1:{closed_port()}")  # the quotes system is down
    r = await client.post(
        API, headers=h, json={**amplia_body(owner, other_vehicle, amplia), "quote_number": "AUT-ABCDEFGH"}
    )
    assert (r.status_code, r.json()["error"]) == (503, "QUOTES_UNAVAILABLE")


# -- AMPLIA SELECT ------------------------------------------------------------------------------------


async def returning_client(session: AsyncSession, **flags: bool) -> tuple[Client, Vehicle]:
    """A client with a previous policy (on another vehicle) and a new vehicle of theirs."""
    old = await seed_policy(session)
    previous = await reload(session, old.policy.id)
    for name, value in flags.items():
        setattr(previous, name, value)
    owner = await session.get(Client, old.policy.client_id)
    assert owner is not None
    vehicle = await make_vehicle(session, owner)
    await session.flush()
    return owner, vehicle


async def test_eligibility_names_the_unverifiable_criterion(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    newcomer, their_vehicle = await client_and_vehicle(session)
    r = await client.get(
        f"{API}/amplia-select-eligibility",
        headers=team.seller.headers,
        params={"client_id": newcomer.id, "vehicle_id": their_vehicle.id},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["eligible"] is False and body["requires_manager_confirmation"] is False
    statuses = {c["code"]: c["status"] for c in body["criteria"]}
    assert statuses == {
        "renewal_history": "not_met",
        "no_payment_issues": "met",
        "no_fraud_observation": "met",
        "no_at_fault_incident": "unverified",
    }
    unverified = body["criteria"][3]
    assert "todavía no registra siniestros" in unverified["explanation"]
    assert body["vehicle_allows_comprehensive"] is True

    owner, vehicle = await returning_client(session)
    r = await client.get(
        f"{API}/amplia-select-eligibility",
        headers=team.assistant.headers,
        params={"client_id": owner.id, "vehicle_id": vehicle.id},
    )
    body = r.json()
    assert body["eligible"] is None and body["requires_manager_confirmation"] is True
    assert (
        body["summary"]
        == "Cumple los requisitos verificables; falta la confirmación de un gerente de Ventas."
    )

    flagged, flagged_vehicle = await returning_client(
        session, has_payment_issues=True, has_fraud_observation=True
    )
    r = await client.get(
        f"{API}/amplia-select-eligibility",
        headers=team.seller.headers,
        params={"client_id": flagged.id, "vehicle_id": flagged_vehicle.id},
    )
    statuses = {c["code"]: c["status"] for c in r.json()["criteria"]}
    assert statuses["no_payment_issues"] == statuses["no_fraud_observation"] == "not_met"
    assert r.json()["eligible"] is False

    r = await client.get(
        f"{API}/amplia-select-eligibility",
        headers=team.seller.headers,
        params={"client_id": owner.id, "vehicle_id": their_vehicle.id},
    )
    assert (r.status_code, r.json()["error"]) == (409, "VEHICLE_OWNED_BY_OTHER_CLIENT")
    r = await client.get(
        f"{API}/amplia-select-eligibility", headers=team.seller.headers, params={"client_id": 1}
    )
    assert r.status_code == 422 and r.json()["fields"] == {"vehicle_id": "Este campo es obligatorio."}


async def test_amplia_select_needs_a_sales_managers_audited_confirmation(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, fake_quotes: FakeQuotesServer
) -> None:
    fake_quotes.add("AUT-7K2M9Q1Z", premium="15000.00")
    owner, vehicle = await returning_client(session)
    select_cov = await coverage(session, "AMPLIA SELECT")
    body = amplia_body(owner, vehicle, select_cov, "semiannual_2", seller_id=team.seller.employee_id)

    r = await client.post(API, headers=team.sales_manager.headers, json=body)
    assert (r.status_code, r.json()["error"]) == (422, "AMPLIA_SELECT_CONFIRMATION_REQUIRED")
    assert "no tuvo siniestros con responsabilidad" in r.json()["detail"]
    confirmed = {**body, "amplia_select_confirmed_by_manager": True}
    seller_own = {key: value for key, value in confirmed.items() if key != "seller_id"}
    r = await client.post(API, headers=team.seller.headers, json=seller_own)
    assert (r.status_code, r.json()["error"]) == (403, "AMPLIA_SELECT_CONFIRMATION_FORBIDDEN")
    # a gerente of another department may create policies but not confirm this
    r = await client.post(API, headers=team.collections_manager.headers, json=confirmed)
    assert (r.status_code, r.json()["error"]) == (403, "AMPLIA_SELECT_CONFIRMATION_FORBIDDEN")

    r = await client.post(API, headers=team.sales_manager.headers, json=confirmed)
    assert r.status_code == 201, r.text
    created = r.json()
    assert [i["amount"] for i in created["installments"]] == ["7500.00", "7500.00"]
    assert (
        created["amplia_detail"]["deductible_damage_pct"],
        created["amplia_detail"]["deductible_theft_pct"],
    ) == (
        "3.00",
        "5.00",
    )
    [row] = (
        await session.scalars(
            select(AuditLog).where(
                AuditLog.table_name == "policy",
                AuditLog.record_id == str(created["id"]),
                AuditLog.action == "amplia_select_confirmed",
            )
        )
    ).all()
    assert row.user_id == team.sales_manager.user_id
    assert row.after is not None and row.after["unverified"] == ["no_at_fault_incident"]
    assert row.after["confirmed_by_user_id"] == team.sales_manager.user_id


async def test_amplia_select_refused_when_a_criterion_fails(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, fake_quotes: FakeQuotesServer
) -> None:
    fake_quotes.add("AUT-7K2M9Q1Z", premium="15000.00")
    select_cov = await coverage(session, "AMPLIA SELECT")
    owner, vehicle = await returning_client(session, has_fraud_observation=True)
    body = amplia_body(owner, vehicle, select_cov, amplia_select_confirmed_by_manager=True)
    r = await client.post(
        API, headers=team.admin.headers, json={**body, "seller_id": team.seller.employee_id}
    )
    assert (r.status_code, r.json()["error"]) == (422, "AMPLIA_SELECT_NOT_ELIGIBLE")
    assert r.json()["fields"] == {
        "no_fraud_observation": "Una póliza del cliente tiene una observación de fraude."
    }
    newcomer, their_vehicle = await client_and_vehicle(session)
    body = amplia_body(newcomer, their_vehicle, select_cov, amplia_select_confirmed_by_manager=True)
    r = await client.post(
        API, headers=team.admin.headers, json={**body, "seller_id": team.seller.employee_id}
    )
    assert (r.status_code, r.json()["error"]) == (422, "AMPLIA_SELECT_NOT_ELIGIBLE")
    assert set(r.json()["fields"]) == {"renewal_history"}
    # the confirmation means nothing outside AMPLIA SELECT
    amplia = await coverage(session, "AMPLIA")
    body = amplia_body(newcomer, their_vehicle, amplia, amplia_select_confirmed_by_manager=True)
    r = await client.post(API, headers=team.seller.headers, json=body)
    assert r.status_code == 422
    assert r.json()["fields"] == {
        "amplia_select_confirmed_by_manager": "Solo aplica a la cobertura AMPLIA SELECT."
    }


async def test_monthly_12_splits_the_quoted_premium_exactly(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, fake_quotes: FakeQuotesServer
) -> None:
    fake_quotes.add("AUT-7K2M9Q1Z", premium="12000.05")
    owner, vehicle = await client_and_vehicle(session)
    platino = await coverage(session, "PLATINO")
    r = await client.post(
        API, headers=team.seller.headers, json=amplia_body(owner, vehicle, platino, "monthly_12")
    )
    assert r.status_code == 201, r.text
    amounts = [i["amount"] for i in r.json()["installments"]]
    assert amounts == ["1000.00"] * 11 + ["1000.05"]  # the last absorbs the cents
    assert [i["due_date"] for i in r.json()["installments"]][-1] == "2027-10-28"
