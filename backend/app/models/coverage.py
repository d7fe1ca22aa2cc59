"""Coverage catalogue: one priced row per name x vehicle key x service type x cylinder band."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Identity,
    Integer,
    SmallInteger,
    String,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, TimestampMixin
from app.models.enums import CoverageCategory, CylinderBand, ServiceType, pg_enum
from app.models.vehicle import VehicleKey


class Coverage(TimestampMixin, Base):
    __tablename__ = "coverage"
    __table_args__ = (
        UniqueConstraint(
            "name", "vehicle_key", "service_type", "cylinder_band", postgresql_nulls_not_distinct=True
        ),
        CheckConstraint(
            "cash_price >= 0 AND credit_price >= 0 AND initial_payment >= 0", name="prices_not_negative"
        ),
        CheckConstraint("initial_payment <= credit_price", name="initial_payment_within_credit_price"),
        CheckConstraint("tow_services_included >= 0", name="tow_services_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    vehicle_key: Mapped[int] = mapped_column(ForeignKey("vehicle_key.code"))
    service_type: Mapped[ServiceType] = mapped_column(pg_enum(ServiceType))
    cylinder_band: Mapped[CylinderBand | None] = mapped_column(pg_enum(CylinderBand))
    category: Mapped[CoverageCategory] = mapped_column(pg_enum(CoverageCategory))
    level: Mapped[int] = mapped_column(SmallInteger)  # order on the ladder, low to high
    # AMPLIA-family prices are 0.00: they are quoted per vehicle by the external quote system.
    cash_price: Mapped[Decimal]
    credit_price: Mapped[Decimal]
    initial_payment: Mapped[Decimal]  # enganche (down payment)
    tow_services_included: Mapped[int] = mapped_column(SmallInteger, server_default=text("0"))
    is_active: Mapped[bool] = mapped_column(server_default=true())

    key: Mapped[VehicleKey] = relationship(lazy="raise")
