"""Payment edit (Cobranza): the seven legacy checks of domain.md §4, each at its boundary with the
frozen as-of date (2026-11-28), each refusal with its own code on its own field; then what an
edit changes (receipt sync, statuses, payoff, one event)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.models.enums import LedgerEntryKind, LedgerSource, OfficeDeliveryStatus, PaymentStatus, PolicyStatus
from app.models.receipt import ReceiptStatus
from app.modules.payments.service import PAYMENT_COMPLETED
from tests.fixtures.factories import MakePolicy, PolicyBundle
from tests.modules.payments.conftest import (
    API,
    Team,
    audit_actions,
    installment,
    ledger,
    office_receipt,
    policy_of,
    receipt_of,
)

TODAY = date(2026, 11, 28)


@pytest.fixture
async def paid_first(policy_factory: MakePolicy) -> PolicyBundle:
    """Effective 2026-11-28, installment 1 paid on its due date."""
    return await policy_factory(effective=TODAY, paid=[1], status=PolicyStatus.ACTIVE)


async def patch(client: httpx.AsyncClient, subject: Any, payment_id: int, **body: Any) -> httpx.Response:
    return await client.patch(f"{API}/{payment_id}", json=body, headers=subject.headers)


def refused(r: httpx.Response, code: str, field: str) -> None:
    assert r.status_code == 422, r.text
    assert r.json()["error"] == code
    assert set(r.json()["fields"]) == {field}, r.json()


async def test_only_cobranza_edits(client: httpx.AsyncClient, team: Team, paid_first: PolicyBundle) -> None:
    pid = paid_first.payment(1).id
    assert (await client.patch(f"{API}/{pid}", json={"comments": "x"})).status_code == 401
    for subject in (team.seller, team.sales_manager, team.collector):
        r = await patch(client, subject, pid, comments="Intento")
        assert r.status_code == 403, r.text
    for subject in (team.assistant, team.collections_manager, team.admin):
        r = await patch(client, subject, pid, comments="Cliente pagó en ventanilla")
        assert r.status_code == 200, r.text
        assert r.json()["comments"] == "Cliente pagó en ventanilla"
    r = await patch(client, team.assistant, 999999999, comments="x")
    assert r.status_code == 404


async def test_unknown_fields_are_refused(
    client: httpx.AsyncClient, team: Team, paid_first: PolicyBundle
) -> None:
    r = await patch(client, team.assistant, paid_first.payment(1).id, amount="1.00")
    assert r.status_code == 422
    assert r.json()["fields"] == {"amount": "Campo no permitido."}


# -- 1. the receipt must be verified ------------------------------------------------------------------


async def test_receipt_must_be_verified(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, paid_first: PolicyBundle
) -> None:
    pid = paid_first.payment(1).id
    refused(
        await patch(client, team.assistant, pid, receipt_number="Z0001"),
        "RECEIPT_NOT_VERIFIED",
        "receipt_number",
    )
    of_collector = await office_receipt(session, collector_id=team.collector.employee_id)
    # the payment has no collector: the receipt must belong to OFICINA
    refused(
        await patch(client, team.assistant, pid, receipt_number=of_collector),
        "RECEIPT_NOT_VERIFIED",
        "receipt_number",
    )
    # with the collector who holds it, it is verified, used and synced
    r = await patch(
        client, team.assistant, pid, receipt_number=of_collector, collector_id=team.collector.employee_id
    )
    assert r.status_code == 200, r.text
    receipt = await receipt_of(session, of_collector)
    assert (receipt.status, receipt.payment_id) == (ReceiptStatus.USED, pid)
    # used receipts are not verified for another payment
    refused(
        await patch(
            client,
            team.assistant,
            paid_first.payment(2).id,
            receipt_number=of_collector,
            status="paid",
            payment_method="cash",
            collector_id=team.collector.employee_id,
        ),
        "RECEIPT_NOT_VERIFIED",
        "receipt_number",
    )
    # changing it again: the new one is used, the old one goes back to its collector
    other = await office_receipt(session, collector_id=team.collector.employee_id)
    r = await patch(client, team.assistant, pid, receipt_number=other)
    assert r.status_code == 200, r.text
    assert (await receipt_of(session, other)).status == ReceiptStatus.USED
    back = await receipt_of(session, of_collector)
    assert (back.status, back.collector_id, back.payment_id) == (
        ReceiptStatus.ASSIGNED,
        team.collector.employee_id,
        None,
    )


# -- 2. a paid date needs status paid -------------------------------------------------------------------


async def test_paid_date_requires_paid(
    client: httpx.AsyncClient, team: Team, paid_first: PolicyBundle
) -> None:
    unpaid = paid_first.payment(2).id
    refused(
        await patch(client, team.assistant, unpaid, paid_date="2026-11-28"),
        "PAID_DATE_REQUIRES_PAID",
        "paid_date",
    )
    refused(
        await patch(client, team.assistant, unpaid, paid_date="2026-11-28", status="pending"),
        "PAID_DATE_REQUIRES_PAID",
        "paid_date",
    )


# -- 3-4. paid date window: 8 months back, 1 month ahead, calendar months, bounds inclusive -------------


@pytest.mark.parametrize(
    ("paid_date", "code"),
    [
        ("2026-03-28", None),  # exactly 8 months before 2026-11-28
        ("2026-03-27", "PAID_DATE_TOO_OLD"),  # one day more
        ("2026-12-28", None),  # exactly 1 month after
        ("2026-12-29", "PAID_DATE_IN_FUTURE"),  # one day more
    ],
)
async def test_paid_date_window(
    client: httpx.AsyncClient, team: Team, paid_first: PolicyBundle, paid_date: str, code: str | None
) -> None:
    r = await patch(client, team.assistant, paid_first.payment(1).id, paid_date=paid_date)
    if code is None:
        assert r.status_code == 200, r.text
        assert r.json()["paid_date"] == paid_date
    else:
        refused(r, code, "paid_date")


async def test_paid_date_window_clamps_to_the_end_of_month(
    client: httpx.AsyncClient,
    session: AsyncSession,
    make_user: Any,
    policy_factory: MakePolicy,
    clock: FrozenClock,
) -> None:
    clock.set(datetime(2026, 10, 31, 18, 0, tzinfo=UTC))  # as of 2026-10-31: 8 months back is 2026-02-28
    clerk = await make_user(
        roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)], now=clock.now()
    )
    bundle = await policy_factory(effective=date(2026, 10, 31), paid=[1], status=PolicyStatus.ACTIVE)
    await session.commit()
    pid = bundle.payment(1).id
    assert (await patch(client, clerk, pid, paid_date="2026-02-28")).status_code == 200
    refused(await patch(client, clerk, pid, paid_date="2026-02-27"), "PAID_DATE_TOO_OLD", "paid_date")
    assert (await patch(client, clerk, pid, paid_date="2026-11-30")).status_code == 200
    refused(await patch(client, clerk, pid, paid_date="2026-12-01"), "PAID_DATE_IN_FUTURE", "paid_date")


async def test_paid_date_window_follows_the_settings(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, paid_first: PolicyBundle
) -> None:
    from sqlalchemy import update

    from app.models import AppSetting

    await session.execute(
        update(AppSetting).where(AppSetting.key == "payment_edit_max_months_past").values(value=2)
    )
    await session.commit()
    pid = paid_first.payment(1).id
    assert (await patch(client, team.assistant, pid, paid_date="2026-09-28")).status_code == 200
    refused(
        await patch(client, team.assistant, pid, paid_date="2026-09-27"), "PAID_DATE_TOO_OLD", "paid_date"
    )


# -- 5-7. office delivery ------------------------------------------------------------------------------


async def test_delivery_status_is_pending_or_delivered(
    client: httpx.AsyncClient, team: Team, paid_first: PolicyBundle
) -> None:
    pid = paid_first.payment(1).id
    refused(
        await patch(client, team.assistant, pid, office_delivery_status="entregado"),
        "DELIVERY_STATUS_INVALID",
        "office_delivery_status",
    )
    r = await patch(client, team.assistant, pid, office_delivery_status="pending")
    assert r.status_code == 200, r.text
    assert r.json()["office_delivery_status"] == "pending"


async def test_delivered_needs_a_delivery_date(
    client: httpx.AsyncClient, team: Team, paid_first: PolicyBundle
) -> None:
    pid = paid_first.payment(1).id
    refused(
        await patch(client, team.assistant, pid, office_delivery_status="delivered"),
        "DELIVERY_DATE_REQUIRED",
        "office_delivery_date",
    )
    r = await patch(
        client, team.assistant, pid, office_delivery_status="delivered", office_delivery_date="2026-11-28"
    )
    assert r.status_code == 200, r.text


@pytest.mark.parametrize(
    ("delivery", "ok"),
    [
        ("2026-12-01", True),  # 30 days after the paid date
        ("2026-12-02", False),  # 31
        ("2026-10-02", True),  # 30 days before
        ("2026-10-01", False),  # 31 before
    ],
)
async def test_delivery_date_at_most_30_days_from_the_paid_date(
    client: httpx.AsyncClient,
    session: AsyncSession,
    team: Team,
    paid_first: PolicyBundle,
    delivery: str,
    ok: bool,
) -> None:
    pid = paid_first.payment(1).id
    r = await patch(
        client,
        team.assistant,
        pid,
        paid_date="2026-11-01",
        office_delivery_status="delivered",
        office_delivery_date=delivery,
    )
    if ok:
        assert r.status_code == 200, r.text
        row = await installment(session, pid)
        assert (row.office_delivery_status, row.office_delivery_date) == (
            OfficeDeliveryStatus.DELIVERED,
            date.fromisoformat(delivery),
        )
    else:
        refused(r, "DELIVERY_DATE_TOO_FAR", "office_delivery_date")
        assert (await installment(session, pid)).paid_date == TODAY  # nothing kept


# -- what an edit does ----------------------------------------------------------------------------------


async def test_marking_paid_by_edit_applies_the_payment_once(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, paid_first: PolicyBundle, captured: Any
) -> None:
    pid = paid_first.payment(2).id
    number = await office_receipt(session)
    r = await patch(
        client,
        team.assistant,
        pid,
        status="paid",
        receipt_number=number,
        payment_method="transfer",
        paid_date="2026-11-27",
    )
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["remaining"]) == ("paid", "0.00")
    entries = await ledger(session, pid)
    assert [(e.kind, e.source, e.amount) for e in entries] == [
        (LedgerEntryKind.PAYMENT, LedgerSource.EDIT, paid_first.payment(2).amount)
    ]
    assert (await receipt_of(session, number)).status == ReceiptStatus.USED
    assert len(captured.named(PAYMENT_COMPLETED)) == 1
    # a later edit does not notify again
    r = await patch(client, team.assistant, pid, comments="Transferencia confirmada")
    assert r.status_code == 200
    assert len(captured.named(PAYMENT_COMPLETED)) == 1
    assert "update" in await audit_actions(session, "payment", pid)
    # undoing a payment is a reversal, not an edit
    r = await patch(client, team.assistant, pid, status="pending")
    assert r.status_code == 409
    assert r.json()["error"] == "USE_REVERSAL"
    assert (await policy_of(session, paid_first.policy.id)).status == PolicyStatus.ACTIVE


async def test_marking_paid_needs_a_receipt(
    client: httpx.AsyncClient, team: Team, paid_first: PolicyBundle
) -> None:
    r = await patch(client, team.assistant, paid_first.payment(2).id, status="paid", payment_method="cash")
    refused(r, "RECEIPT_REQUIRED", "receipt_number")


async def test_edit_is_audited_with_before_and_after(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, paid_first: PolicyBundle
) -> None:
    from sqlalchemy import select

    from app.models import AuditLog

    pid = paid_first.payment(1).id
    r = await patch(client, team.assistant, pid, paid_date="2026-11-20")
    assert r.status_code == 200
    row = (
        await session.scalars(
            select(AuditLog)
            .where(
                AuditLog.table_name == "payment", AuditLog.record_id == str(pid), AuditLog.action == "update"
            )
            .order_by(AuditLog.id.desc())
        )
    ).first()
    assert row is not None
    assert row.before == {"paid_date": "2026-11-28"}
    assert row.after == {"paid_date": "2026-11-20"}
    assert row.user_id == team.assistant.user_id
    assert (await installment(session, pid)).status == PaymentStatus.PAID
