"""Cash delivery (domain.md §5, screens §2.10, §2.16).

The office (``cash.confirm``, never the collector themself) picks a collector, sees the cash they
hold (approved or applied CASH proposals not yet delivered), counts it and records the received
amount against the proposals it covers. A shortage becomes a ``collector_debt``; the receipts of
those payments are marked delivered (receipts module). The proposals are locked ``FOR UPDATE``
and each can be delivered once (unique ``cash_delivery_item.proposal_id``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit, snapshot
from app.core.clock import Clock
from app.core.events import event_bus
from app.core.schemas import Page
from app.models.cash import CashDelivery, CashDeliveryItem, CollectorDebt
from app.models.enums import CollectorDebtStatus, PaymentMethod
from app.modules.admin.settings import get_value
from app.modules.cash import exceptions as exc
from app.modules.cash.repository import HELD_STATUSES, CashRepository
from app.modules.cash.schemas import (
    CollectorCash,
    DebtRead,
    DeliveryCreate,
    DeliveryItemRead,
    DeliveryQuery,
    DeliveryRead,
    DeliveryRow,
    ExpectedCash,
    HeldCash,
    MyCash,
)
from app.modules.receipts.service import ReceiptService

ZERO: Final = Decimal("0.00")
CASH_DELIVERED: Final = "cash.delivered"
#: setting (MXN string) capping the cash a collector may hold; absent = no cap
CAP_SETTING: Final = "collector_cash_cap"
RECENT_DELIVERIES: Final = 10


class CashService:
    def __init__(
        self, session: AsyncSession, *, clock: Clock, user_id: int, own_collector_id: int | None = None
    ) -> None:
        self.session = session
        self.clock = clock
        self.user_id = user_id
        self.repo = CashRepository(session, collector_id=own_collector_id)

    async def collectors(self) -> list[CollectorCash]:
        return [CollectorCash.model_validate(r._mapping) for r in await self.repo.collectors_with_cash()]

    async def expected(self, collector_id: int) -> ExpectedCash:
        items = [HeldCash.model_validate(r._mapping) for r in await self.repo.held(collector_id)]
        return ExpectedCash(
            collector_id=collector_id, items=items, total=sum((i.amount for i in items), ZERO)
        )

    async def mine(self, employee_id: int) -> MyCash:
        expected = await self.expected(employee_id)
        raw_cap = await get_value(self.session, CAP_SETTING, None)
        cap = Decimal(str(raw_cap)) if raw_cap not in (None, "", "0.00", 0) else None
        percent = int(expected.total * 100 / cap) if cap else None
        alert = "none"
        if percent is not None:
            alert = "blocked" if percent >= 100 else "warning" if percent >= 80 else "none"
        rows, _ = await self.repo.paginate(self.repo.base_statement(), page=1, size=RECENT_DELIVERIES)
        return MyCash(
            items=expected.items,
            total=expected.total,
            cap=cap,
            cap_percent=percent,
            alert=alert,
            open_debts=[DebtRead.model_validate(d) for d in await self.repo.open_debts(employee_id)],
            recent_deliveries=[DeliveryRow.model_validate(d) for d in rows],
        )

    async def deliver(self, body: DeliveryCreate, *, confirmer_employee_id: int) -> DeliveryRead:
        if body.collector_id == confirmer_employee_id:
            raise exc.OwnCashError()
        collector = await self.repo.collector(body.collector_id)
        if collector is None:
            raise exc.CollectorNotFoundError(fields={"collector_id": "No existe."})
        ids = body.proposal_ids
        if ids is None:
            ids = [int(r.proposal_id) for r in await self.repo.held(collector.id)]
        ids = sorted(set(ids))
        if not ids:
            raise exc.NothingToDeliverError()
        proposals = await self.repo.lock_proposals(ids)  # concurrent confirmations serialise here
        delivered = await self.repo.delivered_ids(ids)
        if (
            len(proposals) != len(ids)
            or delivered
            or any(
                p.author_employee_id != collector.id
                or p.method != PaymentMethod.CASH
                or p.status not in HELD_STATUSES
                for p in proposals
            )
        ):
            raise exc.ProposalNotDeliverableError(fields={"proposal_ids": "Revisa las propuestas indicadas."})
        expected = sum((p.amount for p in proposals), ZERO)
        shortage = max(expected - body.received_amount, ZERO)
        delivery = CashDelivery(
            collector_id=collector.id,
            expected_amount=expected,
            received_amount=body.received_amount,
            shortage=shortage,
            confirmed_by_user_id=self.user_id,
            confirmed_at=self.clock.now(),
            notes=body.notes,
        )
        await self.repo.create(delivery)
        await self.repo.add_items(
            [CashDeliveryItem(delivery_id=delivery.id, proposal_id=p.id, amount=p.amount) for p in proposals]
        )
        await record_audit(
            self.session,
            table="cash_delivery",
            record_id=delivery.id,
            action="insert",
            after={**snapshot(delivery), "proposal_ids": [p.id for p in proposals]},
        )
        debt = None
        if shortage > ZERO:
            debt = await self.repo.add_debt(
                CollectorDebt(
                    collector_id=collector.id,
                    delivery_id=delivery.id,
                    amount=shortage,
                    status=CollectorDebtStatus.OPEN,
                )
            )
            await record_audit(
                self.session, table="collector_debt", record_id=debt.id, action="insert", after=snapshot(debt)
            )
        receipt_ids = [p.receipt_id for p in proposals if p.receipt_id is not None]
        if receipt_ids:
            await ReceiptService(self.session, user_id=self.user_id, now=self.clock.now).mark_delivered(
                receipt_ids, at=self.clock.now()
            )
        event_bus.publish(
            CASH_DELIVERED,
            {
                "delivery_id": delivery.id,
                "collector_id": collector.id,
                "expected_amount": f"{expected:.2f}",
                "received_amount": f"{body.received_amount:.2f}",
                "shortage": f"{shortage:.2f}",
                "debt_id": debt.id if debt else None,
            },
        )
        return await self.get(delivery.id)

    async def get(self, delivery_id: int) -> DeliveryRead:
        delivery = await self.repo.get(delivery_id)
        items = await self.repo.items_of(delivery.id)
        debt = await self.repo.debt_of(delivery.id)
        return DeliveryRead(
            id=delivery.id,
            collector_id=delivery.collector_id,
            expected_amount=delivery.expected_amount,
            received_amount=delivery.received_amount,
            shortage=delivery.shortage,
            difference=delivery.received_amount - delivery.expected_amount,
            confirmed_by_user_id=delivery.confirmed_by_user_id,
            confirmed_at=delivery.confirmed_at,
            notes=delivery.notes,
            items=[DeliveryItemRead(proposal_id=i.proposal_id, amount=i.amount) for i in items],
            debt=DebtRead.model_validate(debt) if debt else None,
        )

    async def list(self, query: DeliveryQuery) -> Page[DeliveryRow]:
        stmt = self.repo.base_statement()
        if query.collector_id is not None:
            stmt = stmt.where(CashDelivery.collector_id == query.collector_id)
        rows, total = await self.repo.paginate(stmt, page=query.page, size=query.size, sort=query.sort)
        return Page(
            items=[DeliveryRow.model_validate(r) for r in rows], total=total, page=query.page, size=query.size
        )
