"""Receipts: the module's SQL.

Writes that depend on counts (assignment within the collector's limit) lock the collector's
``employee`` row first, so two concurrent assignments to one collector serialise; receipts are
locked ``FOR UPDATE`` in ``seq`` order (the same order everywhere, no deadlocks between a batch
assignment and a use).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, ClassVar, cast

from sqlalchemy import Row, Select, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import aliased

from app.core.repository import Repository
from app.models import Employee, PaymentTransaction, Policy
from app.models.enums import LedgerEntryKind
from app.models.receipt import Receipt, ReceiptBatch, ReceiptKind, ReceiptStatus, receipt_digital_seq
from app.modules.receipts.exceptions import ReceiptBatchNotFoundError, ReceiptNotFoundError
from app.modules.receipts.lifecycle import ACTIVE_STATUSES

#: columns of the receipts list (screens §1.7): the receipt, its policy's folio, its collector
LIST_COLUMNS = (
    Receipt,
    Policy.folio.label("policy_folio"),
    Employee.code.label("collector_code"),
    func.concat_ws(" ", Employee.first_name, Employee.last_name, Employee.second_last_name).label(
        "collector_name"
    ),
)


class ReceiptBatchRepository(Repository[ReceiptBatch]):
    model = ReceiptBatch
    not_found_error = ReceiptBatchNotFoundError
    sortable: ClassVar = {"created_at": ReceiptBatch.created_at, "prefix": ReceiptBatch.prefix}
    default_sort = "-created_at"


class ReceiptRepository(Repository[Receipt]):
    model = Receipt
    not_found_error = ReceiptNotFoundError
    sortable: ClassVar = {
        "number": Receipt.number,
        "status": Receipt.status,
        "assigned_at": Receipt.assigned_at,
        "used_at": Receipt.used_at,
        "delivered_at": Receipt.delivered_at,
        "created_at": Receipt.created_at,
    }
    default_sort = "number"

    def __init__(self, session: Any, *, own_collector_id: int | None = None) -> None:
        super().__init__(session)
        self.own_collector_id = own_collector_id

    def base_statement(self) -> Select[Any]:
        """A collector reading "my receipts" sees only the receipts they hold (others: 404)."""
        stmt = select(Receipt)
        if self.own_collector_id is not None:
            stmt = stmt.where(Receipt.collector_id == self.own_collector_id)
        return stmt

    # -- lookups -----------------------------------------------------------------------------
    async def by_number(self, number: str, *, for_update: bool = False) -> Receipt | None:
        stmt = self.base_statement().where(Receipt.number == number)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    async def by_ids(self, ids: Sequence[int], *, for_update: bool = False) -> list[Receipt]:
        stmt = self.base_statement().where(Receipt.id.in_(list(ids))).order_by(Receipt.prefix, Receipt.seq)
        if for_update:
            stmt = stmt.with_for_update()
        return list((await self.session.scalars(stmt)).all())

    async def lock_employee(self, employee_id: int) -> Employee | None:
        stmt = select(Employee).where(Employee.id == employee_id).with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    # -- batches -----------------------------------------------------------------------------
    async def insert_numbers(self, prefix: str, first: int, last: int, batch_id: int) -> list[str]:
        """Insert ``prefix`` + first..last; numbers that already exist are skipped. Returns the
        numbers created."""
        values = [
            {
                "number": f"{prefix}{seq:04d}",
                "prefix": prefix,
                "seq": seq,
                "batch_id": batch_id,
                "kind": ReceiptKind.PAPER,
                "status": ReceiptStatus.UNASSIGNED,
            }
            for seq in range(first, last + 1)
        ]
        created: list[str] = []
        for start in range(0, len(values), 1000):
            stmt = (
                insert(Receipt)
                .values(values[start : start + 1000])
                .on_conflict_do_nothing(index_elements=["number"])
                .returning(Receipt.number)
            )
            created.extend((await self.session.scalars(stmt)).all())
        return created

    # -- assignment --------------------------------------------------------------------------
    async def in_range(
        self, prefix: str, first: int, last: int, *, for_update: bool = False
    ) -> list[Receipt]:
        stmt = (
            select(Receipt)
            .where(
                Receipt.kind == ReceiptKind.PAPER,
                Receipt.prefix == prefix,
                Receipt.seq.between(first, last),
            )
            .order_by(Receipt.seq)
        )
        if for_update:
            stmt = stmt.with_for_update()
        return list((await self.session.scalars(stmt)).all())

    async def active_count(self, collector_id: int) -> int:
        stmt = select(func.count()).where(
            Receipt.collector_id == collector_id,
            Receipt.kind == ReceiptKind.PAPER,
            Receipt.status.in_(ACTIVE_STATUSES),
        )
        return int(await self.session.scalar(stmt) or 0)

    # -- skipped receipts and loss schedules -------------------------------------------------
    async def lower_assigned(self, receipt: Receipt) -> list[Receipt]:
        """Receipts of the same collector and prefix with a lower number, still assigned and not
        yet reported as skipped."""
        stmt = (
            select(Receipt)
            .where(
                Receipt.kind == ReceiptKind.PAPER,
                Receipt.collector_id == receipt.collector_id,
                Receipt.at_office.is_(receipt.at_office),
                Receipt.prefix == receipt.prefix,
                Receipt.seq < receipt.seq,
                Receipt.status == ReceiptStatus.ASSIGNED,
                Receipt.skipped_at.is_(None),
            )
            .order_by(Receipt.seq)
            .with_for_update()
        )
        return list((await self.session.scalars(stmt)).all())

    def skipped_statement(self, *, confirmed: bool | None, collector_id: int | None) -> Select[Any]:
        stmt = self.listing().where(Receipt.skipped_at.is_not(None), Receipt.status == ReceiptStatus.ASSIGNED)
        if confirmed is True:
            stmt = stmt.where(Receipt.skipped_confirmed_at.is_not(None))
        elif confirmed is False:
            stmt = stmt.where(Receipt.skipped_confirmed_at.is_(None))
        if collector_id is not None:
            stmt = stmt.where(Receipt.collector_id == collector_id)
        return stmt

    async def due_losses(self, now: datetime, *, limit: int = 1000) -> list[Receipt]:
        """Assigned receipts whose loss schedule is due; rows another transaction holds (a use in
        progress) are skipped and picked up next run."""
        stmt = (
            select(Receipt)
            .where(
                Receipt.loss_due_at.is_not(None),
                Receipt.loss_due_at <= now,
                Receipt.status == ReceiptStatus.ASSIGNED,
            )
            .order_by(Receipt.loss_due_at, Receipt.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return list((await self.session.scalars(stmt)).all())

    # -- payments ledger (read only: the entry a cancellation must reverse) --------------------
    async def live_entry_for(self, receipt: Receipt) -> int | None:
        """The latest unreversed payment/partial entry that used ``receipt`` (by id, or by number
        on the receipt's installment after an edit swapped it in)."""
        reversal = aliased(PaymentTransaction)
        unreversed = ~select(reversal.id).where(reversal.reverses_id == PaymentTransaction.id).exists()
        stmt = (
            select(PaymentTransaction.id)
            .where(
                PaymentTransaction.kind != LedgerEntryKind.REVERSAL,
                unreversed,
                (PaymentTransaction.receipt_id == receipt.id)
                | (PaymentTransaction.payment_id == receipt.payment_id),
            )
            .order_by(PaymentTransaction.id.desc())
            .limit(1)
        )
        return await self.session.scalar(stmt)

    # -- digital series ----------------------------------------------------------------------
    async def next_digital_seq(self) -> int:
        value = await self.session.scalar(select(receipt_digital_seq.next_value()))
        assert value is not None
        return int(value)

    # -- lists, stats ------------------------------------------------------------------------
    def listing(self) -> Select[Any]:
        stmt = (
            select(*LIST_COLUMNS)
            .outerjoin(Policy, Policy.id == Receipt.policy_id)
            .outerjoin(Employee, Employee.id == Receipt.collector_id)
        )
        if self.own_collector_id is not None:
            stmt = stmt.where(Receipt.collector_id == self.own_collector_id)
        return cast(Select[Any], stmt)

    def search(
        self,
        *,
        number: str | None = None,
        status: Sequence[ReceiptStatus] = (),
        collector_id: int | None = None,
        at_office: bool | None = None,
        kind: ReceiptKind | None = None,
        batch_id: int | None = None,
        policy_id: int | None = None,
        skipped: bool | None = None,
        number_range: tuple[str, int | None, int | None] | None = None,
    ) -> Select[Any]:
        stmt = self.listing()
        if number:
            stmt = stmt.where(Receipt.number.startswith(number.upper(), autoescape=True))
        if number_range is not None:
            letter, first, last = number_range
            stmt = stmt.where(Receipt.kind == ReceiptKind.PAPER, Receipt.prefix == letter)
            if first is not None:
                stmt = stmt.where(Receipt.seq >= first)
            if last is not None:
                stmt = stmt.where(Receipt.seq <= last)
        if status:
            stmt = stmt.where(Receipt.status.in_(list(status)))
        if collector_id is not None:
            stmt = stmt.where(Receipt.collector_id == collector_id)
        if at_office is not None:
            stmt = stmt.where(Receipt.at_office.is_(at_office))
        if kind is not None:
            stmt = stmt.where(Receipt.kind == kind)
        if batch_id is not None:
            stmt = stmt.where(Receipt.batch_id == batch_id)
        if policy_id is not None:
            stmt = stmt.where(Receipt.policy_id == policy_id)
        if skipped is True:
            stmt = stmt.where(Receipt.skipped_at.is_not(None))
        elif skipped is False:
            stmt = stmt.where(Receipt.skipped_at.is_(None))
        return stmt

    async def page_rows(
        self, stmt: Select[Any], *, page: int, size: int, sort: str | None
    ) -> tuple[list[Row[Any]], int]:
        total = await self.count(stmt)
        ordered = self.apply_sort(stmt, sort)
        rows = (await self.session.execute(ordered.limit(size).offset((page - 1) * size))).all()
        return list(rows), total

    async def row(self, receipt_id: int) -> Row[Any]:
        row = (await self.session.execute(self.listing().where(Receipt.id == receipt_id))).one_or_none()
        if row is None:
            raise ReceiptNotFoundError()
        found: Row[Any] = row
        return found

    async def status_counts(self) -> dict[ReceiptStatus, int]:
        stmt = select(Receipt.status, func.count()).group_by(Receipt.status)
        if self.own_collector_id is not None:
            stmt = stmt.where(Receipt.collector_id == self.own_collector_id)
        return {status: int(n) for status, n in (await self.session.execute(stmt)).all()}

    async def collector_counts(self, collector_id: int | None = None) -> list[tuple[Any, ...]]:
        """Per holder (collector or OFICINA) and status: counts of paper receipts."""
        stmt = (
            select(Receipt.collector_id, Receipt.at_office, Receipt.status, func.count().label("n"))
            .where(Receipt.kind == ReceiptKind.PAPER, Receipt.status != ReceiptStatus.UNASSIGNED)
            .group_by(Receipt.collector_id, Receipt.at_office, Receipt.status)
        )
        if collector_id is not None:
            stmt = stmt.where(Receipt.collector_id == collector_id)
        return [tuple(row) for row in (await self.session.execute(stmt)).all()]

    async def employees(self, ids: Sequence[int]) -> list[Employee]:
        if not ids:
            return []
        stmt = select(Employee).where(Employee.id.in_(list(ids))).order_by(Employee.id)
        return list((await self.session.scalars(stmt)).all())

    async def field_employees(self) -> list[Employee]:
        """Active collectors (with or without receipts), for the stock table."""
        stmt = select(Employee).where(Employee.is_active.is_(True), Employee.is_collector.is_(True))
        return list((await self.session.scalars(stmt.order_by(Employee.id))).all())
