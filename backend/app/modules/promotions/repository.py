"""Promotions: the module's SQL (promotions, rules, applications, and the policy rows a discount
touches, always locked in the same order: policies by id, then promotions by id)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Select, and_, delete, exists, func, or_, select
from sqlalchemy.orm import selectinload

from app.core.repository import Repository
from app.models import (
    Coverage,
    PartialPayment,
    Payment,
    Policy,
    Promotion,
    PromotionApplication,
    PromotionRule,
    Vehicle,
    VehicleKey,
)
from app.models.enums import PartialPaymentStatus, VehicleType
from app.modules.promotions.exceptions import (
    PolicyNotFoundError,
    PromotionApplicationNotFoundError,
    PromotionNotFoundError,
)
from app.modules.promotions.schemas import PromotionStatus


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True, slots=True)
class Usage:
    uses: int
    total_discount: Decimal


class PromotionRepository(Repository[Promotion]):
    model = Promotion
    not_found_error = PromotionNotFoundError
    sortable: ClassVar = {
        "code": Promotion.code,
        "name": Promotion.name,
        "starts_on": Promotion.starts_on,
        "ends_on": Promotion.ends_on,
        "created_at": Promotion.created_at,
    }
    default_sort = "-starts_on"

    WITH_RULES = (selectinload(Promotion.rules),)

    def search(
        self, *, q: str | None, status: PromotionStatus | None, benefit_type: Any, today: date
    ) -> Select[Any]:
        stmt = self.base_statement().options(*self.WITH_RULES)
        if q:
            needle = f"%{_like_escape(q.strip().lower())}%"
            stmt = stmt.where(
                or_(
                    func.lower(Promotion.code).like(needle, escape="\\"),
                    func.lower(Promotion.name).like(needle, escape="\\"),
                )
            )
        if status is not None:
            stmt = stmt.where(self.status_condition(status, today))
        if benefit_type is not None:
            stmt = stmt.where(
                exists(
                    select(PromotionRule.id).where(
                        PromotionRule.promotion_id == Promotion.id, PromotionRule.benefit_type == benefit_type
                    )
                )
            )
        return stmt

    @staticmethod
    def status_condition(status: PromotionStatus, today: date) -> Any:
        if status == PromotionStatus.INACTIVE:
            return Promotion.is_active.is_(False)
        if status == PromotionStatus.EXPIRED:
            return and_(Promotion.is_active.is_(True), Promotion.ends_on < today)
        if status == PromotionStatus.SCHEDULED:
            return and_(Promotion.is_active.is_(True), Promotion.starts_on > today)
        return and_(Promotion.is_active.is_(True), Promotion.starts_on <= today, Promotion.ends_on >= today)

    async def count_by_status(self, today: date) -> dict[PromotionStatus, int]:
        columns = [
            func.count().filter(self.status_condition(s, today)).label(s.value) for s in PromotionStatus
        ]
        row = (await self.session.execute(select(*columns).select_from(Promotion))).one()
        return {s: int(row._mapping[s.value]) for s in PromotionStatus}

    async def get_with_rules(self, promotion_id: int, *, for_update: bool = False) -> Promotion:
        return await self.get(promotion_id, options=self.WITH_RULES, for_update=for_update)

    async def by_codes(self, codes: Sequence[str], *, for_update: bool = False) -> list[Promotion]:
        """Promotions with these codes, locked in id order when ``for_update``."""
        stmt = (
            self.base_statement()
            .where(func.upper(Promotion.code).in_([c.upper() for c in codes]))
            .options(*self.WITH_RULES)
            .order_by(Promotion.id)
        )
        if for_update:
            stmt = stmt.with_for_update(of=Promotion)
        return await self.get_all(stmt)

    async def active_on(self, as_of: date) -> list[Promotion]:
        stmt = (
            self.base_statement()
            .where(self.status_condition(PromotionStatus.CURRENT, as_of))
            .options(*self.WITH_RULES)
            .order_by(Promotion.code)
        )
        return await self.get_all(stmt)

    async def code_exists(self, code: str) -> bool:
        return bool(
            await self.session.scalar(select(exists().where(func.upper(Promotion.code) == code.upper())))
        )

    async def has_applications(self, promotion_id: int) -> bool:
        return bool(
            await self.session.scalar(
                select(exists().where(PromotionApplication.promotion_id == promotion_id))
            )
        )

    async def replace_rules(self, promotion: Promotion, rules: Iterable[PromotionRule]) -> None:
        await self.session.execute(delete(PromotionRule).where(PromotionRule.promotion_id == promotion.id))
        for rule in rules:
            rule.promotion_id = promotion.id
            self.session.add(rule)
        await self.session.flush()
        await self.session.refresh(promotion, attribute_names=["rules"])

    async def usage(self, promotion_ids: Sequence[int]) -> dict[int, Usage]:
        """Live uses (distinct policies) and the live discount of each promotion."""
        if not promotion_ids:
            return {}
        rows = await self.session.execute(
            select(
                PromotionApplication.promotion_id,
                func.count(func.distinct(PromotionApplication.policy_id)),
                func.coalesce(func.sum(PromotionApplication.discount), 0),
            )
            .where(
                PromotionApplication.promotion_id.in_(promotion_ids),
                PromotionApplication.reverted_at.is_(None),
            )
            .group_by(PromotionApplication.promotion_id)
        )
        return {int(pid): Usage(int(n), Decimal(total)) for pid, n, total in rows}

    async def uses_by_client(self, promotion_id: int, client_id: int) -> int:
        stmt = (
            select(func.count(func.distinct(PromotionApplication.policy_id)))
            .join(Policy, Policy.id == PromotionApplication.policy_id)
            .where(
                PromotionApplication.promotion_id == promotion_id,
                PromotionApplication.reverted_at.is_(None),
                Policy.client_id == client_id,
            )
        )
        return int(await self.session.scalar(stmt) or 0)

    async def kpis_today(self, start: datetime, end: datetime) -> tuple[int, Decimal]:
        """Applications made in [start, end) (live) and the live discount given overall."""
        uses_today = await self.session.scalar(
            select(func.count(func.distinct(PromotionApplication.policy_id))).where(
                PromotionApplication.applied_at >= start,
                PromotionApplication.applied_at < end,
                PromotionApplication.reverted_at.is_(None),
            )
        )
        total = await self.session.scalar(
            select(func.coalesce(func.sum(PromotionApplication.discount), 0)).where(
                PromotionApplication.reverted_at.is_(None)
            )
        )
        return int(uses_today or 0), Decimal(total or 0)


class ApplicationRepository(Repository[PromotionApplication]):
    model = PromotionApplication
    not_found_error = PromotionApplicationNotFoundError
    sortable: ClassVar = {"applied_at": PromotionApplication.applied_at, "id": PromotionApplication.id}
    default_sort = "-applied_at"

    def for_promotion(self, promotion_id: int, live: bool | None) -> Select[Any]:
        stmt = self.base_statement().where(PromotionApplication.promotion_id == promotion_id)
        if live is True:
            stmt = stmt.where(PromotionApplication.reverted_at.is_(None))
        elif live is False:
            stmt = stmt.where(PromotionApplication.reverted_at.is_not(None))
        return stmt

    async def live_for_policy(self, policy_id: int) -> list[tuple[PromotionApplication, Promotion]]:
        rows = await self.session.execute(
            select(PromotionApplication, Promotion)
            .join(Promotion, Promotion.id == PromotionApplication.promotion_id)
            .where(PromotionApplication.policy_id == policy_id, PromotionApplication.reverted_at.is_(None))
            .options(selectinload(Promotion.rules))
            .order_by(PromotionApplication.id)
        )
        return [(app, promo) for app, promo in rows.all()]

    async def policy_id_of(self, application_id: int) -> int:
        policy_id = await self.session.scalar(
            select(PromotionApplication.policy_id).where(PromotionApplication.id == application_id)
        )
        if policy_id is None:
            raise PromotionApplicationNotFoundError()
        return int(policy_id)

    async def codes(self, promotion_ids: Iterable[int]) -> dict[int, str]:
        ids = sorted(set(promotion_ids))
        if not ids:
            return {}
        rows = await self.session.execute(select(Promotion.id, Promotion.code).where(Promotion.id.in_(ids)))
        return {int(i): str(c) for i, c in rows}


@dataclass(frozen=True, slots=True)
class PolicyContext:
    """Catalogue facts of a policy that the rule conditions look at."""

    coverage_name: str
    vehicle_type: VehicleType | None
    vehicle_year: int | None


class PolicyTargetRepository(Repository[Policy]):
    """The policy rows a discount touches (no scoping: every role may read any policy)."""

    model = Policy
    not_found_error = PolicyNotFoundError

    async def lock(self, policy_ids: Sequence[int]) -> dict[int, Policy]:
        """``SELECT ... FOR UPDATE`` in id order (the module's lock order: policies first)."""
        ids = sorted(set(policy_ids))
        if not ids:
            return {}
        stmt = select(Policy).where(Policy.id.in_(ids)).order_by(Policy.id).with_for_update()
        return {p.id: p for p in await self.get_all(stmt)}

    async def id_by_folio(self, folio: int) -> int | None:
        return await self.session.scalar(select(Policy.id).where(Policy.folio == folio))

    async def context(self, coverage_id: int, vehicle_id: int | None) -> PolicyContext:
        coverage_name = await self.session.scalar(select(Coverage.name).where(Coverage.id == coverage_id))
        vehicle_type: VehicleType | None = None
        year: int | None = None
        if vehicle_id is not None:
            row = (
                await self.session.execute(
                    select(Vehicle.vehicle_type, Vehicle.year).where(Vehicle.id == vehicle_id)
                )
            ).one_or_none()
            if row is not None:
                vehicle_type, year = row
        return PolicyContext(str(coverage_name or "?"), vehicle_type, year)

    async def coverage(self, coverage_id: int) -> tuple[Coverage, VehicleType] | None:
        row = (
            await self.session.execute(
                select(Coverage, VehicleKey.vehicle_type)
                .join(VehicleKey, VehicleKey.code == Coverage.vehicle_key)
                .where(Coverage.id == coverage_id)
            )
        ).one_or_none()
        return (row[0], row[1]) if row is not None else None

    async def payments(self, policy_id: int, *, for_update: bool = True) -> list[Payment]:
        stmt = select(Payment).where(Payment.policy_id == policy_id).order_by(Payment.payment_number)
        if for_update:
            stmt = stmt.with_for_update()
        return list((await self.session.scalars(stmt)).all())

    async def with_partials(self, payment_ids: Sequence[int]) -> set[int]:
        """Installments holding applied partial payments (abonos): never discounted."""
        if not payment_ids:
            return set()
        rows = await self.session.scalars(
            select(PartialPayment.payment_id)
            .where(
                PartialPayment.payment_id.in_(list(payment_ids)),
                PartialPayment.status == PartialPaymentStatus.APPLIED,
            )
            .distinct()
        )
        return {int(r) for r in rows}

    async def delete_payment(self, payment: Payment) -> None:
        await self.session.delete(payment)
        await self.session.flush()

    async def add_payment(self, payment: Payment) -> Payment:
        self.session.add(payment)
        await self.session.flush()
        return payment
