"""Applying promotions: at creation (through the service, as the policies module does), later
(HTTP), revert, stacking, usage limits, validity window, referrals; and the money invariant."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import Event, event_bus
from app.models import AuditLog, Payment, Policy, PromotionApplication
from app.models.enums import BenefitType, PaymentPlan, PaymentStatus, PolicyStatus
from app.modules.policies.schedule import Prices, add_months, build_schedule
from app.modules.promotions.exceptions import (
    PromotionAlreadyAppliedError,
    PromotionLimitReachedError,
    PromotionNotApplicableError,
    PromotionRevertRefusedError,
    PromotionsNotStackableError,
)
from app.modules.promotions.service import PROMOTION_APPLIED, PROMOTION_REVERTED, PromotionService
from tests.fixtures.factories import MakePolicy, a_seller, make_client, make_vehicle, rc_basica
from tests.modules.promotions.conftest import (
    API,
    TODAY,
    SavepointUnitOfWork,
    Team,
    amounts,
    live_discount,
    make_promotion,
    rows_of,
    statuses,
)

MONTHLY = {n: Decimal("1200.00") if n == 1 else Decimal("500.00") for n in range(1, 8)}


class Captured:
    def __init__(self) -> None:
        self.events: list[Event] = []

    async def __call__(self, event: Event) -> None:
        self.events.append(event)


@pytest.fixture
def captured() -> Captured:
    sink = Captured()
    for name in (PROMOTION_APPLIED, PROMOTION_REVERTED):
        event_bus.subscribe(name)(sink)
    yield sink  # type: ignore[misc]
    for name in (PROMOTION_APPLIED, PROMOTION_REVERTED):
        event_bus.unsubscribe(name, sink)


async def new_policy(
    session: AsyncSession,
    *,
    effective: date = TODAY,
    plan: PaymentPlan = PaymentPlan.MONTHLY_7,
    flush: bool = True,
) -> tuple[Policy, list[Payment]]:
    """A policy as the policies module builds it at creation: flushed, with its installments
    (flushed or only constructed)."""
    client = await make_client(session)
    vehicle = await make_vehicle(session, client)
    coverage = await rc_basica(session)
    seller = await a_seller(session)
    total, lines = build_schedule(
        plan,
        Prices(coverage.cash_price, coverage.credit_price, coverage.initial_payment),
        coverage.category,
        effective,
    )
    policy = Policy(
        client_id=client.id,
        vehicle_id=vehicle.id,
        coverage_id=coverage.id,
        seller_id=seller.id,
        payment_plan=plan,
        prima_total=total,
        sale_date=effective,
        effective_date=effective,
        expiration_date=add_months(effective, 12),
        status=PolicyStatus.PENDING,
    )
    session.add(policy)
    await session.flush()
    payments = [
        Payment(
            policy_id=policy.id,
            payment_number=i.number,
            due_date=i.due_date,
            amount=i.amount,
            seller_id=seller.id,
        )
        for i in lines
    ]
    if flush:
        session.add_all(payments)
        await session.flush()
    return policy, payments


async def create_with(
    session: AsyncSession,
    policy: Policy,
    payments: list[Payment],
    codes: list[str],
    *,
    referrer: int | None = None,
    is_renewal: bool = False,
    as_of: date = TODAY,
) -> list[PromotionApplication]:
    async with SavepointUnitOfWork(session):
        return await PromotionService(session).apply_at_creation(
            policy,
            payments,
            promotion_codes=codes,
            is_renewal=is_renewal,
            referrer_policy_id=referrer,
            user_id=None,
            as_of=as_of,
        )


# -- at creation ----------------------------------------------------------------------------------
async def test_zero_down_at_creation_pays_installment_one_and_activates(
    session: AsyncSession, captured: Captured
) -> None:
    await make_promotion(
        session, "ENGANCHE0", [(BenefitType.ZERO_DOWN_PAYMENT, "0", {"payment_plans": ["monthly_7"]})]
    )
    policy, payments = await new_policy(session)
    apps = await create_with(session, policy, payments, ["enganche0"])
    assert [a.discount for a in apps] == [Decimal("1200.00")]
    first = payments[0]
    assert (first.amount, first.status, first.paid_date, first.paid_amount) == (
        Decimal("0.00"),
        PaymentStatus.PAID,
        TODAY,
        Decimal("0.00"),
    )
    assert sum(p.amount for p in payments) == policy.prima_total - Decimal("1200.00") == Decimal("3000.00")
    assert policy.status == PolicyStatus.ACTIVE  # recomputed: installment 1 is paid, effective today
    assert [e.payload["policy_id"] for e in captured.events] == [policy.id]
    assert captured.events[0].payload["code"] == "ENGANCHE0"
    audit = (
        await session.execute(
            select(AuditLog.table_name, AuditLog.action).where(
                AuditLog.table_name.in_(["payment", "policy", "promotion_application"])
            )
        )
    ).all()
    assert ("payment", "promotion_applied") in audit
    assert ("policy", "promotion_applied") in audit
    assert ("promotion_application", "insert") in audit


async def test_free_months_at_creation_delete_unsaved_installments_without_renumbering(
    session: AsyncSession,
) -> None:
    await make_promotion(session, "DOSGRATIS", [(BenefitType.FREE_MONTHS, "2", {})])
    policy, payments = await new_policy(session, flush=False)
    apps = await create_with(session, policy, payments, ["DOSGRATIS"])
    assert [p.payment_number for p in payments] == [1, 2, 3, 4, 5]
    assert await amounts(session, policy.id) == {n: MONTHLY[n] for n in range(1, 6)}
    assert apps[0].discount == Decimal("1000.00")
    assert [c["number"] for c in apps[0].changes] == [7, 6]  # from the last backwards
    assert apps[0].changes[0]["after"] is None and apps[0].changes[0]["row"]["due_date"] == "2027-05-28"


async def test_a_code_that_does_not_apply_refuses_the_creation(session: AsyncSession) -> None:
    await make_promotion(
        session, "SOLOCONTADO", [(BenefitType.FIXED_AMOUNT, "200", {"payment_plans": ["cash"]})]
    )
    await make_promotion(session, "RENUEVA", [(BenefitType.PERCENTAGE, "5", {"new_or_renewal": "renewal"})])
    policy, payments = await new_policy(session)
    with pytest.raises(PromotionNotApplicableError) as err:
        await create_with(session, policy, payments, ["SOLOCONTADO"])
    assert (
        err.value.detail == "La promoción SOLOCONTADO no aplica: Solo aplica a las formas de pago: contado."
    )
    with pytest.raises(PromotionNotApplicableError, match="Solo aplica a renovaciones"):
        await create_with(session, policy, payments, ["RENUEVA"])
    with pytest.raises(PromotionNotApplicableError, match="No existe la promoción «NADA»"):
        await create_with(session, policy, payments, ["NADA"])
    apps = await create_with(session, policy, payments, ["RENUEVA"], is_renewal=True)
    assert apps[0].discount == Decimal("210.00")


async def test_two_monetary_promotions_need_both_stackable(session: AsyncSession) -> None:
    await make_promotion(session, "UNO", [(BenefitType.FIXED_AMOUNT, "100", {})])
    await make_promotion(session, "DOS", [(BenefitType.FIXED_AMOUNT, "100", {})], stackable=True)
    await make_promotion(session, "TRES", [(BenefitType.PERCENTAGE, "10", {})], stackable=True)
    refused, refused_payments = await new_policy(session)
    with pytest.raises(PromotionsNotStackableError, match="No es acumulable con la promoción UNO"):
        await create_with(session, refused, refused_payments, ["UNO", "DOS"])
    policy, payments = await new_policy(session)
    apps = await create_with(session, policy, payments, ["DOS", "TRES"])
    assert sum(a.discount for a in apps) == Decimal("520.00")
    assert sum(p.amount for p in payments) == Decimal("3680.00")


async def test_validity_window_bounds_are_inclusive(session: AsyncSession) -> None:
    await make_promotion(
        session,
        "HOYEMPIEZA",
        [(BenefitType.FIXED_AMOUNT, "10", {})],
        starts_on=TODAY,
        ends_on=TODAY + timedelta(days=5),
    )
    await make_promotion(
        session,
        "HOYTERMINA",
        [(BenefitType.FIXED_AMOUNT, "10", {})],
        starts_on=TODAY - timedelta(days=5),
        ends_on=TODAY,
        stackable=True,
    )
    await make_promotion(
        session,
        "AYER",
        [(BenefitType.FIXED_AMOUNT, "10", {})],
        starts_on=TODAY - timedelta(days=5),
        ends_on=TODAY - timedelta(days=1),
    )
    await make_promotion(
        session,
        "MANANA",
        [(BenefitType.FIXED_AMOUNT, "10", {})],
        starts_on=TODAY + timedelta(days=1),
        ends_on=TODAY + timedelta(days=9),
    )
    await make_promotion(session, "APAGADA", [(BenefitType.FIXED_AMOUNT, "10", {})], is_active=False)
    policy, payments = await new_policy(session)
    for code, message in (
        ("AYER", "terminó el 27/11/2026"),
        ("MANANA", "inicia el 29/11/2026"),
        ("APAGADA", "está desactivada"),
    ):
        with pytest.raises(PromotionNotApplicableError, match=message):
            await create_with(session, policy, payments, [code])
    assert len(await create_with(session, policy, payments, ["HOYEMPIEZA"])) == 1
    other, other_payments = await new_policy(session)
    assert len(await create_with(session, other, other_payments, ["HOYTERMINA"])) == 1


# -- later, over HTTP -------------------------------------------------------------------------------
async def test_later_application_touches_only_unpaid_installments(
    client: httpx.AsyncClient,
    team: Team,
    session: AsyncSession,
    policy_factory: MakePolicy,
    captured: Captured,
) -> None:
    await make_promotion(session, "FIJO600", [(BenefitType.FIXED_AMOUNT, "600", {})])
    bundle = await policy_factory(effective=date(2026, 6, 28), paid=[1, 6, 7])
    await session.commit()
    url = f"{API}/policies/{bundle.policy.id}/promotions"
    r = await client.post(url, json={"code": "FIJO600"}, headers=team.seller.headers)
    assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN")
    r = await client.post(url, json={"code": "FIJO600", "extra": 1}, headers=team.admin.headers)
    assert (r.status_code, r.json()["fields"]) == (422, {"extra": "Campo no permitido."})
    r = await client.post(
        f"{API}/policies/999999/promotions", json={"code": "FIJO600"}, headers=team.admin.headers
    )
    assert (r.status_code, r.json()["error"]) == (404, "POLICY_NOT_FOUND")
    r = await client.post(url, json={"code": "NOEXISTE"}, headers=team.admin.headers)
    assert (r.status_code, r.json()["error"]) == (404, "PROMOTION_NOT_FOUND")

    r = await client.post(url, json={"code": "fijo600"}, headers=team.sales_manager.headers)
    assert r.status_code == 201, r.text
    result = r.json()
    assert [a["discount"] for a in result["applications"]] == ["600.00"]
    # 6 and 7 are paid: 5 is removed (500) and 4 reduced by the remaining 100
    assert await amounts(session, bundle.policy.id) == {
        1: Decimal("1200.00"),
        2: Decimal("500.00"),
        3: Decimal("500.00"),
        4: Decimal("400.00"),
        6: Decimal("500.00"),
        7: Decimal("500.00"),
    }
    assert captured.events[-1].payload["discount"] == "600.00"

    r = await client.post(url, json={"code": "FIJO600"}, headers=team.admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "PROMOTION_ALREADY_APPLIED")


async def test_revert_restores_exactly_and_is_audited(
    client: httpx.AsyncClient,
    team: Team,
    session: AsyncSession,
    policy_factory: MakePolicy,
    captured: Captured,
) -> None:
    await make_promotion(session, "FIJO700", [(BenefitType.FIXED_AMOUNT, "700", {})])
    bundle = await policy_factory(effective=date(2026, 9, 28), paid=[1, 2])
    await session.commit()
    before = await rows_of(session, bundle.policy.id)
    r = await client.post(
        f"{API}/policies/{bundle.policy.id}/promotions", json={"code": "FIJO700"}, headers=team.admin.headers
    )
    app_id = r.json()["applications"][0]["id"]
    assert await rows_of(session, bundle.policy.id) != before

    r = await client.post(f"{API}/promotion-applications/{app_id}/revert", headers=team.seller.headers)
    assert r.status_code == 403
    r = await client.post(
        f"{API}/promotion-applications/{app_id}/revert",
        json={"reason": "Captura equivocada"},
        headers=team.admin.headers,
    )
    assert r.status_code == 200, r.text
    assert r.json()["reverted_at"] is not None and r.json()["reverted_by_user_id"] == team.admin.user_id
    assert await rows_of(session, bundle.policy.id) == before
    assert await live_discount(session, bundle.policy.id) == 0
    assert captured.events[-1].name == PROMOTION_REVERTED
    reverted = await session.scalar(
        select(func.count()).select_from(AuditLog).where(AuditLog.action == "promotion_reverted")
    )
    assert reverted == 3  # installment 7 recreated, installment 6 restored, the policy
    r = await client.post(f"{API}/promotion-applications/{app_id}/revert", headers=team.admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "PROMOTION_ALREADY_REVERTED")
    r = await client.post(f"{API}/promotion-applications/999999/revert", headers=team.admin.headers)
    assert (r.status_code, r.json()["error"]) == (404, "PROMOTION_APPLICATION_NOT_FOUND")


async def test_revert_refused_when_a_touched_installment_was_paid_since(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    await make_promotion(session, "FIJO100", [(BenefitType.FIXED_AMOUNT, "100", {})])
    bundle = await policy_factory(effective=date(2026, 9, 28), paid=[1])
    async with SavepointUnitOfWork(session):
        result = await PromotionService(session).apply_to_policy(
            bundle.policy.id, "FIJO100", referrer_folio=None, as_of=TODAY
        )
    seventh = await session.scalar(
        select(Payment).where(Payment.policy_id == bundle.policy.id, Payment.payment_number == 7)
    )
    assert seventh is not None and seventh.amount == Decimal("400.00")
    seventh.status, seventh.paid_date, seventh.paid_amount = PaymentStatus.PAID, TODAY, seventh.amount
    await session.flush()
    with pytest.raises(PromotionRevertRefusedError, match="La mensualidad 7 ya fue pagada"):
        async with SavepointUnitOfWork(session):
            await PromotionService(session).revert(result.applications[0].id, as_of=TODAY)


async def test_a_later_stacked_promotion_must_be_reverted_first(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    await make_promotion(session, "A300", [(BenefitType.FIXED_AMOUNT, "300", {})], stackable=True)
    await make_promotion(session, "B300", [(BenefitType.FIXED_AMOUNT, "300", {})], stackable=True)
    bundle = await policy_factory(effective=date(2026, 9, 28))
    service = PromotionService(session)
    async with SavepointUnitOfWork(session):
        first = await service.apply_to_policy(bundle.policy.id, "A300", referrer_folio=None, as_of=TODAY)
        second = await service.apply_to_policy(bundle.policy.id, "B300", referrer_folio=None, as_of=TODAY)
    with pytest.raises(PromotionRevertRefusedError, match="revierte primero"):
        async with SavepointUnitOfWork(session):
            await service.revert(first.applications[0].id, as_of=TODAY)
    async with SavepointUnitOfWork(session):
        await service.revert(second.applications[0].id, as_of=TODAY)
        await service.revert(first.applications[0].id, as_of=TODAY)
    assert await amounts(session, bundle.policy.id) == MONTHLY


async def test_usage_limits_count_live_applications(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    await make_promotion(
        session, "UNAVEZ", [(BenefitType.FIXED_AMOUNT, "50", {})], usage_limit_total=1, stackable=True
    )
    await make_promotion(
        session,
        "PORCLIENTE",
        [(BenefitType.FIXED_AMOUNT, "50", {})],
        usage_limit_per_client=1,
        stackable=True,
    )
    first = await policy_factory(effective=TODAY)
    second = await policy_factory(effective=TODAY)
    same_client = await policy_factory(effective=TODAY)
    same_client.policy.client_id = first.policy.client_id
    await session.flush()
    service = PromotionService(session)
    async with SavepointUnitOfWork(session):
        used = await service.apply_to_policy(first.policy.id, "UNAVEZ", referrer_folio=None, as_of=TODAY)
    with pytest.raises(PromotionLimitReachedError, match="límite de 1 usos"):
        async with SavepointUnitOfWork(session):
            await service.apply_to_policy(second.policy.id, "UNAVEZ", referrer_folio=None, as_of=TODAY)
    async with SavepointUnitOfWork(session):
        await service.revert(used.applications[0].id, as_of=TODAY)  # frees the use
        await service.apply_to_policy(second.policy.id, "UNAVEZ", referrer_folio=None, as_of=TODAY)

    async with SavepointUnitOfWork(session):
        await service.apply_to_policy(first.policy.id, "PORCLIENTE", referrer_folio=None, as_of=TODAY)
        await service.apply_to_policy(second.policy.id, "PORCLIENTE", referrer_folio=None, as_of=TODAY)
    with pytest.raises(
        PromotionLimitReachedError, match="El cliente ya usó la promoción PORCLIENTE el máximo de 1 vez"
    ):
        async with SavepointUnitOfWork(session):
            await service.apply_to_policy(
                same_client.policy.id, "PORCLIENTE", referrer_folio=None, as_of=TODAY
            )


async def test_one_live_application_per_promotion_policy_and_rule(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    await make_promotion(
        session,
        "DOBLE",
        [(BenefitType.FIXED_AMOUNT, "100", {}), (BenefitType.FIXED_AMOUNT, "50", {"referral": True})],
    )
    bundle = await policy_factory(effective=TODAY)
    service = PromotionService(session)
    async with SavepointUnitOfWork(session):
        result = await service.apply_to_policy(bundle.policy.id, "DOBLE", referrer_folio=None, as_of=TODAY)
    assert len(result.applications) == 1  # the referral rule does not apply without a referrer
    with pytest.raises(PromotionAlreadyAppliedError):
        async with SavepointUnitOfWork(session):
            # the first rule is live; the referral one still does not apply -> nothing new
            await service.apply_to_policy(bundle.policy.id, "DOBLE", referrer_folio=None, as_of=TODAY)
    with pytest.raises(PromotionAlreadyAppliedError, match="Una póliza no puede referirse a sí misma"):
        async with SavepointUnitOfWork(session):
            await service.apply_to_policy(
                bundle.policy.id, "DOBLE", referrer_folio=bundle.policy.folio, as_of=TODAY
            )


# -- referrals -------------------------------------------------------------------------------------
async def test_referral_applies_to_the_new_policy_and_the_referrers(
    session: AsyncSession, policy_factory: MakePolicy, captured: Captured
) -> None:
    await make_promotion(session, "REFIERE", [(BenefitType.FIXED_AMOUNT, "300", {"referral": True})])
    referrer = await policy_factory(effective=date(2026, 6, 28), paid=[1, 2, 3, 4, 5])
    policy, payments = await new_policy(session)
    with pytest.raises(PromotionNotApplicableError, match="Requiere el folio"):
        await create_with(session, policy, payments, ["REFIERE"])
    apps = await create_with(session, policy, payments, ["REFIERE"], referrer=referrer.policy.id)
    by_policy = {a.policy_id: a for a in apps}
    assert set(by_policy) == {policy.id, referrer.policy.id}
    assert by_policy[policy.id].referrer_policy_id == referrer.policy.id
    assert by_policy[referrer.policy.id].referred_policy_id == policy.id
    assert sum(p.amount for p in payments) == Decimal("3900.00")
    assert await amounts(session, referrer.policy.id) == {**MONTHLY, 7: Decimal("200.00")}
    assert {e.payload["policy_id"] for e in captured.events} == {policy.id, referrer.policy.id}

    # the referrer is rewarded once per promotion: a second referral still discounts the new policy
    another, another_payments = await new_policy(session)
    apps = await create_with(session, another, another_payments, ["REFIERE"], referrer=referrer.policy.id)
    assert [a.policy_id for a in apps] == [another.id]
    assert "ya lo había recibido" in captured.events[-1].payload["notes"][0]


async def test_referral_over_http_with_a_referrer_folio(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    await make_promotion(session, "AMIGO", [(BenefitType.FREE_MONTHS, "1", {"referral": True})])
    referrer = await policy_factory(effective=date(2026, 6, 28), paid=[1])
    newcomer = await policy_factory(effective=TODAY)
    await session.commit()
    r = await client.post(
        f"{API}/policies/{newcomer.policy.id}/promotions",
        json={"code": "AMIGO", "referrer_folio": referrer.policy.folio},
        headers=team.admin.headers,
    )
    assert r.status_code == 201, r.text
    apps = r.json()["applications"]
    assert {(a["policy_id"], a["referrer_policy_id"], a["referred_policy_id"]) for a in apps} == {
        (newcomer.policy.id, referrer.policy.id, None),
        (referrer.policy.id, None, newcomer.policy.id),
    }
    assert 7 not in await amounts(session, newcomer.policy.id)
    assert 7 not in await amounts(session, referrer.policy.id)
    r = await client.post(
        f"{API}/policies/{newcomer.policy.id}/promotions",
        json={"code": "AMIGO", "referrer_folio": 99999999},
        headers=team.admin.headers,
    )
    assert r.status_code == 409  # already applied to the newcomer


async def test_statuses_are_recomputed_after_a_later_application(
    session: AsyncSession, policy_factory: MakePolicy
) -> None:
    """A free month that removes the only overdue installment lifts morosa right away."""
    await make_promotion(session, "ULTIMO", [(BenefitType.FREE_MONTHS, "1", {})])
    bundle = await policy_factory(
        effective=date(2025, 11, 1),
        paid=[1, 2, 3, 4, 5, 6],
        status=PolicyStatus.MOROSA,
        installment_status={7: PaymentStatus.OVERDUE},
    )
    async with SavepointUnitOfWork(session):
        await PromotionService(session).apply_to_policy(
            bundle.policy.id, "ULTIMO", referrer_folio=None, as_of=TODAY
        )
    await session.refresh(bundle.policy)
    assert bundle.policy.status == PolicyStatus.EXPIRED
    assert await statuses(session, bundle.policy.id) == dict.fromkeys(range(1, 7), PaymentStatus.PAID)


# -- the money invariant ---------------------------------------------------------------------------
POOL = (
    ("P10", BenefitType.PERCENTAGE, "10"),
    ("F350", BenefitType.FIXED_AMOUNT, "350"),
    ("M1", BenefitType.FREE_MONTHS, "1"),
    ("M2", BenefitType.FREE_MONTHS, "2"),
    ("Z0", BenefitType.ZERO_DOWN_PAYMENT, "0"),
    ("F1234", BenefitType.FIXED_AMOUNT, "1234.56"),
)
steps = st.lists(
    st.tuples(st.sampled_from(["apply", "revert"]), st.integers(min_value=0, max_value=len(POOL) - 1)),
    min_size=1,
    max_size=8,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    plan=st.sampled_from([PaymentPlan.MONTHLY_7, PaymentPlan.CASH_2_INSTALLMENTS, PaymentPlan.CASH]),
    paid=st.sets(st.integers(min_value=1, max_value=7), max_size=3),
    operations=steps,
)
async def test_installments_always_sum_to_the_premium_minus_live_discounts(
    session: AsyncSession, plan: PaymentPlan, paid: set[int], operations: list[tuple[str, int]]
) -> None:
    from app.core.exceptions import AppError
    from tests.fixtures.factories import make_policy

    async with session.begin_nested() as savepoint:
        for code, benefit, value in POOL:
            await make_promotion(session, code, [(benefit, value, {})], stackable=True)
        bundle = await make_policy(session, effective=date(2026, 9, 28), plan=plan, paid=sorted(paid))
        policy_id = bundle.policy.id
        service = PromotionService(session)
        for action, index in operations:
            try:
                async with SavepointUnitOfWork(session):
                    if action == "apply":
                        await service.apply_to_policy(
                            policy_id, POOL[index][0], referrer_folio=None, as_of=TODAY
                        )
                    else:
                        live = (
                            await session.scalars(
                                select(PromotionApplication.id)
                                .where(
                                    PromotionApplication.policy_id == policy_id,
                                    PromotionApplication.reverted_at.is_(None),
                                )
                                .order_by(PromotionApplication.id)
                            )
                        ).all()
                        if live:
                            await service.revert(live[index % len(live)], as_of=TODAY)
            except AppError:
                pass  # refused (not applicable, already applied, revert out of order...): nothing changed
            total = sum((await amounts(session, policy_id)).values(), Decimal("0"))
            assert total == bundle.policy.prima_total - await live_discount(session, policy_id)
            numbers = sorted(await amounts(session, policy_id))
            assert numbers[0] == 1 and len(numbers) == len(set(numbers))
        await savepoint.rollback()


async def test_the_unique_index_violation_becomes_already_applied(session: AsyncSession) -> None:
    """At creation there is no pre-check (the policy is new): a second application of the same
    rule hits the partial unique index, which is translated, not leaked."""
    await make_promotion(session, "INDICE", [(BenefitType.FIXED_AMOUNT, "100", {})])
    policy, payments = await new_policy(session)
    await create_with(session, policy, payments, ["INDICE"])
    with pytest.raises(PromotionAlreadyAppliedError, match="ya está aplicada"):
        await create_with(session, policy, payments, ["INDICE"])
