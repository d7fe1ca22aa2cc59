"""Installments (``payment``) and partial payments (abonos) against them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import (
    OfficeDeliveryStatus,
    PartialPaymentStatus,
    PaymentMethod,
    PaymentStatus,
    pg_enum,
)

if TYPE_CHECKING:
    from app.models.policy import Policy


class Payment(IdMixin, TimestampMixin, Base):
    """One installment of a policy's schedule; ``payment_number`` is never renumbered."""

    __tablename__ = "payment"
    __table_args__ = (
        UniqueConstraint("policy_id", "payment_number"),
        CheckConstraint("payment_number >= 1", name="payment_number_positive"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint("paid_amount >= 0", name="paid_amount_not_negative"),
        CheckConstraint("paid_date IS NULL OR status = 'paid'", name="paid_date_requires_paid"),
        CheckConstraint(
            "office_delivery_status IS DISTINCT FROM 'delivered' OR office_delivery_date IS NOT NULL",
            name="delivered_requires_date",
        ),
        # The nightly status updater and the collection lists only look at unpaid installments.
        Index(
            "ix_payment_due_date_unpaid",
            "due_date",
            postgresql_where=text("status IN ('pending', 'late', 'overdue')"),
        ),
        # the StatusUpdater's three range scans: (status, due_date) of unpaid installments
        Index(
            "ix_payment_status_due_date_unpaid",
            "status",
            "due_date",
            postgresql_where=text("status IN ('pending', 'late', 'overdue')"),
        ),
    )

    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id"))
    payment_number: Mapped[int] = mapped_column(SmallInteger)
    due_date: Mapped[date]
    amount: Mapped[Decimal]
    status: Mapped[PaymentStatus] = mapped_column(
        pg_enum(PaymentStatus), server_default=PaymentStatus.PENDING.value
    )
    paid_date: Mapped[date | None]
    paid_amount: Mapped[Decimal | None]
    payment_method: Mapped[PaymentMethod | None] = mapped_column(pg_enum(PaymentMethod))
    receipt_number: Mapped[str | None] = mapped_column(String(20))
    collector_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    #: the seller credited with this installment (commissions); follows a change of seller
    #: while unpaid
    seller_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    office_delivery_status: Mapped[OfficeDeliveryStatus | None] = mapped_column(pg_enum(OfficeDeliveryStatus))
    office_delivery_date: Mapped[date | None]
    has_problem: Mapped[bool] = mapped_column(server_default=false())
    comments: Mapped[str | None] = mapped_column(Text)

    policy: Mapped[Policy] = relationship(back_populates="payments", lazy="raise")
    partials: Mapped[list[PartialPayment]] = relationship(
        back_populates="payment", order_by="PartialPayment.partial_number", lazy="raise"
    )


class PartialPayment(IdMixin, TimestampMixin, Base):
    """An abono: "pago 2, abono 1 de 2". The installment is paid once its applied partials cover it."""

    __tablename__ = "partial_payment"
    __table_args__ = (
        UniqueConstraint("payment_id", "partial_number"),
        CheckConstraint("partial_number >= 1", name="partial_number_positive"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"))
    partial_number: Mapped[int] = mapped_column(SmallInteger)
    amount: Mapped[Decimal]
    paid_date: Mapped[date]
    payment_method: Mapped[PaymentMethod] = mapped_column(pg_enum(PaymentMethod))
    receipt_number: Mapped[str | None] = mapped_column(String(20))
    collector_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    status: Mapped[PartialPaymentStatus] = mapped_column(
        pg_enum(PartialPaymentStatus), server_default=PartialPaymentStatus.APPLIED.value
    )
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    payment: Mapped[Payment] = relationship(back_populates="partials", lazy="raise")
