"""The authorization workflow (domain.md §4-§5, screens §1.6, §1.26, §2.9, §2.15).

Payment proposals: created from the field apps (idempotent), reviewed by the office one at a
time. Approval locks the proposal row (``FOR UPDATE``), checks its state and applies the payment
through ``PaymentService.apply`` in the same transaction (installment, ledger, receipt, statuses,
card, audit): of 20 concurrent approvals exactly one applies, the others find the proposal decided
(409 PROPOSAL_ALREADY_DECIDED). Amounts at or above ``proposal_manager_threshold`` need a manager
of Cobranza, an admin or ``proposals.approve_high``.

Policy submissions: the seller app's policy capture, stored as pending; approval creates the policy
through ``PolicyService.create`` exactly as an office creation (folio, installments, card, status).

Events (after commit): ``proposal.created|approved|rejected|cancelled``,
``policy_submission.created|claimed|approved|rejected``; the realtime module turns them into socket
events.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Final

from geoalchemy2.elements import WKTElement
from redis.asyncio import Redis
from sqlalchemy import Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import diff, record_audit, snapshot
from app.core.clock import MEXICO_CITY, Clock
from app.core.config import get_settings
from app.core.events import event_bus
from app.core.schemas import Page
from app.models.enums import PaymentStatus, PolicyStatus, ProposalStatus, SubmissionStatus
from app.models.ledger import PaymentTransaction
from app.models.proposal import PaymentProposal
from app.models.submission import PolicySubmission
from app.modules.admin.settings import get_value
from app.modules.auth.dependencies import Principal
from app.modules.authorization import exceptions as exc
from app.modules.authorization.repository import ProposalRepository, SubmissionRepository
from app.modules.authorization.schemas import (
    ApproveWithCorrectionsIn,
    CheckLevel,
    MyProposalQuery,
    PendingCounts,
    PendingView,
    ProposalChecks,
    ProposalCreate,
    ProposalQuery,
    ProposalRead,
    StatusTotal,
    SubmissionCreate,
    SubmissionQuery,
    SubmissionRead,
    SubmissionRejectIn,
)
from app.modules.files.service import FileService
from app.modules.payments.service import PaymentService, reversal_hooks
from app.modules.policies.schemas import PolicyCreate
from app.modules.policies.service import Actor, PolicyService
from app.modules.quotes.client import QuotesClient
from app.modules.receipts.service import CheckResult, ReceiptService

ZERO: Final = Decimal("0.00")
DEFAULT_THRESHOLD: Final = Decimal("5000.00")
DEFAULT_STALE_HOURS: Final = 48
#: adjusters collect only installments less than this many days late (domain.md §2)
ADJUSTER_MAX_DAYS_LATE: Final = 5
PENDING_VIEW_LIMIT: Final = 50

PROPOSAL_CREATED: Final = "proposal.created"
PROPOSAL_APPROVED: Final = "proposal.approved"
PROPOSAL_REJECTED: Final = "proposal.rejected"
PROPOSAL_CANCELLED: Final = "proposal.cancelled"
PROPOSAL_REVERSED: Final = "proposal.reversed"
SUBMISSION_CREATED: Final = "policy_submission.created"
SUBMISSION_CLAIMED: Final = "policy_submission.claimed"
SUBMISSION_APPROVED: Final = "policy_submission.approved"
SUBMISSION_REJECTED: Final = "policy_submission.rejected"

OPEN: Final = (ProposalStatus.PENDING, ProposalStatus.UNDER_REVIEW)
_UNPAID: Final = (PaymentStatus.PENDING, PaymentStatus.LATE, PaymentStatus.OVERDUE)
_TIMESTAMPS: Final = frozenset({"created_at", "updated_at"})
_CRITICAL_RECEIPT: Final = frozenset(
    {
        CheckResult.UNKNOWN,
        CheckResult.USED_ON_OTHER_POLICY,
        CheckResult.USED,
        CheckResult.LOST,
        CheckResult.CANCELLED,
    }
)


def _unique_violation(error: IntegrityError, name: str) -> bool:
    return name in str(error.orig)


async def manager_threshold(session: AsyncSession) -> Decimal:
    return Decimal(str(await get_value(session, "proposal_manager_threshold", str(DEFAULT_THRESHOLD))))


async def stale_hours(session: AsyncSession) -> int:
    return int(await get_value(session, "proposal_stale_hours", DEFAULT_STALE_HOURS))


def may_approve_high(principal: Principal) -> bool:
    """A department manager of Cobranza, an admin, or an explicit ``proposals.approve_high``."""
    return principal.manages("cobranza") or principal.is_admin or principal.can("proposals.approve_high")


async def compute_checks(
    proposals: ProposalRepository, receipts: ReceiptService, proposal: PaymentProposal
) -> ProposalChecks:
    """The reviewer's automatic checks (screens §2.15): recorded vs expected (what remains of the
    installment now) and the receipt's validity for the proposal's author and policy."""
    installment = await proposals.installment(proposal.payment_id)
    assert installment is not None  # FK
    applied = Decimal(await proposals.applied_partials(installment.id))
    settled = installment.status in (PaymentStatus.PAID, PaymentStatus.CANCELLED)
    expected = ZERO if settled else max(installment.amount - applied, ZERO)
    verdict = await receipts.check(
        proposal.receipt_number,
        holder_employee_id=proposal.author_employee_id,
        policy_id=proposal.policy_id,
    )
    difference = proposal.amount - expected
    if verdict.result == CheckResult.VALID:
        receipt_level = CheckLevel.OK
    elif verdict.result in _CRITICAL_RECEIPT:
        receipt_level = CheckLevel.CRITICAL
    else:
        receipt_level = CheckLevel.WARNING
    return ProposalChecks(
        expected_amount=expected,
        recorded_amount=proposal.amount,
        difference=difference,
        amount_matches=difference == ZERO,
        amount_level=CheckLevel.OK if difference == ZERO else CheckLevel.WARNING,
        is_partial=ZERO < proposal.amount < expected,
        receipt_result=verdict.result.value,
        receipt_message=verdict.message,
        receipt_level=receipt_level,
        installment_status=installment.status,
        days_late=max((proposal.local_date - installment.due_date).days, 0),
    )


async def mark_proposal_reversed(
    session: AsyncSession, entry: PaymentTransaction, user_id: int | None
) -> dict[str, Any] | None:
    """Reversal hook (payments module): the proposal that produced a reversed payment is marked
    ``reversed``, in the reversal's transaction (domain.md §4)."""
    if entry.proposal_id is None:
        return None
    proposal = await ProposalRepository(session).get_or_none(entry.proposal_id, for_update=True)
    if proposal is None:
        return None
    before = snapshot(proposal, exclude=_TIMESTAMPS)
    proposal.status = ProposalStatus.REVERSED
    await session.flush()
    old, new = diff(before, snapshot(proposal, exclude=_TIMESTAMPS))
    await record_audit(
        session,
        table="payment_proposal",
        record_id=proposal.id,
        action="reverse",
        before=old,
        after=new,
        user_id=user_id,
    )
    event_bus.publish(
        PROPOSAL_REVERSED,
        {
            "proposal_id": proposal.id,
            "policy_id": proposal.policy_id,
            "author_user_id": proposal.author_user_id,
        },
    )
    return {"id": proposal.id, "status": ProposalStatus.REVERSED.value}


