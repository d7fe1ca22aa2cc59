"""Receipts (domain.md §4-§5, screens §1.7).

The contract other modules call (payments, proposals, cash delivery):

- ``check(number, *, holder_employee_id, policy_id) -> ReceiptCheck``: is the receipt *verified*
  (exists, not used, assigned to the collector who reports it, or to OFICINA when
  ``holder_employee_id`` is None)? Otherwise why not, in Spanish.
- ``use(number, *, payment_id, policy_id, holder_employee_id, at) -> Receipt``: refuses unless
  verified (one code per reason: ``RECEIPT_UNKNOWN``, ``RECEIPT_USED``,
  ``RECEIPT_USED_ON_OTHER_POLICY``, ``RECEIPT_NOT_ASSIGNED_TO_HOLDER``, ``RECEIPT_LOST``,
  ``RECEIPT_CANCELLED``); marks it used and reports lower numbers of the same collector still
  assigned as *skipped* (``last_skipped`` and the event ``receipt.skipped``).
- ``release(receipt_id, *, mode, at)``: for payment reversals, ``"return"`` gives the receipt back
  to its holder (assigned), ``"cancel"`` cancels it.
- ``next_digital(at, *, holder_employee_id=None) -> Receipt``: a new digital receipt (own prefix
  from the setting ``receipt_digital_prefix``, own sequence) assigned to the holder; the caller
  then ``use``s it like any other.
- ``mark_delivered(receipt_ids, *, at)``: the money of these used receipts was handed in.

Skipped receipts: once the office confirms a skip, the receipt gets ``loss_due_at`` = now +
``receipt_loss_days`` days; the hourly job (``process_due_losses``) turns it lost unless it was
used meanwhile (a use clears the schedule). Every change is audited (table ``receipt``).
"""

from __future__ import annotations

import enum
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import diff, record_audit, snapshot
from app.core.clock import MEXICO_CITY
from app.core.events import event_bus
from app.core.schemas import Page
from app.models.receipt import Receipt, ReceiptBatch, ReceiptKind, ReceiptStatus
from app.modules.admin.settings import get_value
from app.modules.receipts import exceptions as exc
from app.modules.receipts.lifecycle import ACTIVE_STATUSES, STATUS_LABELS, ReceiptAction, next_status
from app.modules.receipts.repository import ReceiptBatchRepository, ReceiptRepository
from app.modules.receipts.schemas import (
    PAPER_NUMBER_RE,
    AssignIn,
    AssignResult,
    BatchCreate,
    BatchRead,
    BatchResult,
    HolderStats,
    ReceiptCheckRead,
    ReceiptQuery,
    ReceiptRead,
    ReceiptStats,
    SkippedQuery,
    normalise_number,
)

RECEIPT_SKIPPED: Final = "receipt.skipped"
RECEIPT_LOST: Final = "receipt.lost"
DEFAULT_DIGITAL_PREFIX: Final = "D"
DEFAULT_LOSS_DAYS: Final = 3
LOW_STOCK_RATIO: Final = 0.10
_AUDIT_EXCLUDE: Final = frozenset({"created_at", "updated_at", "version"})


class CheckResult(enum.StrEnum):
    VALID = "valid"
    UNKNOWN = "unknown"
    USED_ON_OTHER_POLICY = "used_on_other_policy"
    USED = "used"
    NOT_ASSIGNED_TO_HOLDER = "not_assigned_to_holder"
    LOST = "lost"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class ReceiptCheck:
    number: str
    result: CheckResult
    message: str
    receipt_id: int | None = None
    status: ReceiptStatus | None = None

    @property
    def verified(self) -> bool:
        return self.result == CheckResult.VALID

    def to_read(self) -> ReceiptCheckRead:
        return ReceiptCheckRead(
            number=self.number,
            result=self.result.value,
            verified=self.verified,
            message=self.message,
            receipt_id=self.receipt_id,
            status=self.status,
        )


