"""``GET /api/v1/dashboard/summary``: sessions, permissions per section, the seller's own scope,
and every number against data made here, "today" being the frozen clock's Mexico City day
(2026-11-28 18:00 UTC = 12:00 local; the local day runs 06:00 UTC to 06:00 UTC)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.models import PartialPayment, PaymentProposal, PaymentTransaction, Policy, PolicyCancellation
from app.models.enums import (
    LedgerEntryKind,
    LedgerSource,
    PaymentMethod,
    PolicyStatus,
    ProposalStatus,
)
from tests.fixtures.auth import MakeUser, Subject
from tests.fixtures.factories import MakePolicy, PolicyBundle

URL = "/api/v1/dashboard/summary"
NOON = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)  # the clock fixture's instant
START_OF_DAY = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)  # 00:00 in Mexico City
YESTERDAY_LATE = START_OF_DAY - timedelta(minutes=1)  # 23:59 of the 27th, local
TONIGHT_LATE = START_OF_DAY + timedelta(hours=23, minutes=59)  # 23:59 of the 28th, local


async def set_created(
    session: AsyncSession, bundle: PolicyBundle, at: datetime, seller_id: int | None = None
) -> None:
    values: dict[str, Any] = {"created_at": at}
    if seller_id is not None:
        values["seller_id"] = seller_id
    await session.execute(update(Policy).where(Policy.id == bundle.policy.id).values(**values))


async def ledger(
    session: AsyncSession,
    bundle: PolicyBundle,
    amount: str,
    at: datetime,
    *,
    kind: LedgerEntryKind = LedgerEntryKind.PAYMENT,
    number: int = 1,
) -> PaymentTransaction:
    partial_id = None
    if kind is LedgerEntryKind.PARTIAL:
        partial = PartialPayment(
            payment_id=bundle.payment(number).id,
            partial_number=1,
            amount=Decimal(amount),
            paid_date=at.date(),
            payment_method=PaymentMethod.CASH,
        )
        session.add(partial)
        await session.flush()
        partial_id = partial.id
    entry = PaymentTransaction(
        payment_id=bundle.payment(number).id,
        partial_payment_id=partial_id,
        kind=kind,
        source=LedgerSource.COUNTER,
        amount=Decimal(amount),
        method=PaymentMethod.CASH,
        paid_date=at.date(),
        created_at=at,
    )
    session.add(entry)
    await session.flush()
    return entry


async def reverse(session: AsyncSession, entry: PaymentTransaction, at: datetime) -> None:
    session.add(
        PaymentTransaction(
            payment_id=entry.payment_id,
            kind=LedgerEntryKind.REVERSAL,
            source=LedgerSource.REVERSAL,
            amount=-entry.amount,
            paid_date=entry.paid_date,
            reverses_id=entry.id,
            reason="Capturado por error",
            created_at=at,
        )
    )
    await session.flush()


async def cancellation(
    session: AsyncSession, bundle: PolicyBundle, at: datetime, *, undone: bool = False
) -> None:
    session.add(
        PolicyCancellation(
            policy_id=bundle.policy.id,
            code="C1",
            reason="Dejó de pagar",
            payments_made=1,
            cancelled_at=at,
            snapshot={},
            undone_at=at + timedelta(minutes=5) if undone else None,
            undo_reason="Error" if undone else None,
        )
    )
    await session.flush()


async def proposal(
    session: AsyncSession,
    bundle: PolicyBundle,
    author: Subject,
    at: datetime,
    status: ProposalStatus,
    receipt: str,
) -> None:
    session.add(
        PaymentProposal(
            policy_id=bundle.policy.id,
            payment_id=bundle.payment(2).id,
            amount=Decimal("500.00"),
            method=PaymentMethod.CASH,
            receipt_number=receipt,
            local_date=at.date(),
            status=status,
            author_employee_id=author.employee_id,
            author_user_id=author.user_id,
            created_at=at,
        )
    )
    await session.flush()


def counts(body: dict[str, Any]) -> dict[str, int]:
    return {row["status"]: row["count"] for row in body["policies"]["by_status"]}


async def get(client: httpx.AsyncClient, subject: Subject) -> dict[str, Any]:
    response = await client.get(URL, headers=subject.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture
async def world(
    session: AsyncSession, policy_factory: MakePolicy, make_user: MakeUser, clock: FrozenClock
) -> dict[str, Any]:
    """Five policies (two of them the seller's), money, cancellations and proposals around the
    day's edges."""
    seller = await make_user(
        roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True, now=clock.now()
    )
    effective = date(2026, 11, 1)
    mine_active = await policy_factory(effective=effective, status=PolicyStatus.ACTIVE, paid=[1])
    mine_pending = await policy_factory(effective=effective, status=PolicyStatus.PENDING)
    other_active = await policy_factory(effective=effective, status=PolicyStatus.ACTIVE, paid=[1])
    other_morosa = await policy_factory(effective=date(2026, 6, 1), status=PolicyStatus.MOROSA)
    other_cancelled = await policy_factory(effective=date(2026, 6, 1), status=PolicyStatus.CANCELLED)
    await set_created(
        session, mine_active, START_OF_DAY, seller_id=seller.employee_id
    )  # today, first instant
    await set_created(session, mine_pending, YESTERDAY_LATE, seller_id=seller.employee_id)
    await set_created(session, other_active, TONIGHT_LATE)  # today, last minute
    await set_created(session, other_morosa, NOON - timedelta(days=30))
    await set_created(session, other_cancelled, NOON - timedelta(days=60))

    # money: today 500 (seller's) + 250 abono + 300 reversed; yesterday 999
    await ledger(session, mine_active, "500.00", NOON - timedelta(hours=2))
    await ledger(session, other_active, "250.00", NOON, kind=LedgerEntryKind.PARTIAL, number=1)
    reversed_entry = await ledger(session, other_morosa, "300.00", NOON - timedelta(hours=1))
    await reverse(session, reversed_entry, NOON - timedelta(minutes=30))
    await ledger(session, other_morosa, "999.00", YESTERDAY_LATE, number=2)

    # cancellations: one today standing, one today undone, one yesterday
    await cancellation(session, other_cancelled, NOON - timedelta(hours=3))
    await cancellation(session, other_morosa, NOON - timedelta(hours=2), undone=True)
    await cancellation(session, mine_pending, YESTERDAY_LATE)

    # proposals: open 49 h and 1 h, one already approved
    await proposal(
        session, other_morosa, seller, NOON - timedelta(hours=49), ProposalStatus.PENDING, "R-9001"
    )
    await proposal(
        session, mine_active, seller, NOON - timedelta(hours=1), ProposalStatus.UNDER_REVIEW, "R-9002"
    )
    await proposal(
        session, other_active, seller, NOON - timedelta(hours=1), ProposalStatus.APPROVED, "R-9003"
    )
    await session.commit()
    return {
        "seller": seller,
        "mine_active": mine_active,
        "mine_pending": mine_pending,
        "other_active": other_active,
    }


async def test_needs_a_session(client: httpx.AsyncClient) -> None:
    response = await client.get(URL)
    assert response.status_code == 401


async def test_refused_without_any_read_permission(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    nobody = await make_user(now=clock.now())
    response = await client.get(URL, headers=nobody.headers)
    assert response.status_code == 403
    assert response.json()["error"] == "FORBIDDEN"


async def test_admin_sees_every_section_with_today_in_mexico_city(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock, world: dict[str, Any]
) -> None:
    admin = await make_user(roles=[("admin", None)], now=clock.now())
    body = await get(client, admin)

    assert body["as_of"] == "2026-11-28"
    assert body["own_only"] is False
    assert counts(body) == {
        "active": 2,
        "pending": 1,
        "morosa": 1,
        "pre_effective": 0,
        "suspended": 0,
        "cancelled": 1,
        "expired": 0,
    }
    assert [row["status"] for row in body["policies"]["by_status"]][:3] == ["active", "pending", "morosa"]
    assert body["policies"]["total"] == 5
    assert body["policies"]["new_today"] == 2  # 00:00 and 23:59 local count, 23:59 of yesterday does not
    recent = body["policies"]["recent"]
    assert recent[0]["id"] == world["other_active"].policy.id
    assert recent[0]["client_name"] and recent[0]["prima_total"].count(".") == 1

    payments = body["payments"]
    assert payments["received_today"] == 2
    assert payments["received_today_total"] == "750.00"
    assert [p["amount"] for p in payments["recent"][:3]] == ["250.00", "300.00", "500.00"]
    assert [p["reversed"] for p in payments["recent"][:3]] == [False, True, False]
    assert all(p["kind"] != "reversal" for p in payments["recent"])

    assert body["cancellations"]["today"] == 1
    assert [c["undone"] for c in body["cancellations"]["recent"]] == [True, False, False]
    assert body["cancellations"]["recent"][0]["code"] == "C1"

    assert body["proposals"] == {"pending": 2, "stale": 1, "stale_hours": 48}


async def test_seller_sees_own_policies_and_their_payments_only(
    client: httpx.AsyncClient, world: dict[str, Any]
) -> None:
    body = await get(client, world["seller"])
    assert body["own_only"] is True
    assert counts(body)["active"] == 1
    assert counts(body)["pending"] == 1
    assert body["policies"]["total"] == 2
    assert body["policies"]["new_today"] == 1
    assert [p["id"] for p in body["policies"]["recent"]] == [
        world["mine_active"].policy.id,  # created 00:00 today
        world["mine_pending"].policy.id,  # created 23:59 yesterday
    ]
    assert body["payments"]["received_today"] == 1
    assert body["payments"]["received_today_total"] == "500.00"
    assert [p["policy_id"] for p in body["payments"]["recent"]] == [world["mine_active"].policy.id]
    # no cancellations.read nor proposals.read: those sections are absent, not empty
    assert body["cancellations"] is None
    assert body["proposals"] is None


@pytest.mark.parametrize(
    ("roles", "departments", "sections"),
    [
        ([("gerente", "ventas")], [("ventas", True)], {"policies", "payments"}),
        (
            [("gerente", "cobranza")],
            [("cobranza", True)],
            {"policies", "payments", "cancellations", "proposals"},
        ),
        ([("auxiliar", "cobranza")], [("cobranza", False)], {"policies", "payments", "proposals"}),
        ([("cobrador", "cobranza")], [("cobranza", False)], {"policies", "payments"}),
    ],
)
async def test_sections_follow_the_read_permissions(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    clock: FrozenClock,
    world: dict[str, Any],
    roles: list[tuple[str, str | None]],
    departments: list[tuple[str, bool]],
    sections: set[str],
) -> None:
    subject = await make_user(roles=roles, departments=departments, now=clock.now())
    body = await get(client, subject)
    shown = {
        name for name in ("policies", "payments", "cancellations", "proposals") if body[name] is not None
    }
    assert shown == sections
    assert body["own_only"] is False
    assert body["policies"]["total"] == 5  # not a seller: the company's policies


async def test_the_day_moves_with_the_clock(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock, world: dict[str, Any]
) -> None:
    clock.set(START_OF_DAY - timedelta(hours=1))  # 23:00 of the 27th, local
    admin = await make_user(roles=[("admin", None)], now=clock.now())
    body = await get(client, admin)
    assert body["as_of"] == "2026-11-27"
    assert body["policies"]["new_today"] == 1  # the one created at 23:59 of the 27th
    assert body["payments"]["received_today"] == 1
    assert body["payments"]["received_today_total"] == "999.00"
    assert body["cancellations"]["today"] == 1
