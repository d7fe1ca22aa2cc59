"""Creating policies (domain.md §4) through HTTP: every plan of the liability ladder, the card, the
audit, the event, promotions, and every validation refusal with its code and Spanish message."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.models import (
    AuditLog,
    Card,
    Client,
    CollectionAssignment,
    Coverage,
    Employee,
    Policy,
    Promotion,
    PromotionRule,
    Vehicle,
)
from app.models.enums import BenefitType, CylinderBand, PolicyStatus, ServiceType
from tests.fixtures.factories import make_client, make_vehicle
from tests.modules.policies.conftest import API, TODAY, Team, reload, seed_policy
from tests.modules.policies.test_edit import Captured


async def coverage(
    session: AsyncSession,
    name: str = "RC BASICA",
    *,
    key: int = 101,
    service: ServiceType = ServiceType.PRIVATE,
    band: CylinderBand | None = None,
) -> Coverage:
    found = await session.scalar(
        select(Coverage).where(
            Coverage.name == name,
            Coverage.vehicle_key == key,
            Coverage.service_type == service,
            Coverage.cylinder_band.is_(None) if band is None else Coverage.cylinder_band == band,
        )
    )
    assert found is not None, name
    return found


async def client_and_vehicle(session: AsyncSession, *, owned: bool = True) -> tuple[Client, Vehicle]:
    owner = await make_client(session)
    vehicle = await make_vehicle(session, owner if owned else None)
    await session.flush()
    return owner, vehicle


def payload(
    owner: Client, vehicle: Vehicle, cov: Coverage, plan: str = "monthly_7", **extra: Any
) -> dict[str, Any]:
    return {
        "client_id": owner.id,
        "vehicle_id": vehicle.id,
        "coverage_id": cov.id,
        "payment_plan": plan,
        "contract_folio": f"CT-{vehicle.id}",
        **extra,
    }


async def reload_vehicle(session: AsyncSession, vehicle_id: int) -> Vehicle:
    vehicle = await session.get(Vehicle, vehicle_id, populate_existing=True)
    assert vehicle is not None
    return vehicle


async def audit_count(
    session: AsyncSession, table: str, record_ids: list[int], action: str = "insert"
) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(AuditLog)
            .where(
                AuditLog.table_name == table,
                AuditLog.record_id.in_([str(i) for i in record_ids]),
                AuditLog.action == action,
            )
        )
        or 0
    )


# -- happy paths ---------------------------------------------------------------------------------------


async def test_seller_creates_a_monthly_7_policy_for_themself(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    owner, vehicle = await client_and_vehicle(session, owned=False)
    cov = await coverage(session)
    with Captured("policy.created") as captured:
        r = await client.post(API, headers=team.seller.headers, json=payload(owner, vehicle, cov))
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["folio"] >= get_settings().policy_folio_start
    assert (body["contract_folio"], body["payment_plan"], body["prima_total"]) == (
        f"CT-{vehicle.id}",
        "monthly_7",
        "4200.00",
    )
    assert (body["sale_date"], body["elaboration_date"], body["effective_date"], body["expiration_date"]) == (
        "2026-11-28",
        "2026-11-28",
        "2026-11-28",
        "2027-11-28",
    )
    assert body["seller"]["id"] == team.seller.employee_id
    assert body["data_entry_user_id"] == team.seller.user_id
    assert body["tow_services_available"] == cov.tow_services_included == 1
    assert body["status"] == "pending"  # installment 1 due today, unpaid
    installments = body["installments"]
    assert [i["amount"] for i in installments] == ["1200.00"] + ["500.00"] * 6
    assert sum(Decimal(i["amount"]) for i in installments) == Decimal("4200.00")
    assert [i["due_date"] for i in installments][:3] == ["2026-11-28", "2026-12-28", "2027-01-28"]
    assert {i["seller_id"] for i in installments} == {team.seller.employee_id}
    assert {i["status"] for i in installments} == {"pending"}
    assert body["card"]["holder"] == "office" and body["card"]["holder_label"] == "OFICINA"
    assert body["card"]["status"] == "active"

    pid = body["id"]
    card = await session.scalar(select(Card).where(Card.policy_id == pid))
    assert card is not None
    [first] = (
        await session.scalars(select(CollectionAssignment).where(CollectionAssignment.card_id == card.id))
    ).all()
    assert (first.from_holder, first.to_holder, first.assigned_by_user_id) == (
        None,
        "office",
        team.seller.user_id,
    )
    # the vehicle had no owner: it is now the client's (through the vehicles module, audited)
    assert (await reload_vehicle(session, vehicle.id)).client_id == owner.id
    assert await audit_count(session, "vehicle", [vehicle.id], "update") == 1
    # audit: the whole policy, each installment, the card
    [insert] = (
        await session.scalars(
            select(AuditLog).where(
                AuditLog.table_name == "policy", AuditLog.record_id == str(pid), AuditLog.action == "insert"
            )
        )
    ).all()
    assert insert.after is not None
    assert insert.after["folio"] == body["folio"] and insert.after["prima_total"] == "4200.00"
    assert insert.after["seller_id"] == team.seller.employee_id and insert.user_id == team.seller.user_id
    assert await audit_count(session, "payment", [i["id"] for i in installments]) == 7
    assert await audit_count(session, "card", [card.id]) == 1
    [event] = captured.events
    assert event.payload["policy_id"] == pid and event.payload["folio"] == body["folio"]
    assert event.payload["seller_id"] == team.seller.employee_id and event.payload["status"] == "pending"
    # the detail shows the history of the creation
    assert {h["action"] for h in body["history"]} >= {"insert"}


async def test_cash_and_cash_2_installments(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    cov = await coverage(session)
    owner, vehicle = await client_and_vehicle(session)
    r = await client.post(API, headers=team.seller.headers, json=payload(owner, vehicle, cov, "cash"))
    assert r.status_code == 201, r.text
    assert r.json()["prima_total"] == "3800.00"
    assert [(i["payment_number"], i["due_date"], i["amount"]) for i in r.json()["installments"]] == [
        (1, "2026-11-28", "3800.00")
    ]
    owner, vehicle = await client_and_vehicle(session)
    r = await client.post(
        API,
        headers=team.seller.headers,
        json=payload(owner, vehicle, cov, "cash_2_installments", effective_date="2027-01-31"),
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["prima_total"] == "3800.00"
    assert [(i["due_date"], i["amount"]) for i in body["installments"]] == [
        ("2027-01-31", "1900.00"),
        ("2027-02-28", "1900.00"),  # anchored and clamped
    ]
    assert body["status"] == "pre_effective"
    assert body["expiration_date"] == "2028-01-31"


async def test_manager_sells_in_a_sellers_name_and_a_renewal_starts_when_the_old_one_ends(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    old = await seed_policy(session, effective=date(2025, 12, 10))
    owner = await session.get(Client, old.policy.client_id)
    vehicle = await session.get(Vehicle, old.policy.vehicle_id)
    assert owner is not None and vehicle is not None
    cov = await coverage(session, "RC PLUS")
    renewal = payload(
        owner,
        vehicle,
        cov,
        seller_id=team.other_seller.employee_id,
        effective_date="2026-12-10",  # the day the old policy ends
        sale_date="2026-11-27",
        renewal_folio=old.policy.folio,
    )
    r = await client.post(API, headers=team.sales_manager.headers, json=renewal)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["renewal_folio"] == old.policy.folio
    assert body["seller"]["id"] == team.other_seller.employee_id
    assert body["data_entry_user_id"] == team.sales_manager.user_id
    assert body["status"] == "pre_effective"
    assert body["prima_total"] == "5000.00"  # RC PLUS credit price 1,400 + 6 x 600
    # a second renewal of the same policy is refused
    again = {**renewal, "contract_folio": "REN-2", "effective_date": "2027-11-10", "sale_date": "2026-11-28"}
    r = await client.post(API, headers=team.sales_manager.headers, json=again)
    assert (r.status_code, r.json()["error"]) == (409, "POLICY_ALREADY_RENEWED")


async def test_promotions_are_applied_in_the_same_transaction(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    promotion = Promotion(
        code="BUENFIN", name="Buen Fin", starts_on=date(2026, 11, 1), ends_on=date(2026, 11, 30)
    )
    promotion.rules = [
        PromotionRule(benefit_type=BenefitType.FIXED_AMOUNT, value=Decimal("700.00"), conditions={})
    ]
    session.add(promotion)
    owner, vehicle = await client_and_vehicle(session)
    cov = await coverage(session)
    r = await client.post(
        API, headers=team.seller.headers, json=payload(owner, vehicle, cov, promotion_codes=["buenfin"])
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["prima_total"] == "4200.00" and body["total_discount"] == "700.00"
    amounts = [Decimal(i["amount"]) for i in body["installments"]]
    assert sum(amounts) == Decimal("3500.00")
    assert [i["payment_number"] for i in body["installments"]] == [1, 2, 3, 4, 5, 6]  # 7 absorbed, 6 reduced
    assert amounts[-1] == Decimal("300.00")
    [application] = body["promotions"]
    assert (application["promotion_code"], application["discount"]) == ("BUENFIN", "700.00")


# -- permissions ----------------------------------------------------------------------------------------


async def test_who_may_create(client: httpx.AsyncClient, session: AsyncSession, team: Team) -> None:
    cov = await coverage(session)
    owner, vehicle = await client_and_vehicle(session)
    for subject in (team.collector, team.adjuster, team.assistant):
        r = await client.post(API, headers=subject.headers, json=payload(owner, vehicle, cov))
        assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN"), subject.roles
    r = await client.post(API, json=payload(owner, vehicle, cov))
    assert r.status_code == 401
    # a seller may not sell in another seller's name
    r = await client.post(
        API,
        headers=team.seller.headers,
        json=payload(owner, vehicle, cov, seller_id=team.other_seller.employee_id),
    )
    assert (r.status_code, r.json()["error"]) == (403, "SELLER_NOT_ALLOWED")
    assert r.json()["detail"].startswith("Solo un gerente o un administrador")
    # a manager who does not sell must name the seller
    r = await client.post(API, headers=team.sales_manager.headers, json=payload(owner, vehicle, cov))
    assert (r.status_code, r.json()["error"]) == (422, "SELLER_REQUIRED")
    assert r.json()["fields"] == {"seller_id": "Este campo es obligatorio."}
    for employee_id in (team.assistant.employee_id, 999_999):
        r = await client.post(
            API, headers=team.admin.headers, json=payload(owner, vehicle, cov, seller_id=employee_id)
        )
        assert (r.status_code, r.json()["error"]) == (422, "SELLER_NOT_ACTIVE")
    inactive = await session.get(Employee, team.other_seller.employee_id)
    assert inactive is not None
    inactive.is_active = False
    await session.flush()
    r = await client.post(
        API,
        headers=team.admin.headers,
        json=payload(owner, vehicle, cov, seller_id=team.other_seller.employee_id),
    )
    assert (r.status_code, r.json()["error"]) == (422, "SELLER_NOT_ACTIVE")
    r = await client.post(
        API,
        headers=team.collections_manager.headers,
        json=payload(owner, vehicle, cov, seller_id=team.seller.employee_id),
    )
    assert r.status_code == 201  # any gerente holds policies.create


# -- refusals -----------------------------------------------------------------------------------------


async def test_client_and_vehicle_refusals(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    cov = await coverage(session)
    owner, vehicle = await client_and_vehicle(session)
    other, _ = await client_and_vehicle(session)
    h = team.seller.headers

    r = await client.post(API, headers=h, json={**payload(owner, vehicle, cov), "client_id": 999_999})
    assert (r.status_code, r.json()["error"]) == (422, "CLIENT_NOT_FOUND")
    assert r.json()["fields"] == {"client_id": "El cliente no existe o fue dado de baja."}
    deleted = await session.get(Client, other.id)
    assert deleted is not None
    deleted.deleted_at = func.now()
    await session.flush()
    r = await client.post(API, headers=h, json={**payload(owner, vehicle, cov), "client_id": other.id})
    assert (r.status_code, r.json()["error"]) == (422, "CLIENT_NOT_FOUND")

    r = await client.post(API, headers=h, json={**payload(owner, vehicle, cov), "vehicle_id": 999_999})
    assert (r.status_code, r.json()["error"]) == (422, "VEHICLE_NOT_FOUND")
    _, their_vehicle = await client_and_vehicle(session)
    r = await client.post(API, headers=h, json={**payload(owner, their_vehicle, cov)})
    assert (r.status_code, r.json()["error"]) == (409, "VEHICLE_OWNED_BY_OTHER_CLIENT")
    assert r.json()["detail"] == "El vehículo está registrado a nombre de otro cliente."


async def test_a_vehicle_cannot_have_two_live_policies_at_once(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    live = await seed_policy(session, effective=date(2026, 6, 1), status=PolicyStatus.ACTIVE)
    owner = await session.get(Client, live.policy.client_id)
    vehicle = await session.get(Vehicle, live.policy.vehicle_id)
    assert owner is not None and vehicle is not None
    cov = await coverage(session)
    r = await client.post(API, headers=team.seller.headers, json=payload(owner, vehicle, cov))
    assert (r.status_code, r.json()["error"]) == (409, "VEHICLE_HAS_LIVE_POLICY")
    assert r.json()["detail"] == (
        f"El vehículo ya tiene la póliza {live.policy.folio} vigente del 01/06/2026 al 01/06/2027, "
        "que se empalma con las fechas de la nueva."
    )
    # cancelled and expired policies do not count
    for status in (PolicyStatus.CANCELLED, PolicyStatus.EXPIRED):
        (await reload(session, live.policy.id)).status = status
        await session.flush()
        r = await client.post(
            API,
            headers=team.seller.headers,
            json={**payload(owner, vehicle, cov), "contract_folio": f"C-{status}"},
        )
        assert r.status_code == 201, r.text
        (await reload(session, r.json()["id"])).status = PolicyStatus.CANCELLED
        await session.flush()


async def test_contract_folio_is_unique(client: httpx.AsyncClient, session: AsyncSession, team: Team) -> None:
    await seed_policy(session, contract_folio="PAPEL-1")
    owner, vehicle = await client_and_vehicle(session)
    cov = await coverage(session)
    r = await client.post(
        API, headers=team.seller.headers, json={**payload(owner, vehicle, cov), "contract_folio": " papel-1 "}
    )
    assert (r.status_code, r.json()["error"]) == (409, "CONTRACT_FOLIO_EXISTS")
    assert r.json()["detail"] == "Ya existe una póliza con ese folio de contrato."


@pytest.mark.parametrize(
    ("dates", "fields"),
    [
        (
            {"effective_date": "2026-09-28", "sale_date": "2026-09-28"},
            {
                "effective_date": "El inicio de vigencia no puede ser de hace más de 60 días "
                "(mínimo 29/09/2026)."
            },
        ),
        (
            {"effective_date": "2027-11-29"},
            {"effective_date": "El inicio de vigencia no puede ser después del 28/11/2027."},
        ),
        (
            {"sale_date": "2026-11-29", "effective_date": "2026-12-01"},
            {
                "sale_date": "La fecha de venta no puede ser futura.",
                "elaboration_date": "La fecha de elaboración no puede ser anterior a la venta.",
            },
        ),
        (
            {"sale_date": "2026-11-20", "effective_date": "2026-11-19"},
            {"sale_date": "La fecha de venta no puede ser posterior al inicio de vigencia."},
        ),
        (
            {"sale_date": "2026-11-20", "elaboration_date": "2026-11-19"},
            {"elaboration_date": "La fecha de elaboración no puede ser anterior a la venta."},
        ),
        (
            {"elaboration_date": "2026-11-29"},
            {"elaboration_date": "La fecha de elaboración no puede ser futura."},
        ),
        (
            {"expiration_date": "2026-11-28"},
            {"expiration_date": "El fin de vigencia debe ser posterior al inicio."},
        ),
        ({"expiration_date": "2027-11-29"}, {"expiration_date": "La vigencia no puede ser mayor a un año."}),
        (
            {"expiration_date": "2027-05-27"},
            {"expiration_date": "El fin de vigencia no puede ser anterior al último pago (28/05/2027)."},
        ),
    ],
)
async def test_date_rules(
    client: httpx.AsyncClient,
    session: AsyncSession,
    team: Team,
    dates: dict[str, str],
    fields: dict[str, str],
) -> None:
    owner, vehicle = await client_and_vehicle(session)
    cov = await coverage(session)
    r = await client.post(API, headers=team.seller.headers, json={**payload(owner, vehicle, cov), **dates})
    assert (r.status_code, r.json()["error"]) == (422, "POLICY_DATES_INVALID"), r.text
    assert r.json()["fields"] == fields


async def test_sixty_days_back_is_the_limit(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    owner, vehicle = await client_and_vehicle(session)
    cov = await coverage(session)
    start = TODAY - timedelta(days=60)
    r = await client.post(
        API,
        headers=team.seller.headers,
        json={
            **payload(owner, vehicle, cov),
            "effective_date": start.isoformat(),
            "sale_date": start.isoformat(),
        },
    )
    assert r.status_code == 201, r.text
    # captured late with installment 1 unpaid: the StatusUpdater makes it morosa right away
    assert r.json()["status"] == "morosa"
    assert r.json()["installments"][0]["status"] == "overdue"


async def test_coverage_and_plan_refusals(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    owner, vehicle = await client_and_vehicle(session)
    h = team.seller.headers
    basica = await coverage(session)
    r = await client.post(API, headers=h, json=payload(owner, vehicle, basica, "monthly_12"))
    assert (r.status_code, r.json()["error"]) == (422, "PLAN_NOT_ALLOWED")
    assert r.json()["detail"] == (
        "La forma de pago «12 pagos mensuales» no está permitida para RC BASICA. "
        "Opciones: Contado, Contado en 2 pagos, 7 pagos mensuales."
    )
    moto = await coverage(session, key=107, band=CylinderBand.UP_TO_150)
    r = await client.post(API, headers=h, json=payload(owner, vehicle, moto))
    assert (r.status_code, r.json()["error"]) == (422, "COVERAGE_VEHICLE_MISMATCH")
    commercial = await coverage(session, service=ServiceType.COMMERCIAL)
    r = await client.post(API, headers=h, json=payload(owner, vehicle, commercial))
    assert (r.status_code, r.json()["error"]) == (422, "COVERAGE_VEHICLE_MISMATCH")
    r = await client.post(API, headers=h, json={**payload(owner, vehicle, basica), "coverage_id": 99_999})
    assert (r.status_code, r.json()["error"]) == (404, "COVERAGE_NOT_FOUND")
    retired = await session.get(Coverage, (await coverage(session, "RC PRO")).id)
    assert retired is not None
    retired.is_active = False
    await session.flush()
    r = await client.post(API, headers=h, json=payload(owner, vehicle, retired))
    assert (r.status_code, r.json()["error"]) == (409, "COVERAGE_INACTIVE")
    r = await client.post(API, headers=h, json=payload(owner, vehicle, basica, quote_number="AUT-12345678"))
    assert (r.status_code, r.json()["error"]) == (422, "QUOTE_NOT_APPLICABLE")
    assert r.json()["fields"] == {"quote_number": "Solo para coberturas de la familia AMPLIA."}


async def test_body_validation_in_spanish(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    owner, vehicle = await client_and_vehicle(session)
    cov = await coverage(session)
    r = await client.post(
        API,
        headers=team.seller.headers,
        json={
            **payload(owner, vehicle, cov, "weekly"),
            "folio": 1,
            "quote_number": "123",
            "promotion_codes": ["A", "A"],
        },
    )
    assert r.status_code == 422
    fields = r.json()["fields"]
    assert fields["payment_plan"].startswith("Valor no permitido.")
    assert fields["folio"] == "Campo no permitido."
    assert fields["quote_number"] == "El número de cotización debe tener el formato AUT-XXXXXXXX."
    r = await client.post(API, headers=team.seller.headers, json={"client_id": owner.id})
    assert set(r.json()["fields"]) == {"vehicle_id", "coverage_id", "payment_plan", "contract_folio"}


async def test_unknown_promotion_refuses_the_whole_policy(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    owner, vehicle = await client_and_vehicle(session)
    cov = await coverage(session)
    r = await client.post(
        API, headers=team.seller.headers, json=payload(owner, vehicle, cov, promotion_codes=["NOEXISTE"])
    )
    assert (r.status_code, r.json()["error"]) == (422, "PROMOTION_NOT_APPLICABLE")
    assert r.json()["detail"] == "No existe la promoción «NOEXISTE»."
    assert (
        await session.scalar(select(func.count()).select_from(Policy).where(Policy.vehicle_id == vehicle.id))
        == 0
    )


async def test_detail_after_creation_has_no_lazy_loads(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    owner, vehicle = await client_and_vehicle(session)
    cov = await coverage(session)
    created = (await client.post(API, headers=team.seller.headers, json=payload(owner, vehicle, cov))).json()
    for path in (
        f"{API}/{created['id']}",
        f"{API}/by-folio/{created['folio']}",
        f"{API}/{created['id']}/pdf",
    ):
        r = await client.get(path, headers=team.adjuster.headers)
        assert r.status_code == 200, (path, r.text)
    r = await client.get(
        f"{API}/{created['id']}/history", headers=team.adjuster.headers, params={"size": 100}
    )
    actions = [(h["table_name"], h["action"]) for h in r.json()["items"]]
    assert ("policy", "insert") in actions and actions.count(("payment", "insert")) == 7
    assert ("card", "insert") in actions
    r = await client.get(f"{API}/mine", headers=team.seller.headers)
    assert [row["id"] for row in r.json()["items"]] == [created["id"]]
