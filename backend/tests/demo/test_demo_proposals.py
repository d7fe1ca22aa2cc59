"""Demo proposals: every state, photos and GPS points, applied ones really applied, cash
deliveries with a shortage debt."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.demo import generate_demo
from app.models import Payment
from app.models.cash import CashDelivery, CollectorDebt
from app.models.enums import PaymentStatus, ProposalStatus
from app.models.ledger import PaymentTransaction
from app.models.proposal import PaymentProposal


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The demo's photos go to a temporary DATA_DIR, not the developer's."""
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("FILES_API_URL", raising=False)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


async def test_demo_proposals(session: AsyncSession, data_dir: Path) -> None:
    report = await generate_demo(session, scale_clients=120, seed=2026)
    assert report.counts["payment_proposal"] > 0
    statuses = set((await session.scalars(select(PaymentProposal.status).distinct())).all())
    assert {
        ProposalStatus.PENDING,
        ProposalStatus.UNDER_REVIEW,
        ProposalStatus.REJECTED,
        ProposalStatus.CANCELLED,
        ProposalStatus.APPLIED,
    } <= statuses
    without = await session.scalar(
        select(func.count()).where(
            (PaymentProposal.photo_file_id.is_(None)) | (PaymentProposal.location.is_(None))
        )
    )
    assert without == 0
    assert await asyncio.to_thread(lambda: any(data_dir.rglob("*.png")) or any(data_dir.rglob("*-*"))), (
        "photos stored"
    )
    applied = (
        await session.scalars(select(PaymentProposal).where(PaymentProposal.status == ProposalStatus.APPLIED))
    ).all()
    for proposal in applied:
        entry = await session.get(PaymentTransaction, proposal.payment_transaction_id)
        assert entry is not None and entry.proposal_id == proposal.id
        installment = await session.get(Payment, proposal.payment_id)
        assert installment is not None and installment.status == PaymentStatus.PAID
    assert await session.scalar(select(func.count()).select_from(CashDelivery)) >= 1
    assert report.counts["cash_delivery"] >= 1
    debts = await session.scalar(select(func.count()).select_from(CollectorDebt))
    assert debts == report.counts["collector_debt"]
