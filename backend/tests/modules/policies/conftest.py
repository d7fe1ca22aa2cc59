"""Subjects and helpers shared by the policy router tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.models import Policy
from app.models.enums import PaymentPlan, PolicyStatus
from tests.fixtures.auth import MakeUser, Subject
from tests.fixtures.factories import PolicyBundle, make_policy
from tests.fixtures.fake_quotes import fake_quotes_server  # noqa: F401 (shared loopback server)

API = "/api/v1/policies"


@dataclass
class Team:
    seller: Subject  # vendedor (Ventas), is_seller
    other_seller: Subject
    sales_manager: Subject  # gerente de Ventas (manages it)
    collections_manager: Subject  # gerente de Cobranza
    admin: Subject
    assistant: Subject  # auxiliar (Cobranza)
    collector: Subject  # cobrador
    adjuster: Subject  # ajustador

    def everyone(self) -> list[Subject]:
        return [
            self.seller,
            self.other_seller,
            self.sales_manager,
            self.collections_manager,
            self.admin,
            self.assistant,
            self.collector,
            self.adjuster,
        ]


TODAY = date(2026, 11, 28)  # the frozen clock's business date


@pytest.fixture
async def team(make_user: MakeUser, clock: FrozenClock, session: AsyncSession) -> Team:
    """One subject per kind of user; tokens minted at the frozen clock's time (so "today" is
    ``TODAY`` in every request of these tests)."""

    async def user(**kwargs: Any) -> Subject:
        return await make_user(now=clock.now(), **kwargs)

    team = Team(
        seller=await user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True),
        other_seller=await user(
            roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True
        ),
        sales_manager=await user(roles=[("gerente", "ventas")], departments=[("ventas", True)]),
        collections_manager=await user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)]),
        admin=await user(roles=[("admin", None)]),
        assistant=await user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)]),
        collector=await user(
            roles=[("cobrador", "cobranza")], departments=[("cobranza", False)], is_collector=True
        ),
        adjuster=await user(
            roles=[("ajustador", "siniestros")], departments=[("siniestros", False)], is_adjuster=True
        ),
    )
    await session.flush()
    return team


async def seed_policy(
    session: AsyncSession,
    *,
    seller_id: int | None = None,
    effective: date = date(2026, 11, 1),
    plan: PaymentPlan = PaymentPlan.MONTHLY_7,
    status: PolicyStatus = PolicyStatus.PENDING,
    paid: tuple[int, ...] = (),
    contract_folio: str | None = None,
) -> PolicyBundle:
    """A stored policy (no HTTP) with its schedule and card, optionally owned by ``seller_id``."""
    bundle = await make_policy(session, effective=effective, plan=plan, status=status, paid=paid)
    if seller_id is not None:
        bundle.policy.seller_id = seller_id
        for payment in bundle.payments:
            payment.seller_id = seller_id
    if contract_folio is not None:
        bundle.policy.contract_folio = contract_folio
    await session.flush()
    return bundle


async def reload(session: AsyncSession, policy_id: int) -> Policy:
    policy = await session.get(Policy, policy_id, populate_existing=True)
    assert policy is not None
    return policy
