"""Races with real commits: 20 approvals of one proposal, two proposals with one receipt number."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import FrozenClock
from app.models import Payment
from app.models.enums import PaymentStatus, ProposalStatus
from app.models.ledger import PaymentTransaction
from app.models.proposal import PaymentProposal
from tests.modules.authorization.support import (
    AUXILIAR_COBRANZA,
    COLLECTOR,
    a_policy,
    assigned_receipt,
    create_subject,
    proposal_body,
)

API = "/api/v1/authorization"
pytestmark = pytest.mark.commit


async def test_twenty_concurrent_approvals_apply_exactly_one_payment(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
    committing_client: httpx.AsyncClient,
    redis: Redis,
    clock: FrozenClock,
) -> None:
    async with committing_sessionmaker() as session:
        collector = await create_subject(session, redis, **COLLECTOR)  # type: ignore[arg-type]
        reviewers = [await create_subject(session, redis, **AUXILIAR_COBRANZA) for _ in range(4)]  # type: ignore[arg-type]
        bundle = await a_policy(session)
        receipt = await assigned_receipt(session, collector.employee_id)
        await session.commit()
    r = await committing_client.post(
        f"{API}/proposals",
        json=proposal_body(bundle.payment(1).id, receipt.number),
        headers={**collector.headers, "Idempotency-Key": uuid.uuid4().hex},
    )
    assert r.status_code == 201, r.text
    proposal_id = r.json()["id"]

    responses = await asyncio.gather(
        *(
            committing_client.post(f"{API}/proposals/{proposal_id}/approve", headers=reviewers[i % 4].headers)
            for i in range(20)
        )
    )
    codes = Counter(r.status_code for r in responses)
    assert codes[200] == 1, [r.text for r in responses if r.status_code != 409]
    assert codes[409] == 19
    errors = {r.json()["error"] for r in responses if r.status_code == 409}
    assert errors <= {"PROPOSAL_ALREADY_DECIDED", "PROPOSAL_ALREADY_CLAIMED"}
    assert "PROPOSAL_ALREADY_DECIDED" in errors
    async with committing_sessionmaker() as session:
        entries = await session.scalar(
            select(func.count())
            .select_from(PaymentTransaction)
            .where(PaymentTransaction.payment_id == bundle.payment(1).id)
        )
        assert entries == 1
        installment = await session.get(Payment, bundle.payment(1).id)
        assert installment is not None and installment.status == PaymentStatus.PAID
        proposal = await session.get(PaymentProposal, proposal_id)
        assert proposal is not None and proposal.status == ProposalStatus.APPLIED


async def test_two_proposals_with_one_receipt_number_only_one_succeeds(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
    committing_client: httpx.AsyncClient,
    redis: Redis,
    clock: FrozenClock,
) -> None:
    async with committing_sessionmaker() as session:
        first = await create_subject(session, redis, **COLLECTOR)  # type: ignore[arg-type]
        second = await create_subject(session, redis, **COLLECTOR)  # type: ignore[arg-type]
        one, two = await a_policy(session), await a_policy(session)
        await session.commit()
    number = f"R{uuid.uuid4().int % 10000:04d}"
    responses = await asyncio.gather(
        committing_client.post(
            f"{API}/proposals",
            json=proposal_body(one.payment(1).id, number),
            headers={**first.headers, "Idempotency-Key": uuid.uuid4().hex},
        ),
        committing_client.post(
            f"{API}/proposals",
            json=proposal_body(two.payment(1).id, number),
            headers={**second.headers, "Idempotency-Key": uuid.uuid4().hex},
        ),
    )
    assert sorted(r.status_code for r in responses) == [201, 409], [r.text for r in responses]
    loser = next(r for r in responses if r.status_code == 409)
    assert loser.json()["error"] == "PROPOSAL_RECEIPT_IN_USE"
    async with committing_sessionmaker() as session:
        count = await session.scalar(
            select(func.count()).select_from(PaymentProposal).where(PaymentProposal.receipt_number == number)
        )
        assert count == 1
