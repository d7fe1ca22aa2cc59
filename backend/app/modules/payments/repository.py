"""Payments: the module's SQL.

Lock order (the same as the cancellations and promotions modules): the policy row first, then its
installments, then its card. Two money operations on one policy therefore serialise on the policy
row, and whatever the second one reads (the remaining balance) is what the first one committed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar, Final

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import aliased, joinedload, selectinload

from app.core.repository import Repository
from app.models import (
    Card,
    Client,
    CollectionAssignment,
    Coverage,
    Employee,
    PartialPayment,
    Payment,
    PaymentTransaction,
    Policy,
    Receipt,
)
from app.models.enums import PartialPaymentStatus, PaymentMethod, PaymentPlan, PaymentStatus
from app.modules.payments.exceptions import (
    InstallmentNotFoundError,
    PolicyNotFoundError,
    TransactionNotFoundError,
)
from app.modules.policies.repository import AnyRow, PolicyRepository

COLLECTOR_NAME: Final = func.concat_ws(
    " ", Employee.first_name, Employee.last_name, Employee.second_last_name
)

#: what an installment has received through its applied partials
_APPLIED = (
    select(func.coalesce(func.sum(PartialPayment.amount), 0))
    .where(PartialPayment.payment_id == Payment.id, PartialPayment.status == PartialPaymentStatus.APPLIED)
    .correlate(Payment)
    .scalar_subquery()
)

#: the columns of a payments list row (screens §1.5), in one joined query
ROW_COLUMNS: Final = (
    Payment.id,
    Payment.policy_id,
    Policy.folio,
    Client.full_name.label("client_name"),
    Payment.payment_number,
    Payment.due_date,
    Payment.amount,
    Payment.status,
    Payment.paid_date,
    Payment.paid_amount,
    Payment.payment_method,
    Payment.receipt_number,
    Payment.collector_id,
    Employee.code.label("collector_code"),
    COLLECTOR_NAME.label("collector_name"),
    Payment.office_delivery_status,
    Payment.office_delivery_date,
    Payment.has_problem,
    Payment.comments,
    _APPLIED.label("partial_paid"),
)


@dataclass(frozen=True)
class PaymentFilters:
    q: str | None = None
    policy_id: int | None = None
    folio: int | None = None
    payment_plans: Sequence[PaymentPlan] = ()
    statuses: Sequence[PaymentStatus] = ()
    collector_id: int | None = None
    method: PaymentMethod | None = None
    due_from: date | None = None
    due_to: date | None = None
    paid_from: date | None = None
    paid_to: date | None = None
    has_problem: bool | None = None


class PaymentRepository(Repository[Payment]):
    model = Payment
    not_found_error = InstallmentNotFoundError
    sortable: ClassVar = {
        "due_date": Payment.due_date,
        "paid_date": Payment.paid_date,
        "amount": Payment.amount,
        "folio": Policy.folio,
        "payment_number": Payment.payment_number,
        "status": Payment.status,
        "client": Client.full_name,
    }
    default_sort = "due_date"

    # -- locks ------------------------------------------------------------------------------
    async def policy_id_of(self, installment_id: int) -> int:
        policy_id = await self.session.scalar(select(Payment.policy_id).where(Payment.id == installment_id))
        if policy_id is None:
            raise InstallmentNotFoundError()
        return int(policy_id)

    async def lock_policy(self, policy_id: int) -> Policy:
        stmt = (
            select(Policy)
            .where(Policy.id == policy_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        policy = (await self.session.scalars(stmt)).one_or_none()
        if policy is None:
            raise PolicyNotFoundError()
        return policy

    async def lock_installments(self, policy_id: int) -> list[Payment]:
        """Every installment of the policy, locked, with its partials (fresh from the database)."""
        stmt = (
            select(Payment)
            .where(Payment.policy_id == policy_id)
            .order_by(Payment.payment_number)
            .with_for_update()
            .options(selectinload(Payment.partials))
            .execution_options(populate_existing=True)
        )
        return list((await self.session.scalars(stmt)).all())

    async def lock_card(self, policy_id: int) -> Card | None:
        stmt = (
            select(Card)
            .where(Card.policy_id == policy_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return (await self.session.scalars(stmt)).one_or_none()

    # -- writes -----------------------------------------------------------------------------
    async def add(self, *objects: Any) -> None:
        self.session.add_all(objects)
        await self.session.flush()

    async def add_assignment(self, assignment: CollectionAssignment) -> None:
        await self.add(assignment)

    # -- receipts (read only: the receipts module owns their changes) -------------------------
    async def receipt_by_number(self, number: str) -> Receipt | None:
        stmt = select(Receipt).where(Receipt.number == number).execution_options(populate_existing=True)
        return (await self.session.scalars(stmt)).one_or_none()

    async def receipt(self, receipt_id: int) -> Receipt | None:
        stmt = select(Receipt).where(Receipt.id == receipt_id).execution_options(populate_existing=True)
        return (await self.session.scalars(stmt)).one_or_none()

    # -- ledger -----------------------------------------------------------------------------
    async def transaction(self, transaction_id: int, *, for_update: bool = False) -> PaymentTransaction:
        stmt = select(PaymentTransaction).where(PaymentTransaction.id == transaction_id)
        if for_update:
            stmt = stmt.with_for_update()
        entry = (await self.session.scalars(stmt.execution_options(populate_existing=True))).one_or_none()
        if entry is None:
            raise TransactionNotFoundError()
        return entry

    async def live_entries(self, payment_id: int) -> list[PaymentTransaction]:
        """Payment and partial entries of an installment that no reversal compensates, oldest first."""
        reversal = aliased(PaymentTransaction)
        stmt = (
            select(PaymentTransaction)
            .outerjoin(reversal, reversal.reverses_id == PaymentTransaction.id)
            .where(
                PaymentTransaction.payment_id == payment_id,
                PaymentTransaction.reverses_id.is_(None),
                reversal.id.is_(None),
            )
            .order_by(PaymentTransaction.id)
        )
        return list((await self.session.scalars(stmt)).all())

    async def reversal_of(self, transaction_id: int) -> PaymentTransaction | None:
        stmt = select(PaymentTransaction).where(PaymentTransaction.reverses_id == transaction_id)
        return (await self.session.scalars(stmt)).one_or_none()

    async def policy_entries(self, policy_id: int) -> list[AnyRow]:
        """The policy's ledger, oldest first, with the collector's name and the installment number."""
        stmt = (
            select(PaymentTransaction, Payment.payment_number, Employee.code, COLLECTOR_NAME)
            .join(Payment, Payment.id == PaymentTransaction.payment_id)
            .outerjoin(Employee, Employee.id == PaymentTransaction.collector_id)
            .where(Payment.policy_id == policy_id)
            .order_by(PaymentTransaction.id)
        )
        return list((await self.session.execute(stmt)).all())

    async def transaction_context(self, transaction_id: int) -> AnyRow:
        """A ledger entry with its installment, policy, client and collector (the printed receipt)."""
        stmt = (
            select(PaymentTransaction, Payment, Policy, Client, Employee)
            .join(Payment, Payment.id == PaymentTransaction.payment_id)
            .join(Policy, Policy.id == Payment.policy_id)
            .join(Client, Client.id == Policy.client_id)
            .outerjoin(Employee, Employee.id == PaymentTransaction.collector_id)
            .where(PaymentTransaction.id == transaction_id)
        )
        row = (await self.session.execute(stmt)).one_or_none()
        if row is None:
            raise TransactionNotFoundError()
        found: AnyRow = row
        return found

    async def partial(self, partial_id: int) -> PartialPayment | None:
        return await self.session.get(PartialPayment, partial_id, populate_existing=True)

    # -- policy reads -----------------------------------------------------------------------
    async def policy_with_installments(self, policy_id: int) -> Policy:
        """The policy, its client, coverage and card, and its installments with their partials."""
        stmt = (
            select(Policy)
            .where(Policy.id == policy_id)
            .options(
                joinedload(Policy.client),
                joinedload(Policy.coverage),
                joinedload(Policy.card).joinedload(Card.holder_employee),
                joinedload(Policy.payments).joinedload(Payment.partials),
            )
            .execution_options(populate_existing=True)
        )
        policy = (await self.session.execute(stmt)).unique().scalar_one_or_none()
        if policy is None:
            raise PolicyNotFoundError()
        return policy

    async def coverage(self, coverage_id: int) -> Coverage:
        coverage = await self.session.get(Coverage, coverage_id)
        assert coverage is not None
        return coverage

    async def employee(self, employee_id: int) -> Employee | None:
        return await self.session.get(Employee, employee_id)

    # -- lists ------------------------------------------------------------------------------
    @staticmethod
    def _conditions(filters: PaymentFilters) -> list[Any]:
        conditions: list[Any] = []
        if filters.policy_id is not None:
            conditions.append(Payment.policy_id == filters.policy_id)
        if filters.folio is not None:
            conditions.append(Policy.folio == filters.folio)
        if filters.q:
            # the policies list's search (folio, contract folio, plates, VIN, client name)
            conditions.append(Payment.policy_id.in_(PolicyRepository._search_ids(filters.q)))
        if filters.payment_plans:
            conditions.append(Policy.payment_plan.in_(list(filters.payment_plans)))
        if filters.statuses:
            conditions.append(Payment.status.in_(list(filters.statuses)))
        if filters.collector_id is not None:
            conditions.append(Payment.collector_id == filters.collector_id)
        if filters.method is not None:
            conditions.append(Payment.payment_method == filters.method)
        if filters.due_from is not None:
            conditions.append(Payment.due_date >= filters.due_from)
        if filters.due_to is not None:
            conditions.append(Payment.due_date <= filters.due_to)
        if filters.paid_from is not None:
            conditions.append(Payment.paid_date >= filters.paid_from)
        if filters.paid_to is not None:
            conditions.append(Payment.paid_date <= filters.paid_to)
        if filters.has_problem is not None:
            conditions.append(Payment.has_problem.is_(filters.has_problem))
        return conditions

    def rows_statement(self, filters: PaymentFilters) -> Select[Any]:
        return (
            select(*ROW_COLUMNS)
            .select_from(Payment)
            .join(Policy, Policy.id == Payment.policy_id)
            .join(Client, Client.id == Policy.client_id)
            .outerjoin(Employee, Employee.id == Payment.collector_id)
            .where(and_(True, *self._conditions(filters)))
        )

    async def page_rows(
        self, filters: PaymentFilters, *, page: int, size: int, sort: str | None
    ) -> tuple[list[AnyRow], int]:
        stmt = self.apply_sort(self.rows_statement(filters), sort)  # validates ``sort`` first
        count = (
            select(func.count())
            .select_from(Payment)
            .join(Policy, Policy.id == Payment.policy_id)
            .where(and_(True, *self._conditions(filters)))
        )
        total = int((await self.session.execute(count)).scalar_one())
        result = await self.session.execute(stmt.limit(size).offset((page - 1) * size))
        return list(result.all()), total

    async def stream_rows(
        self, filters: PaymentFilters, *, sort: str | None, batch_size: int = 2000
    ) -> AsyncIterator[Sequence[AnyRow]]:
        stmt = self.apply_sort(self.rows_statement(filters), sort)
        result = await self.session.stream(stmt.execution_options(yield_per=batch_size))
        async for batch in result.partitions():
            yield batch


def applied_total(payment: Payment) -> Decimal:
    """What the applied partials of a (loaded) installment add up to."""
    return sum(
        (p.amount for p in payment.partials if p.status == PartialPaymentStatus.APPLIED), Decimal("0.00")
    )
