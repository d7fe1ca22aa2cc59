"""The payments ledger (``payment_transaction``): append-only history of money applied.

The installment row (``payment``) keeps the current state; every payment, partial payment
(abono) and reversal is one ledger entry. A reversal is a *compensating* entry (negative amount,
``reverses_id`` = the entry it compensates): nothing is ever deleted or rewritten. ``before`` keeps
the installment, the partial, the receipt and the card as they were before the entry, which is
exactly what a reversal restores.

``receipt_id`` and ``proposal_id`` name rows of the receipts and authorization modules; they carry
no foreign key here because those tables are created by their own migrations (see
docs/decisions.md, 2026-11-28 "payment ledger").
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin
from app.models.enums import LedgerEntryKind, LedgerSource, PaymentMethod, pg_enum


class PaymentTransaction(IdMixin, Base):
    __tablename__ = "payment_transaction"
    __table_args__ = (
        CheckConstraint(
            "(kind = 'reversal') = (amount < 0 AND reverses_id IS NOT NULL)",
            name="reversal_negative_and_linked",
        ),
        CheckConstraint("(kind = 'partial') <= (partial_payment_id IS NOT NULL)", name="partial_linked"),
        # one reversal per entry
        Index(
            "uq_payment_transaction_reverses_id",
            "reverses_id",
            unique=True,
            postgresql_where=text("reverses_id IS NOT NULL"),
        ),
        Index("ix_payment_transaction_payment_id_created_at", "payment_id", "created_at"),
        # the home: entries of a day (range) and the latest ones (read backwards)
        Index("ix_payment_transaction_created_at_id", "created_at", "id"),
    )

    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"))
    partial_payment_id: Mapped[int | None] = mapped_column(ForeignKey("partial_payment.id"))
    kind: Mapped[LedgerEntryKind] = mapped_column(pg_enum(LedgerEntryKind))
    source: Mapped[LedgerSource] = mapped_column(pg_enum(LedgerSource))
    amount: Mapped[Decimal]
    method: Mapped[PaymentMethod | None] = mapped_column(pg_enum(PaymentMethod))
    receipt_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    receipt_number: Mapped[str | None] = mapped_column(String(20))
    paid_date: Mapped[date]
    collector_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    proposal_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("payment_transaction.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    #: the installment, partial, receipt and card as they were before this entry
    before: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
