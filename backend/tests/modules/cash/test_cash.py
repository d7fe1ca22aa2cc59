"""Cash delivery: expected cash by folio, confirmation by the office (never by the collector),
a shortage becomes a collector debt, receipts marked delivered, the collector's own view."""

from __future__ import annotations

from decimal import Decimal

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.models import AuditLog
from app.models.cash import CollectorDebt
from app.models.enums import CollectorDebtStatus
from app.models.receipt import Receipt, ReceiptStatus
from tests.fixtures.auth import MakeUser
from tests.modules.authorization.support import (
    AUXILIAR_COBRANZA,
    COLLECTOR,
    GERENTE_COBRANZA,
    a_policy,
    assigned_receipt,
    idem,
    proposal_body,
)

AUTH = "/api/v1/authorization"
CASH = "/api/v1/cash"


async def _applied(
    client: httpx.AsyncClient,
    session: AsyncSession,
    collector,  # type: ignore[no-untyped-def]
    reviewer,  # type: ignore[no-untyped-def]
    *,
    amount: str = "1200.00",
    method: str = "cash",
) -> dict:
    bundle = await a_policy(session)
    receipt = await assigned_receipt(session, collector.employee_id)
    r = await client.post(
        f"{AUTH}/proposals",
        json=proposal_body(bundle.payment(1).id, receipt.number, amount=amount, method=method),
        headers={**collector.headers, **idem()},
    )
    assert r.status_code == 201, r.text
    r = await client.post(f"{AUTH}/proposals/{r.json()['id']}/approve", headers=reviewer.headers)
    assert r.status_code == 200, r.text
    return r.json()


async def test_permissions(client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock) -> None:
    assert (await client.get(f"{CASH}/collectors")).status_code == 401
    collector = await make_user(**COLLECTOR)
    assert (await client.get(f"{CASH}/collectors", headers=collector.headers)).status_code == 403
    r = await client.post(
        f"{CASH}/deliveries", json={"collector_id": 1, "received_amount": "1.00"}, headers=collector.headers
    )
    assert r.status_code == 403
    assert (await client.get(f"{CASH}/mine", headers=collector.headers)).status_code == 200
    office = await make_user(roles=[("auxiliar", None)])
    assert (await client.get(f"{CASH}/mine", headers=office.headers)).status_code == 403


async def test_delivery_with_a_shortage_becomes_a_collector_debt(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    manager = await make_user(**GERENTE_COBRANZA)
    one = await _applied(client, session, collector, reviewer, amount="1200.00")
    two = await _applied(client, session, collector, reviewer, amount="700.00")
    await _applied(client, session, collector, reviewer, amount="500.00", method="transfer")  # not cash

    listing = await client.get(f"{CASH}/collectors", headers=manager.headers)
    row = next(c for c in listing.json() if c["collector_id"] == collector.employee_id)
    assert row == {**row, "proposals": 2, "amount": "1900.00"}
    expected = await client.get(
        f"{CASH}/collectors/{collector.employee_id}/expected", headers=manager.headers
    )
    assert expected.status_code == 200
    assert expected.json()["total"] == "1900.00"
    assert sorted(i["proposal_id"] for i in expected.json()["items"]) == sorted([one["id"], two["id"]])
    mine = await client.get(f"{CASH}/mine", headers=collector.headers)
    assert mine.json()["total"] == "1900.00" and mine.json()["cap"] is None and mine.json()["alert"] == "none"

    r = await client.post(
        f"{CASH}/deliveries",
        json={"collector_id": collector.employee_id, "received_amount": "1850.00", "notes": "Faltan 50"},
        headers=manager.headers,
    )
    assert r.status_code == 201, r.text
    delivery = r.json()
    assert delivery["expected_amount"] == "1900.00"
    assert delivery["received_amount"] == "1850.00"
    assert delivery["shortage"] == "50.00"
    assert delivery["difference"] == "-50.00"
    assert delivery["debt"]["amount"] == "50.00" and delivery["debt"]["status"] == "open"
    debt = await session.scalar(select(CollectorDebt).where(CollectorDebt.delivery_id == delivery["id"]))
    assert debt is not None and debt.amount == Decimal("50.00") and debt.status == CollectorDebtStatus.OPEN
    receipts = (
        await session.scalars(
            select(Receipt.status).where(Receipt.number.in_([one["receipt_number"], two["receipt_number"]]))
        )
    ).all()
    assert set(receipts) == {ReceiptStatus.DELIVERED}
    audits = await session.scalar(
        select(func.count()).where(AuditLog.table_name.in_(["cash_delivery", "collector_debt"]))
    )
    assert audits == 2

    # nothing left to deliver; the collector sees the debt and the delivery
    again = await client.post(
        f"{CASH}/deliveries",
        json={"collector_id": collector.employee_id, "received_amount": "0.00"},
        headers=manager.headers,
    )
    assert again.status_code == 409
    assert again.json()["error"] == "CASH_NOTHING_TO_DELIVER"
    twice = await client.post(
        f"{CASH}/deliveries",
        json={
            "collector_id": collector.employee_id,
            "received_amount": "1200.00",
            "proposal_ids": [one["id"]],
        },
        headers=manager.headers,
    )
    assert twice.status_code == 409
    assert twice.json()["error"] == "CASH_PROPOSAL_NOT_DELIVERABLE"
    mine = await client.get(f"{CASH}/mine", headers=collector.headers)
    assert mine.json()["total"] == "0.00"
    assert [d["amount"] for d in mine.json()["open_debts"]] == ["50.00"]
    assert [d["id"] for d in mine.json()["recent_deliveries"]] == [delivery["id"]]
    own = await client.get(f"{CASH}/mine/deliveries/{delivery['id']}", headers=collector.headers)
    assert own.status_code == 200
    other = await make_user(**COLLECTOR)
    foreign = await client.get(f"{CASH}/mine/deliveries/{delivery['id']}", headers=other.headers)
    assert foreign.status_code == 404


async def test_full_delivery_records_no_debt_and_pending_proposals_do_not_count(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    manager = await make_user(**GERENTE_COBRANZA)
    applied = await _applied(client, session, collector, reviewer, amount="1200.00")
    bundle = await a_policy(session)
    pending = await client.post(
        f"{AUTH}/proposals",
        json=proposal_body(bundle.payment(1).id, "Q9000"),
        headers={**collector.headers, **idem()},
    )
    assert pending.status_code == 201
    r = await client.post(
        f"{CASH}/deliveries",
        json={"collector_id": collector.employee_id, "received_amount": "1200.00"},
        headers=manager.headers,
    )
    assert r.status_code == 201
    assert r.json()["shortage"] == "0.00" and r.json()["debt"] is None
    assert [i["proposal_id"] for i in r.json()["items"]] == [applied["id"]]
    listed = await client.get(
        f"{CASH}/deliveries", params={"collector_id": collector.employee_id}, headers=manager.headers
    )
    assert listed.json()["total"] == 1


async def test_nobody_confirms_their_own_cash(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    # a Cobranza manager who also collects: cash.confirm, but never for their own cash
    manager_collector = await make_user(**GERENTE_COBRANZA, is_collector=True)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    await _applied(client, session, manager_collector, reviewer)
    r = await client.post(
        f"{CASH}/deliveries",
        json={"collector_id": manager_collector.employee_id, "received_amount": "1200.00"},
        headers=manager_collector.headers,
    )
    assert r.status_code == 403
    assert r.json()["error"] == "CASH_OWN_DELIVERY"
