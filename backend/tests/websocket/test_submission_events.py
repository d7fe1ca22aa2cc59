"""Socket.IO events of policy submissions, with a real client against the real app on loopback:
new, claimed, approved (with the new policy's id) and rejected reach the reviewers
(``policies.approve_submission``) and the seller who sent it, after commit only, with ids and
statuses (never the captured data, the folio or the reason)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import system_clock
from app.core.database import UnitOfWork
from app.core.events import Event, event_bus
from app.core.security import decode_access_token
from app.modules.auth.authz import AuthzCache
from app.modules.auth.dependencies import Principal
from app.modules.authorization.schemas import SubmissionRejectIn
from app.modules.authorization.service import AuthorizationService
from tests.fixtures.auth import Subject
from tests.fixtures.factories import make_client, make_vehicle, rc_basica
from tests.modules.authorization.support import GERENTE_COBRANZA, create_subject, idem
from tests.websocket.test_socket import QUIET_S, Listener, listeners, server_url  # noqa: F401  (fixtures)

pytestmark = pytest.mark.commit
API = "/api/v1/authorization/policy-submissions"
SELLER = {"roles": [("vendedor", None)], "is_seller": True, "is_collector": True}
VENTAS_MANAGER = {"roles": [("gerente", "ventas")], "departments": [("ventas", True)]}
#: what a submission event may carry
ALLOWED_KEYS = {
    "submission_id",
    "status",
    "seller_employee_id",
    "reviewer_user_id",
    "policy_id",
    "occurred_at",
}


async def _people(maker: async_sessionmaker[AsyncSession], redis: Redis) -> tuple[Subject, Subject, Subject]:
    """The seller, a Ventas manager (reviews submissions) and a Cobranza manager (does not)."""
    async with maker() as session:
        seller = await create_subject(session, redis, **SELLER)  # type: ignore[arg-type]
        reviewer = await create_subject(session, redis, **VENTAS_MANAGER)  # type: ignore[arg-type]
        outsider = await create_subject(session, redis, **GERENTE_COBRANZA)  # type: ignore[arg-type]
        await session.commit()
    return seller, reviewer, outsider


async def _policy_payload(maker: async_sessionmaker[AsyncSession], folio: str) -> dict[str, Any]:
    async with maker() as session:
        client = await make_client(session)
        vehicle = await make_vehicle(session, client)
        coverage = await rc_basica(session)
        await session.commit()
    return {
        "client_id": client.id,
        "vehicle_id": vehicle.id,
        "coverage_id": coverage.id,
        "payment_plan": "monthly_7",
        "contract_folio": f"{folio}-{client.id}",
        "effective_date": system_clock.today().isoformat(),
    }


async def _submit(client: httpx.AsyncClient, seller: Subject, payload: dict[str, Any]) -> int:
    r = await client.post(API, json={"policy": payload}, headers={**seller.headers, **idem()})
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


def _only_ids_and_statuses(data: dict[str, Any]) -> None:
    assert set(data) <= ALLOWED_KEYS, data


async def test_submission_events_reach_reviewers_and_the_seller_after_commit(
    server_url: str,  # noqa: F811
    committing_sessionmaker: async_sessionmaker[AsyncSession],
    committing_client: httpx.AsyncClient,
    redis: Redis,
    listeners: list[Listener],  # noqa: F811
) -> None:
    seller, reviewer, outsider = await _people(committing_sessionmaker, redis)
    field, office, cobranza = Listener(), Listener(), Listener()
    listeners.extend([field, office, cobranza])
    await field.connect(server_url, seller.token)
    await office.connect(server_url, reviewer.token)
    await cobranza.connect(server_url, outsider.token)

    # new: the reviewers hear of it
    first = await _submit(committing_client, seller, await _policy_payload(committing_sessionmaker, "C-7001"))
    new = await office.wait_for("policy_submission:new")
    assert new["submission_id"] == first and new["status"] == "pending"
    assert new["seller_employee_id"] == seller.employee_id
    _only_ids_and_statuses(new)

    # claimed: the reviewers and the seller's own room
    r = await committing_client.post(f"{API}/{first}/claim", headers=reviewer.headers)
    assert r.status_code == 200, r.text
    claimed = await office.wait_for("policy_submission:claimed")
    assert claimed["submission_id"] == first and claimed["status"] == "under_review"
    assert claimed["reviewer_user_id"] == reviewer.user_id
    assert (await field.wait_for("policy_submission:claimed"))["submission_id"] == first
    _only_ids_and_statuses(claimed)
    # claiming it again (already mine) changes nothing and says nothing
    office.events.clear()
    r = await committing_client.post(f"{API}/{first}/claim", headers=reviewer.headers)
    assert r.status_code == 200, r.text

    # approved: with the new policy's id, never the folio
    r = await committing_client.post(
        f"{API}/{first}/approve", json={"notes": "Bien"}, headers=reviewer.headers
    )
    assert r.status_code == 200, r.text
    policy_id = r.json()["policy_id"]
    approved = await office.wait_for("policy_submission:approved")
    assert approved == {**approved, "submission_id": first, "status": "approved", "policy_id": policy_id}
    _only_ids_and_statuses(approved)
    seen = await field.wait_for("policy_submission:approved")
    assert seen["policy_id"] == policy_id
    assert office.names().count("policy_submission:claimed") == 0  # the second claim was silent

    # rejected: the reason (free text) stays out of the event
    second = await _submit(
        committing_client, seller, await _policy_payload(committing_sessionmaker, "C-7002")
    )
    await office.wait_for("policy_submission:new")
    r = await committing_client.post(
        f"{API}/{second}/reject",
        json={"reason": "La foto del contrato no se lee", "corrections": {"contrato": "Otra foto"}},
        headers=reviewer.headers,
    )
    assert r.status_code == 200, r.text
    rejected = await office.wait_for("policy_submission:rejected")
    assert rejected["submission_id"] == second and rejected["status"] == "rejected"
    assert "reason" not in rejected
    _only_ids_and_statuses(rejected)
    assert (await field.wait_for("policy_submission:rejected"))["submission_id"] == second

    # a Cobranza manager (proposals.*, no policies.approve_submission) hears none of it, and the
    # seller does not hear of new submissions (the reviewers' room)
    await asyncio.sleep(0.2)
    assert not [n for n in cobranza.names() if n.startswith("policy_submission:")]
    assert "policy_submission:new" not in field.names()


async def test_nothing_is_emitted_for_rolled_back_submission_decisions(
    server_url: str,  # noqa: F811
    committing_sessionmaker: async_sessionmaker[AsyncSession],
    committing_client: httpx.AsyncClient,
    redis: Redis,
    listeners: list[Listener],  # noqa: F811
) -> None:
    seller, reviewer, _ = await _people(committing_sessionmaker, redis)
    field, office = Listener(), Listener()
    listeners.extend([field, office])
    await field.connect(server_url, seller.token)
    await office.connect(server_url, reviewer.token)
    submission_id = await _submit(
        committing_client, seller, await _policy_payload(committing_sessionmaker, "C-7101")
    )
    await office.wait_for("policy_submission:new")

    delivered: list[Event] = []

    async def spy(event: Event) -> None:
        delivered.append(event)

    names = ("policy_submission.claimed", "policy_submission.approved", "policy_submission.rejected")
    for name in names:
        event_bus.subscribe(name)(spy)
    try:
        now = datetime.now(UTC)
        async with committing_sessionmaker() as session:
            principal = Principal(
                snapshot=await AuthzCache(redis).get(session, reviewer.user_id, now=now),
                claims=decode_access_token(reviewer.token, now=now),
            )
        for decide in ("claim", "approve", "reject"):
            with pytest.raises(RuntimeError, match="se cae"):
                async with committing_sessionmaker() as session, UnitOfWork(session):
                    service = AuthorizationService(
                        session, principal=principal, clock=system_clock, redis=redis
                    )
                    if decide == "claim":
                        done = await service.claim_submission(submission_id)
                        assert done.status == "under_review"
                    elif decide == "approve":
                        done = await service.approve_submission(submission_id, notes=None)
                        assert done.status == "approved" and done.policy_id is not None
                    else:
                        done = await service.reject_submission(
                            submission_id, SubmissionRejectIn(reason="Faltan datos del vehículo")
                        )
                        assert done.status == "rejected"
                    raise RuntimeError("se cae la conexión antes del commit")
        await asyncio.sleep(QUIET_S)
        assert delivered == []
        heard = field.names() + office.names()
        assert [n for n in heard if n != "policy_submission:new"] == []
        # the same decision, committed this time, is heard
        r = await committing_client.post(
            f"{API}/{submission_id}/reject",
            json={"reason": "Faltan datos del vehículo"},
            headers=reviewer.headers,
        )
        assert r.status_code == 200, r.text
        await field.wait_for("policy_submission:rejected")
        await office.wait_for("policy_submission:rejected")
        assert [e.name for e in delivered] == ["policy_submission.rejected"]
    finally:
        for name in names:
            event_bus.unsubscribe(name, spy)
