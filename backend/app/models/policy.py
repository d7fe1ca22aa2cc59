"""Policies and their AMPLIA (comprehensive) quote detail."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    Sequence,
    SmallInteger,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import PaymentPlan, PolicyStatus, pg_enum

if TYPE_CHECKING:
    from app.models.card import Card
    from app.models.client import Client
    from app.models.coverage import Coverage
    from app.models.org import Employee
    from app.models.payment import Payment
    from app.models.vehicle import Vehicle

# Business folios come from a sequence, never MAX + 1. The first migration creates it starting at
# POLICY_FOLIO_START (above the legacy system's highest folio), so the START is not declared here.
policy_folio_seq = Sequence("policy_folio_seq", data_type=Integer, metadata=Base.metadata)


class Policy(IdMixin, TimestampMixin, Base):
    __tablename__ = "policy"
    __table_args__ = (
        CheckConstraint("expiration_date > effective_date", name="expiration_after_effective"),
        CheckConstraint("prima_total >= 0", name="prima_total_not_negative"),
        CheckConstraint("tow_services_available >= 0", name="tow_services_not_negative"),
        # the home: policies created in a day (range) and the latest ones (read backwards)
        Index("ix_policy_created_at_id", "created_at", "id"),
    )

    folio: Mapped[int] = mapped_column(Integer, server_default=policy_folio_seq.next_value(), unique=True)
    contract_folio: Mapped[str | None] = mapped_column(String(30), unique=True)  # paper contract
    renewal_folio: Mapped[int | None] = mapped_column(ForeignKey("policy.folio"), index=True)  # predecessor
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), index=True)
    coverage_id: Mapped[int] = mapped_column(ForeignKey("coverage.id"))
    seller_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    payment_plan: Mapped[PaymentPlan] = mapped_column(pg_enum(PaymentPlan))
    prima_total: Mapped[Decimal]
    sale_date: Mapped[date]
    elaboration_date: Mapped[date | None]
    effective_date: Mapped[date]
    expiration_date: Mapped[date] = mapped_column(index=True)
    status: Mapped[PolicyStatus] = mapped_column(
        pg_enum(PolicyStatus), server_default=PolicyStatus.PENDING.value, index=True
    )
    status_reason: Mapped[str | None] = mapped_column(Text)  # why suspended / cancelled (audited)
    tow_services_available: Mapped[int] = mapped_column(SmallInteger, server_default=text("0"))
    has_payment_issues: Mapped[bool] = mapped_column(server_default=false())
    has_fraud_observation: Mapped[bool] = mapped_column(server_default=false())
    is_restructured: Mapped[bool] = mapped_column(server_default=false())
    quote_external_id: Mapped[str | None] = mapped_column(String(40))  # AUT-XXXXXXXX (quotes system)
    #: when the quotes system confirmed the approval (an after-commit, retried job)
    quote_approved_at: Mapped[datetime | None]
    data_entry_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    contract_image_file_id: Mapped[str | None] = mapped_column(String(64))  # files service id
    notes: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship(lazy="raise")
    vehicle: Mapped[Vehicle] = relationship(lazy="raise")
    coverage: Mapped[Coverage] = relationship(lazy="raise")
    seller: Mapped[Employee] = relationship(lazy="raise")
    payments: Mapped[list[Payment]] = relationship(
        back_populates="policy", order_by="Payment.payment_number", lazy="raise"
    )
    card: Mapped[Card | None] = relationship(back_populates="policy", lazy="raise")
    amplia_detail: Mapped[PolicyAmpliaDetail | None] = relationship(
        back_populates="policy", cascade="all, delete-orphan", lazy="raise"
    )


class PolicyAmpliaDetail(TimestampMixin, Base):
    """Quoted values of an AMPLIA-family policy (commercial value = mean of purchase and sale)."""

    __tablename__ = "policy_amplia_detail"
    __table_args__ = (
        CheckConstraint(
            "purchase_price >= 0 AND sale_price >= 0 AND commercial_value >= 0", name="prices_not_negative"
        ),
        CheckConstraint(
            "deductible_damage_pct BETWEEN 0 AND 100 AND deductible_theft_pct BETWEEN 0 AND 100",
            name="deductibles_are_percentages",
        ),
    )

    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id", ondelete="CASCADE"), primary_key=True)
    purchase_price: Mapped[Decimal]
    sale_price: Mapped[Decimal]
    commercial_value: Mapped[Decimal]
    deductible_damage_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    deductible_theft_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2))

    policy: Mapped[Policy] = relationship(back_populates="amplia_detail", lazy="raise")
