"""Vehicle keys (internal catalogue codes) and insured vehicles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    SmallInteger,
    String,
    UniqueConstraint,
    func,
    literal_column,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import CylinderBand, ServiceType, VehicleType, pg_enum

if TYPE_CHECKING:
    from app.models.client import Client


class VehicleKey(Base):
    """101 AUTOMOVIL, 103 PICK UP, 105 CAMIONETA, 107 MOTOCICLETA, 108 MOTO TAXI, 109 CAMION."""

    __tablename__ = "vehicle_key"
    # Target of vehicle's composite foreign key, so a vehicle's key and type always agree.
    __table_args__ = (UniqueConstraint("code", "vehicle_type"),)

    code: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(50))
    vehicle_type: Mapped[VehicleType] = mapped_column(pg_enum(VehicleType))
    requires_cylinder_band: Mapped[bool]
    allows_comprehensive: Mapped[bool]


class Vehicle(IdMixin, TimestampMixin, Base):
    __tablename__ = "vehicle"
    __table_args__ = (
        ForeignKeyConstraint(
            ["vehicle_key", "vehicle_type"], ["vehicle_key.code", "vehicle_key.vehicle_type"]
        ),
        CheckConstraint(
            "cylinder_band IS NULL OR vehicle_type IN ('motorcycle', 'mototaxi')",
            name="cylinder_band_only_for_motorcycles",
        ),
        CheckConstraint("year BETWEEN 1900 AND 2100", name="year_range"),
    )

    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)  # the owner
    vehicle_key: Mapped[int] = mapped_column(SmallInteger)
    vehicle_type: Mapped[VehicleType] = mapped_column(pg_enum(VehicleType))
    service_type: Mapped[ServiceType] = mapped_column(pg_enum(ServiceType))
    cylinder_band: Mapped[CylinderBand | None] = mapped_column(pg_enum(CylinderBand))
    make: Mapped[str] = mapped_column(String(60))
    model: Mapped[str] = mapped_column(String(60))
    year: Mapped[int | None] = mapped_column(SmallInteger)
    color: Mapped[str | None] = mapped_column(String(40))
    serial_number: Mapped[str | None] = mapped_column(String(30), unique=True)  # VIN / NIV
    plates: Mapped[str | None] = mapped_column(String(15))
    engine_number: Mapped[str | None] = mapped_column(String(30))

    client: Mapped[Client | None] = relationship(back_populates="vehicles", lazy="raise")
    key: Mapped[VehicleKey] = relationship(viewonly=True, lazy="raise")


# Plate searches are case-insensitive.
Index("ix_vehicle_plates_upper", func.upper(Vehicle.plates))


def plates_key(column: Any) -> Any:
    """Plates as compared in lookups: upper case, letters and digits only ("jab-123 c" -> "JAB123C"),
    so rows written with dashes or spaces (legacy, demo) are found as well. Indexed below."""
    # constants, not bind parameters: a generic plan must still match the index expression
    return func.upper(
        func.regexp_replace(
            column, literal_column("'[^A-Za-z0-9]'"), literal_column("''"), literal_column("'g'")
        )
    )


Index("ix_vehicle_plates_key", plates_key(Vehicle.plates))
