"""Demo payment proposals and cash deliveries (screens §1.6, §2.9, §2.10, §2.15, §2.16).

For each demo field collector (codes C* and V*), on distinct policies with an unpaid installment:
proposals in every state (pending today, one under review, one flagged with an unknown receipt, one
rejected with its reason, one cancelled by its author, applied ones through ``PaymentService.apply``
so installment, ledger, receipt, statuses and card move exactly as an approval moves them), each
with a receipt photo (a small generated PNG stored through ``FileService``) and a GPS point near
the office. Then the office receives the cash of half the collectors: one delivery complete, one
short (a collector debt). Reproducible through ``ctx.rng("proposals")``; a second run adds
nothing.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Final

from geoalchemy2.elements import WKTElement
from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import distinct_on

from app.core.clock import MEXICO_CITY, system_clock
from app.core.config import get_settings
from app.core.database import UnitOfWork
from app.demo.context import DemoContext
from app.models import Card, Payment, Policy, Receipt
from app.models.cash import CashDelivery, CashDeliveryItem, CollectorDebt
from app.models.enums import CollectorDebtStatus, PaymentMethod, PaymentStatus, PolicyStatus, ProposalStatus
from app.models.proposal import PaymentProposal
from app.models.receipt import ReceiptStatus
from app.modules.authorization.repository import ProposalRepository
from app.modules.authorization.service import compute_checks
from app.modules.files.service import FileService
from app.modules.payments.service import PaymentService
from app.modules.receipts.service import ReceiptService

PER_COLLECTOR: Final = 8
OFFICE: Final = (20.6236, -103.2343)  # Tonalá, Jalisco
_PLAN: Final = (  # status, days ago, method
    (ProposalStatus.PENDING, 0, PaymentMethod.CASH),
    (ProposalStatus.PENDING, 0, PaymentMethod.TRANSFER),
    (ProposalStatus.UNDER_REVIEW, 0, PaymentMethod.CASH),
    (ProposalStatus.PENDING, 3, PaymentMethod.CASH),  # waiting > 48 h: flagged
    (ProposalStatus.REJECTED, 2, PaymentMethod.CASH),
    (ProposalStatus.CANCELLED, 1, PaymentMethod.CASH),
    (ProposalStatus.APPLIED, 1, PaymentMethod.CASH),
    (ProposalStatus.APPLIED, 2, PaymentMethod.CASH),
)
_REJECTIONS: Final = (
    "La foto del recibo no se lee; vuelve a tomarla.",
    "El monto no coincide con el recibo entregado al cliente.",
    "El cliente pagó en oficina el mismo día.",
)


def _photo(seed: int) -> bytes:
    """A tiny valid PNG (a coloured pixel): real bytes for the photo viewer."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixel = bytes([0, seed % 256, (seed * 7) % 256, (seed * 13) % 256])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(pixel))
        + chunk(b"IEND", b"")
    )


