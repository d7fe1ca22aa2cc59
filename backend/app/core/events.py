"""In-process event bus (spec §2.6) with after-commit delivery.

``event_bus.publish(...)`` inside a unit of work queues the event; handlers run only after the
transaction commits, and never when it rolls back. Handlers are reactions (messages, socket
events, Celery jobs, external calls); what must be consistent with the write happens in the same
transaction through direct service calls instead. A failing handler is logged and does not
affect the others.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import structlog

from app.core.database import current_unit_of_work

logger = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class Event:
    name: str
    payload: Mapping[str, Any]
    occurred_at: datetime = field(default_factory=lambda: datetime.now(UTC))


Handler = Callable[[Event], Awaitable[None]]


class EventBus:
    def __init__(self) -> None:
        self._handlers: dict[str, list[Handler]] = defaultdict(list)

    def subscribe(self, name: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            if handler not in self._handlers[name]:
                self._handlers[name].append(handler)
            return handler

        return register

    def unsubscribe(self, name: str, handler: Handler) -> None:
        if handler in self._handlers.get(name, []):
            self._handlers[name].remove(handler)

    def handlers(self, name: str) -> list[Handler]:
        return list(self._handlers.get(name, []))

    def publish(self, name: str, payload: Mapping[str, Any]) -> None:
        """Queue ``name`` for delivery after the current unit of work commits."""
        event = Event(name=name, payload=dict(payload))

        async def deliver() -> None:
            await self.dispatch(event)

        current_unit_of_work().after_commit(deliver)

    async def dispatch(self, event: Event) -> None:
        for handler in self.handlers(event.name):
            try:
                await handler(event)
            except Exception:
                logger.exception("event_handler_failed", event_name=event.name, handler=handler.__qualname__)


event_bus = EventBus()
