"""Promotions (domain.md §6): the catalogue, the simulation, and applying / reverting discounts.

Discount maths are the pure functions of ``engine.py``; rule conditions are ``conditions.py``.
This service adds what needs the database:

- validity on the as-of date, the active flag, usage limits (total and per client, counted as
  distinct policies with a live application, with the promotion row locked ``FOR UPDATE`` so two
  concurrent applications cannot both take the last use);
- at most one monetary promotion per policy unless both are stackable;
- one live application per (promotion, policy, rule) (a partial unique index; a violation becomes
  409 ``PROMOTION_ALREADY_APPLIED``);
- referral rules: the new policy gets the benefit (``referrer_policy_id``) and so does the
  referrer's policy (its application names the new policy in ``referred_policy_id``); when the
  referrer's policy cannot receive it (cancelled, already rewarded, nothing left to discount,
  limits...), the new policy keeps its discount and the reason is returned as a note;
- installments are mutated in place: amounts reduced, removed installments deleted (never
  renumbered), zero down payment -> installment 1 = 0.00 and paid. ``changes`` keeps each touched
  row as it was, so ``revert`` restores exactly that (refused when a touched installment was paid
  or changed since);
- every application and revert is audited (application, policy and payment rows) and publishes
  ``promotion.applied`` / ``promotion.reverted`` after commit; the statuses of the policies touched
  are recomputed in the same transaction.

Lock order (deadlock-free): policies by id, then promotions by id, then application rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import diff as _diff
from app.core.audit import jsonable, record_audit, snapshot
from app.core.clock import MEXICO_CITY
from app.core.events import event_bus
from app.core.exceptions import ValidationFailedError
from app.core.schemas import Page
from app.models import Payment, Policy, Promotion, PromotionApplication, PromotionRule
from app.models.enums import (
    OfficeDeliveryStatus,
    PaymentMethod,
    PaymentPlan,
    PaymentStatus,
    PolicyStatus,
)
from app.modules.policies.schedule import ZERO, Prices, ScheduleError, build_schedule
from app.modules.policies.status_updater import recompute_policy_statuses
from app.modules.promotions.conditions import (
    MONETARY_BENEFITS,
    PolicyFacts,
    PromotionConditions,
    describe_benefit,
    evaluate,
    satisfied,
    window_reasons,
)
from app.modules.promotions.engine import Change, Line, PromotionError, apply_benefit
from app.modules.promotions.exceptions import (
    PolicyNotEligibleError,
    PolicyNotFoundError,
    PromotionAlreadyAppliedError,
    PromotionAlreadyRevertedError,
    PromotionCodeTakenError,
    PromotionInUseError,
    PromotionLimitReachedError,
    PromotionNotApplicableError,
    PromotionNotFoundError,
    PromotionRevertRefusedError,
    PromotionsNotStackableError,
)
from app.modules.promotions.repository import (
    ApplicationRepository,
    PolicyTargetRepository,
    PromotionRepository,
    Usage,
)
from app.modules.promotions.schemas import (
    ApplicationQuery,
    ApplicationRead,
    ApplyResultRead,
    InstallmentLine,
    PromotionCreate,
    PromotionQuery,
    PromotionRead,
    PromotionStatus,
    PromotionSummary,
    PromotionUpdate,
    RuleIn,
    RuleRead,
    SimulatedRule,
    SimulateIn,
    SimulationRead,
)

PROMOTION_APPLIED = "promotion.applied"
PROMOTION_REVERTED = "promotion.reverted"
STATUS_TRIGGER = "promotion"

_TIMESTAMPS = frozenset({"created_at", "updated_at"})
_UNPAID = (PaymentStatus.PENDING, PaymentStatus.LATE, PaymentStatus.OVERDUE)


def promotion_status(promotion: Promotion, today: date) -> PromotionStatus:
    if not promotion.is_active:
        return PromotionStatus.INACTIVE
    if promotion.ends_on < today:
        return PromotionStatus.EXPIRED
    if promotion.starts_on > today:
        return PromotionStatus.SCHEDULED
    return PromotionStatus.CURRENT


def _is_monetary(promotion: Promotion) -> bool:
    return any(rule.benefit_type in MONETARY_BENEFITS for rule in promotion.rules)


def _sorted_rules(promotion: Promotion) -> list[PromotionRule]:
    return sorted(promotion.rules, key=lambda r: (r.priority, r.id))


def _conditions(rule: PromotionRule) -> PromotionConditions:
    return PromotionConditions.model_validate(rule.conditions or {})


def _row(payment: Payment) -> dict[str, Any]:
    return snapshot(payment, exclude=_TIMESTAMPS)


def _payment_from_row(row: dict[str, Any]) -> Payment:
    """Recreate an installment a promotion removed, exactly as it was (a new id)."""

    def day(key: str) -> date | None:
        value = row.get(key)
        return date.fromisoformat(value) if value else None

    def money(key: str) -> Decimal | None:
        value = row.get(key)
        return Decimal(value) if value is not None else None

    amount = money("amount")
    due = day("due_date")
    assert amount is not None and due is not None
    return Payment(
        policy_id=int(row["policy_id"]),
        payment_number=int(row["payment_number"]),
        due_date=due,
        amount=amount,
        status=PaymentStatus(row["status"]),
        paid_date=day("paid_date"),
        paid_amount=money("paid_amount"),
        payment_method=PaymentMethod(row["payment_method"]) if row.get("payment_method") else None,
        receipt_number=row.get("receipt_number"),
        collector_id=row.get("collector_id"),
        seller_id=row.get("seller_id"),
        office_delivery_status=(
            OfficeDeliveryStatus(row["office_delivery_status"]) if row.get("office_delivery_status") else None
        ),
        office_delivery_date=day("office_delivery_date"),
        has_problem=bool(row.get("has_problem", False)),
        comments=row.get("comments"),
    )


@dataclass
class _Target:
    """A policy receiving a discount: its installments as mutable ORM rows."""

    policy: Policy
    payments: list[Payment]
    facts: PolicyFacts
    with_partials: set[int] = field(default_factory=set)

    def by_number(self) -> dict[int, Payment]:
        return {p.payment_number: p for p in self.payments}

    def lines(self) -> list[Line]:
        """Paid, cancelled and partly paid installments are never touched by a discount."""
        return [
            Line(
                p.payment_number,
                p.amount,
                p.status not in _UNPAID or p.id in self.with_partials,
            )
            for p in sorted(self.payments, key=lambda p: p.payment_number)
        ]


@dataclass
class _Referrer:
    policy: Policy | None
    reason: str | None  # why it cannot be used as a referrer (None: valid)


class PromotionService:
    def __init__(
        self,
        session: AsyncSession,
        *,
        user_id: int | None = None,
        now: datetime | None = None,
    ) -> None:
        self.session = session
        self.user_id = user_id
        self._now = now
        self.promotions = PromotionRepository(session)
        self.applications = ApplicationRepository(session)
        self.policies = PolicyTargetRepository(session)
        #: referrers' policies rewarded during the current apply (their statuses are recomputed)
        self._reward_targets: list[_Target] = []

    @property
    def now(self) -> datetime:
        return self._now or datetime.now(UTC)

    # == catalogue ================================================================================
    async def _read(self, promotion: Promotion, today: date, usage: Usage | None = None) -> PromotionRead:
        if usage is None:
            usage = (await self.promotions.usage([promotion.id])).get(promotion.id)
        return PromotionRead(
            id=promotion.id,
            code=promotion.code,
            name=promotion.name,
            description=promotion.description,
            starts_on=promotion.starts_on,
            ends_on=promotion.ends_on,
            is_active=promotion.is_active,
            stackable=promotion.stackable,
            usage_limit_total=promotion.usage_limit_total,
            usage_limit_per_client=promotion.usage_limit_per_client,
            status=promotion_status(promotion, today),
            uses=usage.uses if usage else 0,
            total_discount=usage.total_discount if usage else ZERO,
            rules=[
                RuleRead(
                    id=rule.id,
                    benefit_type=rule.benefit_type,
                    value=rule.value,
                    conditions=rule.conditions or {},
                    priority=rule.priority,
                    benefit=describe_benefit(rule.benefit_type, rule.value),
                )
                for rule in _sorted_rules(promotion)
            ],
            created_at=promotion.created_at,
            updated_at=promotion.updated_at,
        )

    @staticmethod
    def _rule(body: RuleIn) -> PromotionRule:
        return PromotionRule(
            benefit_type=body.benefit_type,
            value=body.value,
            conditions=body.conditions.stored(),
            priority=body.priority,
        )

    async def _audit_promotion(
        self, promotion: Promotion, action: str, before: dict[str, Any] | None
    ) -> dict[str, Any]:
        after = {
            **snapshot(promotion, exclude=_TIMESTAMPS),
            "rules": [snapshot(r, exclude=_TIMESTAMPS) for r in _sorted_rules(promotion)],
        }
        await record_audit(
            self.session,
            table="promotion",
            record_id=promotion.id,
            action=action,
            before=before,
            after=after,
            user_id=self.user_id,
        )
        return after

    async def _state(self, promotion: Promotion) -> dict[str, Any]:
        return {
            **snapshot(promotion, exclude=_TIMESTAMPS),
            "rules": [snapshot(r, exclude=_TIMESTAMPS) for r in _sorted_rules(promotion)],
        }

    async def create(self, body: PromotionCreate, today: date) -> PromotionRead:
        if await self.promotions.code_exists(body.code):
            raise PromotionCodeTakenError(fields={"code": "Clave ocupada."})
        promotion = Promotion(
            code=body.code,
            name=body.name,
            description=body.description,
            starts_on=body.starts_on,
            ends_on=body.ends_on,
            is_active=body.is_active,
            stackable=body.stackable,
            usage_limit_total=body.usage_limit_total,
            usage_limit_per_client=body.usage_limit_per_client,
            created_by_user_id=self.user_id,
        )
        promotion.rules = [self._rule(rule) for rule in body.rules]
        try:
            async with self.session.begin_nested():
                self.session.add(promotion)
                await self.session.flush()
        except IntegrityError as exc:  # a concurrent creation took the code
            raise PromotionCodeTakenError(fields={"code": "Clave ocupada."}) from exc
        await self._audit_promotion(promotion, "insert", None)
        return await self._read(promotion, today, Usage(0, ZERO))

    async def get(self, promotion_id: int, today: date) -> PromotionRead:
        return await self._read(await self.promotions.get_with_rules(promotion_id), today)

    async def search(self, query: PromotionQuery, today: date) -> Page[PromotionRead]:
        stmt = self.promotions.search(
            q=query.q, status=query.status, benefit_type=query.benefit_type, today=today
        )
        items, total = await self.promotions.paginate(stmt, page=query.page, size=query.size, sort=query.sort)
        usage = await self.promotions.usage([p.id for p in items])
        return Page(
            items=[await self._read(p, today, usage.get(p.id, Usage(0, ZERO))) for p in items],
            total=total,
            page=query.page,
            size=query.size,
        )

    async def update(self, promotion_id: int, body: PromotionUpdate, today: date) -> PromotionRead:
        promotion = await self.promotions.get_with_rules(promotion_id, for_update=True)
        before = await self._state(promotion)
        values = body.model_dump(exclude_unset=True, exclude={"rules"})
        for key in ("name",):
            if key in values and values[key] is None:
                raise ValidationFailedError(fields={key: "Este campo es obligatorio."})
        starts = values.get("starts_on") or promotion.starts_on
        ends = values.get("ends_on") or promotion.ends_on
        if ends < starts:
            raise ValidationFailedError(
                "El fin de vigencia no puede ser anterior al inicio.",
                fields={"ends_on": "El fin de vigencia no puede ser anterior al inicio."},
            )
        total = values.get("usage_limit_total", promotion.usage_limit_total)
        per_client = values.get("usage_limit_per_client", promotion.usage_limit_per_client)
        if total is not None and per_client is not None and per_client > total:
            raise ValidationFailedError(
                "El límite por cliente no puede ser mayor que el límite total.",
                fields={"usage_limit_per_client": "Mayor que el límite total."},
            )
        for key, value in values.items():
            if key in ("starts_on", "ends_on", "stackable") and value is None:
                continue
            setattr(promotion, key, value)
        if body.rules is not None:
            if await self.promotions.has_applications(promotion.id):
                raise PromotionInUseError()
            await self.promotions.replace_rules(promotion, [self._rule(r) for r in body.rules])
        await self.session.flush()
        await self.session.refresh(promotion)
        after = await self._state(promotion)
        changed_before, changed_after = _diff(before, after)
        if changed_after or changed_before:
            await record_audit(
                self.session,
                table="promotion",
                record_id=promotion.id,
                action="update",
                before=changed_before,
                after=changed_after,
                user_id=self.user_id,
            )
        return await self._read(promotion, today)

    async def set_active(self, promotion_id: int, active: bool, today: date) -> PromotionRead:
        promotion = await self.promotions.get_with_rules(promotion_id, for_update=True)
        if promotion.is_active != active:
            promotion.is_active = active
            await self.session.flush()
            await self.session.refresh(promotion)
            await record_audit(
                self.session,
                table="promotion",
                record_id=promotion.id,
                action="activate" if active else "deactivate",
                before={"is_active": not active},
                after={"is_active": active},
                user_id=self.user_id,
            )
        return await self._read(promotion, today)

    async def delete(self, promotion_id: int) -> None:
        promotion = await self.promotions.get_with_rules(promotion_id, for_update=True)
        if await self.promotions.has_applications(promotion.id):
            raise PromotionInUseError()
        before = await self._state(promotion)
        await self.promotions.delete(promotion)
        await record_audit(
            self.session,
            table="promotion",
            record_id=promotion_id,
            action="delete",
            before=before,
            after=None,
            user_id=self.user_id,
        )

    async def summary(self, today: date) -> PromotionSummary:
        counts = await self.promotions.count_by_status(today)
        start = datetime.combine(today, time.min, tzinfo=MEXICO_CITY)
        uses_today, total = await self.promotions.kpis_today(start, start + timedelta(days=1))
        return PromotionSummary(
            current=counts[PromotionStatus.CURRENT],
            scheduled=counts[PromotionStatus.SCHEDULED],
            expired=counts[PromotionStatus.EXPIRED],
            inactive=counts[PromotionStatus.INACTIVE],
            uses_today=uses_today,
            total_discount=total,
        )

    async def history(self, promotion_id: int, query: ApplicationQuery) -> Page[ApplicationRead]:
        promotion = await self.promotions.get(promotion_id)
        stmt = self.applications.for_promotion(promotion.id, query.live)
        items, total = await self.applications.paginate(
            stmt, page=query.page, size=query.size, sort=query.sort
        )
        codes = {promotion.id: promotion.code}
        return Page(
            items=[self.application_read(a, codes) for a in items],
            total=total,
            page=query.page,
            size=query.size,
        )

    @staticmethod
    def application_read(app: PromotionApplication, codes: dict[int, str]) -> ApplicationRead:
        return ApplicationRead(
            id=app.id,
            promotion_id=app.promotion_id,
            promotion_code=codes.get(app.promotion_id, ""),
            rule_id=app.rule_id,
            policy_id=app.policy_id,
            discount=app.discount,
            changes=list(app.changes or []),
            referrer_policy_id=app.referrer_policy_id,
            referred_policy_id=app.referred_policy_id,
            applied_at=app.applied_at,
            applied_by_user_id=app.applied_by_user_id,
            reverted_at=app.reverted_at,
            reverted_by_user_id=app.reverted_by_user_id,
        )

    # == simulation ===============================================================================
    async def simulate(self, body: SimulateIn, today: date) -> SimulationRead:
        """What the promotions would do to a new policy's schedule. Reads only; saves nothing."""
        as_of = body.as_of or today
        found = await self.policies.coverage(body.coverage_id)
        if found is None:
            raise ValidationFailedError(
                "No existe la cobertura.", fields={"coverage_id": "No existe la cobertura."}
            )
        coverage, vehicle_type = found
        try:
            total, schedule = build_schedule(
                body.payment_plan,
                Prices(
                    coverage.cash_price, coverage.credit_price, coverage.initial_payment, body.quoted_premium
                ),
                coverage.category,
                body.effective_date,
            )
        except ScheduleError as exc:
            raise ValidationFailedError(str(exc), fields={"payment_plan": str(exc)}) from exc
        referrer = await self._referrer(
            await self.policies.id_by_folio(body.referrer_folio) if body.referrer_folio else None,
            folio=body.referrer_folio,
            policy_id=None,
            client_id=body.client_id,
        )
        facts = PolicyFacts(
            coverage_id=coverage.id,
            coverage_name=coverage.name,
            vehicle_type=vehicle_type,
            vehicle_year=body.vehicle_year,
            payment_plan=body.payment_plan,
            is_renewal=body.is_renewal,
            has_referrer=referrer.policy is not None,
        )
        if body.codes:
            promotions = await self.promotions.by_codes(body.codes)
            missing = sorted({c.upper() for c in body.codes} - {p.code.upper() for p in promotions})
            if missing:
                raise ValidationFailedError(
                    f"No existe la promoción «{missing[0]}».", fields={"codes": "Promoción inexistente."}
                )
            order = {code.upper(): i for i, code in enumerate(body.codes)}
            promotions.sort(key=lambda p: order[p.code.upper()])
        else:
            promotions = await self.promotions.active_on(as_of)
        usage = await self.promotions.usage([p.id for p in promotions])

        due = {line.number: line.due_date for line in schedule}
        lines = [Line(line.number, line.amount) for line in schedule]
        accepted: list[Promotion] = []
        results: list[SimulatedRule] = []
        for promotion in promotions:
            blockers = window_reasons(
                starts_on=promotion.starts_on,
                ends_on=promotion.ends_on,
                is_active=promotion.is_active,
                as_of=as_of,
            )
            used = usage.get(promotion.id, Usage(0, ZERO)).uses
            if promotion.usage_limit_total is not None and used >= promotion.usage_limit_total:
                blockers.append(f"La promoción alcanzó su límite de {promotion.usage_limit_total} usos.")
            if promotion.usage_limit_per_client is not None and body.client_id is not None:
                by_client = await self.promotions.uses_by_client(promotion.id, body.client_id)
                if by_client >= promotion.usage_limit_per_client:
                    blockers.append(
                        f"El cliente ya usó la promoción {by_client} "
                        f"{'vez' if by_client == 1 else 'veces'} (límite {promotion.usage_limit_per_client})."
                    )
            blockers.extend(_stack_reasons(promotion, accepted))
            applied_any = False
            for rule in _sorted_rules(promotion):
                conditions = _conditions(rule)
                reasons = [*blockers, *evaluate(conditions, facts)]
                if conditions.referral and referrer.reason:
                    reasons.append(referrer.reason)
                discount = ZERO
                if not reasons:
                    try:
                        outcome = apply_benefit(lines, rule.benefit_type, rule.value, premium=total)
                    except PromotionError as exc:
                        reasons.append(str(exc))
                    else:
                        lines = list(outcome.lines)
                        discount = outcome.discount
                        applied_any = True
                applies = not reasons
                results.append(
                    SimulatedRule(
                        promotion_id=promotion.id,
                        code=promotion.code,
                        name=promotion.name,
                        rule_id=rule.id,
                        benefit_type=rule.benefit_type,
                        value=rule.value,
                        benefit=describe_benefit(rule.benefit_type, rule.value),
                        applies=applies,
                        reasons=[satisfied(conditions, facts)] if applies else reasons,
                        discount=discount,
                    )
                )
            if applied_any:
                accepted.append(promotion)
        total_discount = sum((r.discount for r in results), ZERO)
        return SimulationRead(
            as_of=as_of,
            prima_total=total,
            base_schedule=[
                InstallmentLine(number=i.number, due_date=i.due_date, amount=i.amount) for i in schedule
            ],
            rules=results,
            total_discount=total_discount,
            schedule=[
                InstallmentLine(
                    number=line.number, due_date=due[line.number], amount=line.amount, paid=line.paid
                )
                for line in lines
            ],
            total=sum((line.amount for line in lines), ZERO),
        )

    # == applying =================================================================================
    async def apply_at_creation(
        self,
        policy: Policy,
        payments: list[Payment],
        *,
        promotion_codes: Sequence[str],
        is_renewal: bool,
        referrer_policy_id: int | None,
        user_id: int | None,
        as_of: date,
    ) -> list[PromotionApplication]:
        """Apply ``promotion_codes`` to a policy being created, in the caller's transaction.

        ``policy`` must be flushed (it has an id); ``payments`` are its installments, flushed or
        merely added (they are flushed here). The list is mutated in place: amounts reduced,
        removed installments deleted and dropped from the list (never renumbered), installment 1
        set to 0.00 and paid for a zero down payment. A code that does not apply raises
        ``PromotionNotApplicableError`` (422) with the reasons, so the whole creation rolls back.
        The statuses of the policy (and of a rewarded referrer) are recomputed as of ``as_of``
        and the ORM objects refreshed. Returns every application made, the referrer's included.
        """
        if not promotion_codes:
            return []
        self.user_id = user_id if user_id is not None else self.user_id
        for payment in payments:
            if payment not in self.session:
                self.session.add(payment)
        await self.session.flush()
        locked = await self.policies.lock([i for i in (policy.id, referrer_policy_id) if i is not None])
        referrer = await self._referrer(
            referrer_policy_id,
            folio=None,
            policy_id=policy.id,
            client_id=policy.client_id,
            locked=locked,
        )
        target = await self._target(
            policy, payments, is_renewal=is_renewal, has_referrer=referrer.policy is not None
        )
        promotions = await self._promotions_for_update(promotion_codes)
        applications, notes = await self._apply(
            target, promotions, referrer=referrer, as_of=as_of, creation=True
        )
        await self._after_apply(target, applications, notes, referrer, as_of)
        return applications

    async def apply_to_policy(
        self, policy_id: int, code: str, *, referrer_folio: int | None, as_of: date
    ) -> ApplyResultRead:
        """Apply a promotion to an existing policy (its unpaid installments only)."""
        referrer_id = await self.policies.id_by_folio(referrer_folio) if referrer_folio else None
        locked = await self.policies.lock([i for i in (policy_id, referrer_id) if i is not None])
        policy = locked.get(policy_id)
        if policy is None:
            raise PolicyNotFoundError()
        if policy.status == PolicyStatus.CANCELLED:
            raise PolicyNotEligibleError("La póliza está cancelada: no admite promociones.")
        referrer = await self._referrer(
            referrer_id, folio=referrer_folio, policy_id=policy.id, client_id=policy.client_id, locked=locked
        )
        payments = await self.policies.payments(policy.id)
        target = await self._target(
            policy,
            payments,
            is_renewal=policy.renewal_folio is not None,
            has_referrer=referrer.policy is not None,
        )
        promotions = await self._promotions_for_update([code], not_found=PromotionNotFoundError)
        applications, notes = await self._apply(
            target, promotions, referrer=referrer, as_of=as_of, creation=False
        )
        await self._after_apply(target, applications, notes, referrer, as_of)
        codes = {p.id: p.code for p in promotions}
        return ApplyResultRead(
            applications=[self.application_read(a, codes) for a in applications], notes=notes
        )

    async def _promotions_for_update(
        self, codes: Sequence[str], *, not_found: type[Exception] | None = None
    ) -> list[Promotion]:
        wanted = list(dict.fromkeys(c.strip().upper() for c in codes))
        found = {p.code.upper(): p for p in await self.promotions.by_codes(wanted, for_update=True)}
        for code in wanted:
            if code not in found:
                if not_found is not None:
                    raise not_found()
                raise PromotionNotApplicableError(
                    f"No existe la promoción «{code}».", fields={"promotion_codes": "Promoción inexistente."}
                )
        return [found[c] for c in wanted]

    async def _target(
        self, policy: Policy, payments: list[Payment], *, is_renewal: bool, has_referrer: bool
    ) -> _Target:
        ctx = await self.policies.context(policy.coverage_id, policy.vehicle_id)
        facts = PolicyFacts(
            coverage_id=policy.coverage_id,
            coverage_name=ctx.coverage_name,
            vehicle_type=ctx.vehicle_type,
            vehicle_year=ctx.vehicle_year,
            payment_plan=policy.payment_plan,
            is_renewal=is_renewal,
            has_referrer=has_referrer,
        )
        partials = await self.policies.with_partials([p.id for p in payments if p.id is not None])
        return _Target(policy, payments, facts, partials)

    async def _referrer(
        self,
        referrer_id: int | None,
        *,
        folio: int | None,
        policy_id: int | None,
        client_id: int | None,
        locked: dict[int, Policy] | None = None,
    ) -> _Referrer:
        if referrer_id is None:
            if folio is not None:
                return _Referrer(None, f"No existe la póliza referente con folio {folio}.")
            return _Referrer(None, None)
        referrer = (locked or {}).get(referrer_id) or await self.policies.get_or_none(referrer_id)
        if referrer is None:
            return _Referrer(None, "No existe la póliza referente.")
        if referrer.id == policy_id:
            return _Referrer(None, "Una póliza no puede referirse a sí misma.")
        if client_id is not None and referrer.client_id == client_id:
            return _Referrer(None, "El referente debe ser otro cliente.")
        if referrer.status == PolicyStatus.CANCELLED:
            return _Referrer(None, f"La póliza referente {referrer.folio} está cancelada.")
        return _Referrer(referrer, None)

    async def _apply(
        self,
        target: _Target,
        promotions: list[Promotion],
        *,
        referrer: _Referrer,
        as_of: date,
        creation: bool,
    ) -> tuple[list[PromotionApplication], list[str]]:
        live = await self.applications.live_for_policy(target.policy.id) if not creation else []
        live_keys = {(a.promotion_id, a.rule_id) for a, _ in live}
        others = {p.id: p for _, p in live}
        usage = await self.promotions.usage([p.id for p in promotions])
        applications: list[PromotionApplication] = []
        notes: list[str] = []
        accepted: list[Promotion] = []
        for promotion in promotions:
            blockers = window_reasons(
                starts_on=promotion.starts_on,
                ends_on=promotion.ends_on,
                is_active=promotion.is_active,
                as_of=as_of,
            )
            if blockers:
                raise PromotionNotApplicableError(f"Promoción {promotion.code}: {blockers[0]}")
            stack = _stack_reasons(
                promotion, [*[p for pid, p in others.items() if pid != promotion.id], *accepted]
            )
            if stack:
                raise PromotionsNotStackableError(f"Promoción {promotion.code}: {stack[0]}")
            already_counted = promotion.id in others
            if not already_counted:
                await self._check_limits(promotion, usage.get(promotion.id), target.policy.client_id)
            applied: list[PromotionApplication] = []
            reasons: list[str] = []
            pending_rules = [r for r in _sorted_rules(promotion) if (promotion.id, r.id) not in live_keys]
            if not pending_rules:
                raise PromotionAlreadyAppliedError(
                    f"La promoción {promotion.code} ya está aplicada a esta póliza."
                )
            for rule in pending_rules:
                conditions = _conditions(rule)
                rule_reasons = evaluate(conditions, target.facts)
                if conditions.referral and referrer.reason:
                    rule_reasons.append(referrer.reason)
                if rule_reasons:
                    reasons.extend(rule_reasons)
                    continue
                try:
                    outcome = apply_benefit(
                        target.lines(), rule.benefit_type, rule.value, premium=target.policy.prima_total
                    )
                except PromotionError as exc:
                    reasons.append(str(exc))
                    continue
                app = await self._record(
                    target,
                    promotion,
                    rule,
                    outcome.discount,
                    outcome.changes,
                    as_of=as_of,
                    referrer_policy_id=referrer.policy.id
                    if conditions.referral and referrer.policy
                    else None,
                    referred_policy_id=None,
                )
                applied.append(app)
                if conditions.referral and referrer.policy is not None:
                    reward = await self._reward_referrer(
                        referrer.policy, promotion, rule, target.policy, as_of
                    )
                    if isinstance(reward, str):
                        notes.append(reward)
                    else:
                        applied.append(reward)
            if not applied:
                detail = "; ".join(dict.fromkeys(reasons)) or "no cumple las condiciones."
                if len(pending_rules) < len(promotion.rules):
                    raise PromotionAlreadyAppliedError(
                        f"La promoción {promotion.code} ya está aplicada a esta póliza "
                        f"y sus demás reglas no aplican: {detail}"
                    )
                raise PromotionNotApplicableError(
                    f"La promoción {promotion.code} no aplica: {detail}",
                    fields={"code" if not creation else "promotion_codes": detail},
                )
            applications.extend(applied)
            accepted.append(promotion)
        return applications, notes

    async def _check_limits(self, promotion: Promotion, usage: Usage | None, client_id: int) -> None:
        uses = usage.uses if usage else 0
        if promotion.usage_limit_total is not None and uses >= promotion.usage_limit_total:
            raise PromotionLimitReachedError(
                f"La promoción {promotion.code} alcanzó su límite de {promotion.usage_limit_total} usos."
            )
        if promotion.usage_limit_per_client is not None:
            by_client = await self.promotions.uses_by_client(promotion.id, client_id)
            if by_client >= promotion.usage_limit_per_client:
                limit = promotion.usage_limit_per_client
                raise PromotionLimitReachedError(
                    f"El cliente ya usó la promoción {promotion.code} el máximo de "
                    f"{limit} {'vez' if limit == 1 else 'veces'}."
                )

    async def _reward_referrer(
        self, referrer: Policy, promotion: Promotion, rule: PromotionRule, new_policy: Policy, as_of: date
    ) -> PromotionApplication | str:
        """The referrer's benefit, or a note (Spanish) saying why it could not be given."""
        prefix = f"La póliza referente {referrer.folio} no recibió el beneficio de {promotion.code}: "
        live = await self.applications.live_for_policy(referrer.id)
        if any(a.promotion_id == promotion.id and a.rule_id == rule.id for a, _ in live):
            return prefix + "ya lo había recibido."
        stack = _stack_reasons(promotion, [p for _, p in live if p.id != promotion.id])
        if stack:
            return prefix + stack[0]
        if promotion.id not in {p.id for _, p in live}:
            usage = (await self.promotions.usage([promotion.id])).get(promotion.id)
            try:
                await self._check_limits(promotion, usage, referrer.client_id)
            except PromotionLimitReachedError as exc:
                return prefix + exc.detail
        payments = await self.policies.payments(referrer.id)
        target = await self._target(
            referrer, payments, is_renewal=referrer.renewal_folio is not None, has_referrer=False
        )
        try:
            outcome = apply_benefit(
                target.lines(), rule.benefit_type, rule.value, premium=referrer.prima_total
            )
        except PromotionError as exc:
            return prefix + str(exc)
        self._reward_targets.append(target)
        return await self._record(
            target,
            promotion,
            rule,
            outcome.discount,
            outcome.changes,
            as_of=as_of,
            referrer_policy_id=None,
            referred_policy_id=new_policy.id,
        )

    async def _record(
        self,
        target: _Target,
        promotion: Promotion,
        rule: PromotionRule,
        discount: Decimal,
        changes: Sequence[Change],
        *,
        as_of: date,
        referrer_policy_id: int | None,
        referred_policy_id: int | None,
    ) -> PromotionApplication:
        """Write the application, then change the installments and audit everything."""
        by_number = target.by_number()
        entries = [
            {
                "number": ch.number,
                "before": jsonable(ch.before),
                "after": jsonable(ch.after),
                "marked_paid": ch.marked_paid,
                "row": _row(by_number[ch.number]),
            }
            for ch in changes
        ]
        app = PromotionApplication(
            promotion_id=promotion.id,
            rule_id=rule.id,
            policy_id=target.policy.id,
            discount=discount,
            changes=entries,
            referrer_policy_id=referrer_policy_id,
            referred_policy_id=referred_policy_id,
            applied_by_user_id=self.user_id,
        )
        try:
            async with self.session.begin_nested():
                self.session.add(app)
                await self.session.flush()
        except IntegrityError as exc:
            if "uq_promotion_application_live" in str(exc.orig):
                raise PromotionAlreadyAppliedError(
                    f"La promoción {promotion.code} ya está aplicada a esta póliza."
                ) from exc
            raise
        for ch in changes:
            payment = by_number[ch.number]
            before = _row(payment)
            if ch.after is None:
                target.payments.remove(payment)
                await self.policies.delete_payment(payment)
                after: dict[str, Any] | None = None
            else:
                payment.amount = ch.after
                if ch.marked_paid:
                    payment.status = PaymentStatus.PAID
                    payment.paid_date = as_of
                    payment.paid_amount = ZERO
                await self.session.flush()
                after = _row(payment)
            b, a = _diff(before, after) if after is not None else (before, None)
            await record_audit(
                self.session,
                table="payment",
                record_id=before["id"],
                action="promotion_removed" if after is None else "promotion_applied",
                before=b,
                after=a,
                user_id=self.user_id,
            )
        await record_audit(
            self.session,
            table="promotion_application",
            record_id=app.id,
            action="insert",
            after=snapshot(app),
            user_id=self.user_id,
        )
        await record_audit(
            self.session,
            table="policy",
            record_id=target.policy.id,
            action="promotion_applied",
            after={
                "promotion": promotion.code,
                "rule_id": rule.id,
                "application_id": app.id,
                "discount": discount,
            },
            user_id=self.user_id,
        )
        return app

    async def _after_apply(
        self,
        target: _Target,
        applications: list[PromotionApplication],
        notes: list[str],
        referrer: _Referrer,
        as_of: date,
    ) -> None:
        rewarded, self._reward_targets = self._reward_targets, []
        touched = [target, *rewarded]
        await self._recompute(touched, as_of)
        codes = await self.applications.codes(a.promotion_id for a in applications)
        for app in applications:
            event_bus.publish(
                PROMOTION_APPLIED,
                {
                    "application_id": app.id,
                    "promotion_id": app.promotion_id,
                    "code": codes.get(app.promotion_id),
                    "rule_id": app.rule_id,
                    "policy_id": app.policy_id,
                    "discount": jsonable(app.discount),
                    "referrer_policy_id": app.referrer_policy_id,
                    "referred_policy_id": app.referred_policy_id,
                    "user_id": self.user_id,
                    "notes": list(notes),
                },
            )

    async def _recompute(self, targets: Sequence[_Target], as_of: date) -> None:
        """Statuses by the StatusUpdater (raw SQL), then refresh the ORM rows it may have changed."""
        ids = [t.policy.id for t in targets]
        await recompute_policy_statuses(self.session, ids, as_of, STATUS_TRIGGER, user_id=self.user_id)
        for t in targets:
            await self.session.refresh(t.policy, attribute_names=["status", "updated_at"])
            for payment in t.payments:
                await self.session.refresh(payment, attribute_names=["status", "updated_at"])

    # == revert ===================================================================================
    async def revert(self, application_id: int, *, as_of: date, reason: str | None = None) -> ApplicationRead:
        """Restore exactly what the application changed; refused if a touched installment was
        paid or changed since (e.g. by a later promotion: revert that one first)."""
        policy_id = await self.applications.policy_id_of(application_id)
        policy = (await self.policies.lock([policy_id]))[policy_id]
        app = await self.applications.get(application_id, for_update=True)
        if app.reverted_at is not None:
            raise PromotionAlreadyRevertedError()
        if policy.status == PolicyStatus.CANCELLED:
            raise PolicyNotEligibleError("La póliza está cancelada: deshaz primero la cancelación.")
        payments = await self.policies.payments(policy.id)
        by_number = {p.payment_number: p for p in payments}
        entries: list[dict[str, Any]] = list(app.changes or [])
        for entry in entries:
            number = int(entry["number"])
            current = by_number.get(number)
            if entry["after"] is None:
                if current is not None:
                    raise PromotionRevertRefusedError(
                        f"La mensualidad {number} ya existe de nuevo; no se puede revertir la promoción."
                    )
                continue
            if current is None:
                raise PromotionRevertRefusedError(
                    f"La mensualidad {number} fue eliminada por otra promoción aplicada después: "
                    "revierte primero esa promoción."
                )
            if entry.get("marked_paid"):
                intact = (
                    current.status == PaymentStatus.PAID
                    and current.amount == Decimal(entry["after"])
                    and (current.paid_amount or ZERO) == ZERO
                )
                if not intact:
                    raise PromotionRevertRefusedError(
                        f"La mensualidad {number} cambió desde que se aplicó el enganche cero."
                    )
                continue
            if current.status == PaymentStatus.PAID:
                raise PromotionRevertRefusedError(
                    f"La mensualidad {number} ya fue pagada; no se puede revertir la promoción."
                )
            if current.amount != Decimal(entry["after"]):
                raise PromotionRevertRefusedError(
                    f"El monto de la mensualidad {number} cambió después de aplicar la promoción "
                    "(otra promoción o un ajuste): revierte primero lo más reciente."
                )
        for entry in entries:
            number = int(entry["number"])
            row: dict[str, Any] = entry["row"]
            if entry["after"] is None:
                restored = await self.policies.add_payment(_payment_from_row(row))
                payments.append(restored)
                await record_audit(
                    self.session,
                    table="payment",
                    record_id=restored.id,
                    action="promotion_reverted",
                    before=None,
                    after=_row(restored),
                    user_id=self.user_id,
                )
                continue
            current = by_number[number]
            before = _row(current)
            current.amount = Decimal(entry["before"])
            if entry.get("marked_paid"):
                current.status = PaymentStatus(row["status"])
                current.paid_date = date.fromisoformat(row["paid_date"]) if row.get("paid_date") else None
                current.paid_amount = (
                    Decimal(row["paid_amount"]) if row.get("paid_amount") is not None else None
                )
            await self.session.flush()
            b, a = _diff(before, _row(current))
            await record_audit(
                self.session,
                table="payment",
                record_id=current.id,
                action="promotion_reverted",
                before=b,
                after=a,
                user_id=self.user_id,
            )
        app.reverted_at = self.now
        app.reverted_by_user_id = self.user_id
        await self.session.flush()
        await record_audit(
            self.session,
            table="promotion_application",
            record_id=app.id,
            action="revert",
            before={"reverted_at": None},
            after={"reverted_at": app.reverted_at, "reverted_by_user_id": self.user_id, "reason": reason},
            user_id=self.user_id,
        )
        codes = await self.applications.codes([app.promotion_id])
        await record_audit(
            self.session,
            table="policy",
            record_id=policy.id,
            action="promotion_reverted",
            after={
                "promotion": codes.get(app.promotion_id),
                "application_id": app.id,
                "discount": app.discount,
                "reason": reason,
            },
            user_id=self.user_id,
        )
        await self._recompute([_Target(policy, payments, _NO_FACTS)], as_of)
        event_bus.publish(
            PROMOTION_REVERTED,
            {
                "application_id": app.id,
                "promotion_id": app.promotion_id,
                "code": codes.get(app.promotion_id),
                "policy_id": app.policy_id,
                "discount": jsonable(app.discount),
                "user_id": self.user_id,
                "reason": reason,
            },
        )
        return self.application_read(app, codes)


_NO_FACTS = PolicyFacts(
    coverage_id=0,
    coverage_name="",
    vehicle_type=None,
    vehicle_year=None,
    payment_plan=PaymentPlan.CASH,
    is_renewal=False,
    has_referrer=False,
)


def _stack_reasons(promotion: Promotion, others: Sequence[Promotion]) -> list[str]:
    """At most one monetary promotion per policy unless both are stackable."""
    if not _is_monetary(promotion):
        return []
    for other in others:
        if other.id != promotion.id and _is_monetary(other) and not (promotion.stackable and other.stackable):
            return [f"No es acumulable con la promoción {other.code}."]
    return []
