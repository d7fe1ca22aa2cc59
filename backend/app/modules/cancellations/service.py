"""Policy cancellations (domain.md §4): codes C1-C5, cancel, undo.

Cancel, in the request's transaction: the policy -> ``cancelled`` (``status_reason`` names the code
and reason); every UNPAID installment numbered after ``payments_made`` -> ``cancelled`` (unpaid
installments at or before that number stay owed as they are, and the StatusUpdater no longer
touches them); the card -> holder ARCHIVO with status ``cancelled`` and a ``collection_assignment``
row; ``policy_cancellation.snapshot`` keeps every value changed, so an undo restores exactly that;
audit rows; the event ``policy.cancelled`` (with the notify flags: the notifications module sends
and stamps ``*_notified_at``).

``payments_made`` defaults to the number of fully paid installments and can never claim more than
that. A cancelled policy cannot be cancelled again (409); two concurrent cancellations serialise
on the policy row lock and the second gets 409 (the partial unique index on live cancellations is
the last line of defence).

Undo (admin): installments and card back to the snapshot, the policy back to its previous status
and reason, then the StatusUpdater recomputes the policy for today; the cancellation row keeps who
undid it, when and why; event ``policy.cancellation_undone``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit, snapshot
from app.core.clock import MEXICO_CITY
from app.core.events import event_bus
from app.core.schemas import Page
from app.models import Card, CollectionAssignment, PolicyCancellation
from app.models.enums import CardHolder, CardStatus, PaymentStatus, PolicyStatus
from app.modules.cancellations.exceptions import (
    CancellationAlreadyUndoneError,
    CancellationUndoRefusedError,
    InvalidCancellationError,
    PolicyAlreadyCancelledError,
)
from app.modules.cancellations.repository import (
    CancellationCodeRepository,
    CancellationRepository,
    CancellationTargetRepository,
)
from app.modules.cancellations.schemas import (
    CancellationCodeRead,
    CancellationCodeUpdate,
    CancellationDetail,
    CancellationPeriod,
    CancellationQuery,
    CancellationRead,
    CancelPolicyIn,
    UndoCancellationIn,
)
from app.modules.policies.status_updater import recompute_policy_statuses

POLICY_CANCELLED = "policy.cancelled"
POLICY_CANCELLATION_UNDONE = "policy.cancellation_undone"
STATUS_TRIGGER = "cancellation_undo"

_UNPAID = frozenset({PaymentStatus.PENDING, PaymentStatus.LATE, PaymentStatus.OVERDUE})
_TIMESTAMPS = frozenset({"created_at", "updated_at"})


def period_start(period: CancellationPeriod, today: date) -> datetime | None:
    """Start of the period in local time (America/Mexico_City), as an aware datetime."""
    if period == CancellationPeriod.ALL:
        return None
    if period == CancellationPeriod.DAY:
        first = today
    elif period == CancellationPeriod.WEEK:
        first = today - timedelta(days=today.weekday())
    else:
        first = today.replace(day=1)
    return datetime.combine(first, time.min, tzinfo=MEXICO_CITY)


def _card_state(card: Card) -> dict[str, Any]:
    return {
        "id": card.id,
        "holder": card.holder.value,
        "holder_employee_id": card.holder_employee_id,
        "status": card.status.value,
    }


class CancellationService:
    def __init__(self, session: AsyncSession, *, user_id: int | None, now: datetime | None = None) -> None:
        self.session = session
        self.user_id = user_id
        self.now = now or datetime.now(UTC)
        self.codes = CancellationCodeRepository(session)
        self.cancellations = CancellationRepository(session)
        self.targets = CancellationTargetRepository(session)

    # == codes ====================================================================================
    async def list_codes(self) -> list[CancellationCodeRead]:
        return [CancellationCodeRead.model_validate(c) for c in await self.codes.all()]

    async def update_code(self, code: str, body: CancellationCodeUpdate) -> CancellationCodeRead:
        row = await self.codes.get(code.strip().upper(), for_update=True)
        before = snapshot(row, exclude=_TIMESTAMPS)
        for key, value in body.model_dump().items():
            setattr(row, key, value)
        await self.session.flush()
        await self.session.refresh(row)
        after = snapshot(row, exclude=_TIMESTAMPS)
        changed = {k for k in after if after[k] != before.get(k)}
        if changed:
            await record_audit(
                self.session,
                table="cancellation_code",
                record_id=row.code,
                action="update",
                before={k: before[k] for k in changed},
                after={k: after[k] for k in changed},
                user_id=self.user_id,
            )
        return CancellationCodeRead.model_validate(row)

    # == reads ====================================================================================
    @staticmethod
    def _read(row: Row[Any], *, detail: bool = False) -> CancellationRead:
        cancellation: PolicyCancellation = row[0]
        data: dict[str, Any] = {
            "id": cancellation.id,
            "policy_id": cancellation.policy_id,
            "folio": row.folio,
            "client_id": row.client_id,
            "client_name": row.full_name,
            "cancelled_at": cancellation.cancelled_at,
            "reason": cancellation.reason,
            "code": cancellation.code,
            "code_description": row.description,
            "highlight": row.highlight,
            "payments_made": cancellation.payments_made,
            "installments_cancelled": len((cancellation.snapshot or {}).get("payments", [])),
            "notes": row.notes,
            "notify_seller": cancellation.notify_seller,
            "notify_collector": cancellation.notify_collector,
            "notify_client": cancellation.notify_client,
            "seller_notified_at": cancellation.seller_notified_at,
            "collector_notified_at": cancellation.collector_notified_at,
            "client_notified_at": cancellation.client_notified_at,
            "cancelled_by_user_id": cancellation.cancelled_by_user_id,
            "undone_at": cancellation.undone_at,
            "undone_by_user_id": cancellation.undone_by_user_id,
            "undo_reason": cancellation.undo_reason,
        }
        if detail:
            return CancellationDetail(**data, snapshot=cancellation.snapshot or {})
        return CancellationRead(**data)

    async def search(self, query: CancellationQuery, today: date) -> Page[CancellationRead]:
        stmt = self.cancellations.search(
            q=query.q, since=period_start(query.period, today), code=query.code, undone=query.undone
        )
        rows, total = await self.cancellations.page_rows(
            stmt, page=query.page, size=query.size, sort=query.sort
        )
        return Page(items=[self._read(r) for r in rows], total=total, page=query.page, size=query.size)

    async def get(self, cancellation_id: int) -> CancellationDetail:
        read = self._read(await self.cancellations.row(cancellation_id), detail=True)
        assert isinstance(read, CancellationDetail)
        return read

    # == cancel ===================================================================================
    async def cancel(self, policy_id: int, body: CancelPolicyIn) -> CancellationDetail:
        policy = await self.targets.lock_policy(policy_id)
        if policy.status == PolicyStatus.CANCELLED:
            raise PolicyAlreadyCancelledError()
        code = await self.codes.get_or_none(body.code)
        if code is None or not code.is_active:
            raise InvalidCancellationError(
                "El motivo de cancelación no existe o está desactivado.",
                fields={"code": "Motivo no válido."},
            )
        payments = await self.targets.payments(policy.id)
        paid = sum(1 for p in payments if p.status == PaymentStatus.PAID)
        payments_made = paid if body.payments_made is None else body.payments_made
        if payments_made > len(payments):
            message = f"La póliza tiene {len(payments)} mensualidades."
            raise InvalidCancellationError(message, fields={"payments_made": message})
        if payments_made > paid:
            message = (
                f"Solo hay {paid} {'mensualidad pagada' if paid == 1 else 'mensualidades pagadas'}: "
                "no se pueden declarar más pagos realizados."
            )
            raise InvalidCancellationError(message, fields={"payments_made": message})

        to_cancel = [p for p in payments if p.status in _UNPAID and p.payment_number > payments_made]
        card = await self.targets.card(policy.id)
        state: dict[str, Any] = {
            "policy": {"status": policy.status.value, "status_reason": policy.status_reason},
            "payments": [
                {"id": p.id, "number": p.payment_number, "status": p.status.value} for p in to_cancel
            ],
            "card": _card_state(card) if card is not None else None,
        }
        cancellation = PolicyCancellation(
            policy_id=policy.id,
            code=code.code,
            reason=body.reason,
            payments_made=payments_made,
            cancelled_by_user_id=self.user_id,
            snapshot=state,
            notify_seller=body.notify_seller,
            notify_collector=body.notify_collector,
            notify_client=body.notify_client,
        )
        try:
            async with self.session.begin_nested():
                self.session.add(cancellation)
                await self.session.flush()
        except IntegrityError as exc:
            if "uq_policy_cancellation_live" in str(exc.orig):
                raise PolicyAlreadyCancelledError() from exc
            raise

        for payment in to_cancel:
            before = payment.status.value
            payment.status = PaymentStatus.CANCELLED
            await self._audit("payment", payment.id, "cancelled", {"status": before}, {"status": "cancelled"})
        collector_id = card.holder_employee_id if card is not None else None
        if card is not None:
            await self._move_card(
                card, CardHolder.ARCHIVE, None, CardStatus.CANCELLED, f"Cancelación de póliza ({code.code})"
            )
        old_status = policy.status
        policy.status = PolicyStatus.CANCELLED
        policy.status_reason = f"{code.code}: {body.reason}"
        await self.session.flush()
        await self._audit(
            "policy",
            policy.id,
            "cancelled",
            {"status": old_status.value, "status_reason": state["policy"]["status_reason"]},
            {"status": "cancelled", "status_reason": policy.status_reason},
        )
        await self._audit(
            "policy_cancellation",
            cancellation.id,
            "insert",
            None,
            snapshot(cancellation, exclude=_TIMESTAMPS),
        )
        event_bus.publish(
            POLICY_CANCELLED,
            {
                "cancellation_id": cancellation.id,
                "policy_id": policy.id,
                "folio": policy.folio,
                "client_id": policy.client_id,
                "seller_id": policy.seller_id,
                "collector_id": collector_id,
                "code": code.code,
                "blocks_renewal": code.blocks_renewal,
                "reason": body.reason,
                "payments_made": payments_made,
                "installments_cancelled": [p.payment_number for p in to_cancel],
                "notify": {
                    "seller": body.notify_seller,
                    "collector": body.notify_collector,
                    "client": body.notify_client,
                },
                "user_id": self.user_id,
            },
        )
        return await self.get(cancellation.id)

    # == undo =====================================================================================
    async def undo(
        self, cancellation_id: int, body: UndoCancellationIn, *, as_of: date
    ) -> CancellationDetail:
        policy_id = await self.cancellations.policy_id_of(cancellation_id)
        policy = await self.targets.lock_policy(policy_id)
        cancellation = await self.cancellations.get(cancellation_id, for_update=True)
        if cancellation.undone_at is not None:
            raise CancellationAlreadyUndoneError()
        if policy.status != PolicyStatus.CANCELLED:
            raise CancellationUndoRefusedError("La póliza ya no está cancelada.")
        state: dict[str, Any] = cancellation.snapshot or {}
        payments = {p.id: p for p in await self.targets.payments(policy.id)}
        for item in state.get("payments", []):
            payment = payments.get(int(item["id"]))
            if payment is None or payment.status != PaymentStatus.CANCELLED:
                raise CancellationUndoRefusedError(
                    f"La mensualidad {item['number']} cambió desde la cancelación: no se puede deshacer."
                )
        for item in state.get("payments", []):
            payment = payments[int(item["id"])]
            payment.status = PaymentStatus(item["status"])
            await self._audit(
                "payment",
                payment.id,
                "cancellation_undone",
                {"status": "cancelled"},
                {"status": item["status"]},
            )
        card_state = state.get("card")
        if card_state is not None:
            card = await self.targets.card(policy.id)
            if card is not None:
                await self._move_card(
                    card,
                    CardHolder(card_state["holder"]),
                    card_state.get("holder_employee_id"),
                    CardStatus(card_state["status"]),
                    "Cancelación deshecha",
                )
        previous = state.get("policy", {})
        policy.status = PolicyStatus(previous.get("status", PolicyStatus.PENDING.value))
        policy.status_reason = previous.get("status_reason")
        cancellation.undone_at = self.now
        cancellation.undone_by_user_id = self.user_id
        cancellation.undo_reason = body.reason
        await self.session.flush()
        await self._audit(
            "policy",
            policy.id,
            "cancellation_undone",
            {"status": "cancelled"},
            {"status": policy.status.value, "status_reason": policy.status_reason},
        )
        await self._audit(
            "policy_cancellation",
            cancellation.id,
            "undo",
            {"undone_at": None},
            {"undone_at": self.now, "undone_by_user_id": self.user_id, "undo_reason": body.reason},
        )
        await recompute_policy_statuses(
            self.session, [policy.id], as_of, STATUS_TRIGGER, user_id=self.user_id
        )
        await self.session.refresh(policy, attribute_names=["status", "updated_at"])
        event_bus.publish(
            POLICY_CANCELLATION_UNDONE,
            {
                "cancellation_id": cancellation.id,
                "policy_id": policy.id,
                "folio": policy.folio,
                "status": policy.status.value,
                "reason": body.reason,
                "user_id": self.user_id,
            },
        )
        return await self.get(cancellation.id)

    # == helpers ==================================================================================
    async def _move_card(
        self,
        card: Card,
        holder: CardHolder,
        employee_id: int | None,
        status: CardStatus,
        reason: str,
    ) -> None:
        before = _card_state(card)
        if card.holder != holder or card.holder_employee_id != employee_id:
            await self.targets.add_assignment(
                CollectionAssignment(
                    card_id=card.id,
                    from_holder=card.holder,
                    from_employee_id=card.holder_employee_id,
                    to_holder=holder,
                    to_employee_id=employee_id,
                    assigned_by_user_id=self.user_id,
                    reason=reason,
                )
            )
        card.holder = holder
        card.holder_employee_id = employee_id
        card.status = status
        await self.session.flush()
        after = _card_state(card)
        if after != before:
            await self._audit("card", card.id, "reassigned", before, after)

    async def _audit(
        self,
        table: str,
        record_id: Any,
        action: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        await record_audit(
            self.session,
            table=table,
            record_id=record_id,
            action=action,
            before=before,
            after=after,
            user_id=self.user_id,
        )
