"""``/api/v1/promotions``: permissions, validation (Spanish), CRUD with audit, simulation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuditLog, Payment, Policy, PromotionApplication, StatusUpdateRun
from app.models.enums import BenefitType, PaymentPlan
from tests.fixtures.factories import MakePolicy, rc_basica
from tests.modules.promotions.conftest import API, TODAY, Team, make_promotion


def body(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": "buenfin26",
        "name": "Buen Fin 2026",
        "description": "10 % en pólizas mensuales nuevas",
        "starts_on": "2026-11-13",
        "ends_on": "2026-11-30",
        "usage_limit_total": 100,
        "usage_limit_per_client": 1,
        "rules": [
            {
                "benefit_type": "percentage",
                "value": "10",
                "conditions": {"payment_plans": ["monthly_7"], "new_or_renewal": "new"},
            }
        ],
    }
    data.update(overrides)
    return data


async def test_requires_a_session(client: httpx.AsyncClient) -> None:
    r = await client.get(f"{API}/promotions")
    assert (r.status_code, r.json()["error"]) == (401, "NOT_AUTHENTICATED")
    r = await client.post(f"{API}/promotions", json=body())
    assert r.status_code == 401


async def test_permissions(client: httpx.AsyncClient, team: Team) -> None:
    # read: gerente (any), vendedor, admin; not the auxiliar
    for subject in (team.admin, team.sales_manager, team.collections_manager, team.seller):
        assert (await client.get(f"{API}/promotions", headers=subject.headers)).status_code == 200
    r = await client.get(f"{API}/promotions", headers=team.assistant.headers)
    assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN")
    # edit: admin and the sales manager only
    for subject in (team.seller, team.collections_manager, team.assistant):
        assert (
            await client.post(f"{API}/promotions", json=body(), headers=subject.headers)
        ).status_code == 403
    r = await client.post(f"{API}/promotions", json=body(), headers=team.sales_manager.headers)
    assert r.status_code == 201, r.text


async def test_create_validation_messages_are_spanish(client: httpx.AsyncClient, team: Team) -> None:
    h = team.admin.headers
    r = await client.post(f"{API}/promotions", json=body(extra="x"), headers=h)
    assert r.status_code == 422
    assert r.json()["fields"]["extra"] == "Campo no permitido."

    r = await client.post(f"{API}/promotions", json=body(ends_on="2026-11-01"), headers=h)
    assert r.status_code == 422
    assert "El fin de vigencia no puede ser anterior al inicio." in r.json()["fields"].values()

    r = await client.post(f"{API}/promotions", json=body(code="a b"), headers=h)
    assert r.json()["fields"]["code"].startswith("La clave debe tener de 3 a 30 caracteres")

    bad_rules = {
        "percentage": ("120", "El porcentaje de descuento debe ser mayor que 0 y como máximo 100."),
        "fixed_amount": ("0", "El monto de descuento debe ser mayor que cero."),
        "free_months": ("1.5", "Los meses gratis deben ser un número entero entre 1 y 11."),
        "zero_down_payment": ("5", "El enganche cero no lleva valor (usa 0)."),
    }
    for benefit, (value, message) in bad_rules.items():
        r = await client.post(
            f"{API}/promotions", json=body(rules=[{"benefit_type": benefit, "value": value}]), headers=h
        )
        assert r.status_code == 422, benefit
        assert r.json()["fields"]["rules.0"] == message

    r = await client.post(
        f"{API}/promotions",
        json=body(
            rules=[
                {
                    "benefit_type": "percentage",
                    "value": "5",
                    "conditions": {"min_payments": 7, "max_payments": 2},
                }
            ]
        ),
        headers=h,
    )
    assert r.json()["fields"]["rules.0.conditions"] == "El mínimo de pagos no puede ser mayor que el máximo."
    r = await client.post(
        f"{API}/promotions",
        json=body(rules=[{"benefit_type": "percentage", "value": "5", "conditions": {"color": "rojo"}}]),
        headers=h,
    )
    assert r.json()["fields"]["rules.0.conditions.color"] == "Campo no permitido."
    r = await client.post(f"{API}/promotions", json=body(rules=[]), headers=h)
    assert r.json()["fields"]["rules"] == "Debe tener al menos 1 elementos."
    r = await client.post(
        f"{API}/promotions", json=body(usage_limit_total=1, usage_limit_per_client=2), headers=h
    )
    assert "El límite por cliente no puede ser mayor que el límite total." in r.json()["fields"].values()


async def test_crud_with_audit(client: httpx.AsyncClient, team: Team, session: AsyncSession) -> None:
    h = team.admin.headers
    r = await client.post(f"{API}/promotions", json=body(), headers=h)
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["code"] == "BUENFIN26"  # normalised to upper case
    assert created["status"] == "current"
    assert created["uses"] == 0 and created["total_discount"] == "0.00"
    assert created["rules"][0]["conditions"] == {"payment_plans": ["monthly_7"], "new_or_renewal": "new"}
    assert created["rules"][0]["benefit"] == "10 % de descuento sobre la prima total"
    pid = created["id"]
    audit = await session.scalar(
        select(AuditLog).where(AuditLog.table_name == "promotion", AuditLog.record_id == str(pid))
    )
    assert audit is not None and audit.action == "insert" and audit.user_id == team.admin.user_id

    r = await client.post(f"{API}/promotions", json=body(code="BuenFin26"), headers=h)
    assert (r.status_code, r.json()["error"]) == (409, "PROMOTION_CODE_TAKEN")

    r = await client.get(f"{API}/promotions/{pid}", headers=team.seller.headers)
    assert r.json()["name"] == "Buen Fin 2026"

    r = await client.patch(
        f"{API}/promotions/{pid}",
        json={
            "name": "Buen Fin",
            "ends_on": "2026-12-02",
            "rules": [{"benefit_type": "free_months", "value": "1"}],
        },
        headers=h,
    )
    assert r.status_code == 200, r.text
    assert (r.json()["name"], r.json()["ends_on"], r.json()["rules"][0]["benefit"]) == (
        "Buen Fin",
        "2026-12-02",
        "1 mes gratis",
    )
    r = await client.patch(f"{API}/promotions/{pid}", json={"ends_on": "2026-01-01"}, headers=h)
    assert (r.status_code, r.json()["fields"]) == (
        422,
        {"ends_on": "El fin de vigencia no puede ser anterior al inicio."},
    )
    r = await client.patch(f"{API}/promotions/{pid}", json={"code": "OTRO"}, headers=h)
    assert r.json()["fields"]["code"] == "Campo no permitido."

    r = await client.post(f"{API}/promotions/{pid}/deactivate", headers=h)
    assert (r.json()["is_active"], r.json()["status"]) == (False, "inactive")
    r = await client.get(f"{API}/promotions", params={"status": "inactive"}, headers=h)
    assert [p["id"] for p in r.json()["items"]] == [pid]
    r = await client.get(f"{API}/promotions", params={"status": "current"}, headers=h)
    assert r.json()["total"] == 0
    r = await client.post(f"{API}/promotions/{pid}/activate", headers=h)
    assert r.json()["status"] == "current"
    r = await client.get(f"{API}/promotions", params={"q": "buen", "benefit_type": "free_months"}, headers=h)
    assert r.json()["total"] == 1
    r = await client.get(f"{API}/promotions", params={"sort": "color"}, headers=h)
    assert r.status_code == 422

    actions = (
        await session.scalars(
            select(AuditLog.action)
            .where(AuditLog.table_name == "promotion", AuditLog.record_id == str(pid))
            .order_by(AuditLog.id)
        )
    ).all()
    assert actions == ["insert", "update", "deactivate", "activate"]

    r = await client.delete(f"{API}/promotions/{pid}", headers=h)
    assert r.status_code == 204
    assert (await client.get(f"{API}/promotions/{pid}", headers=h)).json()["error"] == "PROMOTION_NOT_FOUND"
    assert (await client.get(f"{API}/promotions/999999", headers=h)).status_code == 404


async def test_rules_cannot_change_once_applied(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    promotion = await make_promotion(session, "FIJO300", [(BenefitType.FIXED_AMOUNT, "300", {})])
    bundle = await policy_factory(effective=TODAY)
    await session.commit()
    h = team.admin.headers
    r = await client.post(
        f"{API}/policies/{bundle.policy.id}/promotions", json={"code": "fijo300"}, headers=h
    )
    assert r.status_code == 201, r.text
    r = await client.patch(
        f"{API}/promotions/{promotion.id}",
        json={"rules": [{"benefit_type": "free_months", "value": "1"}]},
        headers=h,
    )
    assert (r.status_code, r.json()["error"]) == (409, "PROMOTION_IN_USE")
    r = await client.delete(f"{API}/promotions/{promotion.id}", headers=h)
    assert (r.status_code, r.json()["error"]) == (409, "PROMOTION_IN_USE")
    r = await client.patch(f"{API}/promotions/{promotion.id}", json={"description": "Ajuste"}, headers=h)
    assert r.status_code == 200
    detail = (await client.get(f"{API}/promotions/{promotion.id}", headers=h)).json()
    assert (detail["uses"], detail["total_discount"]) == (1, "300.00")
    r = await client.get(f"{API}/promotions/{promotion.id}/applications", headers=team.seller.headers)
    assert [(a["policy_id"], a["discount"]) for a in r.json()["items"]] == [(bundle.policy.id, "300.00")]
    summary = (await client.get(f"{API}/promotions/summary", headers=h)).json()
    assert summary["current"] >= 1 and summary["uses_today"] == 1 and summary["total_discount"] == "300.00"


async def _counts(session: AsyncSession) -> tuple[int, ...]:
    out = []
    for model in (Policy, Payment, PromotionApplication, AuditLog, StatusUpdateRun):
        out.append(int(await session.scalar(select(func.count()).select_from(model)) or 0))
    return tuple(out)


async def test_simulate_explains_each_rule_and_saves_nothing(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    coverage = await rc_basica(session)
    referrer = await policy_factory(effective=date(2026, 6, 1))
    await make_promotion(
        session,
        "MENSUAL10",
        [(BenefitType.PERCENTAGE, "10", {"payment_plans": ["monthly_7"], "new_or_renewal": "new"})],
    )
    await make_promotion(session, "CONTADO", [(BenefitType.FIXED_AMOUNT, "200", {"payment_plans": ["cash"]})])
    await make_promotion(
        session, "REFIERE", [(BenefitType.FREE_MONTHS, "1", {"referral": True})], stackable=True
    )
    await make_promotion(
        session,
        "VIEJA",
        [(BenefitType.FIXED_AMOUNT, "100", {})],
        starts_on=date(2026, 10, 1),
        ends_on=date(2026, 10, 31),
    )
    before = await _counts(session)

    r = await client.post(
        f"{API}/promotions/simulate",
        json={
            "coverage_id": coverage.id,
            "payment_plan": "monthly_7",
            "effective_date": "2026-12-01",
            "codes": ["mensual10", "contado", "refiere", "vieja"],
        },
        headers=team.seller.headers,
    )
    assert r.status_code == 200, r.text
    sim = r.json()
    assert sim["prima_total"] == "4200.00"
    assert [i["amount"] for i in sim["base_schedule"]] == ["1200.00"] + ["500.00"] * 6
    by_code = {rule["code"]: rule for rule in sim["rules"]}
    assert by_code["MENSUAL10"]["applies"] is True
    assert by_code["MENSUAL10"]["discount"] == "420.00"
    assert by_code["MENSUAL10"]["reasons"] == ["Aplica: forma de pago mensual (7 pagos); póliza nueva."]
    assert by_code["CONTADO"]["applies"] is False
    assert by_code["CONTADO"]["reasons"] == [
        "No es acumulable con la promoción MENSUAL10.",
        "Solo aplica a las formas de pago: contado.",
    ]
    assert by_code["REFIERE"]["reasons"] == [
        "No es acumulable con la promoción MENSUAL10.",
        "Requiere el folio de la póliza de quien refiere al cliente.",
    ]
    assert by_code["VIEJA"]["reasons"][0] == "La promoción terminó el 31/10/2026."
    assert sim["total_discount"] == "420.00"
    assert [i["amount"] for i in sim["schedule"]] == ["1200.00"] + ["500.00"] * 5 + ["80.00"]
    assert sim["total"] == "3780.00"
    assert await _counts(session) == before

    # "all applicable" (no codes): only the promotions valid today, each explained
    r = await client.post(
        f"{API}/promotions/simulate",
        json={
            "coverage_id": coverage.id,
            "payment_plan": "cash",
            "effective_date": "2026-12-01",
            "referrer_folio": referrer.policy.folio,
        },
        headers=team.seller.headers,
    )
    sim = r.json()
    assert {rule["code"] for rule in sim["rules"]} == {"MENSUAL10", "CONTADO", "REFIERE"}
    by_code = {rule["code"]: rule for rule in sim["rules"]}
    assert by_code["CONTADO"]["applies"] and by_code["CONTADO"]["discount"] == "200.00"
    assert by_code["MENSUAL10"]["reasons"] == [
        "No es acumulable con la promoción CONTADO.",
        "Solo aplica a las formas de pago: mensual (7 pagos).",
    ]
    # stackable, but CONTADO is not: both must be
    assert by_code["REFIERE"]["reasons"] == ["No es acumulable con la promoción CONTADO."]
    assert sim["total"] == "3600.00"
    assert await _counts(session) == before


async def test_simulate_validation(client: httpx.AsyncClient, team: Team, session: AsyncSession) -> None:
    coverage = await rc_basica(session)
    h = team.seller.headers
    r = await client.post(
        f"{API}/promotions/simulate",
        json={"coverage_id": 999999, "payment_plan": "cash", "effective_date": "2026-12-01"},
        headers=h,
    )
    assert (r.status_code, r.json()["fields"]) == (422, {"coverage_id": "No existe la cobertura."})
    r = await client.post(
        f"{API}/promotions/simulate",
        json={"coverage_id": coverage.id, "payment_plan": "monthly_12", "effective_date": "2026-12-01"},
        headers=h,
    )
    assert r.status_code == 422
    assert r.json()["detail"] == "La forma de pago no está permitida para esta cobertura."
    r = await client.post(
        f"{API}/promotions/simulate",
        json={
            "coverage_id": coverage.id,
            "payment_plan": "cash",
            "effective_date": "2026-12-01",
            "codes": ["NOPE"],
        },
        headers=h,
    )
    assert (r.status_code, r.json()["detail"]) == (422, "No existe la promoción «NOPE».")
    r = await client.post(f"{API}/promotions/simulate", json={"payment_plan": "cash"}, headers=h)
    assert r.json()["fields"]["coverage_id"] == "Este campo es obligatorio."
    assert r.json()["fields"]["effective_date"] == "Este campo es obligatorio."


async def test_simulate_amplia_uses_the_quoted_premium(
    client: httpx.AsyncClient, team: Team, session: AsyncSession
) -> None:
    from app.models import Coverage

    amplia = await session.scalar(
        select(Coverage).where(
            Coverage.name == "AMPLIA", Coverage.vehicle_key == 101, Coverage.service_type == "private"
        )
    )
    assert amplia is not None
    await make_promotion(
        session, "AMPLIA2", [(BenefitType.FREE_MONTHS, "2", {"payment_plans": ["monthly_12"]})]
    )
    r = await client.post(
        f"{API}/promotions/simulate",
        json={
            "coverage_id": amplia.id,
            "payment_plan": "monthly_12",
            "effective_date": "2026-12-01",
            "quoted_premium": "14400.00",
            "codes": ["AMPLIA2"],
        },
        headers=team.seller.headers,
    )
    sim = r.json()
    assert r.status_code == 200, r.text
    assert sim["prima_total"] == "14400.00" and len(sim["base_schedule"]) == 12
    assert [i["number"] for i in sim["schedule"]] == list(range(1, 11))
    assert sim["total_discount"] == "2400.00"
    assert Decimal(sim["total"]) == Decimal("12000.00")


def test_plan_counts_cover_every_plan() -> None:
    from app.modules.promotions.conditions import PLAN_INSTALLMENTS

    assert set(PLAN_INSTALLMENTS) == set(PaymentPlan)