if mark_proposal_reversed not in reversal_hooks:
    reversal_hooks.append(mark_proposal_reversed)


class AuthorizationService:
    def __init__(
        self,
        session: AsyncSession,
        *,
        principal: Principal,
        clock: Clock,
        redis: Redis | None = None,
        own: bool = False,
    ) -> None:
        """``own``: the caller's own proposals / submissions only (anyone else's answers 404)."""
        self.session = session
        self.principal = principal
        self.clock = clock
        self.redis = redis
        self.proposals = ProposalRepository(
            session, author_employee_id=principal.employee_id if own else None
        )
        self.submissions = SubmissionRepository(
            session, seller_employee_id=principal.employee_id if own else None
        )
        self.receipts = ReceiptService(session, user_id=principal.user_id, now=clock.now)

    # == proposals: reads =======================================================================
    async def _checks(self, proposal: PaymentProposal) -> ProposalChecks:
        return await compute_checks(self.proposals, self.receipts, proposal)

    async def _read(self, row: Row[Any], *, threshold: Decimal, stale_before: datetime) -> ProposalRead:
        proposal: PaymentProposal = row[0]
        if proposal.status in OPEN:
            checks: ProposalChecks | None = await self._checks(proposal)
        else:
            checks = ProposalChecks.model_validate(proposal.checks) if proposal.checks else None
        data = dict(row._mapping)
        data.pop("PaymentProposal", None)
        return ProposalRead(
            **{k: getattr(proposal, k) for k in _PROPOSAL_FIELDS},
            **data,
            is_stale=proposal.status in OPEN and proposal.created_at < stale_before,
            needs_manager=proposal.amount >= threshold,
            checks=checks,
        )

    async def _context(self) -> tuple[Decimal, datetime]:
        hours = await stale_hours(self.session)
        return await manager_threshold(self.session), self.clock.now() - timedelta(hours=hours)

    async def get_proposal(self, proposal_id: int) -> ProposalRead:
        row = await self.proposals.row(proposal_id)
        if row is None:
            raise exc.ProposalNotFoundError()
        threshold, stale_before = await self._context()
        return await self._read(row, threshold=threshold, stale_before=stale_before)

    async def list_proposals(self, query: ProposalQuery) -> Page[ProposalRead]:
        threshold, stale_before = await self._context()
        stmt = self.proposals.filtered(
            self.proposals.rows_statement(),
            statuses=query.status,
            author_employee_id=query.collector_id,
            date_from=query.date_from,
            date_to=query.date_to,
        )
        if query.stale:
            stmt = self.proposals.filtered(stmt, statuses=OPEN, created_before=stale_before)
        rows, total = await self.proposals.page_rows(stmt, page=query.page, size=query.size, sort=query.sort)
        items = [await self._read(r, threshold=threshold, stale_before=stale_before) for r in rows]
        return Page(items=items, total=total, page=query.page, size=query.size)

    async def list_mine(self, query: MyProposalQuery) -> Page[ProposalRead]:
        threshold, stale_before = await self._context()
        stmt = self.proposals.filtered(
            self.proposals.rows_statement(),
            statuses=query.status,
            date_from=query.date_from,
            date_to=query.date_to,
        )
        sort = query.sort or "-created_at"
        rows, total = await self.proposals.page_rows(stmt, page=query.page, size=query.size, sort=sort)
        items = [await self._read(r, threshold=threshold, stale_before=stale_before) for r in rows]
        return Page(items=items, total=total, page=query.page, size=query.size)

    async def my_totals(self, query: MyProposalQuery) -> list[StatusTotal]:
        rows = await self.proposals.summary_by_status(date_from=query.date_from, date_to=query.date_to)
        return [StatusTotal(status=r[0], count=int(r[1]), amount=Decimal(r[2])) for r in rows]

    # == proposals: creation ====================================================================
    async def create_proposal(self, body: ProposalCreate, *, idempotency_key: str | None) -> ProposalRead:
        principal = self.principal
        today = self.clock.today()
        installment = await self.proposals.installment(body.payment_id)
        if installment is None:
            raise exc.InstallmentNotFoundError(fields={"payment_id": "No existe."})
        policy = await self.proposals.policy(installment.policy_id)
        assert policy is not None
        if policy.status in (PolicyStatus.CANCELLED, PolicyStatus.SUSPENDED):
            raise exc.PolicyNotCollectableError()
        if installment.status not in _UNPAID:
            raise exc.InstallmentNotPayableError()
        remaining = installment.amount - Decimal(await self.proposals.applied_partials(installment.id))
        if body.amount > remaining:
            raise exc.AmountAboveRemainingError(
                f"El monto ({body.amount:,.2f}) es mayor que lo que falta por pagar ({remaining:,.2f}).",
                fields={"amount": f"Máximo {remaining:.2f}."},
            )
        snap = principal.snapshot
        if snap.is_adjuster and not (snap.is_collector or snap.is_seller):
            days_late = (today - installment.due_date).days
            if days_late >= ADJUSTER_MAX_DAYS_LATE:
                raise exc.AdjusterTooLateError(
                    f"Este pago tiene {days_late} días de atraso: los ajustadores solo cobran pagos con "
                    f"menos de {ADJUSTER_MAX_DAYS_LATE} días de atraso."
                )
        if await self.proposals.open_for_policy_on(policy.id, today) is not None:
            raise exc.ProposalAlreadyOpenTodayError()
        if await self.proposals.holding_receipt(body.receipt_number) is not None:
            raise exc.ReceiptInOpenProposalError(
                fields={"receipt_number": "Ya está en otra propuesta abierta."}
            )
        proposal = PaymentProposal(
            policy_id=policy.id,
            payment_id=installment.id,
            amount=body.amount,
            method=body.method,
            receipt_number=body.receipt_number,
            photo_file_id=body.photo_file_id,
            location=WKTElement(f"POINT({body.longitude} {body.latitude})", srid=4326),
            device_id=body.device_id or principal.device_id,
            idempotency_key=idempotency_key,
            local_date=today,
            status=ProposalStatus.PENDING,
            author_employee_id=principal.employee_id,
            author_user_id=principal.user_id,
            checks={},
            created_at=self.clock.now(),  # the 48 h flag counts from the clock, an input
        )
        try:
            async with self.session.begin_nested():
                await self.proposals.create(proposal)
        except IntegrityError as error:  # a concurrent twin won the race: same answers as above
            if _unique_violation(error, "uq_payment_proposal_open_policy_day"):
                raise exc.ProposalAlreadyOpenTodayError()
            if _unique_violation(error, "uq_payment_proposal_open_receipt_number"):
                raise exc.ReceiptInOpenProposalError(
                    fields={"receipt_number": "Ya está en otra propuesta abierta."}
                )
            raise
        if body.photo_file_id is not None:
            await self._attach_files(
                [body.photo_file_id], owner_table="payment_proposal", owner_id=proposal.id
            )
        checks = await self._checks(proposal)
        proposal.checks = checks.model_dump(mode="json")
        await self.session.flush()
        await record_audit(
            self.session,
            table="payment_proposal",
            record_id=proposal.id,
            action="insert",
            after=snapshot(proposal, exclude=_TIMESTAMPS),
        )
        event_bus.publish(PROPOSAL_CREATED, self._event(proposal, folio=policy.folio))
        return await self.get_proposal(proposal.id)

    async def _attach_files(self, file_ids: Sequence[uuid.UUID], *, owner_table: str, owner_id: int) -> None:
        """Photos are uploaded first (files API, ``owner_id`` still empty); the new record takes
        them, but only the caller's own uploads for this kind of record, not yet taken by another."""
        if not file_ids:
            return
        files = FileService(self.session, get_settings())
        for file_id in dict.fromkeys(file_ids):
            stored = await files.get_meta(file_id)
            if (
                stored is None
                or stored.owner_table != owner_table
                or stored.uploaded_by_user_id != self.principal.user_id
                or stored.owner_id is not None
            ):
                raise exc.PhotoNotAvailableError(fields={"photo": f"Archivo {file_id} no disponible."})
        await files.attach(list(dict.fromkeys(file_ids)), owner_table=owner_table, owner_id=owner_id)

    @staticmethod
    def _event(proposal: PaymentProposal, **extra: Any) -> dict[str, Any]:
        return {
            "proposal_id": proposal.id,
            "policy_id": proposal.policy_id,
            "payment_id": proposal.payment_id,
            "amount": f"{proposal.amount:.2f}",
            "method": proposal.method.value,
            "status": proposal.status.value,
            "author_user_id": proposal.author_user_id,
            "author_employee_id": proposal.author_employee_id,
            **extra,
        }

    # == proposals: author actions ==============================================================
    async def cancel_proposal(self, proposal_id: int) -> ProposalRead:
        proposal = await self.proposals.get(proposal_id, for_update=True)
        if proposal.status != ProposalStatus.PENDING:
            raise exc.ProposalNotPendingError()
        before = snapshot(proposal, exclude=_TIMESTAMPS)
        proposal.status = ProposalStatus.CANCELLED
        proposal.decided_at = self.clock.now()
        await self.session.flush()
        await self._audit(proposal, "cancel", before)
        event_bus.publish(PROPOSAL_CANCELLED, self._event(proposal))
        return await self.get_proposal(proposal.id)

    # == proposals: office actions ==============================================================
    async def _locked_open(self, proposal_id: int) -> PaymentProposal:
        proposal = await self.proposals.get(proposal_id, for_update=True)
        if proposal.status not in OPEN:
            raise exc.ProposalAlreadyDecidedError()
        if (
            proposal.status == ProposalStatus.UNDER_REVIEW
            and proposal.reviewer_user_id is not None
            and proposal.reviewer_user_id != self.principal.user_id
        ):
            raise exc.ProposalAlreadyClaimedError()
        return proposal

    async def _audit(self, proposal: PaymentProposal, action: str, before: dict[str, Any]) -> None:
        old, new = diff(before, snapshot(proposal, exclude=_TIMESTAMPS))
        await record_audit(
            self.session,
            table="payment_proposal",
            record_id=proposal.id,
            action=action,
            before=old,
            after=new,
        )

    async def claim_proposal(self, proposal_id: int) -> ProposalRead:
        proposal = await self._locked_open(proposal_id)
        if proposal.status == ProposalStatus.UNDER_REVIEW:  # already mine: nothing changes
            return await self.get_proposal(proposal.id)
        before = snapshot(proposal, exclude=_TIMESTAMPS)
        proposal.status = ProposalStatus.UNDER_REVIEW
        proposal.reviewer_user_id = self.principal.user_id
        proposal.claimed_at = self.clock.now()
        await self.session.flush()
        await self._audit(proposal, "claim", before)
        return await self.get_proposal(proposal.id)

    async def _check_approver(self, amount: Decimal) -> None:
        threshold = await manager_threshold(self.session)
        if amount >= threshold:
            if not may_approve_high(self.principal):
                raise exc.ManagerApprovalRequiredError(
                    f"Las propuestas de {threshold:,.2f} o más requieren la aprobación de un gerente de "
                    "Cobranza."
                )
        elif not (self.principal.can("proposals.approve") or may_approve_high(self.principal)):
            raise exc.ApprovalNotAllowedError()

    async def approve_proposal(
        self,
        proposal_id: int,
        *,
        corrections: ApproveWithCorrectionsIn | None = None,
        notes: str | None = None,
    ) -> ProposalRead:
        """Approve and apply the payment, all in the caller's transaction (or nothing)."""
        proposal = await self._locked_open(proposal_id)
        before = snapshot(proposal, exclude=_TIMESTAMPS)
        amount, receipt_number = proposal.amount, proposal.receipt_number
        changed: dict[str, Any] = {}
        if corrections is not None:
            if corrections.amount is not None and corrections.amount != proposal.amount:
                changed["amount"] = {
                    "original": f"{proposal.amount:.2f}",
                    "corrected": f"{corrections.amount:.2f}",
                }
                amount = corrections.amount
            if (
                corrections.receipt_number is not None
                and corrections.receipt_number != proposal.receipt_number
            ):
                changed["receipt_number"] = {
                    "original": proposal.receipt_number,
                    "corrected": corrections.receipt_number,
                }
                receipt_number = corrections.receipt_number
            if not changed:
                raise exc.NothingToCorrectError()
        await self._check_approver(max(amount, proposal.amount))
        now = self.clock.now()
        proposal.status = ProposalStatus.APPROVED
        proposal.reviewer_user_id = self.principal.user_id
        proposal.decided_at = now
        if changed:
            proposal.corrections = {**changed, "notes": notes or (corrections.notes if corrections else None)}
            proposal.amount = amount
            proposal.receipt_number = receipt_number
        try:
            async with self.session.begin_nested():
                await self.session.flush()
        except IntegrityError as error:
            if _unique_violation(error, "uq_payment_proposal_open_receipt_number"):
                raise exc.ReceiptInOpenProposalError(
                    fields={"receipt_number": "Ya está en otra propuesta abierta."}
                )
            raise
        await self._audit(proposal, "approve_with_corrections" if changed else "approve", before)
        payments = PaymentService(
            self.session, self.redis, user_id=self.principal.user_id, now=self.clock.now
        )
        transaction = await payments.apply(
            proposal.payment_id,
            amount=amount,
            method=proposal.method,
            paid_date=proposal.local_date,
            receipt_number=receipt_number,
            collector_id=proposal.author_employee_id,
            source="proposal",
            proposal_id=proposal.id,
            user_id=self.principal.user_id,
            as_of=self.clock.today(),
        )
        applied_before = snapshot(proposal, exclude=_TIMESTAMPS)
        proposal.status = ProposalStatus.APPLIED
        proposal.payment_transaction_id = transaction.id
        proposal.receipt_id = transaction.receipt_id
        await self.session.flush()
        await self._audit(proposal, "apply", applied_before)
        event_bus.publish(
            PROPOSAL_APPROVED,
            self._event(proposal, corrected=bool(changed), transaction_id=transaction.id, notes=notes),
        )
        return await self.get_proposal(proposal.id)

    async def reject_proposal(self, proposal_id: int, reason: str) -> ProposalRead:
        proposal = await self._locked_open(proposal_id)
        before = snapshot(proposal, exclude=_TIMESTAMPS)
        proposal.status = ProposalStatus.REJECTED
        proposal.rejection_reason = reason
        proposal.reviewer_user_id = self.principal.user_id
        proposal.decided_at = self.clock.now()
        await self.session.flush()
        await self._audit(proposal, "reject", before)
        event_bus.publish(PROPOSAL_REJECTED, self._event(proposal, reason=reason))
        return await self.get_proposal(proposal.id)

    # == policy submissions =====================================================================
    def _submission_read(self, row: Row[Any]) -> SubmissionRead:
        submission: PolicySubmission = row[0]
        return SubmissionRead(
            **{k: getattr(submission, k) for k in _SUBMISSION_FIELDS},
            seller_code=row.seller_code,
            seller_name=row.seller_name,
        )

    async def get_submission(self, submission_id: int) -> SubmissionRead:
        row = await self.submissions.row(submission_id)
        if row is None:
            raise exc.SubmissionNotFoundError()
        return self._submission_read(row)

    async def list_submissions(self, query: SubmissionQuery) -> Page[SubmissionRead]:
        stmt = self.submissions.rows_statement()
        if query.status:
            stmt = stmt.where(PolicySubmission.status.in_(query.status))
        if query.seller_id is not None:
            stmt = stmt.where(PolicySubmission.seller_employee_id == query.seller_id)
        if query.date_from is not None:
            stmt = stmt.where(PolicySubmission.created_at >= _start_of(query.date_from))
        if query.date_to is not None:
            stmt = stmt.where(PolicySubmission.created_at < _start_of(query.date_to + timedelta(days=1)))
        rows, total = await self.submissions.page_rows(
            stmt, page=query.page, size=query.size, sort=query.sort
        )
        return Page(
            items=[self._submission_read(r) for r in rows], total=total, page=query.page, size=query.size
        )

    async def create_submission(self, body: SubmissionCreate) -> SubmissionRead:
        principal = self.principal
        if not principal.snapshot.is_seller:
            raise exc.SellerOnlyError()
        policy = body.policy
        if policy.seller_id is not None and policy.seller_id != principal.employee_id:
            raise exc.SellerOnlyError(
                "Desde la app solo puedes enviar pólizas a tu nombre.",
                fields={"policy.seller_id": "Debe ser tu propio número de empleado."},
            )
        if body.resubmission_of_id is not None:
            previous = await self.submissions.get_or_none(body.resubmission_of_id)
            if (
                previous is None
                or previous.seller_employee_id != principal.employee_id
                or previous.status != SubmissionStatus.REJECTED
            ):
                raise exc.ResubmissionInvalidError(
                    fields={"resubmission_of_id": "No es una solicitud tuya rechazada."}
                )
        payload = policy.model_dump(mode="json")
        payload["seller_id"] = principal.employee_id
        submission = PolicySubmission(
            seller_employee_id=principal.employee_id,
            submitted_by_user_id=principal.user_id,
            payload=payload,
            contract_photo_file_ids=[str(f) for f in body.contract_photo_file_ids],
            status=SubmissionStatus.PENDING,
            resubmission_of_id=body.resubmission_of_id,
        )
        await self.submissions.create(submission)
        await self._attach_files(
            body.contract_photo_file_ids, owner_table="policy_submission", owner_id=submission.id
        )
        await record_audit(
            self.session,
            table="policy_submission",
            record_id=submission.id,
            action="insert",
            after=snapshot(submission, exclude=_TIMESTAMPS),
        )
        event_bus.publish(SUBMISSION_CREATED, self._submission_event(submission))
        return await self.get_submission(submission.id)

    @staticmethod
    def _submission_event(submission: PolicySubmission, **extra: Any) -> dict[str, Any]:
        return {
            "submission_id": submission.id,
            "seller_employee_id": submission.seller_employee_id,
            "submitted_by_user_id": submission.submitted_by_user_id,
            "status": submission.status.value,
            "reviewer_user_id": submission.reviewer_user_id,
            **extra,
        }

    async def _locked_open_submission(self, submission_id: int) -> PolicySubmission:
        submission = await self.submissions.get(submission_id, for_update=True)
        if submission.status not in (SubmissionStatus.PENDING, SubmissionStatus.UNDER_REVIEW):
            raise exc.SubmissionAlreadyDecidedError()
        if submission.status == SubmissionStatus.UNDER_REVIEW and submission.reviewer_user_id not in (
            None,
            self.principal.user_id,
        ):
            raise exc.SubmissionAlreadyClaimedError()
        return submission

    async def _audit_submission(
        self, submission: PolicySubmission, action: str, before: dict[str, Any]
    ) -> None:
        old, new = diff(before, snapshot(submission, exclude=_TIMESTAMPS))
        await record_audit(
            self.session,
            table="policy_submission",
            record_id=submission.id,
            action=action,
            before=old,
            after=new,
        )

    async def claim_submission(self, submission_id: int) -> SubmissionRead:
        submission = await self._locked_open_submission(submission_id)
        if submission.status == SubmissionStatus.PENDING:
            before = snapshot(submission, exclude=_TIMESTAMPS)
            submission.status = SubmissionStatus.UNDER_REVIEW
            submission.reviewer_user_id = self.principal.user_id
            submission.claimed_at = self.clock.now()
            await self.session.flush()
            await self._audit_submission(submission, "claim", before)
            event_bus.publish(SUBMISSION_CLAIMED, self._submission_event(submission))
        return await self.get_submission(submission.id)

    async def approve_submission(
        self, submission_id: int, *, notes: str | None, quotes: QuotesClient | None = None
    ) -> SubmissionRead:
        """Create the policy exactly as the office would (``PolicyService.create``), in this
        transaction: a refusal of the policies module (a taken contract folio, a vehicle with a
        live policy...) leaves the submission untouched and tells the reviewer why."""
        submission = await self._locked_open_submission(submission_id)
        before = snapshot(submission, exclude=_TIMESTAMPS)
        body = PolicyCreate.model_validate({**submission.payload, "seller_id": submission.seller_employee_id})
        if body.contract_image_file_id is None and submission.contract_photo_file_ids:
            body = body.model_copy(update={"contract_image_file_id": submission.contract_photo_file_ids[0]})
        principal = self.principal
        actor = Actor(
            user_id=principal.user_id,
            employee_id=principal.employee_id,
            is_seller=principal.snapshot.is_seller,
            # the submission names its seller (who sold it); the reviewer registers it for them
            may_assign_seller=True,
            manages_sales=principal.manages("ventas"),
        )
        created = await PolicyService(
            self.session, today=self.clock.today(), actor=actor, quotes=quotes
        ).create(body)
        submission.status = SubmissionStatus.APPROVED
        submission.policy_id = created.id
        submission.reviewer_user_id = principal.user_id
        submission.decided_at = self.clock.now()
        submission.review_notes = notes
        await self.session.flush()
        await self._audit_submission(submission, "approve", before)
        event_bus.publish(
            SUBMISSION_APPROVED, self._submission_event(submission, policy_id=created.id, folio=created.folio)
        )
        return await self.get_submission(submission.id)

    async def reject_submission(self, submission_id: int, body: SubmissionRejectIn) -> SubmissionRead:
        submission = await self._locked_open_submission(submission_id)
        before = snapshot(submission, exclude=_TIMESTAMPS)
        submission.status = SubmissionStatus.REJECTED
        submission.rejection_reason = body.reason
        submission.corrections = dict(body.corrections) or None
        submission.reviewer_user_id = self.principal.user_id
        submission.decided_at = self.clock.now()
        await self.session.flush()
        await self._audit_submission(submission, "reject", before)
        event_bus.publish(SUBMISSION_REJECTED, self._submission_event(submission, reason=body.reason))
        return await self.get_submission(submission.id)

    # == the unified pending view ===============================================================
    async def pending(self) -> PendingView:
        threshold, stale_before = await self._context()
        hours = await stale_hours(self.session)
        proposals: list[ProposalRead] = []
        counts = {"pending": 0, "under_review": 0, "stale": 0}
        if self.principal.can("proposals.read"):
            counts = await self.proposals.counts(stale_before=stale_before)
            stmt = self.proposals.filtered(self.proposals.rows_statement(), statuses=OPEN)
            rows, _ = await self.proposals.page_rows(stmt, page=1, size=PENDING_VIEW_LIMIT, sort="created_at")
            proposals = [await self._read(r, threshold=threshold, stale_before=stale_before) for r in rows]
        submissions: list[SubmissionRead] = []
        sub_counts = {"pending": 0, "under_review": 0}
        if self.principal.can("policies.approve_submission"):
            sub_counts = await self.submissions.pending_count()
            stmt = self.submissions.rows_statement().where(
                PolicySubmission.status.in_((SubmissionStatus.PENDING, SubmissionStatus.UNDER_REVIEW))
            )
            rows, _ = await self.submissions.page_rows(
                stmt, page=1, size=PENDING_VIEW_LIMIT, sort="created_at"
            )
            submissions = [self._submission_read(r) for r in rows]
        return PendingView(
            counts=PendingCounts(
                proposals_pending=counts["pending"],
                proposals_under_review=counts["under_review"],
                proposals_stale=counts["stale"],
                submissions_pending=sub_counts["pending"],
                submissions_under_review=sub_counts["under_review"],
                total=counts["pending"]
                + counts["under_review"]
                + sub_counts["pending"]
                + sub_counts["under_review"],
            ),
            stale_hours=hours,
            manager_threshold=threshold,
            proposals=proposals,
            submissions=submissions,
        )


def _start_of(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=MEXICO_CITY)


_PROPOSAL_FIELDS: Final = (
    "id",
    "policy_id",
    "payment_id",
    "amount",
    "method",
    "receipt_number",
    "receipt_id",
    "photo_file_id",
    "device_id",
    "local_date",
    "status",
    "author_employee_id",
    "reviewer_user_id",
    "claimed_at",
    "decided_at",
    "rejection_reason",
    "corrections",
    "payment_transaction_id",
    "created_at",
)
_SUBMISSION_FIELDS: Final = (
    "id",
    "seller_employee_id",
    "payload",
    "contract_photo_file_ids",
    "status",
    "policy_id",
    "resubmission_of_id",
    "reviewer_user_id",
    "claimed_at",
    "decided_at",
    "rejection_reason",
    "corrections",
    "review_notes",
    "created_at",
)
