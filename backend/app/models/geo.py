"""Municipalities and addresses (PostGIS points, SRID 4326)."""

from __future__ import annotations

from geoalchemy2 import Geography, WKBElement
from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Identity,
    Index,
    Integer,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import LocationSource, pg_enum


def geography_point(*, nullable: bool = True) -> Geography:
    """``geography(POINT, 4326)``; its GiST index is declared explicitly (named by convention)."""
    return Geography(geometry_type="POINT", srid=4326, spatial_index=False, nullable=nullable)


class Municipality(TimestampMixin, Base):
    __tablename__ = "municipality"
    __table_args__ = (
        UniqueConstraint("state", "name"),
        Index("ix_municipality_centroid", "centroid", postgresql_using="gist"),
    )

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(60))
    centroid: Mapped[WKBElement] = mapped_column(geography_point(nullable=False))


class Address(IdMixin, TimestampMixin, Base):
    __tablename__ = "address"
    __table_args__ = (
        CheckConstraint("postal_code ~ '^[0-9]{5}$'", name="postal_code_format"),
        CheckConstraint("(location IS NULL) = (location_source IS NULL)", name="location_has_source"),
        CheckConstraint(
            "location_source IS DISTINCT FROM 'centroid' OR location_is_approximate",
            name="centroid_is_approximate",
        ),
        Index("ix_address_location", "location", postgresql_using="gist"),
    )

    street: Mapped[str] = mapped_column(String(200))
    exterior_number: Mapped[str | None] = mapped_column(String(20))
    interior_number: Mapped[str | None] = mapped_column(String(20))
    neighborhood: Mapped[str | None] = mapped_column(String(120))
    postal_code: Mapped[str | None] = mapped_column(String(5))
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"), index=True)
    location: Mapped[WKBElement | None] = mapped_column(geography_point())
    location_source: Mapped[LocationSource | None] = mapped_column(pg_enum(LocationSource))
    location_is_approximate: Mapped[bool] = mapped_column(server_default=false())

    municipality: Mapped[Municipality] = relationship(lazy="raise")
