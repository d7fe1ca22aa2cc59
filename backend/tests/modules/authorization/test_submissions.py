"""Policy submissions from the seller app: submit, office review, approval through the policies
service (folio, installments, card), rejection with corrections, resubmission."""

from __future__ import annotations

from datetime import date

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import FrozenClock
from app.models import AuditLog, Card, Payment, Policy
from app.models.enums import CardHolder
from app.models.submission import PolicySubmission
from tests.fixtures.auth import MakeUser
from tests.fixtures.factories import make_client, make_vehicle, rc_basica
from tests.modules.authorization.support import idem

API = "/api/v1/authorization/policy-submissions"
SELLER = {"roles": [("vendedor", None)], "is_seller": True, "is_collector": True}
VENTAS_MANAGER = {"roles": [("gerente", "ventas")], "departments": [("ventas", True)]}


async def _payload(session: AsyncSession, today: date, folio: str = "C-1001") -> dict:
    client = await make_client(session)
    vehicle = await make_vehicle(session, client)
    coverage = await rc_basica(session)
    return {
        "client_id": client.id,
        "vehicle_id": vehicle.id,
        "coverage_id": coverage.id,
        "payment_plan": "monthly_7",
        "contract_folio": f"{folio}-{client.id}",
        "effective_date": today.isoformat(),
    }


async def _submit(client: httpx.AsyncClient, seller, payload: dict, **extra) -> httpx.Response:  # type: ignore[no-untyped-def]
    return await client.post(API, json={"policy": payload, **extra}, headers={**seller.headers, **idem()})


