"""Reversal: a compensating ledger entry that leaves the installment, the receipt and the card
exactly as they were before the payment; partials reversed latest first; the proposal side."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.database import UnitOfWork
from app.models import Card, PaymentTransaction
from app.models.enums import (
    CardHolder,
    CardStatus,
    LedgerEntryKind,
    PaymentMethod,
    PaymentPlan,
    PaymentStatus,
    PolicyStatus,
)
from app.models.receipt import ReceiptStatus
from app.modules.payments import service as payments_service
from app.modules.payments.service import PAYMENT_REVERSED, PaymentService
from tests.fixtures.factories import MakePolicy
from tests.modules.payments.conftest import (
    API,
    Team,
    audit_actions,
    card_of,
    installment,
    ledger,
    office_receipt,
    policy_of,
    receipt_of,
)

TODAY = date(2026, 11, 28)
MONEY_FIELDS = ("status", "paid_date", "paid_amount", "payment_method", "receipt_number", "collector_id")


async def pay(
    client: httpx.AsyncClient, subject: Any, payment_id: int, amount: str, receipt: str
) -> dict[str, Any]:
    r = await client.post(
        f"{API}/counter",
        json={"installment_id": payment_id, "amount": amount, "method": "cash", "receipt_number": receipt},
        headers=subject.headers,
    )
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


async def reverse(
    client: httpx.AsyncClient, subject: Any, transaction_id: int, mode: str = "return"
) -> httpx.Response:
    return await client.post(
        f"{API}/transactions/{transaction_id}/reverse",
        json={"reason": "Pago capturado en la póliza equivocada.", "receipt_mode": mode},
        headers=subject.headers,
    )


async def test_only_admin_and_the_collections_manager_reverse(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    entry = await pay(client, team.assistant, bundle.payment(1).id, "1200.00", await office_receipt(session))
    tid = entry["transaction"]["id"]
    assert (await client.post(f"{API}/transactions/{tid}/reverse", json={})).status_code == 401
    for subject in (team.assistant, team.seller, team.sales_manager, team.collector):
        assert (await reverse(client, subject, tid)).status_code == 403
    r = await client.post(
        f"{API}/transactions/{tid}/reverse",
        json={"reason": "x", "receipt_mode": "burn"},
        headers=team.admin.headers,
    )
    assert r.status_code == 422
    assert set(r.json()["fields"]) == {"reason", "receipt_mode"}
    assert (await reverse(client, team.admin, 999999999)).status_code == 404
    assert (await reverse(client, team.admin, tid)).status_code == 200


async def test_reversal_leaves_installment_receipt_and_card_as_before(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy, captured: Any
) -> None:
    bundle = await policy_factory(effective=TODAY, plan=PaymentPlan.CASH)
    await session.execute(
        update(Card)
        .where(Card.policy_id == bundle.policy.id)
        .values(holder=CardHolder.COLLECTOR, holder_employee_id=team.collector.employee_id)
    )
    await session.commit()
    pid = bundle.payment(1).id
    number = await office_receipt(session)
    before_installment = {f: getattr(await installment(session, pid), f) for f in MONEY_FIELDS}
    receipt = await receipt_of(session, number)
    before_receipt = (
        receipt.status,
        receipt.collector_id,
        receipt.at_office,
        receipt.payment_id,
        receipt.policy_id,
    )
    card = await card_of(session, bundle.policy.id)
    before_card = (card.holder, card.holder_employee_id, card.status)
    before_policy = (await policy_of(session, bundle.policy.id)).status

    body = await pay(client, team.assistant, pid, "3800.00", number)
    assert body["paid_off"] is True
    card = await card_of(session, bundle.policy.id)
    assert (card.holder, card.status) == (CardHolder.ARCHIVE, CardStatus.PAID_OFF)

    r = await reverse(client, team.collections_manager, body["transaction"]["id"])
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["transaction"]["kind"] == "reversal"
    assert out["transaction"]["amount"] == "-3800.00"
    assert out["transaction"]["reverses_id"] == body["transaction"]["id"]
    assert out["installment"]["status"] == "pending"

    assert {f: getattr(await installment(session, pid), f) for f in MONEY_FIELDS} == before_installment
    receipt = await receipt_of(session, number)
    assert (
        receipt.status,
        receipt.collector_id,
        receipt.at_office,
        receipt.payment_id,
        receipt.policy_id,
    ) == before_receipt
    card = await card_of(session, bundle.policy.id)
    assert (card.holder, card.holder_employee_id, card.status) == before_card
    assert (await policy_of(session, bundle.policy.id)).status == before_policy

    entries = await ledger(session, pid)
    assert [(e.kind, e.amount) for e in entries] == [
        (LedgerEntryKind.PAYMENT, Decimal("3800.00")),
        (LedgerEntryKind.REVERSAL, Decimal("-3800.00")),
    ]
    assert entries[1].reverses_id == entries[0].id
    assert entries[1].reason == "Pago capturado en la póliza equivocada."
    assert entries[1].created_by_user_id == team.collections_manager.user_id
    assert await audit_actions(session, "payment_transaction", entries[1].id) == ["reversal"]
    assert "payment_reversed" in await audit_actions(session, "payment", pid)
    assert await audit_actions(session, "receipt", receipt.id) == ["use", "return"]
    assert [e.payload["reversed_transaction_id"] for e in captured.named(PAYMENT_REVERSED)] == [entries[0].id]

    # once only; a reversal is not reversible
    r = await reverse(client, team.collections_manager, entries[0].id)
    assert (r.status_code, r.json()["error"]) == (409, "TRANSACTION_ALREADY_REVERSED")
    r = await reverse(client, team.collections_manager, entries[1].id)
    assert (r.status_code, r.json()["error"]) == (409, "TRANSACTION_NOT_REVERSIBLE")


async def test_partials_are_reversed_latest_first_and_the_receipt_can_be_cancelled(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    pid = bundle.payment(1).id
    first_receipt, second_receipt, third_receipt = [await office_receipt(session) for _ in range(3)]
    first = await pay(client, team.assistant, pid, "500.00", first_receipt)
    second = await pay(client, team.assistant, pid, "700.00", second_receipt)
    assert second["installment"]["status"] == "paid"
    assert second["policy_status"] == "active"

    r = await reverse(client, team.admin, first["transaction"]["id"])
    assert (r.status_code, r.json()["error"]) == (409, "REVERSE_LATER_FIRST")

    r = await reverse(client, team.admin, second["transaction"]["id"], mode="cancel")
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["installment"]["status"] == "pending"
    assert out["installment"]["partial_paid"] == "500.00"
    assert out["installment"]["remaining"] == "700.00"
    assert [p["status"] for p in out["installment"]["partials"]] == ["applied", "reversed"]
    assert out["policy_status"] == "pending"
    assert (await receipt_of(session, second_receipt)).status == ReceiptStatus.CANCELLED
    row = await installment(session, pid)
    assert (row.status, row.paid_date, row.paid_amount, row.receipt_number) == (
        PaymentStatus.PENDING,
        None,
        None,
        None,
    )

    # numbering never reuses a reversed partial's number
    third = await pay(client, team.assistant, pid, "700.00", third_receipt)
    assert third["transaction"]["label"] == "Pago 1, abono 3 de 3"
    assert third["installment"]["status"] == "paid"
    assert (await policy_of(session, bundle.policy.id)).status == PolicyStatus.ACTIVE


@pytest.mark.parametrize("with_hook", [True, False])
async def test_reversal_of_a_proposal_payment_tells_the_proposal_owner(
    session: AsyncSession,
    team: Team,
    policy_factory: MakePolicy,
    monkeypatch: pytest.MonkeyPatch,
    with_hook: bool,
) -> None:
    calls: list[int] = []

    async def hook(_: AsyncSession, entry: PaymentTransaction, user_id: int | None) -> dict[str, Any]:
        assert entry.proposal_id is not None
        calls.append(entry.proposal_id)
        return {"id": entry.proposal_id, "status": "reversed"}

    monkeypatch.setattr(payments_service, "reversal_hooks", [hook] if with_hook else [])
    bundle = await policy_factory(effective=TODAY)
    number = await office_receipt(session, collector_id=team.collector.employee_id)
    async with UnitOfWork(session):
        entry = await PaymentService(session).apply(
            bundle.payment(1).id,
            amount=Decimal("1200.00"),
            method=PaymentMethod.CASH,
            paid_date=TODAY,
            receipt_number=number,
            collector_id=team.collector.employee_id,
            source="proposal",
            proposal_id=4242,
            user_id=team.assistant.user_id,
            as_of=TODAY,
        )
    assert (await receipt_of(session, number)).status == ReceiptStatus.USED
    async with UnitOfWork(session):
        reversal = await PaymentService(session).reverse(
            entry.id,
            receipt_mode="return",
            reason="Propuesta aprobada por error.",
            user_id=team.admin.user_id,
            as_of=TODAY,
        )
    receipt = await receipt_of(session, number)
    assert (receipt.status, receipt.collector_id) == (ReceiptStatus.ASSIGNED, team.collector.employee_id)
    if with_hook:
        assert calls == [4242]
        assert reversal.before["proposal"] == {"id": 4242, "status": "reversed"}
    else:
        assert reversal.before["proposal"] == {"id": 4242, "sync": "pending"}
