"""Cash deliveries: the module's SQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from sqlalchemy import Row, Select, func, select

from app.core.repository import Repository
from app.models import Client, Employee, Payment, Policy
from app.models.cash import CashDelivery, CashDeliveryItem, CollectorDebt
from app.models.enums import CollectorDebtStatus, PaymentMethod, ProposalStatus
from app.models.proposal import PaymentProposal
from app.modules.cash.exceptions import CashDeliveryNotFoundError

#: cash a collector holds: approved/applied cash proposals not yet covered by a delivery
HELD_STATUSES = (ProposalStatus.APPROVED, ProposalStatus.APPLIED)

_client_name = func.concat_ws(" ", Client.first_name, Client.last_name, Client.second_last_name)
_employee_name = func.concat_ws(" ", Employee.first_name, Employee.last_name, Employee.second_last_name)


class CashRepository(Repository[CashDelivery]):
    model = CashDelivery
    not_found_error = CashDeliveryNotFoundError
    sortable: ClassVar = {
        "confirmed_at": CashDelivery.confirmed_at,
        "received_amount": CashDelivery.received_amount,
    }
    default_sort = "-confirmed_at"

    def __init__(self, session: Any, *, collector_id: int | None = None) -> None:
        """``collector_id``: a collector's own deliveries only (anyone else's answers 404)."""
        super().__init__(session)
        self.collector_id = collector_id

    def base_statement(self) -> Select[Any]:
        stmt = select(CashDelivery)
        if self.collector_id is not None:
            stmt = stmt.where(CashDelivery.collector_id == self.collector_id)
        return stmt

    @staticmethod
    def _undelivered() -> Any:
        return ~select(CashDeliveryItem.id).where(CashDeliveryItem.proposal_id == PaymentProposal.id).exists()

    def held_statement(self, collector_id: int) -> Select[Any]:
        return (
            select(
                PaymentProposal.id.label("proposal_id"),
                Policy.folio.label("folio"),
                _client_name.label("client_name"),
                Payment.payment_number.label("payment_number"),
                PaymentProposal.amount.label("amount"),
                PaymentProposal.local_date.label("local_date"),
                PaymentProposal.decided_at.label("approved_at"),
                PaymentProposal.receipt_number.label("receipt_number"),
            )
            .join(Policy, Policy.id == PaymentProposal.policy_id)
            .join(Client, Client.id == Policy.client_id)
            .join(Payment, Payment.id == PaymentProposal.payment_id)
            .where(
                PaymentProposal.author_employee_id == collector_id,
                PaymentProposal.method == PaymentMethod.CASH,
                PaymentProposal.status.in_(HELD_STATUSES),
                self._undelivered(),
            )
            .order_by(PaymentProposal.local_date, Policy.folio)
        )

    async def held(self, collector_id: int) -> list[Row[Any]]:
        return list((await self.session.execute(self.held_statement(collector_id))).all())

    async def collectors_with_cash(self) -> list[Row[Any]]:
        stmt = (
            select(
                Employee.id.label("collector_id"),
                Employee.code.label("code"),
                _employee_name.label("name"),
                func.count(PaymentProposal.id).label("proposals"),
                func.sum(PaymentProposal.amount).label("amount"),
            )
            .join(PaymentProposal, PaymentProposal.author_employee_id == Employee.id)
            .where(
                PaymentProposal.method == PaymentMethod.CASH,
                PaymentProposal.status.in_(HELD_STATUSES),
                self._undelivered(),
            )
            .group_by(Employee.id)
            .order_by(func.sum(PaymentProposal.amount).desc())
        )
        return list((await self.session.execute(stmt)).all())

    async def lock_proposals(self, ids: Sequence[int]) -> list[PaymentProposal]:
        stmt = select(PaymentProposal).where(PaymentProposal.id.in_(list(ids))).order_by(PaymentProposal.id)
        return list((await self.session.execute(stmt.with_for_update())).scalars().all())

    async def delivered_ids(self, ids: Sequence[int]) -> set[int]:
        rows = await self.session.execute(
            select(CashDeliveryItem.proposal_id).where(CashDeliveryItem.proposal_id.in_(list(ids)))
        )
        return {int(r[0]) for r in rows}

    async def collector(self, employee_id: int) -> Employee | None:
        result = await self.session.execute(select(Employee).where(Employee.id == employee_id))
        return result.scalar_one_or_none()

    async def add_items(self, items: Sequence[CashDeliveryItem]) -> None:
        self.session.add_all(list(items))
        await self.session.flush()

    async def add_debt(self, debt: CollectorDebt) -> CollectorDebt:
        self.session.add(debt)
        await self.session.flush()
        return debt

    async def items_of(self, delivery_id: int) -> list[CashDeliveryItem]:
        result = await self.session.execute(
            select(CashDeliveryItem)
            .where(CashDeliveryItem.delivery_id == delivery_id)
            .order_by(CashDeliveryItem.id)
        )
        return list(result.scalars().all())

    async def debt_of(self, delivery_id: int) -> CollectorDebt | None:
        result = await self.session.execute(
            select(CollectorDebt).where(CollectorDebt.delivery_id == delivery_id)
        )
        return result.scalar_one_or_none()

    async def open_debts(self, collector_id: int) -> list[CollectorDebt]:
        result = await self.session.execute(
            select(CollectorDebt)
            .where(
                CollectorDebt.collector_id == collector_id, CollectorDebt.status == CollectorDebtStatus.OPEN
            )
            .order_by(CollectorDebt.created_at)
        )
        return list(result.scalars().all())
