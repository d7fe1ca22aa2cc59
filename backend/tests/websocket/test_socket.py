"""Socket.IO with a real client against the real app served by uvicorn on loopback (in the test's
event loop): JWT at connect, rooms per user and permission, events only after commit."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import socketio
import uvicorn
from fastapi import FastAPI
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import system_clock
from app.core.database import UnitOfWork
from app.core.events import Event, event_bus
from app.core.security import decode_access_token
from app.modules.auth.authz import AuthzCache
from app.modules.auth.dependencies import Principal
from app.modules.authorization.service import AuthorizationService
from app.realtime.server import SOCKETIO_PATH
from tests.fixtures.auth import Subject
from tests.fixtures.ports import free_port
from tests.modules.authorization.support import (
    AUXILIAR_COBRANZA,
    COLLECTOR,
    GERENTE_COBRANZA,
    a_policy,
    assigned_receipt,
    create_subject,
    proposal_body,
)

pytestmark = pytest.mark.commit
AUTH = "/api/v1/authorization"
QUIET_S = 1.0


@pytest.fixture
async def server_url(app: FastAPI, committing_sessionmaker: object) -> AsyncIterator[str]:
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", lifespan="off", access_log=False
    )
    server = uvicorn.Server(config)
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
    task = asyncio.create_task(server.serve())
    for _ in range(200):
        if server.started:
            break
        await asyncio.sleep(0.02)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    await asyncio.wait_for(task, timeout=10)


class Listener:
    """A connected socket client that records every event it receives."""

    def __init__(self) -> None:
        self.client = socketio.AsyncClient(reconnection=False)
        self.events: list[tuple[str, dict[str, Any]]] = []

        @self.client.on("*")
        async def anything(event: str, data: dict[str, Any]) -> None:
            self.events.append((event, data))

    async def connect(self, url: str, token: str) -> None:
        await self.client.connect(
            url, socketio_path=SOCKETIO_PATH, auth={"token": token}, transports=["websocket"], wait_timeout=5
        )

    async def wait_for(self, name: str, within: float = 5.0) -> dict[str, Any]:
        deadline = asyncio.get_running_loop().time() + within
        while asyncio.get_running_loop().time() < deadline:
            for event, data in self.events:
                if event == name:
                    return data
            await asyncio.sleep(0.02)
        raise AssertionError(f"no llegó {name}; llegaron {[e for e, _ in self.events]}")

    def names(self) -> list[str]:
        return [e for e, _ in self.events]


@pytest.fixture
async def listeners() -> AsyncIterator[list[Listener]]:
    made: list[Listener] = []
    yield made
    for listener in made:
        with contextlib.suppress(Exception):
            await listener.client.disconnect()


async def _people(
    maker: async_sessionmaker[AsyncSession], redis: Redis, reviewer_kind: dict[str, Any] = AUXILIAR_COBRANZA
) -> tuple[Subject, Subject, Any, str]:
    async with maker() as session:
        collector = await create_subject(session, redis, **COLLECTOR)  # type: ignore[arg-type]
        reviewer = await create_subject(session, redis, **reviewer_kind)
        bundle = await a_policy(session)
        receipt = await assigned_receipt(session, collector.employee_id)
        await session.commit()
    return collector, reviewer, bundle, receipt.number


async def test_a_bad_token_is_refused_at_connect(server_url: str) -> None:
    for token in ("no.es.un.token", ""):
        client = socketio.AsyncClient(reconnection=False)
        with pytest.raises(socketio.exceptions.ConnectionError):
            await client.connect(
                server_url,
                socketio_path=SOCKETIO_PATH,
                auth={"token": token},
                transports=["websocket"],
                wait_timeout=5,
            )
        assert not client.connected


async def test_a_revoked_session_is_refused_at_connect(
    server_url: str, committing_sessionmaker: async_sessionmaker[AsyncSession], redis: Redis
) -> None:
    collector, _, _, _ = await _people(committing_sessionmaker, redis)
    await redis.delete(f"auth:sess:{collector.session_id}")
    client = socketio.AsyncClient(reconnection=False)
    with pytest.raises(socketio.exceptions.ConnectionError):
        await client.connect(
            server_url,
            socketio_path=SOCKETIO_PATH,
            auth={"token": collector.token},
            transports=["websocket"],
            wait_timeout=5,
        )


async def test_events_arrive_after_commit_in_the_right_rooms(
    server_url: str,
    committing_sessionmaker: async_sessionmaker[AsyncSession],
    committing_client: httpx.AsyncClient,
    redis: Redis,
    listeners: list[Listener],
) -> None:
    collector, reviewer, bundle, number = await _people(committing_sessionmaker, redis, GERENTE_COBRANZA)
    field, office = Listener(), Listener()
    listeners.extend([field, office])
    await field.connect(server_url, collector.token)
    await office.connect(server_url, reviewer.token)

    r = await committing_client.post(
        f"{AUTH}/proposals",
        json=proposal_body(bundle.payment(1).id, number),
        headers={**collector.headers, "Idempotency-Key": uuid.uuid4().hex},
    )
    assert r.status_code == 201
    proposal_id = r.json()["id"]
    new = await office.wait_for("proposal:new")
    assert new["proposal_id"] == proposal_id and new["amount"] == "1200.00"

    r = await committing_client.post(f"{AUTH}/proposals/{proposal_id}/approve", headers=reviewer.headers)
    assert r.status_code == 200, r.text
    approved = await field.wait_for("proposal:approved")  # the author's own room
    assert approved["proposal_id"] == proposal_id
    await office.wait_for("proposal:approved")
    paid = await office.wait_for("payment:completed")  # auxiliar de Cobranza holds payments.read
    assert paid["installment_id"] == bundle.payment(1).id and paid["installment_paid"] is True
    change = await office.wait_for("policy:status_change")  # a gerente holds dashboard.read
    assert change["policy_id"] == bundle.policy.id and change["new_status"] == "active"
    # the collector is not in the office's rooms
    await asyncio.sleep(0.2)
    assert "proposal:new" not in field.names()


async def test_nothing_is_emitted_for_a_rolled_back_approval(
    server_url: str,
    committing_sessionmaker: async_sessionmaker[AsyncSession],
    committing_client: httpx.AsyncClient,
    redis: Redis,
    listeners: list[Listener],
) -> None:
    collector, reviewer, bundle, number = await _people(committing_sessionmaker, redis)
    field = Listener()
    listeners.append(field)
    await field.connect(server_url, collector.token)
    r = await committing_client.post(
        f"{AUTH}/proposals",
        json=proposal_body(bundle.payment(1).id, number),
        headers={**collector.headers, "Idempotency-Key": uuid.uuid4().hex},
    )
    proposal_id = r.json()["id"]

    delivered: list[Event] = []

    async def spy(event: Event) -> None:
        delivered.append(event)

    event_bus.subscribe("proposal.approved")(spy)
    try:
        now = datetime.now(UTC)
        async with committing_sessionmaker() as session:
            principal = Principal(
                snapshot=await AuthzCache(redis).get(session, reviewer.user_id, now=now),
                claims=decode_access_token(reviewer.token, now=now),
            )
        with pytest.raises(RuntimeError, match="se cae"):
            async with committing_sessionmaker() as session, UnitOfWork(session):
                service = AuthorizationService(session, principal=principal, clock=system_clock, redis=redis)
                approved = await service.approve_proposal(proposal_id)
                assert approved.status == "applied"  # applied inside the transaction...
                raise RuntimeError("se cae la conexión antes del commit")  # ...that rolls back
        await asyncio.sleep(QUIET_S)
        assert delivered == []
        assert "proposal:approved" not in field.names()
        # the same approval, committed this time, is heard
        r = await committing_client.post(f"{AUTH}/proposals/{proposal_id}/approve", headers=reviewer.headers)
        assert r.status_code == 200, r.text
        await field.wait_for("proposal:approved")
        assert len(delivered) == 1
    finally:
        event_bus.unsubscribe("proposal.approved", spy)


async def test_an_emit_from_another_event_loop_reaches_the_sockets(
    server_url: str,
    committing_sessionmaker: async_sessionmaker[AsyncSession],
    redis: Redis,
    listeners: list[Listener],
) -> None:
    """A Celery task runs in its own loop (another process in production): its events reach the
    API's sockets through Redis."""
    from app.realtime.server import emit, user_room

    collector, _, _, _ = await _people(committing_sessionmaker, redis)
    field = Listener()
    listeners.append(field)
    await field.connect(server_url, collector.token)

    def in_another_loop() -> None:
        asyncio.run(emit("proposal:rejected", {"proposal_id": 0}, rooms=[user_room(collector.user_id)]))

    await asyncio.to_thread(in_another_loop)
    data = await field.wait_for("proposal:rejected")
    assert data == {"proposal_id": 0}
