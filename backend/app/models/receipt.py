"""Receipts (domain.md §5): paper booklets numbered one letter + 4 digits, and the digital series.

A paper receipt is created by a batch (prefix + range), assigned to a collector (within their
``receipt_limit``) or to the OFICINA holder (``at_office``), used by a payment, delivered with the
money to the office, or lost / cancelled. Digital receipts (app collections) take their number
from ``receipt_digital_seq`` (never MAX + 1) with the prefix of the setting
``receipt_digital_prefix``. The lifecycle is the explicit table in
``app.modules.receipts.lifecycle``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Sequence,
    SmallInteger,
    String,
    Text,
    false,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import ReceiptKind, ReceiptStatus, pg_enum

#: the digital receipt series: its own sequence, never MAX(seq) + 1
receipt_digital_seq = Sequence("receipt_digital_seq", data_type=BigInteger, metadata=Base.metadata)

__all__ = ["Receipt", "ReceiptBatch", "ReceiptKind", "ReceiptStatus", "receipt_digital_seq"]


class ReceiptBatch(IdMixin, Base):
    """One "alta de lote": prefix + range; ``created``/``skipped`` count what the range produced."""

    __tablename__ = "receipt_batch"
    __table_args__ = (
        CheckConstraint("first_seq >= 1 AND last_seq <= 9999 AND first_seq <= last_seq", name="range_valid"),
        CheckConstraint("prefix ~ '^[A-Z]$'", name="prefix_letter"),
    )

    prefix: Mapped[str] = mapped_column(String(1))
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ReceiptKind] = mapped_column(pg_enum(ReceiptKind), server_default=ReceiptKind.PAPER.value)
    created_count: Mapped[int] = mapped_column(Integer)
    skipped_count: Mapped[int] = mapped_column(Integer)
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class Receipt(IdMixin, TimestampMixin, Base):
    __tablename__ = "receipt"
    __table_args__ = (
        CheckConstraint("NOT (at_office AND collector_id IS NOT NULL)", name="one_holder"),
        CheckConstraint(
            "status NOT IN ('assigned', 'used', 'delivered') OR at_office OR collector_id IS NOT NULL",
            name="holder_when_assigned",
        ),
        CheckConstraint("seq >= 1", name="seq_positive"),
        Index("ix_receipt_collector_id_status", "collector_id", "status"),
        Index("ix_receipt_prefix_seq", "prefix", "seq"),
        # the hourly loss job scans only receipts with a pending loss schedule
        Index("ix_receipt_loss_due_at", "loss_due_at", postgresql_where=text("loss_due_at IS NOT NULL")),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)
    prefix: Mapped[str] = mapped_column(String(1))
    seq: Mapped[int] = mapped_column(BigInteger)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("receipt_batch.id"), index=True)
    kind: Mapped[ReceiptKind] = mapped_column(pg_enum(ReceiptKind), server_default=ReceiptKind.PAPER.value)
    status: Mapped[ReceiptStatus] = mapped_column(
        pg_enum(ReceiptStatus), server_default=ReceiptStatus.UNASSIGNED.value
    )
    #: the collector holding it; NULL with ``at_office`` for the OFICINA holder (counter payments)
    collector_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    at_office: Mapped[bool] = mapped_column(server_default=false())
    assigned_at: Mapped[datetime | None]
    used_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]
    lost_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), index=True)
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("policy.id"), index=True)
    #: a higher number of the same collector was used while this one was still assigned
    skipped_at: Mapped[datetime | None]
    #: the office confirmed the skip: ``loss_due_at`` = confirmation + receipt_loss_days
    skipped_confirmed_at: Mapped[datetime | None]
    loss_due_at: Mapped[datetime | None]
    notes: Mapped[str | None] = mapped_column(Text)
    #: bumped on every change: the lost-receipts job and a concurrent use never both win
    version: Mapped[int] = mapped_column(SmallInteger, server_default=text("0"))
