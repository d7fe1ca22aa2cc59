from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.database import UnitOfWork, after_commit
from app.core.events import Event, EventBus


async def test_events_are_delivered_only_after_commit(session: AsyncSession) -> None:
    bus = EventBus()
    seen: list[str] = []

    @bus.subscribe("policy.created")
    async def handler(event: Event) -> None:
        seen.append(event.payload["folio"])

    async with UnitOfWork(session):
        bus.publish("policy.created", {"folio": "25001"})
        assert seen == []  # not yet: the transaction is open
    assert seen == ["25001"]


async def test_rollback_drops_events(session: AsyncSession) -> None:
    bus = EventBus()
    seen: list[Event] = []
    bus.subscribe("x")(lambda e: _append(seen, e))
    with pytest.raises(ValueError, match="falla"):
        async with UnitOfWork(session):
            bus.publish("x", {})
            raise ValueError("falla")
    assert seen == []


async def _append(seen: list[Event], event: Event) -> None:
    seen.append(event)


async def test_a_failing_handler_does_not_stop_the_others(session: AsyncSession) -> None:
    bus = EventBus()
    seen: list[str] = []

    @bus.subscribe("x")
    async def broken(_: Event) -> None:
        raise RuntimeError("handler roto")

    @bus.subscribe("x")
    async def fine(_: Event) -> None:
        seen.append("ok")

    async with UnitOfWork(session):
        bus.publish("x", {})
    assert seen == ["ok"]


def test_publish_outside_a_unit_of_work_is_refused() -> None:
    with pytest.raises(RuntimeError):
        EventBus().publish("x", {})
    with pytest.raises(RuntimeError):
        after_commit(_noop)


async def _noop() -> None:
    return None
