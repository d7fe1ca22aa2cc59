"""Event-bus subscribers that turn committed changes into socket events (spec §2.7).

Event-bus handlers run only after the unit of work commits (never on rollback), so a socket client
never hears of a change that did not happen. Payloads carry ids and amounts, never personal data
beyond what the receiving screens already show.
"""

from __future__ import annotations

from typing import Any, Final

from app.core.events import Event, event_bus
from app.realtime.server import emit, perm_room, user_room

PROPOSAL_NEW: Final = "proposal:new"
PROPOSAL_APPROVED: Final = "proposal:approved"
PROPOSAL_REJECTED: Final = "proposal:rejected"
PAYMENT_COMPLETED: Final = "payment:completed"
POLICY_STATUS_CHANGE: Final = "policy:status_change"
SUBMISSION_NEW: Final = "policy_submission:new"
CASH_DELIVERED: Final = "cash:delivered"


def _payload(event: Event) -> dict[str, Any]:
    return {**event.payload, "occurred_at": event.occurred_at.isoformat()}


@event_bus.subscribe("proposal.created")
async def on_proposal_created(event: Event) -> None:
    await emit(PROPOSAL_NEW, _payload(event), rooms=[perm_room("proposals.read")])


@event_bus.subscribe("proposal.approved")
async def on_proposal_approved(event: Event) -> None:
    data = _payload(event)
    rooms = [perm_room("proposals.read"), user_room(int(event.payload["author_user_id"]))]
    await emit(PROPOSAL_APPROVED, data, rooms=rooms)


@event_bus.subscribe("payment.completed")
async def on_payment_completed(event: Event) -> None:
    await emit(PAYMENT_COMPLETED, _payload(event), rooms=[perm_room("payments.read")])


@event_bus.subscribe("proposal.rejected")
async def on_proposal_rejected(event: Event) -> None:
    rooms = [perm_room("proposals.read"), user_room(int(event.payload["author_user_id"]))]
    await emit(PROPOSAL_REJECTED, _payload(event), rooms=rooms)


@event_bus.subscribe("policy.status_changed")
async def on_policy_status_changed(event: Event) -> None:
    await emit(POLICY_STATUS_CHANGE, _payload(event), rooms=[perm_room("dashboard.read")])


@event_bus.subscribe("policy_submission.created")
async def on_submission_created(event: Event) -> None:
    await emit(SUBMISSION_NEW, _payload(event), rooms=[perm_room("policies.approve_submission")])


@event_bus.subscribe("cash.delivered")
async def on_cash_delivered(event: Event) -> None:
    await emit(CASH_DELIVERED, _payload(event), rooms=[perm_room("cash.confirm")])
