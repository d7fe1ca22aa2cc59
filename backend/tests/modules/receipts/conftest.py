"""Subjects and helpers for the receipts tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.models import Employee, Receipt
from app.models.receipt import ReceiptKind, ReceiptStatus
from tests.fixtures.auth import MakeUser, Subject

API = "/api/v1/receipts"


@dataclass
class Team:
    manager: Subject  # gerente de Cobranza: receipts.*
    assistant: Subject  # auxiliar de Cobranza: receipts.read only
    collector: Subject
    other_collector: Subject
    seller: Subject  # vendedor: receipts.read_own


@pytest.fixture
async def team(make_user: MakeUser, clock: FrozenClock, session: AsyncSession) -> Team:
    async def user(**kwargs: Any) -> Subject:
        return await make_user(now=clock.now(), **kwargs)

    collector = {
        "roles": [("cobrador", "cobranza")],
        "departments": [("cobranza", False)],
        "is_collector": True,
    }
    team = Team(
        manager=await user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)]),
        assistant=await user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)]),
        collector=await user(**collector),
        other_collector=await user(**collector),
        seller=await user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True),
    )
    await session.commit()
    return team


async def set_limit(session: AsyncSession, employee_id: int, limit: int) -> None:
    await session.execute(update(Employee).where(Employee.id == employee_id).values(receipt_limit=limit))
    await session.flush()


async def add_receipt(
    session: AsyncSession,
    number: str,
    status: ReceiptStatus = ReceiptStatus.UNASSIGNED,
    *,
    collector_id: int | None = None,
    at_office: bool = False,
    policy_id: int | None = None,
    at: datetime | None = None,
) -> Receipt:
    """A paper receipt straight into the session (the lifecycle table's starting states)."""
    holder_needed = status != ReceiptStatus.UNASSIGNED
    receipt = Receipt(
        number=number,
        prefix=number[0],
        seq=int(number[1:]),
        kind=ReceiptKind.PAPER,
        status=status,
        collector_id=collector_id if holder_needed and not at_office else None,
        at_office=at_office and holder_needed,
        assigned_at=at if holder_needed else None,
        policy_id=policy_id,
    )
    session.add(receipt)
    await session.flush()
    return receipt
