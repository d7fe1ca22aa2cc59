"""Clients (policyholders)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Computed, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import DIGITS_10, RFC_PATTERN, Base, IdMixin, SoftDeleteMixin, TimestampMixin

if TYPE_CHECKING:
    from app.models.geo import Address
    from app.models.vehicle import Vehicle


class Client(IdMixin, TimestampMixin, SoftDeleteMixin, Base):
    __tablename__ = "client"
    __table_args__ = (
        CheckConstraint(f"rfc ~ '{RFC_PATTERN}'", name="rfc_format"),
        CheckConstraint(f"phone_whatsapp ~ '{DIGITS_10}'", name="phone_whatsapp_format"),
        CheckConstraint(f"phone_secondary ~ '{DIGITS_10}'", name="phone_secondary_format"),
        # pattern_ops: prefix searches (LIKE 'PEGJ%', '3312%') use them whatever the database's
        # collation, and so do equality lookups (duplicates, exact RFC / phone)
        Index("ix_client_rfc_pattern", "rfc", postgresql_ops={"rfc": "varchar_pattern_ops"}),
        Index(
            "ix_client_phone_whatsapp_pattern",
            "phone_whatsapp",
            postgresql_ops={"phone_whatsapp": "varchar_pattern_ops"},
        ),
        Index(
            "ix_client_phone_secondary_pattern",
            "phone_secondary",
            postgresql_ops={"phone_secondary": "varchar_pattern_ops"},
        ),
    )

    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    second_last_name: Mapped[str | None] = mapped_column(String(80))
    full_name: Mapped[str] = mapped_column(
        Text,
        Computed("first_name || ' ' || last_name || coalesce(' ' || second_last_name, '')", persisted=True),
    )
    rfc: Mapped[str | None] = mapped_column(String(13))
    phone_whatsapp: Mapped[str] = mapped_column(String(10))
    phone_secondary: Mapped[str | None] = mapped_column(String(10))
    email: Mapped[str | None] = mapped_column(String(254))
    address_id: Mapped[int | None] = mapped_column(ForeignKey("address.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    address: Mapped[Address | None] = relationship(lazy="raise")
    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="client", lazy="raise")


# Accent- and case-insensitive fuzzy name search: WHERE immutable_unaccent(lower(full_name)) % :q
# (immutable_unaccent() is created by the first migration: unaccent() itself is only STABLE).
Index(
    "ix_client_full_name_trgm",
    func.immutable_unaccent(func.lower(Client.full_name)).label("full_name_search"),
    postgresql_using="gin",
    postgresql_ops={"full_name_search": "gin_trgm_ops"},
)
# Ordering by name (and the duplicate check's equality) on the same folded expression.
Index("ix_client_name_sort", func.immutable_unaccent(func.lower(Client.full_name)))


class ClientNameWord(Base):
    """The vocabulary of client names: every folded word (3+ letters) that appears in a name.

    Filled by statement-level triggers on ``client`` (insert, and update of the name columns; the
    migration backfills it) and never pruned: a word left by a renamed or deleted client only
    costs a correction that finds nobody. The search uses it to correct a misspelt word into the
    real words it is one or two edits away from ("jaun" -> "juan", "garsia" -> "garcia")."""

    __tablename__ = "client_name_word"
    __table_args__ = (
        Index(
            "ix_client_name_word_trgm",
            "word",
            postgresql_using="gin",
            postgresql_ops={"word": "gin_trgm_ops"},
        ),
    )

    word: Mapped[str] = mapped_column(Text, primary_key=True)
