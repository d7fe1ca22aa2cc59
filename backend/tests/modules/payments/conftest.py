"""Subjects, receipts and helpers for the payments tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.core.events import Event, event_bus
from app.models import AuditLog, Card, Payment, PaymentTransaction, Policy, Receipt
from app.models.receipt import ReceiptKind, ReceiptStatus
from app.modules.payments.service import PAYMENT_COMPLETED, PAYMENT_REVERSED, POLICY_RESTRUCTURED
from tests.fixtures.auth import MakeUser, Subject

API = "/api/v1/payments"
_seq = iter(range(1, 9999))


@dataclass
class Team:
    admin: Subject
    collections_manager: Subject  # gerente de Cobranza: payments.* (revert, restructure)
    assistant: Subject  # auxiliar de Cobranza: read, edit, create, partial (no revert)
    sales_manager: Subject  # gerente de Ventas: payments.read only
    seller: Subject
    collector: Subject


@pytest.fixture
async def team(make_user: MakeUser, clock: FrozenClock, session: AsyncSession) -> Team:
    async def user(**kwargs: Any) -> Subject:
        return await make_user(now=clock.now(), **kwargs)

    team = Team(
        admin=await user(roles=[("admin", None)]),
        collections_manager=await user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)]),
        assistant=await user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)]),
        sales_manager=await user(roles=[("gerente", "ventas")], departments=[("ventas", True)]),
        seller=await user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True),
        collector=await user(
            roles=[("cobrador", "cobranza")], departments=[("cobranza", False)], is_collector=True
        ),
    )
    await session.commit()
    return team


async def office_receipt(session: AsyncSession, *, collector_id: int | None = None, prefix: str = "Q") -> str:
    """A receipt assigned to OFICINA (or to a collector); returns its number."""
    seq = next(_seq)
    receipt = Receipt(
        number=f"{prefix}{seq:04d}",
        prefix=prefix,
        seq=seq,
        kind=ReceiptKind.PAPER,
        status=ReceiptStatus.ASSIGNED,
        collector_id=collector_id,
        at_office=collector_id is None,
        assigned_at=datetime(2026, 11, 1, tzinfo=UTC),
    )
    session.add(receipt)
    await session.flush()
    await session.commit()
    return receipt.number


async def fresh(session: AsyncSession, model: Any, **where: Any) -> Any:
    stmt = select(model).filter_by(**where).execution_options(populate_existing=True)
    return (await session.scalars(stmt)).one()


async def installment(session: AsyncSession, payment_id: int) -> Payment:
    result: Payment = await fresh(session, Payment, id=payment_id)
    return result


async def policy_of(session: AsyncSession, policy_id: int) -> Policy:
    result: Policy = await fresh(session, Policy, id=policy_id)
    return result


async def card_of(session: AsyncSession, policy_id: int) -> Card:
    result: Card = await fresh(session, Card, policy_id=policy_id)
    return result


async def receipt_of(session: AsyncSession, number: str) -> Receipt:
    result: Receipt = await fresh(session, Receipt, number=number)
    return result


async def ledger(session: AsyncSession, payment_id: int) -> list[PaymentTransaction]:
    stmt = (
        select(PaymentTransaction)
        .where(PaymentTransaction.payment_id == payment_id)
        .order_by(PaymentTransaction.id)
        .execution_options(populate_existing=True)
    )
    return list((await session.scalars(stmt)).all())


async def audit_actions(session: AsyncSession, table: str, record_id: Any) -> list[str]:
    stmt = (
        select(AuditLog.action)
        .where(AuditLog.table_name == table, AuditLog.record_id == str(record_id))
        .order_by(AuditLog.id)
    )
    return list((await session.scalars(stmt)).all())


class Captured:
    def __init__(self) -> None:
        self.events: list[Event] = []

    async def __call__(self, event: Event) -> None:
        self.events.append(event)

    def named(self, name: str) -> list[Event]:
        return [e for e in self.events if e.name == name]


@pytest.fixture
def captured() -> Any:
    sink = Captured()
    names = (PAYMENT_COMPLETED, PAYMENT_REVERSED, POLICY_RESTRUCTURED)
    for name in names:
        event_bus.subscribe(name)(sink)
    yield sink
    for name in names:
        event_bus.unsubscribe(name, sink)