def compress(numbers: Sequence[str]) -> list[str]:
    """["A0001", "A0002", "A0003", "A0007"] -> ["A0001-A0003", "A0007"] (same-prefix runs)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(run[0] if len(run) == 1 else f"{run[0]}-{run[-1]}")

    for number in sorted(numbers, key=lambda n: (n[0], int(n[1:]))):
        if run and run[-1][0] == number[0] and int(run[-1][1:]) + 1 == int(number[1:]):
            run.append(number)
            continue
        flush()
        run = [number]
    flush()
    return out


def _read(row: Row[Any] | Receipt) -> ReceiptRead:
    if isinstance(row, Receipt):
        return ReceiptRead.model_validate(row)
    receipt, folio, code, name = tuple(row)
    return ReceiptRead.model_validate(receipt).model_copy(
        update={"policy_folio": folio, "collector_code": code, "collector_name": name or None}
    )


class ReceiptService:
    def __init__(
        self,
        session: AsyncSession,
        *,
        user_id: int | None = None,
        own_collector_id: int | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.session = session
        self.user_id = user_id
        self.repo = ReceiptRepository(session, own_collector_id=own_collector_id)
        self.batches = ReceiptBatchRepository(session)
        self._now = now or (lambda: datetime.now(UTC))
        #: the receipts the last ``use`` reported as skipped
        self.last_skipped: list[Receipt] = []

    # == the contract ===========================================================================
    async def check(
        self, number: str, *, holder_employee_id: int | None, policy_id: int | None = None
    ) -> ReceiptCheck:
        number = normalise_number(number)
        receipt = await self.repo.by_number(number)
        return self._check(number, receipt, holder_employee_id=holder_employee_id, policy_id=policy_id)

    def _check(
        self, number: str, receipt: Receipt | None, *, holder_employee_id: int | None, policy_id: int | None
    ) -> ReceiptCheck:
        if receipt is None:
            return ReceiptCheck(number, CheckResult.UNKNOWN, f"El recibo {number} no existe.")

        def result(kind: CheckResult, message: str) -> ReceiptCheck:
            return ReceiptCheck(number, kind, message, receipt.id, receipt.status)

        status = receipt.status
        if status in (ReceiptStatus.USED, ReceiptStatus.DELIVERED):
            if policy_id is not None and receipt.policy_id is not None and receipt.policy_id != policy_id:
                return result(
                    CheckResult.USED_ON_OTHER_POLICY, f"El recibo {number} ya se usó en otra póliza."
                )
            return result(CheckResult.USED, f"El recibo {number} ya fue usado.")
        if status == ReceiptStatus.LOST:
            return result(CheckResult.LOST, f"El recibo {number} está reportado como extraviado.")
        if status in (ReceiptStatus.CANCELLED, ReceiptStatus.CANCELLED_UNDELIVERED):
            return result(CheckResult.CANCELLED, f"El recibo {number} está cancelado.")
        if status == ReceiptStatus.UNASSIGNED:
            return result(CheckResult.NOT_ASSIGNED_TO_HOLDER, f"El recibo {number} no está asignado a nadie.")
        if holder_employee_id is None:
            if not receipt.at_office:
                return result(
                    CheckResult.NOT_ASSIGNED_TO_HOLDER,
                    f"El recibo {number} no está asignado a OFICINA (pagos en mostrador).",
                )
        elif receipt.collector_id != holder_employee_id:
            return result(
                CheckResult.NOT_ASSIGNED_TO_HOLDER, f"El recibo {number} no está asignado a ese cobrador."
            )
        return result(CheckResult.VALID, f"El recibo {number} es válido.")

    async def use(
        self,
        number: str,
        *,
        payment_id: int | None,
        policy_id: int | None,
        holder_employee_id: int | None,
        at: datetime,
    ) -> Receipt:
        number = normalise_number(number)
        receipt = await self.repo.by_number(number, for_update=True)
        verdict = self._check(number, receipt, holder_employee_id=holder_employee_id, policy_id=policy_id)
        if not verdict.verified or receipt is None:
            status = 422 if verdict.result == CheckResult.UNKNOWN else 409
            raise exc.ReceiptNotVerifiedError(
                verdict.message,
                code=f"RECEIPT_{verdict.result.value.upper()}",
                status_code=status,
                fields={"receipt_number": verdict.message},
            )
        await self._transition(
            receipt,
            ReceiptAction.USE,
            used_at=at,
            payment_id=payment_id,
            policy_id=policy_id,
            loss_due_at=None,
        )
        self.last_skipped = []
        if receipt.kind == ReceiptKind.PAPER:
            self.last_skipped = await self._detect_skipped(receipt, at)
        return receipt

    async def release(self, receipt_id: int, *, mode: str, at: datetime) -> Receipt:
        receipt = await self.repo.get(receipt_id, for_update=True)
        if mode == "return":
            await self._transition(
                receipt,
                ReceiptAction.RETURN,
                used_at=None,
                delivered_at=None,
                payment_id=None,
                policy_id=None,
            )
        elif mode == "cancel":
            await self._transition(receipt, ReceiptAction.CANCEL, cancelled_at=at)
        else:
            raise ValueError(f"release mode {mode!r}")
        return receipt

    async def next_digital(self, at: datetime, *, holder_employee_id: int | None = None) -> Receipt:
        prefix = str(await get_value(self.session, "receipt_digital_prefix", DEFAULT_DIGITAL_PREFIX))
        seq = await self.repo.next_digital_seq()
        receipt = Receipt(
            number=f"{prefix}{seq:06d}",
            prefix=prefix,
            seq=seq,
            kind=ReceiptKind.DIGITAL,
            status=ReceiptStatus.ASSIGNED,
            collector_id=holder_employee_id,
            at_office=holder_employee_id is None,
            assigned_at=at,
        )
        await self.repo.create(receipt)
        await self._audit(receipt, "create_digital", None, snapshot(receipt, exclude=_AUDIT_EXCLUDE))
        return receipt

    async def mark_delivered(self, receipt_ids: Sequence[int], *, at: datetime) -> list[Receipt]:
        receipts = await self.repo.by_ids(sorted(set(receipt_ids)), for_update=True)
        if len(receipts) != len(set(receipt_ids)):
            raise exc.ReceiptNotFoundError()
        for receipt in receipts:
            await self._transition(receipt, ReceiptAction.DELIVER, delivered_at=at)
        return receipts

    # == office actions =========================================================================
    async def create_batch(self, body: BatchCreate) -> BatchResult:
        prefix = body.first[0]
        digital = str(await get_value(self.session, "receipt_digital_prefix", DEFAULT_DIGITAL_PREFIX))
        if prefix == digital:
            raise exc.InvalidBatchError(
                f"La letra {prefix} está reservada para los recibos digitales.",
                fields={"first": "Letra reservada para recibos digitales."},
            )
        first, last = int(body.first[1:]), int(body.last[1:])
        if last - first + 1 > 5000:
            raise exc.InvalidBatchError(
                "Un lote puede tener como máximo 5,000 recibos.", fields={"last": "Rango demasiado grande."}
            )
        batch = ReceiptBatch(
            prefix=prefix,
            first_seq=first,
            last_seq=last,
            kind=ReceiptKind.PAPER,
            created_count=0,
            skipped_count=0,
            created_by_user_id=self.user_id,
        )
        await self.batches.create(batch)
        created = await self.repo.insert_numbers(prefix, first, last, batch.id)
        created_set = set(created)
        skipped = [
            f"{prefix}{s:04d}" for s in range(first, last + 1) if f"{prefix}{s:04d}" not in created_set
        ]
        batch.created_count = len(created)
        batch.skipped_count = len(skipped)
        await self.session.flush()
        await record_audit(
            self.session,
            table="receipt_batch",
            record_id=batch.id,
            action="create",
            after={
                "range": f"{body.first}-{body.last}",
                "created": len(created),
                "skipped": len(skipped),
                "skipped_ranges": compress(skipped),
            },
            user_id=self.user_id,
        )
        warning = None
        if skipped:
            warning = (
                f"Se omitieron {len(skipped)} recibos que ya existían: {', '.join(compress(skipped))}."
                if created
                else "Todos los recibos del rango ya existían; no se creó ninguno."
            )
        return BatchResult(
            batch=BatchRead.model_validate(batch),
            created=len(created),
            skipped=len(skipped),
            skipped_ranges=compress(skipped),
            warning=warning,
        )

    async def assign(self, body: AssignIn, *, at: datetime) -> AssignResult:
        prefix, first, last = body.first[0], int(body.first[1:]), int(body.last[1:])
        capacity: int | None = None
        limit = 0
        if body.collector_id is not None:
            employee = await self.repo.lock_employee(body.collector_id)
            if (
                employee is None
                or not employee.is_active
                or not (employee.is_collector or employee.is_seller or employee.is_adjuster)
            ):
                raise exc.InvalidCollectorError(fields={"collector_id": exc.InvalidCollectorError.message})
            limit = employee.receipt_limit
            capacity = max(0, limit - await self.repo.active_count(employee.id))
        receipts = await self.repo.in_range(prefix, first, last, for_update=True)
        available = [r for r in receipts if r.status == ReceiptStatus.UNASSIGNED]
        unavailable = [r.number for r in receipts if r.status != ReceiptStatus.UNASSIGNED]
        missing = {f"{prefix}{s:04d}" for s in range(first, last + 1)} - {r.number for r in receipts}
        if not available:
            if receipts:  # they exist, but none may be assigned: an illegal transition
                first_taken = receipts[0]
                raise exc.IllegalTransitionError(
                    f"Ningún recibo entre {body.first} y {body.last} está sin asignar "
                    f"({first_taken.number} está {STATUS_LABELS[first_taken.status]}).",
                    fields={"from": first_taken.status.value, "action": ReceiptAction.ASSIGN.value},
                )
            raise exc.NoReceiptsAvailableError(
                f"No existen recibos entre {body.first} y {body.last}: da de alta el lote primero."
            )
        if capacity is not None and capacity == 0:
            raise exc.ReceiptLimitReachedError(
                f"El cobrador ya tiene {limit} recibos activos (su límite); no se asignó ninguno.",
            )
        take = available if capacity is None else available[:capacity]
        left = [] if capacity is None else available[capacity:]
        for receipt in take:
            await self._transition(
                receipt,
                ReceiptAction.ASSIGN,
                collector_id=body.collector_id,
                at_office=body.to_office,
                assigned_at=at,
            )
        warnings = []
        if left:
            warnings.append(
                f"Se asignaron {len(take)} de {len(available)} recibos disponibles: el cobrador llegó a su "
                f"límite de {limit} recibos activos. "
                f"No se asignaron: {', '.join(compress([r.number for r in left]))}."
            )
        if unavailable:
            warnings.append(
                "No estaban disponibles (ya asignados, usados o cancelados): "
                f"{', '.join(compress(unavailable))}."
            )
        if missing:
            warnings.append(
                f"No existen (da de alta el lote primero): {', '.join(compress(sorted(missing)))}."
            )
        return AssignResult(
            assigned=len(take),
            assigned_ranges=compress([r.number for r in take]),
            not_assigned_ranges=compress([r.number for r in left]),
            unavailable_ranges=compress(unavailable + sorted(missing)),
            warning=" ".join(warnings) or None,
        )

    async def mark_lost(self, receipt_id: int, *, reason: str, at: datetime) -> ReceiptRead:
        receipt = await self.repo.get(receipt_id, for_update=True)
        await self._transition(
            receipt, ReceiptAction.MARK_LOST, lost_at=at, loss_due_at=None, notes=reason, audit_as="mark_lost"
        )
        return await self.get(receipt.id)

    async def cancel(self, receipt_id: int, *, reason: str, at: datetime) -> ReceiptRead:
        """unassigned/assigned -> cancelled_undelivered. A used/delivered receipt is cancelled only by
        reversing its payment (the payments module's reversal with receipt mode "cancel")."""
        # A used receipt is cancelled through the payment's reversal, which locks policy ->
        # installments -> card -> receipt (the order every payment uses): locking the receipt
        # first here would invert that order and could deadlock with a concurrent payment.
        receipt = await self.repo.get(receipt_id)
        if receipt.status in (ReceiptStatus.USED, ReceiptStatus.DELIVERED):
            return await self._cancel_with_reversal(receipt, reason=reason, at=at)
        receipt = await self.repo.get(receipt_id, for_update=True)
        await self._transition(
            receipt, ReceiptAction.CANCEL, cancelled_at=at, loss_due_at=None, notes=reason, audit_as="cancel"
        )
        return await self.get(receipt.id)

    async def _cancel_with_reversal(self, receipt: Receipt, *, reason: str, at: datetime) -> ReceiptRead:
        """A used/delivered receipt: reverse the payment that used it (the payments module releases
        the receipt with mode "cancel" in the same transaction)."""
        from app.modules.payments.service import PaymentService  # payments imports this module

        entry_id = await self.repo.live_entry_for(receipt)
        if entry_id is None:
            raise exc.ReceiptCancelNeedsReversalError(
                f"No se encontró el pago que usó el recibo {receipt.number}; revisa el pago en la "
                "pantalla de Pagos.",
                fields={"from": receipt.status.value, "action": "cancel"},
            )
        payments = PaymentService(self.session, user_id=self.user_id, now=self._now)
        await payments.reverse(
            entry_id,
            receipt_mode="cancel",
            reason=f"Cancelación del recibo {receipt.number}: {reason}",
            user_id=self.user_id,
            as_of=at.astimezone(MEXICO_CITY).date(),
        )
        await self.session.refresh(receipt)
        if receipt.status != ReceiptStatus.CANCELLED:  # the reversal released another receipt
            raise exc.ReceiptCancelNeedsReversalError(
                f"La reversión del pago no canceló el recibo {receipt.number}; revisa el pago en la "
                "pantalla de Pagos.",
                fields={"from": receipt.status.value, "action": "cancel"},
            )
        return await self.get(receipt.id)

    async def confirm_skipped(self, receipt_ids: Sequence[int], *, at: datetime) -> list[ReceiptRead]:
        days = int(await get_value(self.session, "receipt_loss_days", DEFAULT_LOSS_DAYS))
        receipts = await self.repo.by_ids(sorted(set(receipt_ids)), for_update=True)
        if len(receipts) != len(set(receipt_ids)):
            raise exc.ReceiptNotFoundError()
        for receipt in receipts:
            if (
                receipt.status != ReceiptStatus.ASSIGNED
                or receipt.skipped_at is None
                or receipt.skipped_confirmed_at is not None
            ):
                raise exc.ReceiptNotSkippedError(
                    f"El recibo {receipt.number} no es un salto pendiente de confirmar.",
                    fields={"receipt_ids": receipt.number},
                )
            before = snapshot(receipt, exclude=_AUDIT_EXCLUDE)
            receipt.skipped_confirmed_at = at
            receipt.loss_due_at = at + timedelta(days=days)
            receipt.version += 1
            await self.session.flush()
            await self._audit(receipt, "confirm_skipped", before, snapshot(receipt, exclude=_AUDIT_EXCLUDE))
        return [ReceiptRead.model_validate(r) for r in receipts]

    async def process_due_losses(self, now: datetime) -> list[str]:
        """Confirmed skips whose loss date has come (``loss_due_at <= now``) and still unused -> lost."""
        lost: list[str] = []
        while batch := await self.repo.due_losses(now):
            for receipt in batch:
                await self._transition(
                    receipt, ReceiptAction.EXPIRE, lost_at=now, loss_due_at=None, audit_as="expire"
                )
                lost.append(receipt.number)
            if len(batch) < 1000:
                break
        if lost:
            event_bus.publish(RECEIPT_LOST, {"numbers": lost, "automatic": True})
        return lost

    # == reads ==================================================================================
    async def get(self, receipt_id: int) -> ReceiptRead:
        return _read(await self.repo.row(receipt_id))

    async def get_by_number(self, number: str) -> ReceiptRead:
        receipt = await self.repo.by_number(normalise_number(number))
        if receipt is None:
            raise exc.ReceiptNotFoundError()
        return await self.get(receipt.id)

    async def search(self, query: ReceiptQuery) -> Page[ReceiptRead]:
        stmt = self.repo.search(
            number=query.number,
            status=query.status,
            collector_id=query.collector_id,
            at_office=query.at_office,
            kind=query.kind,
            batch_id=query.batch_id,
            policy_id=query.policy_id,
            skipped=query.skipped,
            number_range=query.number_range(),
        )
        rows, total = await self.repo.page_rows(stmt, page=query.page, size=query.size, sort=query.sort)
        return Page(items=[_read(r) for r in rows], total=total, page=query.page, size=query.size)

    async def skipped(self, query: SkippedQuery) -> Page[ReceiptRead]:
        stmt = self.repo.skipped_statement(confirmed=query.confirmed, collector_id=query.collector_id)
        rows, total = await self.repo.page_rows(stmt, page=query.page, size=query.size, sort=query.sort)
        return Page(items=[_read(r) for r in rows], total=total, page=query.page, size=query.size)

    async def list_batches(self, *, page: int, size: int) -> Page[BatchRead]:
        items, total = await self.batches.paginate(self.batches.base_statement(), page=page, size=size)
        return Page(items=[BatchRead.model_validate(b) for b in items], total=total, page=page, size=size)

    async def stats(self, *, collector_id: int | None = None) -> ReceiptStats:
        totals = {s.value: 0 for s in ReceiptStatus}
        for status, n in (await self.repo.status_counts()).items():
            totals[status.value] = n
        per: dict[tuple[int | None, bool], dict[str, int]] = {}
        for cid, at_office, status, n in await self.repo.collector_counts(collector_id):
            per.setdefault((cid, at_office), {})[status.value] = int(n)
        ids = {cid for cid, _ in per if cid is not None}
        if collector_id is None and self.repo.own_collector_id is None:
            ids |= {e.id for e in await self.repo.field_employees()}
        elif collector_id is not None:
            ids.add(collector_id)
        holders: list[HolderStats] = []
        for employee in await self.repo.employees(sorted(ids)):
            counts = {s.value: per.get((employee.id, False), {}).get(s.value, 0) for s in ReceiptStatus}
            counts.pop(ReceiptStatus.UNASSIGNED.value)
            active = sum(counts[s.value] for s in ACTIVE_STATUSES)
            stock = counts[ReceiptStatus.ASSIGNED.value]
            name = " ".join(
                p for p in (employee.first_name, employee.last_name, employee.second_last_name) if p
            )
            holders.append(
                HolderStats(
                    collector_id=employee.id,
                    at_office=False,
                    code=employee.code,
                    name=name,
                    receipt_limit=employee.receipt_limit,
                    counts=counts,
                    active=active,
                    stock=stock,
                    low_stock=stock < employee.receipt_limit * LOW_STOCK_RATIO,
                )
            )
        office = per.get((None, True))
        if office is not None and collector_id is None:
            counts = {s.value: office.get(s.value, 0) for s in ReceiptStatus if s != ReceiptStatus.UNASSIGNED}
            holders.append(
                HolderStats(
                    collector_id=None,
                    at_office=True,
                    code=None,
                    name="OFICINA",
                    receipt_limit=None,
                    counts=counts,
                    active=sum(counts[s.value] for s in ACTIVE_STATUSES),
                    stock=counts[ReceiptStatus.ASSIGNED.value],
                    low_stock=False,
                )
            )
        return ReceiptStats(totals=totals, holders=holders)

    async def export_rows(self, query: ReceiptQuery) -> AsyncIterator[list[ReceiptRead]]:
        stmt = self.repo.apply_sort(
            self.repo.search(
                number=query.number,
                status=query.status,
                collector_id=query.collector_id,
                at_office=query.at_office,
                kind=query.kind,
                batch_id=query.batch_id,
                policy_id=query.policy_id,
                skipped=query.skipped,
                number_range=query.number_range(),
            ),
            query.sort,
        )
        result = await self.session.stream(stmt.execution_options(yield_per=1000))
        async for partition in result.partitions(1000):
            yield [_read(row) for row in partition]

    # == internals ==============================================================================
    async def _transition(
        self, receipt: Receipt, action: ReceiptAction, *, audit_as: str | None = None, **values: Any
    ) -> None:
        audit_action = audit_as or action.value
        before = snapshot(receipt, exclude=_AUDIT_EXCLUDE)
        receipt.status = next_status(receipt.status, action, number=receipt.number)
        for key, value in values.items():
            setattr(receipt, key, value)
        receipt.version += 1
        await self.session.flush()
        await self._audit(receipt, audit_action, before, snapshot(receipt, exclude=_AUDIT_EXCLUDE))

    async def _detect_skipped(self, receipt: Receipt, at: datetime) -> list[Receipt]:
        lower = await self.repo.lower_assigned(receipt)
        for skipped in lower:
            before = snapshot(skipped, exclude=_AUDIT_EXCLUDE)
            skipped.skipped_at = at
            skipped.version += 1
            await self.session.flush()
            await self._audit(skipped, "skipped", before, snapshot(skipped, exclude=_AUDIT_EXCLUDE))
        if lower:
            event_bus.publish(
                RECEIPT_SKIPPED,
                {
                    "collector_id": receipt.collector_id,
                    "used": receipt.number,
                    "skipped": [r.number for r in lower],
                },
            )
        return lower

    async def _audit(
        self, receipt: Receipt, action: str, before: dict[str, Any] | None, after: dict[str, Any]
    ) -> None:
        b, a = diff(before, after) if before is not None else (None, after)
        await record_audit(
            self.session,
            table="receipt",
            record_id=receipt.id,
            action=action,
            before=b,
            after=a,
            user_id=self.user_id,
        )


def is_paper_number(number: str) -> bool:
    return bool(PAPER_NUMBER_RE.match(normalise_number(number)))


__all__ = ["STATUS_LABELS", "CheckResult", "ReceiptCheck", "ReceiptService", "compress", "is_paper_number"]
