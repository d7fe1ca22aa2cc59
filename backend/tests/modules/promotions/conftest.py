"""Subjects and object helpers for the promotion tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.core.database import UnitOfWork
from app.models import Payment, Promotion, PromotionApplication, PromotionRule
from app.models.enums import BenefitType, PaymentStatus
from tests.fixtures.auth import MakeUser, Subject
from tests.fixtures.factories import PolicyBundle

TODAY = date(2026, 11, 28)  # the frozen clock's business date
API = "/api/v1"

RuleSpec = tuple[BenefitType, str, dict[str, Any]]


@dataclass
class Team:
    admin: Subject
    sales_manager: Subject  # gerente de Ventas: promotions.*
    collections_manager: Subject  # gerente de Cobranza: promotions.read only
    seller: Subject  # vendedor: promotions.read
    assistant: Subject  # auxiliar: nothing of promotions


@pytest.fixture
async def team(make_user: MakeUser, clock: FrozenClock, session: AsyncSession) -> Team:
    async def user(**kwargs: Any) -> Subject:
        return await make_user(now=clock.now(), **kwargs)

    team = Team(
        admin=await user(roles=[("admin", None)]),
        sales_manager=await user(roles=[("gerente", "ventas")], departments=[("ventas", True)]),
        collections_manager=await user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)]),
        seller=await user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True),
        assistant=await user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)]),
    )
    # released (not committed: the test's outer transaction still rolls everything back), so a
    # refused request, which rolls back its own unit of work, cannot take the subjects with it
    await session.commit()
    return team


async def make_promotion(
    session: AsyncSession,
    code: str,
    rules: Sequence[RuleSpec],
    *,
    starts_on: date = date(2026, 11, 1),
    ends_on: date = date(2026, 12, 31),
    stackable: bool = False,
    usage_limit_total: int | None = None,
    usage_limit_per_client: int | None = None,
    is_active: bool = True,
) -> Promotion:
    promotion = Promotion(
        code=code,
        name=f"Promoción {code}",
        starts_on=starts_on,
        ends_on=ends_on,
        stackable=stackable,
        usage_limit_total=usage_limit_total,
        usage_limit_per_client=usage_limit_per_client,
        is_active=is_active,
    )
    promotion.rules = [
        PromotionRule(benefit_type=benefit, value=Decimal(value), conditions=conditions, priority=i)
        for i, (benefit, value, conditions) in enumerate(rules)
    ]
    session.add(promotion)
    await session.flush()
    return promotion


async def amounts(session: AsyncSession, policy_id: int) -> dict[int, Decimal]:
    rows = await session.execute(
        select(Payment.payment_number, Payment.amount)
        .where(Payment.policy_id == policy_id)
        .order_by(Payment.payment_number)
    )
    return {int(n): Decimal(a) for n, a in rows}


async def statuses(session: AsyncSession, policy_id: int) -> dict[int, PaymentStatus]:
    rows = await session.execute(
        select(Payment.payment_number, Payment.status)
        .where(Payment.policy_id == policy_id)
        .order_by(Payment.payment_number)
    )
    return {int(n): s for n, s in rows}


async def live_discount(session: AsyncSession, policy_id: int) -> Decimal:
    value = await session.scalar(
        select(func.coalesce(func.sum(PromotionApplication.discount), 0)).where(
            PromotionApplication.policy_id == policy_id, PromotionApplication.reverted_at.is_(None)
        )
    )
    return Decimal(value)


async def rows_of(session: AsyncSession, policy_id: int) -> list[tuple[Any, ...]]:
    """Installments as comparable tuples (no ids or timestamps: restored rows get new ids)."""
    result = await session.execute(
        select(
            Payment.payment_number,
            Payment.due_date,
            Payment.amount,
            Payment.status,
            Payment.paid_date,
            Payment.paid_amount,
            Payment.seller_id,
            Payment.comments,
        )
        .where(Payment.policy_id == policy_id)
        .order_by(Payment.payment_number)
        .execution_options(populate_existing=True)
    )
    return [tuple(r) for r in result]


def total_of(bundle: PolicyBundle) -> Decimal:
    return bundle.policy.prima_total


class SavepointUnitOfWork(UnitOfWork):
    """A unit of work over a SAVEPOINT of the test's session: an error rolls back only this unit
    (``Session.rollback()`` would undo the whole test's data), after-commit callbacks run on
    success exactly as in production."""

    async def __aenter__(self) -> SavepointUnitOfWork:
        self._savepoint = await self.session.begin_nested()
        await super().__aenter__()
        return self

    async def commit(self) -> None:
        await self._savepoint.commit()
        callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            await callback()

    async def rollback(self) -> None:
        self._after_commit = []
        await self._savepoint.rollback()
