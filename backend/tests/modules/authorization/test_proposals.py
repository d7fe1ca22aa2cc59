"""Payment proposals through HTTP: field creation, the author's own list, the office queue,
claim / approve / correct / reject, thresholds, the 48 h flag and the pending view."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.models import AuditLog, Payment
from app.models.enums import PaymentStatus
from app.models.ledger import PaymentTransaction
from app.models.proposal import PaymentProposal
from app.models.receipt import Receipt, ReceiptStatus
from tests.fixtures.auth import MakeUser, mint
from tests.modules.authorization.support import (
    AUXILIAR_COBRANZA,
    COLLECTOR,
    GERENTE_COBRANZA,
    a_policy,
    assigned_receipt,
    grant,
    idem,
    proposal_body,
)

API = "/api/v1/authorization"


async def _proposal(
    client: httpx.AsyncClient, session: AsyncSession, collector, *, amount: str = "1200.00", effective=None
) -> dict:
    bundle = await a_policy(session) if effective is None else await a_policy(session, effective=effective)
    receipt = await assigned_receipt(session, collector.employee_id)
    r = await client.post(
        f"{API}/proposals",
        json=proposal_body(bundle.payment(1).id, receipt.number, amount=amount),
        headers={**collector.headers, **idem()},
    )
    assert r.status_code == 201, r.text
    return r.json()


async def test_create_requires_a_token_and_the_permission(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    r = await client.post(f"{API}/proposals", json={}, headers=idem())
    assert r.status_code == 401
    office = await make_user(roles=[("auxiliar", None)])
    r = await client.post(f"{API}/proposals", json={}, headers={**office.headers, **idem()})
    assert r.status_code == 403


async def test_create_validates_in_spanish_and_refuses_unknown_fields(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    body = {**proposal_body(bundle.payment(1).id, "Q9999"), "status": "applied", "latitude": 91}
    r = await client.post(f"{API}/proposals", json=body, headers={**collector.headers, **idem()})
    assert r.status_code == 422
    fields = r.json()["fields"]
    assert fields["status"] == "Campo no permitido."
    assert fields["latitude"].startswith("Debe ser menor o igual")


async def test_collector_creates_a_proposal_with_checks_and_audit(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    created = await _proposal(client, session, collector, amount="1000.00")
    assert created["status"] == "pending"
    assert created["amount"] == "1000.00"
    assert created["latitude"] == pytest.approx(20.6236)
    checks = created["checks"]
    assert checks["expected_amount"] == "1200.00"
    assert checks["difference"] == "-200.00"
    assert checks["amount_level"] == "warning"
    assert checks["is_partial"] is True
    assert checks["receipt_result"] == "valid"
    assert checks["receipt_level"] == "ok"
    stored = await session.get(PaymentProposal, created["id"])
    assert stored is not None and stored.local_date.isoformat() == "2026-11-28"
    assert stored.checks["receipt_result"] == "valid"
    audit = await session.scalar(
        select(func.count()).where(
            AuditLog.table_name == "payment_proposal", AuditLog.record_id == str(stored.id)
        )
    )
    assert audit == 1


async def test_unknown_receipt_is_accepted_but_flagged_critical(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    r = await client.post(
        f"{API}/proposals",
        json=proposal_body(bundle.payment(1).id, "Z0001"),
        headers={**collector.headers, **idem()},
    )
    assert r.status_code == 201, r.text
    checks = r.json()["checks"]
    assert checks["receipt_result"] == "unknown"
    assert checks["receipt_level"] == "critical"
    assert checks["amount_matches"] is True


async def test_receipt_of_another_collector_is_flagged(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    other = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    receipt = await assigned_receipt(session, other.employee_id)
    r = await client.post(
        f"{API}/proposals",
        json=proposal_body(bundle.payment(1).id, receipt.number),
        headers={**collector.headers, **idem()},
    )
    assert r.json()["checks"]["receipt_result"] == "not_assigned_to_holder"


async def test_amount_above_remaining_is_refused(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    r = await client.post(
        f"{API}/proposals",
        json=proposal_body(bundle.payment(1).id, "Q8888", amount="1200.01"),
        headers={**collector.headers, **idem()},
    )
    assert r.status_code == 422
    assert r.json()["error"] == "PROPOSAL_AMOUNT_ABOVE_REMAINING"
    assert r.json()["fields"]["amount"] == "Máximo 1200.00."


async def test_paid_installment_is_not_payable(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    bundle.payment(1).status = PaymentStatus.PAID
    bundle.payment(1).paid_date = bundle.payment(1).due_date
    await session.flush()
    r = await client.post(
        f"{API}/proposals",
        json=proposal_body(bundle.payment(1).id, "Q7777"),
        headers={**collector.headers, **idem()},
    )
    assert r.status_code == 409
    assert r.json()["error"] == "INSTALLMENT_NOT_PAYABLE"


async def test_one_open_proposal_per_policy_per_day(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    first = await client.post(
        f"{API}/proposals",
        json=proposal_body(bundle.payment(1).id, "Q5001", amount="500.00"),
        headers={**collector.headers, **idem()},
    )
    assert first.status_code == 201
    second = await client.post(
        f"{API}/proposals",
        json=proposal_body(bundle.payment(2).id, "Q5002", amount="500.00"),
        headers={**collector.headers, **idem()},
    )
    assert second.status_code == 409
    assert second.json()["error"] == "PROPOSAL_ALREADY_OPEN_TODAY"
    # the next day (Mexico City) the policy may get another one
    clock.advance(timedelta(days=1))
    await mint(session, redis, collector, now=clock.now())
    third = await client.post(
        f"{API}/proposals",
        json=proposal_body(bundle.payment(2).id, "Q5002", amount="500.00"),
        headers={**collector.headers, **idem()},
    )
    assert third.status_code == 201, third.text


async def test_receipt_number_once_among_open_proposals(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    one, two = await a_policy(session), await a_policy(session)
    r1 = await client.post(
        f"{API}/proposals",
        json=proposal_body(one.payment(1).id, "q6001"),
        headers={**collector.headers, **idem()},
    )
    assert r1.status_code == 201
    assert r1.json()["receipt_number"] == "Q6001"
    r2 = await client.post(
        f"{API}/proposals",
        json=proposal_body(two.payment(1).id, "Q6001"),
        headers={**collector.headers, **idem()},
    )
    assert r2.status_code == 409
    assert r2.json()["error"] == "PROPOSAL_RECEIPT_IN_USE"


async def test_adjuster_only_collects_less_than_five_days_late(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    adjuster = await make_user(roles=[("ajustador", None)], is_adjuster=True)
    late = await a_policy(session, effective=clock.today() - timedelta(days=5))
    r = await client.post(
        f"{API}/proposals",
        json=proposal_body(late.payment(1).id, "Q7001"),
        headers={**adjuster.headers, **idem()},
    )
    assert r.status_code == 403
    assert r.json()["error"] == "ADJUSTER_PAYMENT_TOO_LATE"
    recent = await a_policy(session, effective=clock.today() - timedelta(days=4))
    r = await client.post(
        f"{API}/proposals",
        json=proposal_body(recent.payment(1).id, "Q7002"),
        headers={**adjuster.headers, **idem()},
    )
    assert r.status_code == 201, r.text


async def test_my_proposals_and_foreign_id_is_404(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    mine = await make_user(**COLLECTOR)
    other = await make_user(**COLLECTOR)
    created = await _proposal(client, session, mine)
    r = await client.get(f"{API}/proposals/mine", headers=mine.headers)
    assert r.status_code == 200
    assert [p["id"] for p in r.json()["items"]] == [created["id"]]
    r = await client.get(f"{API}/proposals/mine", headers=other.headers)
    assert r.json()["total"] == 0
    r = await client.get(f"{API}/proposals/mine/{created['id']}", headers=other.headers)
    assert r.status_code == 404
    assert r.json()["error"] == "PROPOSAL_NOT_FOUND"
    r = await client.post(f"{API}/proposals/mine/{created['id']}/cancel", headers=other.headers)
    assert r.status_code == 404
    totals = await client.get(f"{API}/proposals/mine/totals", headers=mine.headers)
    assert totals.json() == [{"status": "pending", "count": 1, "amount": "1200.00"}]
    # office routes are not for collectors
    assert (await client.get(f"{API}/proposals", headers=mine.headers)).status_code == 403


async def test_author_cancels_while_pending_only(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    created = await _proposal(client, session, collector)
    r = await client.post(f"{API}/proposals/mine/{created['id']}/cancel", headers=collector.headers)
    assert r.status_code == 200
    assert r.json()["status"] == "cancelled"
    other = await _proposal(client, session, collector)
    assert (
        await client.post(f"{API}/proposals/{other['id']}/claim", headers=reviewer.headers)
    ).status_code == 200
    r = await client.post(f"{API}/proposals/mine/{other['id']}/cancel", headers=collector.headers)
    assert r.status_code == 409
    assert r.json()["error"] == "PROPOSAL_NOT_PENDING"


async def test_queue_filters_and_the_stale_flag_with_a_frozen_clock(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    other = await make_user(**COLLECTOR)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    started = clock.now()
    old = await _proposal(client, session, collector)
    clock.set(started + timedelta(hours=1))
    await mint(session, redis, other, now=clock.now())
    fresh = await _proposal(client, session, other)
    clock.set(started + timedelta(hours=47, minutes=59))
    await mint(session, redis, reviewer, now=clock.now())
    r = await client.get(f"{API}/proposals", params={"stale": "true"}, headers=reviewer.headers)
    assert r.json()["total"] == 0
    clock.set(started + timedelta(hours=48, seconds=1))
    await mint(session, redis, reviewer, now=clock.now())
    r = await client.get(f"{API}/proposals", params={"stale": "true"}, headers=reviewer.headers)
    assert [p["id"] for p in r.json()["items"]] == [old["id"]]
    assert r.json()["items"][0]["is_stale"] is True
    r = await client.get(
        f"{API}/proposals", params={"collector_id": other.employee_id}, headers=reviewer.headers
    )
    assert [p["id"] for p in r.json()["items"]] == [fresh["id"]]
    assert r.json()["items"][0]["is_stale"] is False
    r = await client.get(f"{API}/proposals", params={"status": ["rejected"]}, headers=reviewer.headers)
    assert r.json()["total"] == 0
    pending = await client.get(f"{API}/pending", headers=reviewer.headers)
    assert pending.status_code == 200
    counts = pending.json()["counts"]
    assert counts["proposals_pending"] >= 2 and counts["proposals_stale"] >= 1
    ids = [p["id"] for p in pending.json()["proposals"]]
    assert old["id"] in ids and fresh["id"] in ids
    assert pending.json()["proposals"][0]["checks"] is not None


async def test_claim_by_one_reviewer_only(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    first = await make_user(**AUXILIAR_COBRANZA)
    second = await make_user(**AUXILIAR_COBRANZA)
    created = await _proposal(client, session, collector)
    r = await client.post(f"{API}/proposals/{created['id']}/claim", headers=first.headers)
    assert r.status_code == 200
    assert r.json()["status"] == "under_review"
    assert r.json()["reviewer_user_id"] == first.user_id
    r = await client.post(f"{API}/proposals/{created['id']}/claim", headers=second.headers)
    assert r.status_code == 409
    assert r.json()["error"] == "PROPOSAL_ALREADY_CLAIMED"
    r = await client.post(
        f"{API}/proposals/{created['id']}/reject", json={"reason": "No cuadra"}, headers=second.headers
    )
    assert r.status_code == 409


async def test_approve_applies_the_payment(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    created = await _proposal(client, session, collector)
    r = await client.post(f"{API}/proposals/{created['id']}/approve", headers=reviewer.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "applied"
    assert body["payment_transaction_id"] is not None
    assert body["receipt_id"] is not None
    assert body["checks"]["receipt_result"] == "valid"  # the checks as they were while open
    installment = await session.get(Payment, created["payment_id"])
    assert installment is not None
    await session.refresh(installment)
    assert installment.status == PaymentStatus.PAID
    entry = await session.get(PaymentTransaction, body["payment_transaction_id"])
    assert entry is not None and entry.proposal_id == created["id"] and entry.amount == Decimal("1200.00")
    receipt = await session.scalar(select(Receipt).where(Receipt.number == created["receipt_number"]))
    assert receipt is not None and receipt.status == ReceiptStatus.USED
    actions = (
        await session.scalars(
            select(AuditLog.action).where(
                AuditLog.table_name == "payment_proposal", AuditLog.record_id == str(created["id"])
            )
        )
    ).all()
    assert sorted(actions) == ["apply", "approve", "insert"]
    again = await client.post(f"{API}/proposals/{created['id']}/approve", headers=reviewer.headers)
    assert again.status_code == 409
    assert again.json()["error"] == "PROPOSAL_ALREADY_DECIDED"


async def test_approve_with_corrections_keeps_both_values(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    created = await _proposal(client, session, collector, amount="1100.00")
    r = await client.post(
        f"{API}/proposals/{created['id']}/approve-with-corrections", json={}, headers=reviewer.headers
    )
    assert r.status_code == 422
    r = await client.post(
        f"{API}/proposals/{created['id']}/approve-with-corrections",
        json={"amount": "1100.00"},
        headers=reviewer.headers,
    )
    assert r.status_code == 422
    assert r.json()["error"] == "PROPOSAL_NOTHING_TO_CORRECT"
    r = await client.post(
        f"{API}/proposals/{created['id']}/approve-with-corrections",
        json={"amount": "1200.00", "notes": "El recibo dice 1,200"},
        headers=reviewer.headers,
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "applied"
    assert body["amount"] == "1200.00"
    assert body["corrections"]["amount"] == {"original": "1100.00", "corrected": "1200.00"}
    assert body["corrections"]["notes"] == "El recibo dice 1,200"


async def test_reject_needs_a_reason(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    created = await _proposal(client, session, collector)
    r = await client.post(
        f"{API}/proposals/{created['id']}/reject", json={"reason": "no"}, headers=reviewer.headers
    )
    assert r.status_code == 422
    assert r.json()["fields"]["reason"] == "Debe tener al menos 5 caracteres."
    r = await client.post(
        f"{API}/proposals/{created['id']}/reject",
        json={"reason": "La foto no corresponde al recibo"},
        headers=reviewer.headers,
    )
    assert r.status_code == 200
    assert r.json()["status"] == "rejected"
    assert r.json()["rejection_reason"] == "La foto no corresponde al recibo"
    # the receipt number is free again for a corrected proposal
    mine = await client.get(
        f"{API}/proposals/mine", params={"status": ["rejected"]}, headers=collector.headers
    )
    assert mine.json()["items"][0]["rejection_reason"] == "La foto no corresponde al recibo"


@pytest.mark.parametrize(
    ("who", "amount", "expected"),
    [
        ("auxiliar", "4999.99", 200),
        ("auxiliar", "5000.00", 403),
        ("gerente", "5000.00", 200),
        ("approve_high", "5000.00", 200),
        ("no_grant", "100.00", 403),
    ],
)
async def test_manager_threshold(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    redis: Redis,
    clock: FrozenClock,
    who: str,
    amount: str,
    expected: int,
) -> None:
    collector = await make_user(**COLLECTOR)
    bundle = await a_policy(session)
    bundle.payment(1).amount = Decimal("6000.00")
    await session.flush()
    receipt = await assigned_receipt(session, collector.employee_id)
    r = await client.post(
        f"{API}/proposals",
        json=proposal_body(bundle.payment(1).id, receipt.number, amount=amount),
        headers={**collector.headers, **idem()},
    )
    assert r.status_code == 201, r.text
    proposal_id = r.json()["id"]
    assert r.json()["needs_manager"] is (Decimal(amount) >= Decimal("5000.00"))
    if who == "auxiliar":
        reviewer = await make_user(**AUXILIAR_COBRANZA)
    elif who == "gerente":
        reviewer = await make_user(**GERENTE_COBRANZA)
    elif who == "approve_high":
        reviewer = await make_user(roles=[("auxiliar", None)])
        await grant(session, reviewer.employee_id, "proposals.approve_high")
    else:
        reviewer = await make_user(roles=[("auxiliar", None)])
        await grant(session, reviewer.employee_id, "proposals.reject")
    r = await client.post(f"{API}/proposals/{proposal_id}/approve", headers=reviewer.headers)
    assert r.status_code == expected, r.text
    if expected == 403 and who == "auxiliar":
        assert r.json()["error"] == "PROPOSAL_NEEDS_MANAGER"


async def test_the_photo_uploaded_first_is_attached_to_the_proposal(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    clock: FrozenClock,
    local_files: object,
) -> None:
    from app.models.file import StoredFile
    from tests.modules.files.conftest import png

    collector = await make_user(**COLLECTOR)
    thief = await make_user(**COLLECTOR)
    reviewer = await make_user(**AUXILIAR_COBRANZA)
    upload = await client.post(
        "/api/v1/files",
        files={"file": ("recibo.png", png(), "image/png")},
        data={"purpose": "payment_proposal"},
        headers=collector.headers,
    )
    assert upload.status_code == 201, upload.text
    photo_id = upload.json()["id"]
    bundle = await a_policy(session)
    # another collector cannot take someone else's upload
    r = await client.post(
        f"{API}/proposals",
        json={**proposal_body(bundle.payment(1).id, "Q6101"), "photo_file_id": photo_id},
        headers={**thief.headers, **idem()},
    )
    assert r.status_code == 422
    assert r.json()["error"] == "PROPOSAL_PHOTO_INVALID"
    r = await client.post(
        f"{API}/proposals",
        json={**proposal_body(bundle.payment(1).id, "Q6101"), "photo_file_id": photo_id},
        headers={**collector.headers, **idem()},
    )
    assert r.status_code == 201, r.text
    assert r.json()["photo_file_id"] == photo_id
    stored = await session.get(StoredFile, uuid.UUID(photo_id))
    assert stored is not None
    await session.refresh(stored)
    assert stored.owner_id == r.json()["id"]
    # the office sees it, another collector does not (404)
    assert (await client.get(f"/api/v1/files/{photo_id}", headers=reviewer.headers)).status_code == 200
    assert (await client.get(f"/api/v1/files/{photo_id}", headers=thief.headers)).status_code == 404


async def test_reversing_the_payment_marks_the_proposal_reversed(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    collector = await make_user(**COLLECTOR)
    manager = await make_user(**GERENTE_COBRANZA)
    created = await _proposal(client, session, collector)
    approved = (await client.post(f"{API}/proposals/{created['id']}/approve", headers=manager.headers)).json()
    r = await client.post(
        f"/api/v1/payments/transactions/{approved['payment_transaction_id']}/reverse",
        json={"reason": "Se aplicó a la póliza equivocada", "receipt_mode": "return"},
        headers=manager.headers,
    )
    assert r.status_code in (200, 201), r.text
    detail = await client.get(f"{API}/proposals/{created['id']}", headers=manager.headers)
    assert detail.json()["status"] == "reversed"
    actions = (
        await session.scalars(
            select(AuditLog.action).where(
                AuditLog.table_name == "payment_proposal", AuditLog.record_id == str(created["id"])
            )
        )
    ).all()
    assert "reverse" in actions