async def test_submit_needs_the_seller_flag_and_the_permission(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    payload = await _payload(session, clock.today())
    r = await client.post(API, json={"policy": payload}, headers=idem())
    assert r.status_code == 401
    collector = await make_user(roles=[("cobrador", None)], is_collector=True)
    r = await _submit(client, collector, payload)
    assert r.status_code == 403
    office_manager = await make_user(roles=[("gerente", None)])  # policies.create, not a seller
    r = await _submit(client, office_manager, payload)
    assert r.status_code == 403
    assert r.json()["error"] == "SUBMISSION_SELLER_ONLY"
    seller = await make_user(**SELLER)
    r = await client.post(API, json={"policy": payload, "extra": 1}, headers={**seller.headers, **idem()})
    assert r.status_code == 422
    assert r.json()["fields"]["extra"] == "Campo no permitido."
    r = await client.post(
        API, json={"policy": {**payload, "payment_plan": "weekly"}}, headers={**seller.headers, **idem()}
    )
    assert r.status_code == 422
    assert "policy.payment_plan" in r.json()["fields"]


async def test_approval_creates_the_policy_as_the_office_would(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    clock: FrozenClock,
    local_files: object,
) -> None:
    from tests.modules.files.conftest import png

    seller = await make_user(**SELLER)
    manager = await make_user(**VENTAS_MANAGER)
    payload = await _payload(session, clock.today())
    upload = await client.post(
        "/api/v1/files",
        files={"file": ("contrato.png", png(), "image/png")},
        data={"purpose": "policy_submission"},
        headers=seller.headers,
    )
    assert upload.status_code == 201, upload.text
    photo_id = upload.json()["id"]
    r = await _submit(client, seller, payload, contract_photo_file_ids=[photo_id])
    assert r.status_code == 201, r.text
    submission = r.json()
    assert submission["status"] == "pending"
    assert submission["payload"]["seller_id"] == seller.employee_id
    # the seller sees it among their own; the office queue lists it
    mine = await client.get(f"{API}/mine", headers=seller.headers)
    assert [s["id"] for s in mine.json()["items"]] == [submission["id"]]
    assert (await client.get(API, headers=seller.headers)).status_code == 403
    queue = await client.get(API, params={"status": ["pending"]}, headers=manager.headers)
    assert submission["id"] in [s["id"] for s in queue.json()["items"]]
    pending = await client.get("/api/v1/authorization/pending", headers=manager.headers)
    assert pending.json()["counts"]["submissions_pending"] >= 1
    assert pending.json()["proposals"] == []  # a Ventas manager does not review payments

    claimed = await client.post(f"{API}/{submission['id']}/claim", headers=manager.headers)
    assert claimed.json()["status"] == "under_review"
    r = await client.post(
        f"{API}/{submission['id']}/approve", json={"notes": "Todo en orden"}, headers=manager.headers
    )
    assert r.status_code == 200, r.text
    approved = r.json()
    assert approved["status"] == "approved"
    assert approved["review_notes"] == "Todo en orden"
    policy = await session.get(Policy, approved["policy_id"])
    assert policy is not None
    assert policy.seller_id == seller.employee_id
    assert policy.contract_folio == payload["contract_folio"].upper()
    assert policy.contract_image_file_id == photo_id
    assert submission["contract_photo_file_ids"] == [photo_id]
    # the reviewer sees the contract photo
    assert (await client.get(f"/api/v1/files/{photo_id}", headers=manager.headers)).status_code == 200
    assert policy.folio >= 25001
    installments = (await session.scalars(select(Payment.amount).where(Payment.policy_id == policy.id))).all()
    assert len(installments) == 7 and sum(installments) == policy.prima_total
    card = await session.scalar(select(Card).where(Card.policy_id == policy.id))
    assert card is not None and card.holder == CardHolder.OFFICE
    audit = await session.scalar(
        select(func.count()).where(
            AuditLog.table_name == "policy_submission", AuditLog.record_id == str(submission["id"])
        )
    )
    assert audit == 3  # insert, claim, approve
    again = await client.post(f"{API}/{submission['id']}/approve", headers=manager.headers)
    assert again.status_code == 409
    assert again.json()["error"] == "SUBMISSION_ALREADY_DECIDED"


async def test_a_refusal_of_the_policies_module_leaves_the_submission_pending(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    seller = await make_user(**SELLER)
    manager = await make_user(**VENTAS_MANAGER)
    payload = await _payload(session, clock.today())
    first = (await _submit(client, seller, payload)).json()
    twin = (await _submit(client, seller, payload)).json()  # same vehicle, same contract folio
    assert (await client.post(f"{API}/{first['id']}/approve", headers=manager.headers)).status_code == 200
    r = await client.post(f"{API}/{twin['id']}/approve", headers=manager.headers)
    assert r.status_code == 409
    assert r.json()["error"] in {"CONTRACT_FOLIO_EXISTS", "VEHICLE_HAS_LIVE_POLICY"}
    stored = await session.get(PolicySubmission, twin["id"])
    assert stored is not None
    await session.refresh(stored)
    assert stored.status == "pending" and stored.policy_id is None


async def test_reject_with_corrections_and_resubmit(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    seller = await make_user(**SELLER)
    other_seller = await make_user(**SELLER)
    manager = await make_user(**VENTAS_MANAGER)
    payload = await _payload(session, clock.today())
    submission = (await _submit(client, seller, payload)).json()
    r = await client.post(f"{API}/{submission['id']}/reject", json={"reason": "no"}, headers=manager.headers)
    assert r.status_code == 422
    r = await client.post(
        f"{API}/{submission['id']}/reject",
        json={
            "reason": "La foto del contrato no se lee",
            "corrections": {"contract_photo": "Tomar de nuevo la foto"},
        },
        headers=manager.headers,
    )
    assert r.status_code == 200
    rejected = r.json()
    assert rejected["status"] == "rejected"
    assert rejected["corrections"] == {"contract_photo": "Tomar de nuevo la foto"}
    # another seller cannot resubmit it; the author can, as a new request
    r = await _submit(client, other_seller, payload, resubmission_of_id=submission["id"])
    assert r.status_code == 422
    assert r.json()["error"] == "RESUBMISSION_INVALID"
    r = await _submit(client, seller, payload, resubmission_of_id=submission["id"])
    assert r.status_code == 201
    assert r.json()["resubmission_of_id"] == submission["id"]
    old = await client.get(f"{API}/{submission['id']}", headers=manager.headers)
    assert old.json()["status"] == "rejected"
    # a rejected one cannot be resubmitted twice as "pending" of the old: the old stays rejected
    assert (
        await client.post(f"{API}/{submission['id']}/approve", headers=manager.headers)
    ).status_code == 409


async def test_foreign_submission_is_not_in_my_list(
    client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, clock: FrozenClock
) -> None:
    seller = await make_user(**SELLER)
    other = await make_user(**SELLER)
    payload = await _payload(session, clock.today())
    await _submit(client, seller, payload)
    r = await client.get(f"{API}/mine", headers=other.headers)
    assert r.json()["total"] == 0
    r = await client.get(f"{API}/1", headers=other.headers)
    assert r.status_code == 403  # the office detail needs policies.approve_submission