def _at(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


class _HistoryOnly(UnitOfWork):
    """Demo rows are history, not news: the events the services publish (payment completed, receipt
    skipped...) are dropped instead of reaching sockets and messages; the caller's own transaction
    commits (or rolls back) the rows."""

    async def commit(self) -> None:
        self._after_commit = []

    async def rollback(self) -> None:
        self._after_commit = []


async def run(ctx: DemoContext) -> None:
    async with _HistoryOnly(ctx.session):
        await _run(ctx)


async def _run(ctx: DemoContext) -> None:
    session = ctx.session
    if await session.scalar(select(select(PaymentProposal.id).exists())):
        return  # a second run adds nothing (the first one's proposals hold today's policies/receipts)
    today: date = ctx.extra.get("as_of") or system_clock.today()
    rng = ctx.rng("proposals")
    office_user = ctx.users.get("gerente.cobranza") or next(iter(ctx.users.values()), None)
    collectors = [ctx.employee_codes[c] for c in sorted(ctx.employee_codes) if c[0] in "CV"]
    if not collectors or office_user is None:
        return
    # user of each collector (the proposals' author)
    user_of = {emp: ctx.users[name] for name, emp in ctx.employees.items() if name in ctx.users}

    # the earliest unpaid installment of live policies, one per policy
    first_unpaid = (
        select(Payment.id, Payment.policy_id)
        .ext(distinct_on(Payment.policy_id))
        .join(Policy, Policy.id == Payment.policy_id)
        .where(
            Payment.status.in_((PaymentStatus.PENDING, PaymentStatus.LATE, PaymentStatus.OVERDUE)),
            Policy.status.not_in((PolicyStatus.CANCELLED, PolicyStatus.SUSPENDED)),
            select(Card.id).where(Card.policy_id == Policy.id).exists(),
        )
        .order_by(Payment.policy_id, Payment.payment_number)
        .limit(PER_COLLECTOR * len(collectors))
    )
    candidates = [(int(r[0]), int(r[1])) for r in await session.execute(first_unpaid)]
    rng.shuffle(candidates)
    files = FileService(session, get_settings())
    repo = ProposalRepository(session)
    counts = {"payment_proposal": 0, "cash_delivery": 0, "collector_debt": 0}
    applied_by: dict[int, list[PaymentProposal]] = {}
    for index, collector_id in enumerate(collectors):
        author_user = user_of.get(collector_id)
        if author_user is None:
            continue
        receipts = list(
            (
                await session.scalars(
                    select(Receipt)
                    .where(Receipt.collector_id == collector_id, Receipt.status == ReceiptStatus.ASSIGNED)
                    .order_by(Receipt.seq)
                    .limit(len(_PLAN))
                )
            ).all()
        )
        mine = candidates[index * PER_COLLECTOR : (index + 1) * PER_COLLECTOR]
        for slot, ((status, days_ago, method), (payment_id, policy_id)) in enumerate(
            zip(_PLAN, mine, strict=False)
        ):
            installment = await session.get(Payment, payment_id)
            if installment is None:
                continue
            local_date = today - timedelta(days=days_ago)
            created_at = datetime.combine(local_date, time(9 + slot, rng.randrange(60)), tzinfo=MEXICO_CITY)
            number = receipts[slot].number if slot < len(receipts) else f"Z{rng.randrange(1, 9999):04d}"
            if slot == 1:
                number = f"Z{9000 + index:04d}"  # not on file: the reviewer sees it flagged in red
            partial = slot == 3 and installment.amount > Decimal("200.00")
            amount = (installment.amount / 2).quantize(Decimal("0.01")) if partial else installment.amount
            lat = OFFICE[0] + rng.uniform(-0.03, 0.03)
            lng = OFFICE[1] + rng.uniform(-0.03, 0.03)
            proposal = PaymentProposal(
                policy_id=policy_id,
                payment_id=payment_id,
                amount=amount,
                method=method,
                receipt_number=number,
                location=WKTElement(f"POINT({lng:.6f} {lat:.6f})", srid=4326),
                device_id=f"demo-android-{collector_id}",
                local_date=local_date,
                status=ProposalStatus.PENDING,
                author_employee_id=collector_id,
                author_user_id=author_user,
                checks={},
                created_at=created_at.astimezone(UTC),
            )
            session.add(proposal)
            await session.flush()
            photo = await files.store(
                _photo(proposal.id),
                filename=f"recibo-{number}.png",
                owner_table="payment_proposal",
                owner_id=proposal.id,
                user_id=author_user,
            )
            proposal.photo_file_id = photo.id
            proposal.checks = (await compute_checks(repo, ReceiptService(session), proposal)).model_dump(
                mode="json"
            )
            decided = created_at.astimezone(UTC) + timedelta(hours=2)
            if status == ProposalStatus.UNDER_REVIEW:
                proposal.status, proposal.reviewer_user_id, proposal.claimed_at = status, office_user, decided
            elif status == ProposalStatus.REJECTED:
                proposal.status, proposal.reviewer_user_id, proposal.decided_at = status, office_user, decided
                proposal.rejection_reason = _REJECTIONS[index % len(_REJECTIONS)]
            elif status == ProposalStatus.CANCELLED:
                proposal.status, proposal.decided_at = status, decided
            elif status == ProposalStatus.APPLIED and slot < len(receipts):
                entry = await PaymentService(session, user_id=office_user, now=_at(decided)).apply(
                    payment_id,
                    amount=amount,
                    method=method,
                    paid_date=local_date,
                    receipt_number=number,
                    collector_id=collector_id,
                    source="proposal",
                    proposal_id=proposal.id,
                    user_id=office_user,
                    as_of=today,
                )
                proposal.status = ProposalStatus.APPLIED
                proposal.reviewer_user_id, proposal.decided_at = office_user, decided
                proposal.payment_transaction_id, proposal.receipt_id = entry.id, entry.receipt_id
                applied_by.setdefault(collector_id, []).append(proposal)
            await session.flush()
            counts["payment_proposal"] += 1

    # the office received the cash of every other collector: one complete, one short
    for turn, (collector_id, proposals) in enumerate(sorted(applied_by.items())):
        if turn % 2 == 1 or not proposals:
            continue
        expected = sum((p.amount for p in proposals), Decimal("0.00"))
        short = Decimal("50.00") if turn % 4 == 0 and expected > Decimal("50.00") else Decimal("0.00")
        at = datetime.combine(today, time(18, 0), tzinfo=MEXICO_CITY).astimezone(UTC)
        delivery = CashDelivery(
            collector_id=collector_id,
            expected_amount=expected,
            received_amount=expected - short,
            shortage=short,
            confirmed_by_user_id=office_user,
            confirmed_at=at,
            notes="Faltante al contar el efectivo." if short else None,
        )
        session.add(delivery)
        await session.flush()
        session.add_all(
            CashDeliveryItem(delivery_id=delivery.id, proposal_id=p.id, amount=p.amount) for p in proposals
        )
        if short:
            session.add(
                CollectorDebt(
                    collector_id=collector_id,
                    delivery_id=delivery.id,
                    amount=short,
                    status=CollectorDebtStatus.OPEN,
                )
            )
            counts["collector_debt"] += 1
        receipt_ids = [p.receipt_id for p in proposals if p.receipt_id is not None]
        if receipt_ids:
            await ReceiptService(session, user_id=office_user, now=_at(at)).mark_delivered(receipt_ids, at=at)
        counts["cash_delivery"] += 1
    await session.flush()
    total = await session.scalar(select(func.count()).select_from(PaymentProposal))
    for table, n in counts.items():
        ctx.add_count(table, n)
    ctx.extra["proposals_total"] = int(total or 0)
