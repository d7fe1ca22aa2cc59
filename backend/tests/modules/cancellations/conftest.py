"""Subjects for the cancellation tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from tests.fixtures.auth import MakeUser, Subject

API = "/api/v1"


@dataclass
class Team:
    admin: Subject
    sales_manager: Subject  # gerente de Ventas: policies.cancel (every gerente), no cancellations.read
    collections_manager: Subject  # gerente de Cobranza: policies.cancel + cancellations.read
    seller: Subject
    assistant: Subject
    collector: Subject


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
        collector=await user(
            roles=[("cobrador", "cobranza")], departments=[("cobranza", False)], is_collector=True
        ),
    )
    # released so that a refused request (which rolls back its own unit of work) keeps them
    await session.commit()
    return team
