"""Payments (domain.md §4): applying money, partial payments, edits, reversals, problems, restructures.

Every money operation runs in the caller's unit of work, in this order: lock the policy, its
installments and its card (the lock order of the cancellations and promotions modules) -> the
installment (+ the partial) -> the ledger entry (``payment_transaction``, with the state it
replaced in ``before``) -> the receipt (ReceiptService: used / returned / cancelled) -> the
StatusUpdater for that policy -> the payoff check (every live installment paid: card to ARCHIVO,
``paid_off``) -> audit rows; the events (``payment.completed``, ``payment.reversed``...) are
published for after the commit.

``PaymentService.apply`` is the one way money is applied (counter payments, approved field
proposals, an edit that marks an installment paid). The amount decides full vs partial: the whole
remaining balance of an installment without partials is a payment; anything else is a numbered
partial (abono), and the partial that covers the rest marks the installment paid. Never above
what remains (422 ``PAYMENT_EXCEEDS_BALANCE``).

``PaymentService.reverse`` never deletes: it appends a compensating entry (negative amount,
``reverses_id``), restores the installment's money fields from the entry's ``before``, marks the
partial reversed, releases the receipt (``return`` to its holder or ``cancel``), puts the card back
where it was, tells the module that owns the proposal (``reversal_hooks``) and recomputes the
statuses. Only the latest live entry of an installment can be reversed (later ones first), so a
restored snapshot is always exactly the state that entry replaced.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Final, Literal

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import diff, record_audit, snapshot
from app.core.clock import MEXICO_CITY
from app.core.events import event_bus
from app.core.exceptions import ValidationFailedError
from app.core.schemas import Page
from app.models import Card, CollectionAssignment, PartialPayment, Payment, PaymentTransaction, Policy
from app.models.enums import (
    CardHolder,
    CardStatus,
    LedgerEntryKind,
    LedgerSource,
    OfficeDeliveryStatus,
    PartialPaymentStatus,
    PaymentMethod,
    PaymentPlan,
    PaymentStatus,
    PolicyStatus,
)
from app.modules.admin.settings import get_value
from app.modules.payments import exceptions as exc
from app.modules.payments.pdf import receipt_context, render, statement_context
from app.modules.payments.repository import PaymentFilters, PaymentRepository, applied_total
from app.modules.payments.restructure import RestructurePlan, plan_restructure
from app.modules.payments.schemas import (
    KIND_LABELS,
    InstallmentTimeline,
    LedgerEntryRead,
    PaymentEditIn,
    PaymentQuery,
    PaymentResult,
    PaymentRow,
    PolicyHeader,
    PolicyPayments,
    RestructureLine,
    RestructurePreview,
    partial_reads,
)
from app.modules.policies.schedule import add_months, allowed_plans
from app.modules.policies.schemas import HOLDER_LABELS
from app.modules.policies.status_updater import recompute_policy_statuses
from app.modules.receipts.service import ReceiptService

PAYMENT_COMPLETED: Final = "payment.completed"
PAYMENT_REVERSED: Final = "payment.reversed"
PAYMENT_UPDATED: Final = "payment.updated"
PAYMENT_PROBLEM: Final = "payment.problem_marked"
POLICY_RESTRUCTURED: Final = "policy.restructured"
STATUS_TRIGGER: Final = "payment"

ZERO: Final = Decimal("0.00")
UNPAID: Final = frozenset({PaymentStatus.PENDING, PaymentStatus.LATE, PaymentStatus.OVERDUE})
_TIMESTAMPS: Final = frozenset({"created_at", "updated_at"})
#: the installment fields a payment sets and a reversal restores
MONEY_FIELDS: Final = (
    "status",
    "paid_date",
    "paid_amount",
    "payment_method",
    "receipt_number",
    "collector_id",
)
DEFAULT_MONTHS_PAST: Final = 8
DEFAULT_MONTHS_FUTURE: Final = 1
DEFAULT_DELIVERY_DAYS: Final = 30

Source = Literal["counter", "proposal", "edit"]
ReceiptMode = Literal["return", "cancel"]

#: Reactions of other modules to a reversal, in the same transaction (the authorization module
#: registers one that marks the proposal that produced the payment ``reversed``). Each gets the
#: session, the reversed entry and the user; it returns what it did, for the ledger and the audit.
ReversalHook = Callable[[AsyncSession, PaymentTransaction, int | None], Awaitable[dict[str, Any] | None]]
reversal_hooks: list[ReversalHook] = []


# -- helpers --------------------------------------------------------------------------------------------


def installment_state(payment: Payment) -> dict[str, Any]:
    return {
        "id": payment.id,
        "payment_number": payment.payment_number,
        "status": payment.status.value,
        "paid_date": payment.paid_date.isoformat() if payment.paid_date else None,
        "paid_amount": f"{payment.paid_amount:.2f}" if payment.paid_amount is not None else None,
        "payment_method": payment.payment_method.value if payment.payment_method else None,
        "receipt_number": payment.receipt_number,
        "collector_id": payment.collector_id,
    }


def card_state(card: Card | None) -> dict[str, Any] | None:
    if card is None:
        return None
    return {
        "id": card.id,
        "holder": card.holder.value,
        "holder_employee_id": card.holder_employee_id,
        "status": card.status.value,
    }


def remaining_of(payment: Payment) -> Decimal:
    if payment.status in (PaymentStatus.PAID, PaymentStatus.CANCELLED):
        return ZERO
    return max(payment.amount - applied_total(payment), ZERO)


def person_label(code: str | None, name: str | None) -> str | None:
    if not name:
        return code
    return f"{code} {name}" if code else name


def entry_label(entry: PaymentTransaction, payment_number: int, partial_number: int | None, of: int) -> str:
    if entry.kind == LedgerEntryKind.PARTIAL and partial_number is not None:
        return f"Pago {payment_number}, abono {partial_number} de {of}"
    if entry.kind == LedgerEntryKind.REVERSAL:
        return f"Reversión del pago {payment_number}"
    return f"Pago {payment_number}"


@dataclass(frozen=True)
class Applied:
    entry: PaymentTransaction
    installment: Payment
    policy: Policy
    paid_off: bool


class PaymentService:
    """Payments. ``user_id`` is the actor (audit, ledger); ``now`` stamps receipts and events."""

    def __init__(
        self,
        session: AsyncSession,
        redis: Redis | None = None,
        *,
        user_id: int | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.session = session
        self.redis = redis  # part of the shared contract; nothing here caches yet
        self.user_id = user_id
        self._now = now or (lambda: datetime.now(UTC))
        self.repo = PaymentRepository(session)

    def _receipts(self, user_id: int | None) -> ReceiptService:
        return ReceiptService(self.session, user_id=user_id, now=self._now)

    # == the contract: apply / reverse ==========================================================
    async def apply(
        self,
        installment_id: int,
        *,
        amount: Decimal,
        method: PaymentMethod,
        paid_date: date,
        receipt_number: str | None,
        collector_id: int | None,
        source: Source,
        proposal_id: int | None,
        user_id: int | None,
        as_of: date,
    ) -> PaymentTransaction:
        """Apply ``amount`` to an installment (full or partial); returns the ledger entry.

        The receipt must be verified for its holder: the collector (``collector_id``) for a
        proposal, OFICINA for a counter payment."""
        holder = collector_id if source == "proposal" else None
        applied = await self._apply(
            installment_id,
            amount=amount,
            method=method,
            paid_date=paid_date,
            receipt_number=receipt_number,
            collector_id=collector_id,
            holder_id=holder,
            source=LedgerSource(source),
            proposal_id=proposal_id,
            user_id=user_id,
            as_of=as_of,
        )
        return applied.entry

    async def _apply(
        self,
        installment_id: int,
        *,
        amount: Decimal,
        method: PaymentMethod,
        paid_date: date,
        receipt_number: str | None,
        collector_id: int | None,
        holder_id: int | None,
        source: LedgerSource,
        proposal_id: int | None,
        user_id: int | None,
        as_of: date,
        allow_partial: bool = True,
    ) -> Applied:
        policy_id = await self.repo.policy_id_of(installment_id)
        policy = await self.repo.lock_policy(policy_id)
        installments = await self.repo.lock_installments(policy_id)
        card = await self.repo.lock_card(policy_id)
        installment = next(p for p in installments if p.id == installment_id)
        if installment.status == PaymentStatus.PAID:
            raise exc.InstallmentAlreadyPaidError()
        if installment.status == PaymentStatus.CANCELLED:
            raise exc.InstallmentCancelledError()
        if amount <= 0:
            raise ValidationFailedError(fields={"amount": "Debe ser mayor que 0."})
        applied_before = applied_total(installment)
        remaining = installment.amount - applied_before
        if amount > remaining:
            message = (
                f"El saldo pendiente de la mensualidad {installment.payment_number} es ${remaining:,.2f}."
            )
            raise exc.PaymentExceedsBalanceError(message, fields={"amount": message})

        receipt = None
        if receipt_number:
            receipt = await self.repo.receipt_by_number(receipt_number.strip().upper())
        before: dict[str, Any] = {
            "installment": installment_state(installment),
            "partial": None,
            "receipt": (
                {
                    "id": receipt.id,
                    "number": receipt.number,
                    "status": receipt.status.value,
                    "collector_id": receipt.collector_id,
                    "at_office": receipt.at_office,
                }
                if receipt is not None
                else None
            ),
            "card": card_state(card),
            "policy": {"status": policy.status.value},
        }
        installment_before = snapshot(installment, exclude=_TIMESTAMPS)

        is_partial = bool(installment.partials) or amount < remaining
        if is_partial and not allow_partial:
            raise exc.PartialNotAllowedError()
        partial: PartialPayment | None = None
        if is_partial:
            partial = PartialPayment(
                payment_id=installment.id,
                partial_number=max((p.partial_number for p in installment.partials), default=0) + 1,
                amount=amount,
                paid_date=paid_date,
                payment_method=method,
                receipt_number=receipt_number.strip().upper() if receipt_number else None,
                collector_id=collector_id,
                status=PartialPaymentStatus.APPLIED,
                created_by_user_id=user_id,
            )
            await self.repo.add(partial)
            before["partial"] = {"id": partial.id, "partial_number": partial.partial_number}
        covered = applied_before + amount == installment.amount
        if covered:
            installment.status = PaymentStatus.PAID
            installment.paid_date = paid_date
            installment.paid_amount = installment.amount
            installment.payment_method = method
            installment.receipt_number = receipt_number.strip().upper() if receipt_number else None
            installment.collector_id = collector_id
        await self.session.flush()

        used = None
        if receipt_number:
            used = await self._receipts(user_id).use(
                receipt_number,
                payment_id=installment.id,
                policy_id=policy.id,
                holder_employee_id=holder_id,
                at=self._now(),
            )
        entry = PaymentTransaction(
            payment_id=installment.id,
            partial_payment_id=partial.id if partial else None,
            kind=LedgerEntryKind.PARTIAL if partial else LedgerEntryKind.PAYMENT,
            source=source,
            amount=amount,
            method=method,
            receipt_id=used.id if used else None,
            receipt_number=used.number if used else None,
            paid_date=paid_date,
            collector_id=collector_id,
            proposal_id=proposal_id,
            before=before,
            created_by_user_id=user_id,
        )
        await self.repo.add(entry)

        if partial is not None:
            await self._audit(
                "partial_payment", partial.id, "insert", None, snapshot(partial, exclude=_TIMESTAMPS), user_id
            )
        b, a = diff(installment_before, snapshot(installment, exclude=_TIMESTAMPS))
        if a:
            await self._audit("payment", installment.id, "payment_applied", b, a, user_id)
        await self._audit(
            "payment_transaction", entry.id, "insert", None, snapshot(entry, exclude=frozenset()), user_id
        )
        await recompute_policy_statuses(self.session, [policy.id], as_of, STATUS_TRIGGER, user_id=user_id)
        paid_off = await self._payoff_check(installments, card, user_id)
        await self.session.refresh(policy, attribute_names=["status"])
        of = len(installment.partials) + 1 if partial is not None else 0
        event_bus.publish(
            PAYMENT_COMPLETED,
            {
                "transaction_id": entry.id,
                "policy_id": policy.id,
                "folio": policy.folio,
                "client_id": policy.client_id,
                "seller_id": policy.seller_id,
                "installment_id": installment.id,
                "payment_number": installment.payment_number,
                "kind": entry.kind.value,
                "partial_number": partial.partial_number if partial else None,
                "partials": of,
                "installment_paid": covered,
                "amount": f"{amount:.2f}",
                "method": method.value,
                "receipt_number": entry.receipt_number,
                "receipt_id": entry.receipt_id,
                "paid_date": paid_date.isoformat(),
                "collector_id": collector_id,
                "source": source.value,
                "proposal_id": proposal_id,
                "paid_off": paid_off,
                "policy_status": policy.status.value,
                "user_id": user_id,
            },
        )
        return Applied(entry=entry, installment=installment, policy=policy, paid_off=paid_off)

    async def _payoff_check(
        self, installments: list[Payment], card: Card | None, user_id: int | None
    ) -> bool:
        """Every live installment paid -> the card goes to ARCHIVO as ``paid_off``."""
        live = [p for p in installments if p.status != PaymentStatus.CANCELLED]
        if not live or any(p.status != PaymentStatus.PAID for p in live):
            return False
        if card is None or card.status != CardStatus.ACTIVE:
            return False
        await self._move_card(
            card, CardHolder.ARCHIVE, None, CardStatus.PAID_OFF, "Póliza liquidada", user_id
        )
        return True

    async def reverse(
        self,
        transaction_id: int,
        *,
        receipt_mode: ReceiptMode,
        reason: str,
        user_id: int | None,
        as_of: date | None = None,
    ) -> PaymentTransaction:
        """Compensate a payment or partial entry; returns the reversal entry."""
        as_of = as_of or self._now().astimezone(MEXICO_CITY).date()
        first = await self.repo.transaction(transaction_id)
        if first.kind == LedgerEntryKind.REVERSAL:
            raise exc.TransactionNotReversibleError("Una reversión no se puede revertir.")
        policy_id = await self.repo.policy_id_of(first.payment_id)
        policy = await self.repo.lock_policy(policy_id)
        installments = await self.repo.lock_installments(policy_id)
        card = await self.repo.lock_card(policy_id)
        entry = await self.repo.transaction(transaction_id, for_update=True)
        if await self.repo.reversal_of(entry.id) is not None:
            raise exc.TransactionAlreadyReversedError()
        installment = next(p for p in installments if p.id == entry.payment_id)
        if installment.status == PaymentStatus.CANCELLED:
            raise exc.TransactionNotReversibleError(
                "La mensualidad fue cancelada después del pago (cancelación o reestructura): "
                "deshaz eso primero."
            )
        live = await self.repo.live_entries(installment.id)
        if live and live[-1].id != entry.id:
            raise exc.ReverseLaterFirstError(
                f"Revierte primero el movimiento {live[-1].id} de esta mensualidad (el más reciente)."
            )

        current: dict[str, Any] = {
            "installment": installment_state(installment),
            "card": card_state(card),
            "policy": {"status": policy.status.value},
        }
        installment_before = snapshot(installment, exclude=_TIMESTAMPS)
        restored = dict(entry.before.get("installment") or {})
        installment.status = PaymentStatus(restored.get("status", PaymentStatus.PENDING.value))
        installment.paid_date = (
            date.fromisoformat(restored["paid_date"]) if restored.get("paid_date") else None
        )
        installment.paid_amount = Decimal(restored["paid_amount"]) if restored.get("paid_amount") else None
        installment.payment_method = (
            PaymentMethod(restored["payment_method"]) if restored.get("payment_method") else None
        )
        installment.receipt_number = restored.get("receipt_number")
        installment.collector_id = restored.get("collector_id")

        partial = None
        if entry.partial_payment_id is not None:
            partial = next((p for p in installment.partials if p.id == entry.partial_payment_id), None)
            if partial is not None:
                current["partial"] = {"id": partial.id, "status": partial.status.value}
                partial.status = PartialPaymentStatus.REVERSED
        await self.session.flush()

        receipt_side: dict[str, Any] | None = None
        receipt_id = await self._receipt_to_release(entry, current["installment"])
        if receipt_id is not None:
            released = await self._receipts(user_id).release(receipt_id, mode=receipt_mode, at=self._now())
            receipt_side = {"id": released.id, "number": released.number, "mode": receipt_mode}
            current["receipt"] = {"id": released.id, "mode": receipt_mode, "status": released.status.value}

        card_before = (entry.before or {}).get("card")
        if card is not None and card_before is not None and card_state(card) != card_before:
            await self._move_card(
                card,
                CardHolder(card_before["holder"]),
                card_before.get("holder_employee_id"),
                CardStatus(card_before["status"]),
                "Reversión de pago",
                user_id,
            )

        proposal_side: dict[str, Any] | None = None
        if entry.proposal_id is not None:
            results = [await hook(self.session, entry, user_id) for hook in reversal_hooks]
            done = [r for r in results if r]
            # no module took it: say so in the ledger instead of pretending it was done
            proposal_side = done[0] if done else {"id": entry.proposal_id, "sync": "pending"}
            current["proposal"] = proposal_side

        reversal = PaymentTransaction(
            payment_id=installment.id,
            partial_payment_id=entry.partial_payment_id,
            kind=LedgerEntryKind.REVERSAL,
            source=LedgerSource.REVERSAL,
            amount=-entry.amount,
            method=entry.method,
            receipt_id=receipt_side["id"] if receipt_side else entry.receipt_id,
            receipt_number=receipt_side["number"] if receipt_side else entry.receipt_number,
            paid_date=as_of,
            collector_id=entry.collector_id,
            proposal_id=entry.proposal_id,
            reverses_id=entry.id,
            reason=reason,
            before=current,
            created_by_user_id=user_id,
        )
        await self.repo.add(reversal)

        b, a = diff(installment_before, snapshot(installment, exclude=_TIMESTAMPS))
        if a:
            await self._audit("payment", installment.id, "payment_reversed", b, a, user_id)
        if partial is not None:
            await self._audit(
                "partial_payment",
                partial.id,
                "reversed",
                {"status": "applied"},
                {"status": "reversed"},
                user_id,
            )
        await self._audit(
            "payment_transaction",
            reversal.id,
            "reversal",
            {"reversed_transaction_id": entry.id},
            {
                **snapshot(reversal, exclude=frozenset()),
                "receipt": receipt_side,
                "proposal": proposal_side,
            },
            user_id,
        )
        await recompute_policy_statuses(self.session, [policy.id], as_of, STATUS_TRIGGER, user_id=user_id)
        await self.session.refresh(policy, attribute_names=["status"])
        event_bus.publish(
            PAYMENT_REVERSED,
            {
                "transaction_id": reversal.id,
                "reversed_transaction_id": entry.id,
                "policy_id": policy.id,
                "folio": policy.folio,
                "client_id": policy.client_id,
                "installment_id": installment.id,
                "payment_number": installment.payment_number,
                "amount": f"{entry.amount:.2f}",
                "receipt_number": reversal.receipt_number,
                "receipt_mode": receipt_mode,
                "proposal_id": entry.proposal_id,
                "reason": reason,
                "policy_status": policy.status.value,
                "user_id": user_id,
            },
        )
        return reversal

    async def _receipt_to_release(
        self, entry: PaymentTransaction, installment_now: dict[str, Any]
    ) -> int | None:
        """The receipt the reversed entry used, or the one an edit put in its place since."""
        receipt_id = entry.receipt_id
        if entry.kind == LedgerEntryKind.PAYMENT and installment_now.get("receipt_number") not in (
            None,
            entry.receipt_number,
        ):
            replacement = await self.repo.receipt_by_number(str(installment_now["receipt_number"]))
            if replacement is not None and replacement.payment_id == entry.payment_id:
                receipt_id = replacement.id
        if receipt_id is None:
            return None
        receipt = await self.repo.receipt(receipt_id)
        if receipt is None or receipt.payment_id != entry.payment_id:
            return None
        return receipt_id

    # == counter payments =======================================================================
    async def counter_payment(
        self,
        *,
        installment_id: int,
        amount: Decimal,
        method: PaymentMethod,
        receipt_number: str,
        paid_date: date | None,
        as_of: date,
        may_partial: bool,
    ) -> PaymentResult:
        paid = paid_date or as_of
        await self._check_paid_date_window(paid, as_of)
        applied = await self._apply(
            installment_id,
            amount=amount,
            method=method,
            paid_date=paid,
            receipt_number=receipt_number,
            collector_id=None,
            holder_id=None,
            source=LedgerSource.COUNTER,
            proposal_id=None,
            user_id=self.user_id,
            as_of=as_of,
            allow_partial=may_partial,
        )
        return await self._result(applied.entry, paid_off=applied.paid_off)

    async def reverse_transaction(
        self, transaction_id: int, *, receipt_mode: ReceiptMode, reason: str, as_of: date
    ) -> PaymentResult:
        reversal = await self.reverse(
            transaction_id, receipt_mode=receipt_mode, reason=reason, user_id=self.user_id, as_of=as_of
        )
        return await self._result(reversal, paid_off=False)

    async def _result(self, entry: PaymentTransaction, *, paid_off: bool) -> PaymentResult:
        policy_id = await self.repo.policy_id_of(entry.payment_id)
        timeline = await self.policy_payments(policy_id)
        installment = next(i for i in timeline.installments if i.id == entry.payment_id)
        read = next(e for e in installment.entries if e.id == entry.id)
        return PaymentResult(
            transaction=read, installment=installment, policy_status=timeline.policy.status, paid_off=paid_off
        )

    # == edit (the seven legacy checks) ============================================================
    async def _settings(self) -> tuple[int, int, int]:
        past = int(await get_value(self.session, "payment_edit_max_months_past", DEFAULT_MONTHS_PAST))
        future = int(await get_value(self.session, "payment_edit_max_months_future", DEFAULT_MONTHS_FUTURE))
        days = int(await get_value(self.session, "delivery_paid_max_days_diff", DEFAULT_DELIVERY_DAYS))
        return past, future, days

    async def _check_paid_date_window(self, paid_date: date, as_of: date) -> None:
        past, future, _ = await self._settings()
        oldest, latest = add_months(as_of, -past), add_months(as_of, future)
        if paid_date < oldest:
            message = (
                f"La fecha real de pago no puede ser anterior al {oldest:%d/%m/%Y} ({past} meses atrás)."
            )
            raise exc.PaidDateTooOldError(message, fields={"paid_date": message})
        if paid_date > latest:
            message = (
                f"La fecha real de pago no puede ser posterior al {latest:%d/%m/%Y} ({future} mes adelante)."
            )
            raise exc.PaidDateInFutureError(message, fields={"paid_date": message})

    async def edit(self, installment_id: int, body: PaymentEditIn, *, as_of: date) -> InstallmentTimeline:
        sent = body.model_fields_set
        policy_id = await self.repo.policy_id_of(installment_id)
        await self.repo.lock_policy(policy_id)
        installments = await self.repo.lock_installments(policy_id)
        installment = next(p for p in installments if p.id == installment_id)
        if installment.status == PaymentStatus.CANCELLED:
            raise exc.InstallmentCancelledError()

        def merged(name: str) -> Any:
            return getattr(body, name) if name in sent else getattr(installment, name)

        requested = body.status if "status" in sent and body.status is not None else installment.status
        was_paid = installment.status == PaymentStatus.PAID
        if was_paid and requested != PaymentStatus.PAID:
            raise exc.UseReversalError(fields={"status": exc.UseReversalError.message})
        if requested == PaymentStatus.CANCELLED:
            message = "Las mensualidades solo se cancelan al cancelar la póliza."
            raise ValidationFailedError(message, code="STATUS_NOT_EDITABLE", fields={"status": message})
        becomes_paid = not was_paid and requested == PaymentStatus.PAID
        final_paid = was_paid or becomes_paid
        collector_id = merged("collector_id")
        if "collector_id" in sent and collector_id is not None:
            employee = await self.repo.employee(collector_id)
            if employee is None or not employee.is_active:
                message = "El cobrador no existe o no está activo."
                raise ValidationFailedError(
                    message, code="COLLECTOR_NOT_FOUND", fields={"collector_id": message}
                )
        receipt_number = merged("receipt_number")
        receipt_number = receipt_number.strip().upper() if receipt_number else None
        receipt_changed = receipt_number is not None and receipt_number != installment.receipt_number

        # 1. a receipt number must be verified (for the collector of the payment, or OFICINA)
        if receipt_changed:
            assert receipt_number is not None
            check = await self._receipts(self.user_id).check(
                receipt_number, holder_employee_id=collector_id, policy_id=policy_id
            )
            if not check.verified:
                raise exc.ReceiptNotVerifiedError(
                    f"El recibo no está verificado: {check.message}", fields={"receipt_number": check.message}
                )
        if becomes_paid and receipt_number is None:
            raise exc.ReceiptRequiredError(fields={"receipt_number": "Indica el recibo del pago."})
        if receipt_changed and not final_paid:
            raise exc.ReceiptRequiresPaidError(
                fields={"receipt_number": "Marca la mensualidad como pagada para registrar su recibo."}
            )
        # 2. a paid date needs status paid
        paid_date = merged("paid_date")
        if paid_date is not None and not final_paid:
            raise exc.PaidDateRequiresPaidError(fields={"paid_date": exc.PaidDateRequiresPaidError.message})
        if becomes_paid and paid_date is None:
            paid_date = as_of
        if final_paid and "paid_date" in sent and body.paid_date is None:
            message = "Una mensualidad pagada necesita su fecha real de pago."
            raise ValidationFailedError(message, code="PAID_DATE_REQUIRED", fields={"paid_date": message})
        # 3-4. paid date at most N months in the past and M months in the future
        if paid_date is not None and ("paid_date" in sent or becomes_paid):
            await self._check_paid_date_window(paid_date, as_of)
        # 5. office delivery status: pending | delivered
        delivery = merged("office_delivery_status")
        delivery_value = delivery.value if isinstance(delivery, OfficeDeliveryStatus) else delivery
        if delivery_value is not None and delivery_value not in {s.value for s in OfficeDeliveryStatus}:
            raise exc.DeliveryStatusInvalidError(
                fields={"office_delivery_status": "Valor no permitido. Opciones: «pending» o «delivered»."}
            )
        # 6. delivered needs a delivery date
        delivery_date = merged("office_delivery_date")
        if delivery_value == OfficeDeliveryStatus.DELIVERED.value and delivery_date is None:
            raise exc.DeliveryDateRequiredError(
                fields={"office_delivery_date": "Indica la fecha de entrega en oficina."}
            )
        # 7. |delivery date - paid date| <= N days
        _, _, max_days = await self._settings()
        if (
            delivery_date is not None
            and paid_date is not None
            and abs((delivery_date - paid_date).days) > max_days
        ):
            message = (
                f"La fecha de entrega ({delivery_date:%d/%m/%Y}) debe estar a no más de {max_days} días "
                f"de la fecha real de pago ({paid_date:%d/%m/%Y})."
            )
            raise exc.DeliveryDateTooFarError(message, fields={"office_delivery_date": message})
        method = merged("payment_method")
        if becomes_paid and method is None:
            message = "Indica la forma de pago."
            raise ValidationFailedError(
                message, code="PAYMENT_METHOD_REQUIRED", fields={"payment_method": message}
            )

        before = snapshot(installment, exclude=_TIMESTAMPS)
        if becomes_paid:
            assert paid_date is not None and receipt_number is not None
            await self._apply(
                installment.id,
                amount=remaining_of(installment),
                method=method,
                paid_date=paid_date,
                receipt_number=receipt_number,
                collector_id=collector_id,
                holder_id=collector_id,
                source=LedgerSource.EDIT,
                proposal_id=None,
                user_id=self.user_id,
                as_of=as_of,
            )
            before_rest = snapshot(installment, exclude=_TIMESTAMPS)
        else:
            before_rest = before
            if receipt_changed and was_paid:
                await self._swap_receipt(installment, receipt_number, collector_id, policy_id)
        # the remaining fields (the money fields of a new payment were set by _apply)
        if was_paid:
            for name in ("paid_date", "payment_method", "collector_id", "receipt_number"):
                if name in sent:
                    setattr(
                        installment, name, receipt_number if name == "receipt_number" else getattr(body, name)
                    )
        if "office_delivery_status" in sent:
            installment.office_delivery_status = (
                OfficeDeliveryStatus(delivery_value) if delivery_value is not None else None
            )
        if "office_delivery_date" in sent:
            installment.office_delivery_date = body.office_delivery_date
        if "comments" in sent:
            installment.comments = body.comments
        await self.session.flush()
        b, a = diff(before_rest, snapshot(installment, exclude=_TIMESTAMPS))
        if a:
            await self._audit("payment", installment.id, "update", b, a, self.user_id)
        if not becomes_paid:
            await recompute_policy_statuses(
                self.session, [policy_id], as_of, STATUS_TRIGGER, user_id=self.user_id
            )
            card = await self.repo.lock_card(policy_id)
            await self._payoff_check(installments, card, self.user_id)
            if a:
                event_bus.publish(
                    PAYMENT_UPDATED,
                    {"installment_id": installment.id, "policy_id": policy_id, "changed": sorted(a)},
                )
        timeline = await self.policy_payments(policy_id)
        return next(i for i in timeline.installments if i.id == installment.id)

    async def _swap_receipt(
        self, installment: Payment, number: str | None, collector_id: int | None, policy_id: int
    ) -> None:
        """Receipt sync of a paid installment whose receipt number changed: the new one is used,
        the old one (if this installment used it) goes back to its holder."""
        receipts = self._receipts(self.user_id)
        old = (
            await self.repo.receipt_by_number(installment.receipt_number)
            if installment.receipt_number
            else None
        )
        assert number is not None
        await receipts.use(
            number,
            payment_id=installment.id,
            policy_id=policy_id,
            holder_employee_id=collector_id,
            at=self._now(),
        )
        if old is not None and old.payment_id == installment.id:
            await receipts.release(old.id, mode="return", at=self._now())

    # == problem ===============================================================================
    async def mark_problem(
        self, installment_id: int, *, note: str, resolved: bool, today: date
    ) -> InstallmentTimeline:
        policy_id = await self.repo.policy_id_of(installment_id)
        policy = await self.repo.lock_policy(policy_id)
        installments = await self.repo.lock_installments(policy_id)
        installment = next(p for p in installments if p.id == installment_id)
        before = {"has_problem": installment.has_problem, "comments": installment.comments}
        line = f"[{today:%d/%m/%Y}] {'Problema resuelto' if resolved else 'Problema'}: {note}"
        installment.has_problem = not resolved
        installment.comments = f"{installment.comments}\n{line}" if installment.comments else line
        await self.session.flush()
        await self._audit(
            "payment",
            installment.id,
            "problem_resolved" if resolved else "problem_marked",
            before,
            {"has_problem": installment.has_problem, "comments": installment.comments},
            self.user_id,
        )
        if not resolved and not policy.has_payment_issues:
            # the policy's payment-issue flag (AMPLIA SELECT criterion, domain.md §3)
            policy.has_payment_issues = True
            await self.session.flush()
            await self._audit(
                "policy",
                policy.id,
                "payment_issue_flagged",
                {"has_payment_issues": False},
                {"has_payment_issues": True},
                self.user_id,
            )
        event_bus.publish(
            PAYMENT_PROBLEM,
            {"installment_id": installment.id, "policy_id": policy.id, "resolved": resolved, "note": note},
        )
        timeline = await self.policy_payments(policy_id)
        return next(i for i in timeline.installments if i.id == installment.id)

    # == reads ==================================================================================
    async def search(self, query: PaymentQuery) -> Page[PaymentRow]:
        rows, total = await self.repo.page_rows(
            self.filters(query), page=query.page, size=query.size, sort=query.sort
        )
        return Page(items=[self.row(r) for r in rows], total=total, page=query.page, size=query.size)

    @staticmethod
    def filters(query: PaymentQuery) -> PaymentFilters:
        return PaymentFilters(
            q=query.q,
            policy_id=query.policy_id,
            folio=query.folio,
            payment_plans=tuple(query.payment_plan),
            statuses=tuple(query.status),
            collector_id=query.collector_id,
            method=query.method,
            due_from=query.due_from,
            due_to=query.due_to,
            paid_from=query.paid_from,
            paid_to=query.paid_to,
            has_problem=query.has_problem,
        )

    @staticmethod
    def row(r: Any) -> PaymentRow:
        settled = r.status in (PaymentStatus.PAID, PaymentStatus.CANCELLED)
        partial_paid = Decimal(r.partial_paid).quantize(Decimal("0.01"))
        return PaymentRow(
            id=r.id,
            policy_id=r.policy_id,
            folio=r.folio,
            client_name=r.client_name,
            payment_number=r.payment_number,
            due_date=r.due_date,
            amount=r.amount,
            status=r.status,
            paid_date=r.paid_date,
            paid_amount=r.paid_amount,
            payment_method=r.payment_method,
            receipt_number=r.receipt_number,
            collector_id=r.collector_id,
            collector_label=person_label(r.collector_code, r.collector_name) if r.collector_id else None,
            office_delivery_status=r.office_delivery_status,
            office_delivery_date=r.office_delivery_date,
            has_problem=r.has_problem,
            comments=r.comments,
            partial_paid=partial_paid,
            remaining=ZERO if settled else max(r.amount - partial_paid, ZERO),
        )

    async def export_rows(self, query: PaymentQuery) -> AsyncIterator[list[PaymentRow]]:
        async for batch in self.repo.stream_rows(self.filters(query), sort=query.sort):
            yield [self.row(r) for r in batch]

    # == PDFs ====================================================================================
    async def receipt_pdf(self, transaction_id: int) -> tuple[bytes, str]:
        entry, installment, policy, client, collector = await self.repo.transaction_context(transaction_id)
        timeline = await self.policy_payments(policy.id)
        line = next(i for i in timeline.installments if i.id == installment.id)
        read = next(e for e in line.entries if e.id == entry.id)
        context = receipt_context(
            entry,
            installment,
            policy,
            client,
            collector,
            label=read.label,
            remaining=line.remaining,
            printed_at=self._now(),
        )
        name = f"recibo-{policy.folio}-{entry.receipt_number or entry.id}.pdf"
        return await render("receipt.html", context), name

    async def statement_pdf(self, policy_id: int, *, as_of: date) -> tuple[bytes, str]:
        timeline = await self.policy_payments(policy_id)
        context = statement_context(timeline, as_of=as_of, printed_at=self._now())
        return await render("statement.html", context), f"estado-de-cuenta-{timeline.policy.folio}.pdf"

    async def policy_payments(self, policy_id: int) -> PolicyPayments:
        """The per-policy timeline in two queries: the policy with its installments and partials,
        then its ledger."""
        policy = await self.repo.policy_with_installments(policy_id)
        entries = await self.repo.policy_entries(policy_id)
        reversed_by = {row[0].reverses_id: row[0].id for row in entries if row[0].reverses_id is not None}
        partial_numbers = {pp.id: pp.partial_number for p in policy.payments for pp in p.partials}
        partial_counts = {p.id: len(p.partials) for p in policy.payments}
        by_installment: dict[int, list[LedgerEntryRead]] = {}
        for entry, number, code, name in entries:
            of = partial_counts.get(entry.payment_id, 0)
            read = LedgerEntryRead(
                id=entry.id,
                payment_id=entry.payment_id,
                payment_number=number,
                kind=entry.kind,
                kind_label=KIND_LABELS[entry.kind],
                source=entry.source,
                label=entry_label(entry, number, partial_numbers.get(entry.partial_payment_id or 0), of),
                amount=entry.amount,
                method=entry.method,
                receipt_id=entry.receipt_id,
                receipt_number=entry.receipt_number,
                paid_date=entry.paid_date,
                collector_id=entry.collector_id,
                collector_label=person_label(code, name) if entry.collector_id else None,
                partial_payment_id=entry.partial_payment_id,
                proposal_id=entry.proposal_id,
                reverses_id=entry.reverses_id,
                reversed_by_id=reversed_by.get(entry.id),
                reason=entry.reason,
                created_by_user_id=entry.created_by_user_id,
                created_at=entry.created_at,
            )
            by_installment.setdefault(entry.payment_id, []).append(read)
        installments = []
        paid_total = ZERO
        remaining_total = ZERO
        for p in policy.payments:
            applied = applied_total(p)
            remaining = remaining_of(p)
            paid_total += p.amount if p.status == PaymentStatus.PAID else applied
            remaining_total += remaining
            installments.append(
                InstallmentTimeline(
                    id=p.id,
                    payment_number=p.payment_number,
                    due_date=p.due_date,
                    amount=p.amount,
                    status=p.status,
                    paid_date=p.paid_date,
                    paid_amount=p.paid_amount,
                    partial_paid=applied,
                    remaining=remaining,
                    payment_method=p.payment_method,
                    receipt_number=p.receipt_number,
                    collector_id=p.collector_id,
                    office_delivery_status=p.office_delivery_status,
                    office_delivery_date=p.office_delivery_date,
                    has_problem=p.has_problem,
                    comments=p.comments,
                    partials=partial_reads(p),
                    entries=by_installment.get(p.id, []),
                )
            )
        card = policy.card
        holder = None
        if card is not None:
            if card.holder == CardHolder.COLLECTOR and card.holder_employee is not None:
                e = card.holder_employee
                holder = person_label(e.code, " ".join(x for x in (e.first_name, e.last_name) if x))
            else:
                holder = HOLDER_LABELS.get(card.holder, card.holder.value)
        return PolicyPayments(
            policy=PolicyHeader(
                id=policy.id,
                folio=policy.folio,
                client_id=policy.client_id,
                client_name=policy.client.full_name,
                coverage_name=policy.coverage.name,
                payment_plan=policy.payment_plan,
                status=policy.status,
                prima_total=policy.prima_total,
                is_restructured=policy.is_restructured,
                effective_date=policy.effective_date,
                expiration_date=policy.expiration_date,
                card_holder=holder,
                card_status=card.status.value if card is not None else None,
            ),
            paid_total=paid_total,
            remaining_total=remaining_total,
            installments=installments,
        )

    # == restructure "contado a cuotas" ============================================================
    async def _plan(
        self, policy: Policy, installments: list[Payment], n: int, as_of: date
    ) -> RestructurePlan:
        coverage = await self.repo.coverage(policy.coverage_id)
        monthly_7_allowed = PaymentPlan.MONTHLY_7 in allowed_plans(coverage.category)
        late_days = int(await get_value(self.session, "late_days_max", 5))
        low = int(await get_value(self.session, "restructure_min_installments", 2))
        high = int(await get_value(self.session, "restructure_max_installments", 12))
        return plan_restructure(
            policy,
            installments,
            n,
            as_of=as_of,
            credit_price=coverage.credit_price,
            late_days=late_days,
            bounds=(low, high),
            monthly_7_allowed=monthly_7_allowed,
        )

    async def restructure_preview(self, policy_id: int, n: int, *, as_of: date) -> RestructurePreview:
        policy = await self.repo.policy_with_installments(policy_id)
        plan = await self._plan(policy, list(policy.payments), n, as_of)
        return self._preview(policy, plan)

    @staticmethod
    def _preview(policy: Policy, plan: RestructurePlan) -> RestructurePreview:
        return RestructurePreview(
            policy_id=policy.id,
            eligible=not plan.reasons,
            reasons=list(plan.reasons),
            installments=plan.n,
            basis=plan.basis,
            paid_total=plan.paid_total,
            plan_before=policy.payment_plan,
            plan_after=plan.plan_after,
            is_restructured_after=plan.is_restructured_after,
            prima_total_after=plan.prima_total_after,
            cancelled=[
                RestructureLine(payment_number=p.payment_number, due_date=p.due_date, amount=p.amount)
                for p in plan.cancelled
            ],
            new_installments=[
                RestructureLine(payment_number=line.number, due_date=line.due_date, amount=line.amount)
                for line in plan.lines
            ],
        )

    async def restructure(self, policy_id: int, n: int, *, as_of: date) -> RestructurePreview:
        policy = await self.repo.lock_policy(policy_id)
        installments = await self.repo.lock_installments(policy_id)
        plan = await self._plan(policy, installments, n, as_of)
        if plan.reasons:
            raise exc.RestructureRefusedError(
                "No se puede reestructurar: " + " ".join(plan.reasons),
                fields={"installments": plan.reasons[0]},
            )
        preview = self._preview(policy, plan)
        policy_before = {
            "payment_plan": policy.payment_plan.value,
            "prima_total": f"{policy.prima_total:.2f}",
            "is_restructured": policy.is_restructured,
        }
        for payment in plan.cancelled:
            old = payment.status.value
            payment.status = PaymentStatus.CANCELLED
            await self._audit(
                "payment",
                payment.id,
                "restructure_cancelled",
                {"status": old},
                {"status": "cancelled"},
                self.user_id,
            )
        seller_id = next((p.seller_id for p in plan.cancelled if p.seller_id), policy.seller_id)
        new = [
            Payment(
                policy_id=policy.id,
                payment_number=line.number,
                due_date=line.due_date,
                amount=line.amount,
                status=PaymentStatus.PENDING,
                seller_id=seller_id,
            )
            for line in plan.lines
        ]
        await self.repo.add(*new)
        for payment in new:
            await self._audit(
                "payment",
                payment.id,
                "restructure_insert",
                None,
                snapshot(payment, exclude=_TIMESTAMPS),
                self.user_id,
            )
        policy.payment_plan = plan.plan_after
        policy.prima_total = plan.prima_total_after
        policy.is_restructured = plan.is_restructured_after
        await self.session.flush()
        await self._audit(
            "policy",
            policy.id,
            "restructured",
            policy_before,
            {
                "payment_plan": policy.payment_plan.value,
                "prima_total": f"{policy.prima_total:.2f}",
                "is_restructured": policy.is_restructured,
                "installments": plan.n,
                "basis": f"{plan.basis:.2f}",
                "cancelled_payment_numbers": [p.payment_number for p in plan.cancelled],
                "new_payment_numbers": [line.number for line in plan.lines],
            },
            self.user_id,
        )
        await recompute_policy_statuses(
            self.session, [policy.id], as_of, STATUS_TRIGGER, user_id=self.user_id
        )
        event_bus.publish(
            POLICY_RESTRUCTURED,
            {
                "policy_id": policy.id,
                "folio": policy.folio,
                "seller_id": policy.seller_id,
                "client_id": policy.client_id,
                "installments": plan.n,
                "basis": f"{plan.basis:.2f}",
                "plan": policy.payment_plan.value,
                "user_id": self.user_id,
            },
        )
        return preview

    # == helpers =================================================================================
    async def _move_card(
        self,
        card: Card,
        holder: CardHolder,
        employee_id: int | None,
        status: CardStatus,
        reason: str,
        user_id: int | None,
    ) -> None:
        before = card_state(card)
        if card.holder != holder or card.holder_employee_id != employee_id:
            await self.repo.add_assignment(
                CollectionAssignment(
                    card_id=card.id,
                    from_holder=card.holder,
                    from_employee_id=card.holder_employee_id,
                    to_holder=holder,
                    to_employee_id=employee_id,
                    assigned_by_user_id=user_id,
                    reason=reason,
                )
            )
        card.holder = holder
        card.holder_employee_id = employee_id
        card.status = status
        await self.session.flush()
        after = card_state(card)
        if after != before:
            await self._audit("card", card.id, "reassigned", before, after, user_id)

    async def _audit(
        self,
        table: str,
        record_id: Any,
        action: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        user_id: int | None,
    ) -> None:
        await record_audit(
            self.session,
            table=table,
            record_id=record_id,
            action=action,
            before=before,
            after=after,
            user_id=user_id,
        )


__all__ = [
    "PAYMENT_COMPLETED",
    "PAYMENT_REVERSED",
    "PaymentPlan",
    "PaymentService",
    "PolicyStatus",
    "ReversalHook",
    "reversal_hooks",
]
