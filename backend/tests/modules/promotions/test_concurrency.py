"""Promotions under concurrency (real commits): one live application per (promotion, policy,
rule), and usage limits that two parallel applications cannot both exceed."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.database import UnitOfWork
from app.core.exceptions import AppError
from app.models import PromotionApplication
from app.models.enums import BenefitType
from app.modules.promotions.service import PromotionService
from tests.fixtures.factories import make_policy
from tests.modules.promotions.conftest import TODAY, make_promotion

pytestmark = pytest.mark.commit


async def attempt(maker: async_sessionmaker[AsyncSession], policy_id: int, code: str) -> str:
    async with maker() as session:
        try:
            async with UnitOfWork(session):
                await PromotionService(session).apply_to_policy(
                    policy_id, code, referrer_folio=None, as_of=TODAY
                )
        except AppError as exc:
            return exc.error_code
    return "ok"


async def live_count(maker: async_sessionmaker[AsyncSession], **where: int) -> int:
    async with maker() as session:
        stmt = (
            select(func.count())
            .select_from(PromotionApplication)
            .where(PromotionApplication.reverted_at.is_(None))
        )
        for key, value in where.items():
            stmt = stmt.where(getattr(PromotionApplication, key) == value)
        return int(await session.scalar(stmt) or 0)


async def test_parallel_applications_to_one_policy_yield_one(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async with committing_sessionmaker() as session:
        promotion = await make_promotion(session, "PARALELO", [(BenefitType.FIXED_AMOUNT, "200", {})])
        bundle = await make_policy(session, effective=date(2026, 10, 28))
        await session.commit()
    results = await asyncio.gather(
        *(attempt(committing_sessionmaker, bundle.policy.id, "PARALELO") for _ in range(4))
    )
    assert sorted(results) == ["PROMOTION_ALREADY_APPLIED"] * 3 + ["ok"]
    assert (
        await live_count(committing_sessionmaker, policy_id=bundle.policy.id, promotion_id=promotion.id) == 1
    )


async def test_the_last_use_goes_to_exactly_one_policy(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async with committing_sessionmaker() as session:
        promotion = await make_promotion(
            session, "ULTIMOUSO", [(BenefitType.FIXED_AMOUNT, "100", {})], usage_limit_total=2
        )
        policies = [await make_policy(session, effective=date(2026, 10, 28)) for _ in range(5)]
        await session.commit()
    results = await asyncio.gather(
        *(attempt(committing_sessionmaker, b.policy.id, "ULTIMOUSO") for b in policies)
    )
    assert sorted(results) == ["PROMOTION_LIMIT_REACHED"] * 3 + ["ok"] * 2
    assert await live_count(committing_sessionmaker, promotion_id=promotion.id) == 2
