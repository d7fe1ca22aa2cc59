"""Authorization workflow: the module's SQL (proposals and policy submissions)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, ClassVar, cast

from sqlalchemy import Row, Select, and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.repository import Repository
from app.models import Client, Employee, PartialPayment, Payment, Policy
from app.models.enums import PartialPaymentStatus, ProposalStatus, SubmissionStatus
from app.models.proposal import PaymentProposal
from app.models.submission import PolicySubmission
from app.modules.authorization.exceptions import ProposalNotFoundError, SubmissionNotFoundError

OPEN = (ProposalStatus.PENDING, ProposalStatus.UNDER_REVIEW)
RECEIPT_HOLDING = (ProposalStatus.PENDING, ProposalStatus.UNDER_REVIEW, ProposalStatus.APPROVED)

_author_name = func.concat_ws(" ", Employee.first_name, Employee.last_name, Employee.second_last_name)
_client_name = func.concat_ws(" ", Client.first_name, Client.last_name, Client.second_last_name)

#: a proposal with what a reviewer reads beside it (policy folio, client, installment, author)
ROW_COLUMNS = (
    PaymentProposal,
    Policy.folio.label("folio"),
    _client_name.label("client_name"),
    Payment.payment_number.label("payment_number"),
    Payment.amount.label("installment_amount"),
    Payment.status.label("installment_status"),
    Payment.due_date.label("due_date"),
    Employee.code.label("author_code"),
    _author_name.label("author_name"),
    func.ST_Y(func.ST_GeomFromWKB(func.ST_AsBinary(PaymentProposal.location))).label("latitude"),
    func.ST_X(func.ST_GeomFromWKB(func.ST_AsBinary(PaymentProposal.location))).label("longitude"),
)


class ProposalRepository(Repository[PaymentProposal]):
    model = PaymentProposal
    not_found_error = ProposalNotFoundError
    sortable: ClassVar = {
        "created_at": PaymentProposal.created_at,
        "amount": PaymentProposal.amount,
        "status": PaymentProposal.status,
        "local_date": PaymentProposal.local_date,
    }
    default_sort = "created_at"

    def __init__(self, session: AsyncSession, *, author_employee_id: int | None = None) -> None:
        """``author_employee_id``: "my proposals" scoping (anyone else's answers 404)."""
        super().__init__(session)
        self.author_employee_id = author_employee_id

    def base_statement(self) -> Select[Any]:
        stmt = select(PaymentProposal)
        if self.author_employee_id is not None:
            stmt = stmt.where(PaymentProposal.author_employee_id == self.author_employee_id)
        return stmt

    def rows_statement(self) -> Select[Any]:
        stmt = (
            select(*ROW_COLUMNS)
            .join(Policy, Policy.id == PaymentProposal.policy_id)
            .join(Client, Client.id == Policy.client_id)
            .join(Payment, Payment.id == PaymentProposal.payment_id)
            .join(Employee, Employee.id == PaymentProposal.author_employee_id)
        )
        if self.author_employee_id is not None:
            stmt = stmt.where(PaymentProposal.author_employee_id == self.author_employee_id)
        return stmt

    @staticmethod
    def filtered(
        stmt: Select[Any],
        *,
        statuses: Sequence[ProposalStatus] = (),
        author_employee_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        created_before: datetime | None = None,
    ) -> Select[Any]:
        if statuses:
            stmt = stmt.where(PaymentProposal.status.in_(list(statuses)))
        if author_employee_id is not None:
            stmt = stmt.where(PaymentProposal.author_employee_id == author_employee_id)
        if date_from is not None:
            stmt = stmt.where(PaymentProposal.local_date >= date_from)
        if date_to is not None:
            stmt = stmt.where(PaymentProposal.local_date <= date_to)
        if created_before is not None:
            stmt = stmt.where(PaymentProposal.created_at < created_before)
        return stmt

    async def page_rows(
        self, stmt: Select[Any], *, page: int, size: int, sort: str | None
    ) -> tuple[list[Row[Any]], int]:
        total = await self.count(stmt)
        ordered = self.apply_sort(stmt, sort)
        rows = (await self.session.execute(ordered.limit(size).offset((page - 1) * size))).all()
        return list(rows), total

    async def row(self, proposal_id: int) -> Row[Any] | None:
        stmt = self.rows_statement().where(PaymentProposal.id == proposal_id)
        row: Row[Any] | None = (await self.session.execute(stmt)).one_or_none()
        return row

    async def open_for_policy_on(self, policy_id: int, local_date: date) -> PaymentProposal | None:
        return await self.one_or_none(
            select(PaymentProposal).where(
                PaymentProposal.policy_id == policy_id,
                PaymentProposal.local_date == local_date,
                PaymentProposal.status.in_(OPEN),
            )
        )

    async def holding_receipt(self, receipt_number: str) -> PaymentProposal | None:
        return await self.one_or_none(
            select(PaymentProposal).where(
                PaymentProposal.receipt_number == receipt_number,
                PaymentProposal.status.in_(RECEIPT_HOLDING),
            )
        )

    async def counts(self, *, stale_before: datetime) -> dict[str, int]:
        stmt = select(
            func.count().filter(PaymentProposal.status == ProposalStatus.PENDING),
            func.count().filter(PaymentProposal.status == ProposalStatus.UNDER_REVIEW),
            func.count().filter(
                and_(PaymentProposal.status.in_(OPEN), PaymentProposal.created_at < stale_before)
            ),
        )
        pending, review, stale = (await self.session.execute(stmt)).one()
        return {"pending": int(pending), "under_review": int(review), "stale": int(stale)}

    async def summary_by_status(
        self, *, date_from: date | None, date_to: date | None
    ) -> list[tuple[Any, ...]]:
        totals = cast(
            Select[Any],
            select(PaymentProposal.status, func.count(), func.coalesce(func.sum(PaymentProposal.amount), 0)),
        )
        stmt = self.filtered(
            totals,
            author_employee_id=self.author_employee_id,
            date_from=date_from,
            date_to=date_to,
        ).group_by(PaymentProposal.status)
        return [tuple(r) for r in (await self.session.execute(stmt)).all()]

    # -- installments (read for the checks; the payments module owns their writes) -------------
    async def installment(self, payment_id: int) -> Payment | None:
        result = await self.session.execute(select(Payment).where(Payment.id == payment_id))
        return result.scalar_one_or_none()

    async def applied_partials(self, payment_id: int) -> Any:
        total = await self.session.scalar(
            select(func.coalesce(func.sum(PartialPayment.amount), 0)).where(
                PartialPayment.payment_id == payment_id,
                PartialPayment.status == PartialPaymentStatus.APPLIED,
            )
        )
        return total

    async def policy(self, policy_id: int) -> Policy | None:
        result = await self.session.execute(select(Policy).where(Policy.id == policy_id))
        return result.scalar_one_or_none()

    async def installments_count(self, policy_id: int) -> int:
        return int(await self.session.scalar(select(func.count()).where(Payment.policy_id == policy_id)) or 0)


class SubmissionRepository(Repository[PolicySubmission]):
    model = PolicySubmission
    not_found_error = SubmissionNotFoundError
    sortable: ClassVar = {"created_at": PolicySubmission.created_at, "status": PolicySubmission.status}
    default_sort = "created_at"

    def __init__(self, session: AsyncSession, *, seller_employee_id: int | None = None) -> None:
        super().__init__(session)
        self.seller_employee_id = seller_employee_id

    def base_statement(self) -> Select[Any]:
        stmt = select(PolicySubmission)
        if self.seller_employee_id is not None:
            stmt = stmt.where(PolicySubmission.seller_employee_id == self.seller_employee_id)
        return stmt

    def rows_statement(self) -> Select[Any]:
        stmt = select(
            PolicySubmission, Employee.code.label("seller_code"), _author_name.label("seller_name")
        ).join(Employee, Employee.id == PolicySubmission.seller_employee_id)
        if self.seller_employee_id is not None:
            stmt = stmt.where(PolicySubmission.seller_employee_id == self.seller_employee_id)
        return stmt

    async def page_rows(
        self, stmt: Select[Any], *, page: int, size: int, sort: str | None
    ) -> tuple[list[Row[Any]], int]:
        total = await self.count(stmt)
        ordered = self.apply_sort(stmt, sort)
        rows = (await self.session.execute(ordered.limit(size).offset((page - 1) * size))).all()
        return list(rows), total

    async def row(self, submission_id: int) -> Row[Any] | None:
        stmt = self.rows_statement().where(PolicySubmission.id == submission_id)
        row: Row[Any] | None = (await self.session.execute(stmt)).one_or_none()
        return row

    async def pending_count(self) -> dict[str, int]:
        stmt = select(
            func.count().filter(PolicySubmission.status == SubmissionStatus.PENDING),
            func.count().filter(PolicySubmission.status == SubmissionStatus.UNDER_REVIEW),
        )
        pending, review = (await self.session.execute(stmt)).one()
        return {"pending": int(pending), "under_review": int(review)}
