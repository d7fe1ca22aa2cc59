"""Restructure "contado a cuotas": preview, refusal with its reason, the resulting schedule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Payment
from app.models.enums import PaymentPlan, PaymentStatus, PolicyStatus
from app.modules.payments.service import POLICY_RESTRUCTURED
from tests.fixtures.factories import MakePolicy
from tests.modules.payments.conftest import API, Team, audit_actions, policy_of

TODAY = date(2026, 11, 28)


async def installments(session: AsyncSession, policy_id: int) -> list[Payment]:
    stmt = (
        select(Payment)
        .where(Payment.policy_id == policy_id)
        .order_by(Payment.payment_number)
        .execution_options(populate_existing=True)
    )
    return list((await session.scalars(stmt)).all())


async def test_preview_and_restructure_a_cash_2_policy_into_six(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy, captured: Any
) -> None:
    # RC BASICA car: cash 3,800 (1,900 + 1,900), credit 4,200; installment 1 paid
    bundle = await policy_factory(
        effective=date(2026, 11, 20),
        plan=PaymentPlan.CASH_2_INSTALLMENTS,
        paid=[1],
        status=PolicyStatus.ACTIVE,
    )
    pid = bundle.policy.id
    r = await client.get(
        f"{API}/policies/{pid}/restructure-preview", headers=team.collections_manager.headers
    )
    assert r.status_code == 200, r.text
    preview = r.json()
    assert preview["eligible"] is True
    assert preview["reasons"] == []
    assert preview["installments"] == 6
    assert preview["basis"] == "2300.00"  # credit price 4,200 - 1,900 paid
    assert preview["plan_after"] == "monthly_7"
    assert preview["prima_total_after"] == "4200.00"
    assert [c["payment_number"] for c in preview["cancelled"]] == [2]
    lines = preview["new_installments"]
    assert [line["payment_number"] for line in lines] == [3, 4, 5, 6, 7, 8]
    assert [line["due_date"] for line in lines] == [
        "2026-12-20",
        "2027-01-20",
        "2027-02-20",
        "2027-03-20",
        "2027-04-20",
        "2027-05-20",
    ]
    assert sum(Decimal(line["amount"]) for line in lines) == Decimal("2300.00")
    assert [line["amount"] for line in lines] == ["383.33"] * 5 + ["383.35"]
    # a preview changes nothing
    assert len(await installments(session, pid)) == 2

    r = await client.post(
        f"{API}/policies/{pid}/restructure",
        json={"installments": 6},
        headers=team.collections_manager.headers,
    )
    assert r.status_code == 200, r.text
    rows = await installments(session, pid)
    assert [(p.payment_number, p.status) for p in rows] == [
        (1, PaymentStatus.PAID),
        (2, PaymentStatus.CANCELLED),
        *[(n, PaymentStatus.PENDING) for n in range(3, 9)],
    ]
    live = [p for p in rows if p.status != PaymentStatus.CANCELLED]
    assert sum((p.amount for p in live), Decimal(0)) == Decimal("4200.00")
    policy = await policy_of(session, pid)
    assert (policy.payment_plan, policy.prima_total, policy.is_restructured) == (
        PaymentPlan.MONTHLY_7,
        Decimal("4200.00"),
        False,
    )
    assert policy.status == PolicyStatus.ACTIVE
    assert "restructured" in await audit_actions(session, "policy", pid)
    assert [e.payload["policy_id"] for e in captured.named(POLICY_RESTRUCTURED)] == [pid]


async def test_other_counts_keep_the_plan_and_mark_the_policy(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(
        effective=date(2026, 11, 20),
        plan=PaymentPlan.CASH_2_INSTALLMENTS,
        paid=[1],
        status=PolicyStatus.ACTIVE,
    )
    r = await client.post(
        f"{API}/policies/{bundle.policy.id}/restructure", json={"installments": 4}, headers=team.admin.headers
    )
    assert r.status_code == 200, r.text
    assert r.json()["new_installments"][-1]["payment_number"] == 6
    policy = await policy_of(session, bundle.policy.id)
    assert (policy.payment_plan, policy.is_restructured) == (PaymentPlan.CASH_2_INSTALLMENTS, True)


async def test_an_overdue_installment_refuses_with_the_reason(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    # installment 2 was due 2026-10-01: 58 days late on 2026-11-28
    bundle = await policy_factory(
        effective=date(2026, 9, 1),
        plan=PaymentPlan.CASH_2_INSTALLMENTS,
        paid=[1],
        status=PolicyStatus.MOROSA,
        installment_status={2: PaymentStatus.OVERDUE},
    )
    pid = bundle.policy.id
    r = await client.get(f"{API}/policies/{pid}/restructure-preview", headers=team.admin.headers)
    assert r.status_code == 200
    assert r.json()["eligible"] is False
    assert r.json()["reasons"] == [
        "La mensualidad 2 está vencida (58 días de atraso): el cliente debe ponerse al corriente antes de "
        "reestructurar."
    ]
    r = await client.post(
        f"{API}/policies/{pid}/restructure", json={"installments": 6}, headers=team.admin.headers
    )
    assert r.status_code == 409
    assert r.json()["error"] == "RESTRUCTURE_REFUSED"
    assert "vencida" in r.json()["detail"]
    assert [p.status for p in await installments(session, pid)] == [PaymentStatus.PAID, PaymentStatus.OVERDUE]


async def test_bounds_and_permissions(
    client: httpx.AsyncClient, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(
        effective=date(2026, 11, 20),
        plan=PaymentPlan.CASH_2_INSTALLMENTS,
        paid=[1],
        status=PolicyStatus.ACTIVE,
        expiration=date(2027, 6, 30),
    )
    pid = bundle.policy.id
    for n in (1, 13):
        r = await client.get(
            f"{API}/policies/{pid}/restructure-preview?installments={n}", headers=team.admin.headers
        )
        assert r.status_code == 422
        assert r.json()["error"] == "RESTRUCTURE_INSTALLMENTS_INVALID"
        assert r.json()["fields"]["installments"] == "El número de cuotas debe estar entre 2 y 12."
    # 12 monthly installments from 2026-12-20 would end (2027-11-20) after the term (2027-06-30)
    r = await client.get(
        f"{API}/policies/{pid}/restructure-preview?installments=12", headers=team.admin.headers
    )
    assert r.json()["eligible"] is False
    assert "fin de vigencia" in r.json()["reasons"][0]
    for subject in (team.assistant, team.seller, team.sales_manager):
        r = await client.post(
            f"{API}/policies/{pid}/restructure", json={"installments": 6}, headers=subject.headers
        )
        assert r.status_code == 403
        r = await client.get(f"{API}/policies/{pid}/restructure-preview", headers=subject.headers)
        assert r.status_code == 403
    assert (
        await client.get(f"{API}/policies/999999999/restructure-preview", headers=team.admin.headers)
    ).status_code == 404
