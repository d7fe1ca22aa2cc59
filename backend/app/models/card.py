"""Collection cards (one per policy) and their reassignment history."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import CardHolder, CardStatus, pg_enum

if TYPE_CHECKING:
    from app.models.org import Employee
    from app.models.policy import Policy


class Card(IdMixin, TimestampMixin, Base):
    """Held by a collector, or by a virtual location (OFICINA, ARCHIVO, DEPOSITO)."""

    __tablename__ = "card"
    __table_args__ = (
        CheckConstraint(
            "(holder = 'collector') = (holder_employee_id IS NOT NULL)", name="holder_employee_coherent"
        ),
    )

    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id"), unique=True)
    holder: Mapped[CardHolder] = mapped_column(pg_enum(CardHolder))
    holder_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    status: Mapped[CardStatus] = mapped_column(pg_enum(CardStatus), server_default=CardStatus.ACTIVE.value)

    policy: Mapped[Policy] = relationship(back_populates="card", lazy="raise")
    holder_employee: Mapped[Employee | None] = relationship(lazy="raise")
    assignments: Mapped[list[CollectionAssignment]] = relationship(
        back_populates="card", order_by="CollectionAssignment.assigned_at", lazy="raise"
    )


class CollectionAssignment(IdMixin, Base):
    """One row per change of a card's holder (append-only history; ``from_*`` NULL on creation)."""

    __tablename__ = "collection_assignment"
    __table_args__ = (
        CheckConstraint(
            "(from_holder IS NOT DISTINCT FROM 'collector') = (from_employee_id IS NOT NULL)",
            name="from_employee_coherent",
        ),
        CheckConstraint(
            "(to_holder = 'collector') = (to_employee_id IS NOT NULL)", name="to_employee_coherent"
        ),
        Index("ix_collection_assignment_card_id_assigned_at", "card_id", "assigned_at"),
    )

    card_id: Mapped[int] = mapped_column(ForeignKey("card.id"))
    from_holder: Mapped[CardHolder | None] = mapped_column(pg_enum(CardHolder))
    from_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    to_holder: Mapped[CardHolder] = mapped_column(pg_enum(CardHolder))
    to_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    assigned_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    assigned_at: Mapped[datetime] = mapped_column(server_default=func.now())

    card: Mapped[Card] = relationship(back_populates="assignments", lazy="raise")
