"""Demo policies (after clients and vehicles): 1.25 per client created in this run.

What is generated, deterministically for a seed and an as-of date (``ctx.extra["as_of"]``, default
the America/Mexico_City date of today):

- policies over every plan: mostly ``monthly_7`` and ``cash``, some ``cash_2_installments``, and
  AMPLIA-family ``monthly_12`` / ``quarterly_4`` / ``semiannual_2`` (with an AMPLIA detail row and
  an ``AUT-XXXXXXXX`` quote id) for automobiles, pickups and SUVs; sellers are the demo sellers;
  effective dates over the last 18 months and a few in the future; about one in eight is the
  renewal of an earlier (now expired) policy;
- installments from ``build_schedule``, a few promotions applied at creation (one promotion of
  each benefit type plus a referral one, created here), then a payment history consistent with
  the rules: most installments paid on or near their due date by a collector (method, receipt
  number, office delivery), some late payers, some who stopped paying (part of them cancelled
  with C1 months later), a few cancelled for other reasons (C2-C5) and a few suspended;
- collection cards (a collector for active monthly policies, OFICINA otherwise, ARCHIVO for
  cancelled and paid-off ones) with their assignment history;
- finally a full StatusUpdater run: every installment and policy status is the one the rules
  compute. Only the manual statuses (cancelled, suspended) are set by this step.

The bulk path (``ctx.bulk``, ``--scale``) writes the same rows with COPY, in chunks.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text, update

from app.core.clock import MEXICO_CITY, system_clock
from app.demo.context import DemoContext, VehicleRef
from app.demo.generators import ALNUM
from app.demo.writer import reserve_ids, table_of, write_records
from app.models import (
    Card,
    CollectionAssignment,
    Coverage,
    Payment,
    Policy,
    PolicyAmpliaDetail,
    PolicyCancellation,
    Promotion,
    PromotionApplication,
    PromotionRule,
)
from app.models.enums import BenefitType, CoverageCategory, PaymentPlan, PolicyStatus, VehicleType
from app.modules.policies.schedule import ZERO, Prices, add_months, build_schedule, money
from app.modules.policies.status_updater import Mode, StatusUpdater
from app.modules.promotions.conditions import PolicyFacts, PromotionConditions, evaluate
from app.modules.promotions.engine import Line, PromotionError, apply_benefit
from app.seed.data.vehicle_keys import VEHICLE_TYPE_BY_KEY

POLICIES_PER_CLIENT = Decimal("1.25")
CHUNK = 10_000
RENEWAL_SHARE = 0.12
FUTURE_SHARE = 0.03
COMPREHENSIVE_SHARE = 0.20  # of automobiles, pickups and SUVs
PROMOTION_SHARE = 0.12
SUSPENDED_SHARE = 0.005
LATE_DAYS = 5

LIABILITY_PLANS = ((PaymentPlan.MONTHLY_7, 88), (PaymentPlan.CASH, 9), (PaymentPlan.CASH_2_INSTALLMENTS, 3))
AMPLIA_PLANS = (
    (PaymentPlan.MONTHLY_12, 75),
    (PaymentPlan.QUARTERLY_4, 15),
    (PaymentPlan.SEMIANNUAL_2, 7),
    (PaymentPlan.CASH, 3),
)
MONTHLY = frozenset({PaymentPlan.MONTHLY_7, PaymentPlan.MONTHLY_12})
FIELD_METHODS = (("cash", 85), ("transfer", 7), ("deposit", 5), ("terminal_banorte", 3))
OFFICE_METHODS = (
    ("cash", 45),
    ("transfer", 25),
    ("deposit", 15),
    ("terminal_banorte", 10),
    ("crucero", 3),
    ("konfio", 2),
)
PROFILES = (("good", 74), ("late", 14), ("stopper", 10), ("cancel_other", 2))
OTHER_CODES = (("C2", 40), ("C3", 30), ("C4", 15), ("C5", 15))
REASONS = {
    "C1": (
        "El cliente dejó de pagar y no responde a las visitas del cobrador.",
        "Falta de pago de varias mensualidades; el cliente pidió la baja.",
        "Sin pagos desde hace meses; no se localiza al cliente en su domicilio.",
    ),
    "C2": ("El cliente ya no requiere el seguro.", "El cliente contrató con otra aseguradora."),
    "C3": ("El cliente vendió el vehículo.", "Robo total del vehículo reportado por el cliente."),
    "C4": (
        "Póliza capturada dos veces por error.",
        "Error de captura en la cobertura; se emitió otra póliza.",
    ),
    "C5": (
        "Documentación alterada detectada en la revisión.",
        "Siniestralidad reiterada y conducta agresiva con el ajustador.",
    ),
}
SUSPENSION_REASONS = (
    "Suspendida a solicitud del cliente mientras el vehículo está en el taller.",
    "Suspendida mientras se aclara un pago con depósito no identificado.",
    "Suspendida por revisión de documentos del vehículo.",
)

POLICY_COLUMNS = (
    "id",
    "folio",
    "contract_folio",
    "renewal_folio",
    "client_id",
    "vehicle_id",
    "coverage_id",
    "seller_id",
    "payment_plan",
    "prima_total",
    "sale_date",
    "elaboration_date",
    "effective_date",
    "expiration_date",
    "status",
    "status_reason",
    "tow_services_available",
    "has_payment_issues",
    "has_fraud_observation",
    "is_restructured",
    "quote_external_id",
    "quote_approved_at",
    "data_entry_user_id",
    "notes",
)
PAYMENT_COLUMNS = (
    "id",
    "policy_id",
    "payment_number",
    "due_date",
    "amount",
    "status",
    "paid_date",
    "paid_amount",
    "payment_method",
    "receipt_number",
    "collector_id",
    "seller_id",
    "office_delivery_status",
    "office_delivery_date",
    "has_problem",
    "comments",
)
AMPLIA_COLUMNS = (
    "policy_id",
    "purchase_price",
    "sale_price",
    "commercial_value",
    "deductible_damage_pct",
    "deductible_theft_pct",
)
CARD_COLUMNS = ("id", "policy_id", "holder", "holder_employee_id", "status")
ASSIGNMENT_COLUMNS = (
    "id",
    "card_id",
    "from_holder",
    "from_employee_id",
    "to_holder",
    "to_employee_id",
    "assigned_by_user_id",
    "reason",
    "assigned_at",
)
CANCELLATION_COLUMNS = (
    "id",
    "policy_id",
    "code",
    "reason",
    "payments_made",
    "cancelled_at",
    "cancelled_by_user_id",
    "snapshot",
    "notify_seller",
    "notify_collector",
    "notify_client",
)
APPLICATION_COLUMNS = (
    "id",
    "promotion_id",
    "rule_id",
    "policy_id",
    "discount",
    "changes",
    "referrer_policy_id",
    "referred_policy_id",
    "applied_at",
    "applied_by_user_id",
)


def _weighted(rng: random.Random, options: Sequence[tuple[Any, int]]) -> Any:
    total = sum(w for _, w in options)
    pick = rng.random() * total
    for value, weight in options:
        pick -= weight
        if pick < 0:
            return value
    return options[-1][0]


def _at(day: date, rng: random.Random, start: int = 9, end: int = 18) -> datetime:
    """A local office-hours moment of ``day`` (aware)."""
    seconds = rng.randrange(start * 3600, end * 3600)
    return datetime.combine(day, time(seconds // 3600, seconds // 60 % 60, seconds % 60), tzinfo=MEXICO_CITY)


# -- the objects of one chunk, before ids ---------------------------------------------------------
@dataclass(slots=True)
class _CoverageRef:
    id: int
    name: str
    key: int
    service: str
    band: str | None
    category: CoverageCategory
    level: int
    cash: Decimal
    credit: Decimal
    down: Decimal
    tows: int


@dataclass(slots=True)
class _Line:
    number: int
    due: date
    amount: Decimal
    status: str = "pending"
    paid_date: date | None = None
    paid_amount: Decimal | None = None
    method: str | None = None
    receipt: str | None = None
    collector_id: int | None = None
    delivery_status: str | None = None
    delivery_date: date | None = None
    comments: str | None = None
    id: int = 0

    @property
    def paid(self) -> bool:
        return self.status == "paid"


@dataclass(slots=True)
class _RuleRef:
    promotion_id: int
    rule_id: int
    code: str
    benefit: BenefitType
    value: Decimal
    conditions: PromotionConditions
    starts_on: date
    ends_on: date
    stackable: bool


@dataclass(slots=True)
class _Application:
    rule: _RuleRef
    discount: Decimal
    changes: list[tuple[int, Decimal, Decimal | None, bool, _Line]]  # number, before, after, paid, row
    applied_at: datetime
    referrer: _Policy | None = None
    referred: _Policy | None = None


@dataclass(slots=True)
class _Policy:
    vehicle: VehicleRef
    coverage: _CoverageRef
    plan: PaymentPlan
    seller_id: int
    sale: date
    effective: date
    expiration: date
    prima_total: Decimal
    lines: list[_Line]
    profile: str
    predecessor: _Policy | None = None
    quote: str | None = None
    amplia: tuple[Decimal, Decimal, Decimal, Decimal, Decimal] | None = None
    applications: list[_Application] = field(default_factory=list)
    status: str = "pending"
    status_reason: str | None = None
    cancel: tuple[str, date, str] | None = None  # code, date, reason
    suspend: str | None = None
    card_holder: str = "office"
    card_employee: int | None = None
    card_status: str = "active"
    assignments: list[tuple[str | None, int | None, str, int | None, str, datetime]] = field(
        default_factory=list
    )
    cancellation_snapshot: dict[str, Any] | None = None
    payments_made: int = 0
    has_payment_issues: bool = False
    id: int = 0
    folio: int = 0


@dataclass
class _World:
    """What every chunk shares: reference ids, promotions, counters."""

    today: date
    coverages: dict[tuple[int, str, str | None], list[_CoverageRef]]
    sellers: list[int]
    collectors: list[int]  # field collectors (cobradores and sellers)
    letters: dict[int | None, str]
    seller_users: dict[int, int]
    office_users: list[int]
    manager_users: list[int]
    rules: list[_RuleRef]
    receipts: dict[str, int] = field(default_factory=dict)
    client_promotions: dict[tuple[int, int], int] = field(default_factory=dict)
    uses: dict[int, int] = field(default_factory=dict)  # promotion id -> policies
    limits: dict[int, int] = field(default_factory=dict)  # promotion id -> usage_limit_total
    suspended: list[int] = field(default_factory=list)

    def receipt(self, collector_id: int | None) -> str:
        letter = self.letters.get(collector_id, "Z")
        n = self.receipts.get(letter, 0) % 9999 + 1
        self.receipts[letter] = n
        return f"{letter}{n:04d}"


# -- promotions of the demo --------------------------------------------------------------------------
def _demo_promotions(today: date) -> list[dict[str, Any]]:
    return [
        {
            "code": "ENGANCHE0",
            "name": "Enganche cero en pólizas mensuales",
            "description": "Sin enganche: la primera mensualidad corre por cuenta de ProtegRT.",
            "starts_on": today - timedelta(days=120),
            "ends_on": today + timedelta(days=30),
            "stackable": False,
            "usage_limit_per_client": 1,
            "rules": [
                (
                    BenefitType.ZERO_DOWN_PAYMENT,
                    "0",
                    {"payment_plans": ["monthly_7"], "new_or_renewal": "new"},
                )
            ],
        },
        {
            "code": "MENSUAL10",
            "name": "10 % en pólizas mensuales nuevas",
            "description": "Campaña de temporada: 10 % de la prima total.",
            "starts_on": today - timedelta(days=75),
            "ends_on": today - timedelta(days=45),
            "stackable": False,
            "rules": [
                (
                    BenefitType.PERCENTAGE,
                    "10",
                    {"payment_plans": ["monthly_7", "monthly_12"], "new_or_renewal": "new"},
                )
            ],
        },
        {
            "code": "CONTADO300",
            "name": "$300 de descuento pagando de contado",
            "starts_on": today - timedelta(days=365),
            "ends_on": today + timedelta(days=60),
            "stackable": False,
            "rules": [(BenefitType.FIXED_AMOUNT, "300", {"payment_plans": ["cash"]})],
        },
        {
            "code": "AMPLIA1MES",
            "name": "Un mes gratis en AMPLIA mensual",
            "starts_on": today - timedelta(days=240),
            "ends_on": today + timedelta(days=90),
            "stackable": False,
            "usage_limit_total": 5000,
            "rules": [(BenefitType.FREE_MONTHS, "1", {"payment_plans": ["monthly_12"]})],
        },
        {
            "code": "RENUEVA5",
            "name": "5 % por renovar",
            "starts_on": today - timedelta(days=300),
            "ends_on": today + timedelta(days=120),
            "stackable": False,
            "rules": [(BenefitType.PERCENTAGE, "5", {"new_or_renewal": "renewal"})],
        },
        {
            "code": "REFIERE250",
            "name": "Refiere a un amigo: $250 para cada uno",
            "description": "El cliente referido y quien lo refiere reciben $250 en sus mensualidades.",
            "starts_on": today - timedelta(days=400),
            "ends_on": today + timedelta(days=180),
            "stackable": True,
            "rules": [(BenefitType.FIXED_AMOUNT, "250", {"referral": True, "min_payments": 7})],
        },
    ]


async def _ensure_promotions(ctx: DemoContext, today: date) -> tuple[list[_RuleRef], dict[int, int]]:
    """The demo promotions (created once, reused by later runs) and their total usage limits."""
    session = ctx.session
    refs: list[_RuleRef] = []
    limits: dict[int, int] = {}
    created = 0
    admin = ctx.users.get("admin")
    for spec in _demo_promotions(today):
        promotion = await session.scalar(select(Promotion).where(Promotion.code == spec["code"]))
        if promotion is None:
            promotion = Promotion(
                code=spec["code"],
                name=spec["name"],
                description=spec.get("description"),
                starts_on=spec["starts_on"],
                ends_on=spec["ends_on"],
                stackable=spec["stackable"],
                usage_limit_total=spec.get("usage_limit_total"),
                usage_limit_per_client=spec.get("usage_limit_per_client"),
                created_by_user_id=admin,
            )
            session.add(promotion)
            await session.flush()
            for priority, (benefit, value, conditions) in enumerate(spec["rules"]):
                session.add(
                    PromotionRule(
                        promotion_id=promotion.id,
                        benefit_type=benefit,
                        value=Decimal(value),
                        conditions=PromotionConditions.model_validate(conditions).stored(),
                        priority=priority,
                    )
                )
            await session.flush()
            created += 1
        if promotion.usage_limit_total is not None:
            limits[promotion.id] = promotion.usage_limit_total
        rules = (
            await session.scalars(
                select(PromotionRule)
                .where(PromotionRule.promotion_id == promotion.id)
                .order_by(PromotionRule.id)
            )
        ).all()
        refs.extend(
            _RuleRef(
                promotion.id,
                rule.id,
                promotion.code,
                rule.benefit_type,
                rule.value,
                PromotionConditions.model_validate(rule.conditions or {}),
                promotion.starts_on,
                promotion.ends_on,
                promotion.stackable,
            )
            for rule in rules
            if promotion.is_active
        )
    if created:
        ctx.add_count("promotion", created)
    return refs, limits


# -- generation -------------------------------------------------------------------------------------
class _Generator:
    def __init__(self, world: _World, rng: random.Random) -> None:
        self.w = world
        self.rng = rng
        self.referrers: list[_Policy] = []  # good monthly policies of this chunk

    # -- one policy -----------------------------------------------------------------------------
    def coverage_for(self, vehicle: VehicleRef) -> tuple[_CoverageRef, PaymentPlan]:
        rng = self.rng
        options = self.w.coverages.get((vehicle.vehicle_key, vehicle.service_type, vehicle.cylinder_band), [])
        comprehensive = [c for c in options if c.category == CoverageCategory.COMPREHENSIVE]
        others = [c for c in options if c.category != CoverageCategory.COMPREHENSIVE]
        if comprehensive and rng.random() < COMPREHENSIVE_SHARE:
            coverage = comprehensive[0] if rng.random() < 0.7 else rng.choice(comprehensive)
            return coverage, _weighted(rng, AMPLIA_PLANS)
        if not others:
            raise RuntimeError(f"Sin cobertura para el vehículo {vehicle}")
        # lower rungs sell more: weight 1 / level
        coverage = _weighted(rng, [(c, 60 // c.level) for c in sorted(others, key=lambda c: c.level)])
        return coverage, _weighted(rng, LIABILITY_PLANS)

    def make(
        self, vehicle: VehicleRef, effective: date, *, predecessor: _Policy | None, profile: str | None = None
    ) -> _Policy:
        rng, today = self.rng, self.w.today
        coverage, plan = self.coverage_for(vehicle)
        if predecessor is not None:
            coverage, plan = predecessor.coverage, predecessor.plan
        quoted = None
        amplia = None
        quote = None
        if coverage.category == CoverageCategory.COMPREHENSIVE:
            purchase = Decimal(rng.randrange(90, 520)) * 1000
            sale_price = (purchase * Decimal(rng.uniform(1.05, 1.2))).quantize(Decimal(1000))
            commercial = money((purchase + sale_price) / 2)
            rate = Decimal(rng.uniform(0.035, 0.06))
            quoted = (commercial * rate).quantize(Decimal(10))
            if coverage.name == "AMPLIA SELECT":
                damage, theft = Decimal("3.00"), Decimal("5.00")
            else:
                damage, theft = Decimal("5.00"), Decimal("10.00")
            amplia = (money(purchase), money(sale_price), commercial, damage, theft)
            quote = "AUT-" + "".join(rng.choice(ALNUM) for _ in range(8))
        prices = Prices(coverage.cash, coverage.credit, coverage.down, quoted)
        total, schedule = build_schedule(plan, prices, coverage.category, effective)
        sale = min(effective - timedelta(days=rng.choice((0, 0, 0, 1, 2, 3, 5, 7))), today)
        if predecessor is not None:
            sale = min(effective - timedelta(days=rng.randrange(0, 25)), today)
        lines = [_Line(i.number, i.due_date, i.amount) for i in schedule]
        seller = (
            predecessor.seller_id
            if predecessor is not None
            else _weighted(
                rng, [(s, w) for s, w in zip(self.w.sellers, (40, 30, 20, 10, 10, 10), strict=False)]
            )
        )
        return _Policy(
            vehicle=vehicle,
            coverage=coverage,
            plan=plan,
            seller_id=seller,
            sale=sale,
            effective=effective,
            expiration=add_months(effective, 12),
            prima_total=total,
            lines=lines,
            profile=profile or _weighted(rng, PROFILES),
            predecessor=predecessor,
            quote=quote,
            amplia=amplia,
        )

    # -- promotions at creation -----------------------------------------------------------------
    def promote(self, policy: _Policy) -> None:
        rng = self.rng
        if rng.random() >= PROMOTION_SHARE:
            return
        referrer = self._referrer(policy)
        facts = PolicyFacts(
            coverage_id=policy.coverage.id,
            coverage_name=policy.coverage.name,
            vehicle_type=VehicleType(VEHICLE_TYPE_BY_KEY[policy.vehicle.vehicle_key]),
            vehicle_year=None,
            payment_plan=policy.plan,
            is_renewal=policy.predecessor is not None,
            has_referrer=referrer is not None,
        )
        candidates = [
            r
            for r in self.w.rules
            if r.starts_on <= policy.sale <= r.ends_on
            and not evaluate(r.conditions, facts)
            and self.w.client_promotions.get((r.promotion_id, policy.vehicle.client_id), 0) == 0
            and self.w.uses.get(r.promotion_id, 0) < self.w.limits.get(r.promotion_id, 1 << 30)
        ]
        if not candidates:
            return
        rule = rng.choice(candidates)
        applied_at = _at(policy.sale, rng)
        app = self._apply(policy, rule, applied_at)
        if app is None:
            return
        self.w.client_promotions[(rule.promotion_id, policy.vehicle.client_id)] = 1
        self.w.uses[rule.promotion_id] = self.w.uses.get(rule.promotion_id, 0) + 1
        if rule.conditions.referral and referrer is not None:
            app.referrer = referrer
            reward = self._apply(referrer, rule, applied_at)
            if reward is not None:
                reward.referred = policy
                self.w.uses[rule.promotion_id] += 1

    def _referrer(self, policy: _Policy) -> _Policy | None:
        """An earlier good monthly policy of another client, with installments still ahead."""
        for _ in range(6):
            if not self.referrers:
                return None
            candidate = self.rng.choice(self.referrers)
            if (
                candidate.vehicle.client_id != policy.vehicle.client_id
                and candidate.sale < policy.sale
                and candidate.lines[-1].due > policy.sale + timedelta(days=45)
                and not candidate.applications
            ):
                return candidate
        return None

    def _apply(self, policy: _Policy, rule: _RuleRef, applied_at: datetime) -> _Application | None:
        lines = [Line(line.number, line.amount, line.paid) for line in policy.lines]
        try:
            outcome = apply_benefit(lines, rule.benefit, rule.value, premium=policy.prima_total)
        except PromotionError:
            return None
        by_number = {line.number: line for line in policy.lines}
        changes = []
        for ch in outcome.changes:
            line = by_number[ch.number]
            before = _Line(line.number, line.due, line.amount)  # the row as it was: unpaid
            changes.append((ch.number, ch.before, ch.after, ch.marked_paid, before))
            if ch.after is None:
                policy.lines.remove(line)
            else:
                line.amount = ch.after
                if ch.marked_paid:
                    line.status, line.paid_date, line.paid_amount = "paid", applied_at.date(), ZERO
                    line.comments = f"Enganche cubierto por la promoción {rule.code}."
        app = _Application(rule, outcome.discount, changes, applied_at)
        policy.applications.append(app)
        return app

    # -- payment history ------------------------------------------------------------------------
    def history(self, policy: _Policy) -> None:
        rng, today = self.rng, self.w.today
        monthly = policy.plan in MONTHLY
        collector = rng.choice(self.w.collectors) if monthly else None
        due_lines = [line for line in policy.lines if line.due <= today]
        stop_after = None
        if policy.profile == "stopper":
            stop_after = rng.randrange(0, max(1, len(due_lines) - 1)) + 1 if len(due_lines) > 1 else 0
        cancel_date = None
        if policy.profile == "cancel_other":
            cancel_date = policy.effective + timedelta(days=rng.randrange(20, 330))
            if cancel_date >= today:
                cancel_date = today - timedelta(days=rng.randrange(0, 10))
            cancel_date = max(cancel_date, policy.sale)
        for line in policy.lines:
            if line.paid:
                continue
            if stop_after is not None and line.number > stop_after:
                continue
            if line.number == 1:
                # the down payment (or the cash price) is paid at the office when the policy is sold
                paid = (
                    policy.sale
                    if rng.random() < 0.9
                    else policy.effective + timedelta(days=rng.randrange(0, 4))
                )
                self._pay(line, paid, None, policy)
                continue
            if policy.profile == "late" or (policy.profile == "stopper" and rng.random() < 0.4):
                delay = rng.randrange(2, 26)
            else:
                delay = round(rng.triangular(-6, 4, 0))
            self._pay(line, line.due + timedelta(days=delay), collector, policy)
        if cancel_date is not None:
            for line in policy.lines:
                if line.paid and line.paid_date is not None and line.paid_date > cancel_date:
                    self._unpay(line)
            code = _weighted(rng, OTHER_CODES)
            policy.cancel = (code, cancel_date, rng.choice(REASONS[code]))
        elif stop_after is not None:
            unpaid = [line for line in policy.lines if not line.paid]
            if unpaid and unpaid[0].due < today - timedelta(days=60) and rng.random() < 0.6:
                when = min(unpaid[0].due + timedelta(days=rng.randrange(45, 100)), today)
                policy.cancel = ("C1", when, rng.choice(REASONS["C1"]))
            policy.has_payment_issues = True
        elif policy.profile == "late":
            policy.has_payment_issues = rng.random() < 0.3
        # cards
        all_paid = all(line.paid for line in policy.lines)
        sold = _at(policy.sale, rng)
        policy.assignments.append((None, None, "office", None, "Alta de la póliza", sold))
        if monthly and collector is not None:
            policy.card_holder, policy.card_employee = "collector", collector
            policy.assignments.append(
                ("office", None, "collector", collector, "Asignación a cobrador", sold + timedelta(days=1))
            )
        if policy.cancel is not None:
            self._cancel(policy)
        elif all_paid:
            last = max(line.paid_date or policy.sale for line in policy.lines)
            policy.assignments.append(
                (
                    policy.card_holder,
                    policy.card_employee,
                    "archive",
                    None,
                    "Póliza pagada",
                    _at(last, rng, 18, 20),
                )
            )
            policy.card_holder, policy.card_employee, policy.card_status = "archive", None, "paid_off"
        elif rng.random() < SUSPENDED_SHARE and policy.effective <= today <= policy.expiration:
            policy.suspend = rng.choice(SUSPENSION_REASONS)

    def _pay(self, line: _Line, paid: date, collector: int | None, policy: _Policy) -> None:
        rng, today = self.rng, self.w.today
        paid = max(paid, policy.sale)
        if paid > today:
            return
        line.status, line.paid_date, line.paid_amount = "paid", paid, line.amount
        if collector is None:
            line.method = _weighted(rng, OFFICE_METHODS)
            line.receipt = self.w.receipt(None)
            line.delivery_status, line.delivery_date = "delivered", paid
            return
        line.collector_id = collector
        line.method = _weighted(rng, FIELD_METHODS)
        line.receipt = self.w.receipt(collector)
        delivered = paid + timedelta(days=rng.choice((0, 0, 1, 1, 2, 3)))
        if delivered <= today:
            line.delivery_status, line.delivery_date = "delivered", delivered
        else:
            line.delivery_status = "pending"

    @staticmethod
    def _unpay(line: _Line) -> None:
        line.status = "pending"
        line.paid_date = line.paid_amount = line.method = line.receipt = None
        line.collector_id = line.delivery_status = line.delivery_date = None

    def _cancel(self, policy: _Policy) -> None:
        assert policy.cancel is not None
        code, day, reason = policy.cancel
        paid = [line for line in policy.lines if line.paid]
        policy.payments_made = len(paid)
        changed = [line for line in policy.lines if not line.paid and line.number > policy.payments_made]
        before_status = _status_at(policy, day)
        policy.cancellation_snapshot = {
            "policy": {"status": before_status, "status_reason": None},
            "payments": [
                {"id": 0, "number": line.number, "status": _installment_status(line.due, day)}
                for line in changed
            ],
            "card": {
                "id": 0,
                "holder": policy.card_holder,
                "holder_employee_id": policy.card_employee,
                "status": "active",
            },
        }
        for line in changed:
            line.status = "cancelled"
        at = _at(day, self.rng)
        policy.assignments.append(
            (policy.card_holder, policy.card_employee, "archive", None, f"Cancelación de póliza ({code})", at)
        )
        policy.card_holder, policy.card_employee, policy.card_status = "archive", None, "cancelled"
        policy.status, policy.status_reason = "cancelled", f"{code}: {reason}"


def _installment_status(due: date, as_of: date) -> str:
    days = (as_of - due).days
    return "pending" if days <= 0 else "late" if days <= LATE_DAYS else "overdue"


def _status_at(policy: _Policy, day: date) -> str:
    """The rules of domain.md §4 evaluated in Python (only for a cancellation's snapshot)."""
    unpaid = [line for line in policy.lines if not line.paid]
    if any(line.due < day for line in unpaid):
        return "morosa"
    if policy.effective > day:
        return "pre_effective"
    if not policy.lines[0].paid:
        return "pending"
    return "active" if day <= policy.expiration else "expired"


# -- the step ---------------------------------------------------------------------------------------
async def _world(ctx: DemoContext, today: date) -> _World | None:
    session = ctx.session
    rows = (
        await session.scalars(select(Coverage).where(Coverage.is_active.is_(True)).order_by(Coverage.id))
    ).all()
    coverages: dict[tuple[int, str, str | None], list[_CoverageRef]] = {}
    for c in rows:
        ref = _CoverageRef(
            c.id,
            c.name,
            c.vehicle_key,
            c.service_type.value,
            c.cylinder_band.value if c.cylinder_band else None,
            c.category,
            c.level,
            c.cash_price,
            c.credit_price,
            c.initial_payment,
            c.tow_services_included,
        )
        coverages.setdefault((ref.key, ref.service, ref.band), []).append(ref)
    codes = ctx.employee_codes
    sellers = [codes[c] for c in sorted(codes) if c.startswith("V")]
    field_collectors = [codes[c] for c in sorted(codes) if c.startswith("C")]
    if not sellers or not field_collectors:
        return None
    collectors = field_collectors * 3 + sellers  # sellers collect too, less often
    letters: dict[int | None, str] = {None: "O"}
    for i, employee in enumerate([*field_collectors, *sellers]):
        letters[employee] = "ABCDEFGHJKLMN"[i % 13]
    seller_users = {
        codes[f"V{i}"]: ctx.users[f"vendedor{i}"]
        for i in range(1, 10)
        if f"V{i}" in codes and f"vendedor{i}" in ctx.users
    }
    office = [ctx.users[u] for u in ("auxiliar",) if u in ctx.users]
    managers = [ctx.users[u] for u in ("gerente.cobranza", "admin") if u in ctx.users]
    rules, limits = await _ensure_promotions(ctx, today)
    used = await session.execute(
        select(PromotionApplication.promotion_id, func.count(func.distinct(PromotionApplication.policy_id)))
        .where(PromotionApplication.reverted_at.is_(None))
        .group_by(PromotionApplication.promotion_id)
    )
    world = _World(today, coverages, sellers, collectors, letters, seller_users, office, managers, rules)
    world.limits = limits
    world.uses = {int(pid): int(n) for pid, n in used}
    return world


async def run(ctx: DemoContext) -> None:
    session = ctx.session
    today: date = ctx.extra.get("as_of") or system_clock.today()
    vehicles = list(ctx.vehicles)
    target = int((Decimal(len(ctx.client_ids)) * POLICIES_PER_CLIENT).to_integral_value())
    if not vehicles or target <= 0:
        return
    world = await _world(ctx, today)
    if world is None:
        return
    existing = int(await session.scalar(select(func.count()).select_from(Policy)) or 0)
    rng = ctx.rng("policies", existing)
    rng.shuffle(vehicles)
    renewals = max(round(target * RENEWAL_SHARE), target - len(vehicles))
    current = target - renewals
    if current > len(vehicles):
        raise RuntimeError("Hay menos vehículos que pólizas nuevas por generar.")
    slots = [(v, i < renewals) for i, v in enumerate(vehicles[:current])]
    for start in range(0, len(slots), CHUNK):
        await _chunk(ctx, world, rng, slots[start : start + CHUNK])
    if ctx.bulk:
        await session.execute(
            text(
                "ANALYZE policy, payment, card, collection_assignment, policy_cancellation, "
                "promotion_application"
            )
        )
    # Every status is computed by the rules, none invented: only the manual ones were set above.
    result = await StatusUpdater(session).run(today, mode=Mode.FULL, trigger="demo", emit_events=False)
    ctx.extra["status_update_run"] = result
    if world.suspended:
        await session.execute(
            update(Policy).where(Policy.id.in_(world.suspended)).values(status=PolicyStatus.SUSPENDED)
        )
    ctx.add_count("status_update_run", 1)


async def _chunk(
    ctx: DemoContext, world: _World, rng: random.Random, slots: Sequence[tuple[VehicleRef, bool]]
) -> None:
    gen = _Generator(world, rng)
    today = world.today
    policies: list[_Policy] = []
    for vehicle, renewed in slots:
        if renewed:
            effective = today - timedelta(days=rng.randrange(-25, 200))
            old = gen.make(
                vehicle,
                add_months(effective, -12),
                predecessor=None,
                profile=_weighted(rng, (("good", 85), ("late", 15))),
            )
            gen.promote(old)
            new = gen.make(vehicle, old.expiration, predecessor=old)
            policies.extend((old, new))
        else:
            if rng.random() < FUTURE_SHARE:
                effective = today + timedelta(days=rng.randrange(1, 31))
            else:
                effective = today - timedelta(days=rng.randrange(0, 540))
            new = gen.make(vehicle, effective, predecessor=None)
            policies.append(new)
        gen.promote(new)
        if new.plan in MONTHLY and new.profile == "good" and len(new.lines) >= 7:
            gen.referrers.append(new)
    for policy in policies:
        gen.history(policy)
    await _write(ctx, world, rng, policies)


async def _write(ctx: DemoContext, world: _World, rng: random.Random, policies: list[_Policy]) -> None:
    session, bulk = ctx.session, ctx.bulk

    def js(value: Any) -> Any:
        return json.dumps(value, default=str) if bulk else value

    first_id = await reserve_ids(session, "policy", len(policies))
    first_folio = int(await session.scalar(text("SELECT nextval('policy_folio_seq')")) or 0)
    if len(policies) > 1:
        await session.execute(
            text("SELECT setval('policy_folio_seq', :v)"), {"v": first_folio + len(policies) - 1}
        )
    for i, policy in enumerate(policies):
        policy.id, policy.folio = first_id + i, first_folio + i
    n_lines = sum(len(p.lines) for p in policies)
    next_payment = itertools.count(await reserve_ids(session, "payment", n_lines))
    for policy in policies:
        for line in policy.lines:
            line.id = next(next_payment)

    policy_rows, payment_rows, amplia_rows, card_rows = [], [], [], []
    assignment_rows, cancellation_rows, application_rows = [], [], []
    first_card = await reserve_ids(session, "card", len(policies))
    n_assign = sum(len(p.assignments) for p in policies)
    next_assignment = itertools.count(await reserve_ids(session, "collection_assignment", n_assign))
    n_cancel = sum(1 for p in policies if p.cancel is not None)
    next_cancel = itertools.count(
        await reserve_ids(session, "policy_cancellation", n_cancel) if n_cancel else 0
    )
    n_apps = sum(len(p.applications) for p in policies)
    next_app = itertools.count(await reserve_ids(session, "promotion_application", n_apps) if n_apps else 0)
    for i, policy in enumerate(policies):
        card_id = first_card + i
        data_entry = world.seller_users.get(policy.seller_id) if rng.random() < 0.3 else None
        if data_entry is None and world.office_users:
            data_entry = world.office_users[0]
        tows = policy.coverage.tows
        if policy.expiration < world.today and tows:
            tows = rng.randrange(0, tows + 1)
        policy_rows.append(
            (
                policy.id,
                policy.folio,
                f"PRT-{policy.folio}",
                policy.predecessor.folio if policy.predecessor is not None else None,
                policy.vehicle.client_id,
                policy.vehicle.id,
                policy.coverage.id,
                policy.seller_id,
                policy.plan.value,
                policy.prima_total,
                policy.sale,
                policy.sale,
                policy.effective,
                policy.expiration,
                policy.status,
                policy.status_reason if policy.suspend is None else f"Suspendida: {policy.suspend}",
                tows,
                policy.has_payment_issues,
                policy.cancel is not None and policy.cancel[0] == "C5",
                False,
                policy.quote,
                _at(policy.sale, rng, 18, 20) if policy.quote else None,
                data_entry,
                None,
            )
        )
        if policy.suspend is not None:
            world.suspended.append(policy.id)
        for line in policy.lines:
            payment_rows.append(
                (
                    line.id,
                    policy.id,
                    line.number,
                    line.due,
                    line.amount,
                    line.status,
                    line.paid_date,
                    line.paid_amount,
                    line.method,
                    line.receipt,
                    line.collector_id,
                    policy.seller_id,
                    line.delivery_status,
                    line.delivery_date,
                    False,
                    line.comments,
                )
            )
        if policy.amplia is not None:
            amplia_rows.append((policy.id, *policy.amplia))
        card_rows.append((card_id, policy.id, policy.card_holder, policy.card_employee, policy.card_status))
        for from_holder, from_emp, to_holder, to_emp, reason, at in policy.assignments:
            by = world.office_users[0] if world.office_users else None
            assignment_rows.append(
                (next(next_assignment), card_id, from_holder, from_emp, to_holder, to_emp, by, reason, at)
            )
        if policy.cancel is not None and policy.cancellation_snapshot is not None:
            code, day, reason = policy.cancel
            snapshot = policy.cancellation_snapshot
            by_number = {line.number: line.id for line in policy.lines}
            for item in snapshot["payments"]:
                item["id"] = by_number[item["number"]]
            snapshot["card"]["id"] = card_id
            cancellation_rows.append(
                (
                    next(next_cancel),
                    policy.id,
                    code,
                    reason,
                    policy.payments_made,
                    _at(day, rng),
                    rng.choice(world.manager_users) if world.manager_users else None,
                    js(snapshot),
                    rng.random() < 0.7,
                    rng.random() < 0.5,
                    rng.random() < 0.4,
                )
            )
        for app in policy.applications:
            changes = [
                {
                    "number": number,
                    "before": f"{before:.2f}",
                    "after": None if after is None else f"{after:.2f}",
                    "marked_paid": marked,
                    "row": _row(row, policy, by_id=_line_id(policy, number, after)),
                }
                for number, before, after, marked, row in app.changes
            ]
            application_rows.append(
                (
                    next(next_app),
                    app.rule.promotion_id,
                    app.rule.rule_id,
                    policy.id,
                    app.discount,
                    js(changes),
                    app.referrer.id if app.referrer is not None else None,
                    app.referred.id if app.referred is not None else None,
                    app.applied_at,
                    world.seller_users.get(policy.seller_id),
                )
            )

    await write_records(session, table_of(Policy), POLICY_COLUMNS, policy_rows, bulk=bulk)
    await write_records(session, table_of(PolicyAmpliaDetail), AMPLIA_COLUMNS, amplia_rows, bulk=bulk)
    await write_records(session, table_of(Payment), PAYMENT_COLUMNS, payment_rows, bulk=bulk)
    await write_records(session, table_of(Card), CARD_COLUMNS, card_rows, bulk=bulk)
    await write_records(
        session, table_of(CollectionAssignment), ASSIGNMENT_COLUMNS, assignment_rows, bulk=bulk
    )
    await write_records(
        session, table_of(PolicyCancellation), CANCELLATION_COLUMNS, cancellation_rows, bulk=bulk
    )
    await write_records(
        session, table_of(PromotionApplication), APPLICATION_COLUMNS, application_rows, bulk=bulk
    )
    for table, rows in (
        ("policy", policy_rows),
        ("policy_amplia_detail", amplia_rows),
        ("payment", payment_rows),
        ("card", card_rows),
        ("collection_assignment", assignment_rows),
        ("policy_cancellation", cancellation_rows),
        ("promotion_application", application_rows),
    ):
        ctx.add_count(table, len(rows))


def _line_id(policy: _Policy, number: int, after: Decimal | None) -> int | None:
    """The id of a touched installment that still exists (a removed one was never written)."""
    if after is None:
        return None
    return next((line.id for line in policy.lines if line.number == number), None)


def _row(line: _Line, policy: _Policy, *, by_id: int | None) -> dict[str, Any]:
    """The installment as the promotions service snapshots it (for an exact revert)."""
    return {
        "id": by_id,
        "policy_id": policy.id,
        "payment_number": line.number,
        "due_date": line.due.isoformat(),
        "amount": f"{line.amount:.2f}",
        "status": "pending",
        "paid_date": None,
        "paid_amount": None,
        "payment_method": None,
        "receipt_number": None,
        "collector_id": None,
        "seller_id": policy.seller_id,
        "office_delivery_status": None,
        "office_delivery_date": None,
        "has_problem": False,
        "comments": None,
    }
