"""Cash handed in by collectors, counted by the office; shortages become collector debts."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import CollectorDebtStatus, pg_enum


class CashDelivery(IdMixin, Base):
    __tablename__ = "cash_delivery"
    __table_args__ = (
        CheckConstraint(
            "expected_amount >= 0 AND received_amount >= 0 AND shortage >= 0", name="amounts_not_negative"
        ),
        CheckConstraint(
            "shortage = GREATEST(expected_amount - received_amount, 0)", name="shortage_is_difference"
        ),
    )

    collector_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    expected_amount: Mapped[Decimal]
    received_amount: Mapped[Decimal]
    shortage: Mapped[Decimal]
    confirmed_by_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    confirmed_at: Mapped[datetime] = mapped_column(server_default=func.now())
    notes: Mapped[str | None] = mapped_column(Text)


class CashDeliveryItem(IdMixin, Base):
    """A proposal whose cash this delivery covers (each proposal delivered once)."""

    __tablename__ = "cash_delivery_item"

    delivery_id: Mapped[int] = mapped_column(ForeignKey("cash_delivery.id", ondelete="CASCADE"), index=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("payment_proposal.id"), unique=True)
    amount: Mapped[Decimal]


class CollectorDebt(IdMixin, TimestampMixin, Base):
    __tablename__ = "collector_debt"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    collector_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("cash_delivery.id"), unique=True)
    amount: Mapped[Decimal]
    status: Mapped[CollectorDebtStatus] = mapped_column(
        pg_enum(CollectorDebtStatus), server_default=CollectorDebtStatus.OPEN.value
    )
    settled_at: Mapped[datetime | None]
