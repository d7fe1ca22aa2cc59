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
SUBMISSION_CLAIMED: Final = "policy_submission:claimed"
SUBMISSION_APPROVED: Final = "policy_submission:approved"
SUBMISSION_REJECTED: Final = "policy_submission:rejected"
CASH_DELIVERED: Final = "cash:delivered"


#: what a policy-submission socket event carries: ids and the status, never the captured data, the
#: contract folio or the rejection reason (the screens refetch what they show)
_SUBMISSION_KEYS: Final = ("submission_id", "status", "seller_employee_id", "reviewer_user_id", "policy_id")


def _payload(event: Event) -> dict[str, Any]:
    return {**event.payload, "occurred_at": event.occurred_at.isoformat()}


def _submission_payload(event: Event) -> dict[str, Any]:
    data = {key: event.payload[key] for key in _SUBMISSION_KEYS if key in event.payload}
    return {**data, "occurred_at": event.occurred_at.isoformat()}


def _submission_rooms(event: Event) -> list[str]:
    """The reviewers (``policies.approve_submission``) and the seller who sent it (own user room)."""
    return [perm_room("policies.approve_submission"), user_room(int(event.payload["submitted_by_user_id"]))]


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
    await emit(SUBMISSION_NEW, _submission_payload(event), rooms=[perm_room("policies.approve_submission")])


@event_bus.subscribe("policy_submission.claimed")
async def on_submission_claimed(event: Event) -> None:
    await emit(SUBMISSION_CLAIMED, _submission_payload(event), rooms=_submission_rooms(event))


@event_bus.subscribe("policy_submission.approved")
async def on_submission_approved(event: Event) -> None:
    await emit(SUBMISSION_APPROVED, _submission_payload(event), rooms=_submission_rooms(event))


@event_bus.subscribe("policy_submission.rejected")
async def on_submission_rejected(event: Event) -> None:
    await emit(SUBMISSION_REJECTED, _submission_payload(event), rooms=_submission_rooms(event))


@event_bus.subscribe("cash.delivered")
async def on_cash_delivered(event: Event) -> None:
    await emit(CASH_DELIVERED, _payload(event), rooms=[perm_room("cash.confirm")])
