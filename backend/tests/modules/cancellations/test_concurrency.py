"""Two cancellations of one policy at the same time (real commits): exactly one wins."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.database import UnitOfWork
from app.core.exceptions import AppError
from app.models import Payment, PolicyCancellation
from app.models.enums import PaymentStatus
from app.modules.cancellations.schemas import CancelPolicyIn
from app.modules.cancellations.service import CancellationService
from tests.fixtures.factories import make_policy

pytestmark = pytest.mark.commit


async def test_concurrent_double_cancel_yields_one_cancellation(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async with committing_sessionmaker() as session:
        bundle = await make_policy(session, effective=date(2026, 9, 28), paid=[1])
        await session.commit()

    async def cancel(code: str) -> str:
        async with committing_sessionmaker() as session:
            try:
                async with UnitOfWork(session):
                    await CancellationService(session, user_id=None).cancel(
                        bundle.policy.id,
                        CancelPolicyIn(code=code, reason="Cancelación concurrente de prueba."),
                    )
            except AppError as exc:
                return exc.error_code
        return "ok"

    results = await asyncio.gather(cancel("C1"), cancel("C2"), cancel("C3"))
    assert sorted(results) == ["POLICY_ALREADY_CANCELLED", "POLICY_ALREADY_CANCELLED", "ok"]
    async with committing_sessionmaker() as session:
        live = await session.scalar(
            select(func.count())
            .select_from(PolicyCancellation)
            .where(PolicyCancellation.policy_id == bundle.policy.id, PolicyCancellation.undone_at.is_(None))
        )
        assert live == 1
        cancelled = await session.scalar(
            select(func.count())
            .select_from(Payment)
            .where(Payment.policy_id == bundle.policy.id, Payment.status == PaymentStatus.CANCELLED)
        )
        assert cancelled == 6
