"""Counter payments and partial payments (abonos): full or partial by amount, never above what
remains, receipt used, statuses and card in the same transaction, ledger, audit, events."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.enums import (
    CardHolder,
    CardStatus,
    LedgerEntryKind,
    PaymentPlan,
    PaymentStatus,
    PolicyStatus,
)
from app.models.receipt import ReceiptStatus
from app.modules.payments.service import PAYMENT_COMPLETED
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

TODAY = date(2026, 11, 28)  # the frozen clock's business date


def counter(installment_id: int, amount: str, receipt: str, **extra: Any) -> dict[str, Any]:
    return {
        "installment_id": installment_id,
        "amount": amount,
        "method": "cash",
        "receipt_number": receipt,
        **extra,
    }


async def test_counter_needs_a_session_and_payments_create(
    client: httpx.AsyncClient, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    body = counter(bundle.payment(1).id, "1200.00", "Q9999")
    assert (await client.post(f"{API}/counter", json=body)).status_code == 401
    for subject in (team.seller, team.collector, team.sales_manager):
        r = await client.post(f"{API}/counter", json=body, headers=subject.headers)
        assert r.status_code == 403, r.text


async def test_full_counter_payment_pays_activates_and_uses_the_office_receipt(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy, captured: Any
) -> None:
    bundle = await policy_factory(effective=TODAY)
    number = await office_receipt(session)
    pay1 = bundle.payment(1)
    r = await client.post(
        f"{API}/counter", json=counter(pay1.id, "1200.00", number), headers=team.assistant.headers
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["transaction"]["kind"] == "payment"
    assert body["transaction"]["amount"] == "1200.00"
    assert body["transaction"]["receipt_number"] == number
    assert body["installment"]["status"] == "paid"
    assert body["installment"]["remaining"] == "0.00"
    assert body["policy_status"] == "active"

    paid = await installment(session, pay1.id)
    assert (paid.status, paid.paid_date, paid.paid_amount, paid.receipt_number) == (
        PaymentStatus.PAID,
        TODAY,
        Decimal("1200.00"),
        number,
    )
    assert (await policy_of(session, bundle.policy.id)).status == PolicyStatus.ACTIVE
    receipt = await receipt_of(session, number)
    assert (receipt.status, receipt.payment_id, receipt.policy_id) == (
        ReceiptStatus.USED,
        pay1.id,
        bundle.policy.id,
    )
    entries = await ledger(session, pay1.id)
    assert [(e.kind, e.amount, e.receipt_id) for e in entries] == [
        (LedgerEntryKind.PAYMENT, Decimal("1200.00"), receipt.id)
    ]
    assert entries[0].before["installment"]["status"] == "pending"
    assert entries[0].before["card"]["holder"] == "office"
    assert "payment_applied" in await audit_actions(session, "payment", pay1.id)
    assert await audit_actions(session, "payment_transaction", entries[0].id) == ["insert"]
    events = captured.named(PAYMENT_COMPLETED)
    assert len(events) == 1
    assert events[0].payload["policy_id"] == bundle.policy.id
    assert events[0].payload["amount"] == "1200.00"
    assert events[0].payload["method"] == "cash"
    assert events[0].payload["receipt_number"] == number
    assert events[0].payload["installment_paid"] is True


async def test_partials_summing_to_the_installment_mark_it_paid_and_the_policy_follows(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    pay1 = bundle.payment(1)
    numbers = [await office_receipt(session) for _ in range(3)]
    r = await client.post(
        f"{API}/counter", json=counter(pay1.id, "500.00", numbers[0]), headers=team.assistant.headers
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["transaction"]["kind"] == "partial"
    assert body["transaction"]["label"] == "Pago 1, abono 1 de 1"
    assert body["installment"]["status"] == "pending"
    assert body["installment"]["partial_paid"] == "500.00"
    assert body["installment"]["remaining"] == "700.00"
    assert body["policy_status"] == "pending"  # a partial that does not cover installment 1
    assert (await policy_of(session, bundle.policy.id)).status == PolicyStatus.PENDING

    # the last partial cannot exceed the remainder
    r = await client.post(
        f"{API}/counter", json=counter(pay1.id, "700.01", numbers[1]), headers=team.assistant.headers
    )
    assert r.status_code == 422
    assert r.json()["error"] == "PAYMENT_EXCEEDS_BALANCE"
    assert "700.00" in r.json()["fields"]["amount"]
    assert (await receipt_of(session, numbers[1])).status == ReceiptStatus.ASSIGNED  # nothing kept

    r = await client.post(
        f"{API}/counter", json=counter(pay1.id, "700.00", numbers[1]), headers=team.assistant.headers
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["transaction"]["label"] == "Pago 1, abono 2 de 2"
    assert body["installment"]["status"] == "paid"
    assert body["installment"]["remaining"] == "0.00"
    assert [p["label"] for p in body["installment"]["partials"]] == [
        "Pago 1, abono 1 de 2",
        "Pago 1, abono 2 de 2",
    ]
    assert body["policy_status"] == "active"
    paid = await installment(session, pay1.id)
    assert (paid.status, paid.paid_amount, paid.receipt_number) == (
        PaymentStatus.PAID,
        Decimal("1200.00"),
        numbers[1],
    )

    r = await client.post(
        f"{API}/counter", json=counter(pay1.id, "1.00", numbers[2]), headers=team.assistant.headers
    )
    assert r.status_code == 409
    assert r.json()["error"] == "INSTALLMENT_ALREADY_PAID"


async def test_partial_needs_the_partial_permission(
    client: httpx.AsyncClient, session: AsyncSession, make_user: Any, clock: Any, policy_factory: MakePolicy
) -> None:
    from sqlalchemy import select

    from app.models import EmployeePermissionOverride, Permission
    from app.models.enums import PermissionEffect

    clerk = await make_user(
        roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)], now=clock.now()
    )
    permission = await session.scalar(select(Permission).where(Permission.code == "payments.partial"))
    assert permission is not None
    session.add(
        EmployeePermissionOverride(
            employee_id=clerk.employee_id,
            permission_id=permission.id,
            effect=PermissionEffect.REVOKE,
            reason="Sin abonos en mostrador.",
        )
    )
    await session.commit()
    bundle = await policy_factory(effective=TODAY)
    number = await office_receipt(session)
    r = await client.post(
        f"{API}/counter", json=counter(bundle.payment(1).id, "100.00", number), headers=clerk.headers
    )
    assert r.status_code == 403
    assert r.json()["error"] == "PARTIAL_NOT_ALLOWED"
    r = await client.post(
        f"{API}/counter", json=counter(bundle.payment(1).id, "1200.00", number), headers=clerk.headers
    )
    assert r.status_code == 201, r.text


async def test_counter_receipt_must_be_verified_for_the_office(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    collectors = await office_receipt(session, collector_id=team.collector.employee_id)
    r = await client.post(
        f"{API}/counter",
        json=counter(bundle.payment(1).id, "1200.00", collectors),
        headers=team.assistant.headers,
    )
    assert r.status_code == 409
    assert r.json()["error"] == "RECEIPT_NOT_ASSIGNED_TO_HOLDER"
    assert "receipt_number" in r.json()["fields"]
    r = await client.post(
        f"{API}/counter",
        json=counter(bundle.payment(1).id, "1200.00", "Z0001"),
        headers=team.assistant.headers,
    )
    assert r.status_code == 422
    assert r.json()["error"] == "RECEIPT_UNKNOWN"
    assert (await installment(session, bundle.payment(1).id)).status == PaymentStatus.PENDING


async def test_counter_validation_in_spanish(
    client: httpx.AsyncClient, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    r = await client.post(
        f"{API}/counter",
        json={
            "installment_id": bundle.payment(1).id,
            "amount": "0",
            "method": "cheque",
            "receipt_number": "Q1",
            "x": 1,
        },
        headers=team.assistant.headers,
    )
    assert r.status_code == 422
    fields = r.json()["fields"]
    assert fields["amount"] == "Debe ser mayor que 0."
    assert fields["method"].startswith("Valor no permitido")
    assert fields["x"] == "Campo no permitido."
    r = await client.post(
        f"{API}/counter", json=counter(999999999, "10.00", "Q0001"), headers=team.assistant.headers
    )
    assert r.status_code == 404
    assert r.json()["error"] == "INSTALLMENT_NOT_FOUND"


async def test_paying_the_last_installment_pays_off_the_card(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY, plan=PaymentPlan.CASH)
    number = await office_receipt(session)
    r = await client.post(
        f"{API}/counter",
        json=counter(bundle.payment(1).id, "3800.00", number),
        headers=team.assistant.headers,
    )
    assert r.status_code == 201, r.text
    assert r.json()["paid_off"] is True
    card = await card_of(session, bundle.policy.id)
    assert (card.holder, card.status) == (CardHolder.ARCHIVE, CardStatus.PAID_OFF)
    assert "reassigned" in await audit_actions(session, "card", card.id)


async def test_counter_paid_date_window(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    number = await office_receipt(session)
    r = await client.post(
        f"{API}/counter",
        json=counter(bundle.payment(1).id, "1200.00", number, paid_date="2026-12-29"),
        headers=team.assistant.headers,
    )
    assert r.status_code == 422
    assert r.json()["error"] == "PAID_DATE_IN_FUTURE"
