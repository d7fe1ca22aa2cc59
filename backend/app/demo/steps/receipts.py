"""Demo receipts (screens §1.7): the booklets behind the payments the policies step recorded, the
stock each demo collector holds, and a few receipts in every other state.

Set-based SQL over what the policies step wrote:

1. every paid installment's receipt number (letter + 4 digits) becomes a paper receipt, ``used``
   (``delivered`` when the installment's money was handed in), linked to its payment and policy,
   held by the installment's collector (OFICINA when there is none);
2. one batch per letter covering 1..(highest number used + stock), the rest of the numbers
   ``unassigned``;
3. each collector gets fresh stock of their letter (the letter they used most) within their
   ``receipt_limit``; OFICINA gets stock of its letter for counter payments;
4. a few receipts lost, cancelled before delivery, skipped (one confirmed, with its loss date), so
   every KPI and the skipped list show something real.

Receipts already present are left alone (``ON CONFLICT DO NOTHING``): running the step twice adds
nothing. Reproducible through ``ctx.rng("receipts")``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime, time, timedelta
from typing import Final

from sqlalchemy import func, literal_column, select, text

from app.core.clock import MEXICO_CITY, system_clock
from app.demo.context import DemoContext
from app.models import Employee, Payment, Receipt, ReceiptBatch
from app.models.receipt import ReceiptKind, ReceiptStatus
from app.modules.receipts.lifecycle import ACTIVE_STATUSES

STOCK_PER_COLLECTOR: Final = 30
OFFICE_STOCK: Final = 40
SPARE_UNASSIGNED: Final = 25  # numbers left unassigned at the end of every letter's batch

_USED_FROM_PAYMENTS = text(
    """
    INSERT INTO receipt (number, prefix, seq, kind, status, collector_id, at_office, assigned_at, used_at,
                         delivered_at, payment_id, policy_id)
    SELECT DISTINCT ON (p.receipt_number)
           p.receipt_number, left(p.receipt_number, 1), right(p.receipt_number, 4)::int, 'paper',
           CASE WHEN p.office_delivery_status = 'delivered' THEN 'delivered' ELSE 'used' END::receipt_status,
           p.collector_id, p.collector_id IS NULL,
           (p.paid_date - 15)::timestamp AT TIME ZONE 'America/Mexico_City',
           (p.paid_date + time '12:00')::timestamp AT TIME ZONE 'America/Mexico_City',
           CASE WHEN p.office_delivery_status = 'delivered'
                THEN (p.office_delivery_date + time '17:00')::timestamp
                     AT TIME ZONE 'America/Mexico_City' END,
           p.id, p.policy_id
    FROM payment p
    WHERE p.status = 'paid' AND p.receipt_number ~ '^[A-Z][0-9]{4}$'
    ORDER BY p.receipt_number, p.paid_date DESC, p.id DESC
    ON CONFLICT (number) DO NOTHING
    RETURNING id
    """
)


async def run(ctx: DemoContext) -> None:
    session = ctx.session
    today = ctx.extra.get("as_of") or system_clock.today()
    now = datetime.combine(today, time(10, 0), tzinfo=MEXICO_CITY).astimezone(UTC)
    rng = ctx.rng("receipts")
    codes = ctx.employee_codes
    field = [codes[c] for c in sorted(codes) if c[0] in "CV"]
    if not field:
        return
    created = len((await session.execute(_USED_FROM_PAYMENTS)).all())

    # the letter each collector used most; collectors without payments get a free letter
    letter_of = func.left(Payment.receipt_number, literal_column("1"))
    usage = await session.execute(
        select(Payment.collector_id, letter_of, func.count())
        .where(Payment.receipt_number.is_not(None))
        .group_by(Payment.collector_id, letter_of)
    )
    by_collector: dict[int | None, Counter[str]] = defaultdict(Counter)
    for collector_id, letter, n in usage:
        by_collector[collector_id][str(letter)] += int(n)
    taken: set[str] = set()
    letters: dict[int | None, str] = {}
    for holder in [None, *field]:
        ranked = [
            letter for letter, _ in by_collector.get(holder, Counter()).most_common() if letter not in taken
        ]
        letter = ranked[0] if ranked else next((c for c in "PQRSTUVWXYZ" if c not in taken), None)
        if letter is None:
            continue
        letters[holder] = letter
        taken.add(letter)

    highest = {
        str(p): int(n or 0)
        for p, n in await session.execute(
            select(Receipt.prefix, func.max(Receipt.seq)).group_by(Receipt.prefix)
        )
    }
    limits = {int(e): int(n) for e, n in await session.execute(select(Employee.id, Employee.receipt_limit))}
    active_rows = await session.execute(
        select(Receipt.collector_id, func.count())
        .where(Receipt.status.in_(ACTIVE_STATUSES), Receipt.collector_id.is_not(None))
        .group_by(Receipt.collector_id)
    )
    active = {int(cid or 0): int(n) for cid, n in active_rows}

    batches = 0
    fresh: list[Receipt] = []
    for holder, letter in letters.items():
        start = int(highest.get(letter, 0)) + 1
        stock = OFFICE_STOCK if holder is None else STOCK_PER_COLLECTOR
        last = min(9999, start + stock + SPARE_UNASSIGNED - 1)
        if start > last:
            continue
        batch = ReceiptBatch(
            prefix=letter,
            first_seq=1,
            last_seq=last,
            kind=ReceiptKind.PAPER,
            created_count=last - start + 1,
            skipped_count=start - 1,
            created_by_user_id=ctx.users.get("gerente.cobranza"),
            created_at=now - timedelta(days=200),
        )
        session.add(batch)
        await session.flush()
        batches += 1
        if holder is not None:
            stock = max(0, min(stock, int(limits.get(holder, 50)) - active.get(holder, 0)))
        for seq in range(start, last + 1):
            assigned = seq < start + stock
            fresh.append(
                Receipt(
                    number=f"{letter}{seq:04d}",
                    prefix=letter,
                    seq=seq,
                    batch_id=batch.id,
                    kind=ReceiptKind.PAPER,
                    status=ReceiptStatus.ASSIGNED if assigned else ReceiptStatus.UNASSIGNED,
                    collector_id=holder if assigned else None,
                    at_office=assigned and holder is None,
                    assigned_at=now - timedelta(days=rng.randrange(1, 20)) if assigned else None,
                )
            )
    session.add_all(fresh)
    await session.flush()

    # a few in every other state: lost, cancelled before delivery, skipped (one confirmed)
    held = [r for r in fresh if r.status == ReceiptStatus.ASSIGNED and r.collector_id is not None]
    by_holder: dict[int, list[Receipt]] = defaultdict(list)
    for receipt in held:
        by_holder[int(receipt.collector_id or 0)].append(receipt)
    for i, (_, receipts) in enumerate(sorted(by_holder.items())):
        if len(receipts) < 6:
            continue
        if i % 3 == 0:
            receipts[-1].status, receipts[-1].lost_at = ReceiptStatus.LOST, now - timedelta(days=2)
            receipts[-1].notes = "Extraviado en ruta (reporte del cobrador)."
        if i % 4 == 1:
            receipts[-2].status = ReceiptStatus.CANCELLED_UNDELIVERED
            receipts[-2].cancelled_at = now - timedelta(days=5)
            receipts[-2].notes = "Talonario dañado por lluvia."
        if i % 2 == 0:
            receipts[0].skipped_at = now - timedelta(hours=rng.randrange(2, 30))
        if i % 4 == 0:
            receipts[1].skipped_at = now - timedelta(days=1)
            receipts[1].skipped_confirmed_at = now - timedelta(hours=20)
            receipts[1].loss_due_at = receipts[1].skipped_confirmed_at + timedelta(days=3)
    await session.flush()
    ctx.add_count("receipt", created + len(fresh))
    ctx.add_count("receipt_batch", batches)
