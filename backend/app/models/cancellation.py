"""Policy cancellations with their admin-editable code catalogue (C1-C5)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, SmallInteger, String, Text, false, func, text, true
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, TimestampMixin


class CancellationCode(TimestampMixin, Base):
    __tablename__ = "cancellation_code"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    description: Mapped[str] = mapped_column(Text)
    #: shown highlighted (orange) in lists and the renewals report (C5)
    highlight: Mapped[bool] = mapped_column(server_default=false())
    #: blocks automatic renewal offers (C5)
    blocks_renewal: Mapped[bool] = mapped_column(server_default=false())
    is_active: Mapped[bool] = mapped_column(server_default=true())


class PolicyCancellation(IdMixin, TimestampMixin, Base):
    """A cancellation and, when undone, its undo. ``snapshot`` keeps what the cancellation
    changed (installment statuses, card holder and status, policy status) for an exact undo."""

    __tablename__ = "policy_cancellation"
    __table_args__ = (
        Index(
            "uq_policy_cancellation_live",
            "policy_id",
            unique=True,
            postgresql_where=text("undone_at IS NULL"),
        ),
        # the home: cancellations of a day (range) and the latest ones (read backwards)
        Index("ix_policy_cancellation_cancelled_at_id", "cancelled_at", "id"),
    )

    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id"), index=True)
    code: Mapped[str] = mapped_column(ForeignKey("cancellation_code.code"))
    reason: Mapped[str] = mapped_column(Text)
    payments_made: Mapped[int] = mapped_column(SmallInteger)
    cancelled_at: Mapped[datetime] = mapped_column(server_default=func.now())
    cancelled_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSONB)
    notify_seller: Mapped[bool] = mapped_column(server_default=false())
    notify_collector: Mapped[bool] = mapped_column(server_default=false())
    notify_client: Mapped[bool] = mapped_column(server_default=false())
    seller_notified_at: Mapped[datetime | None]
    collector_notified_at: Mapped[datetime | None]
    client_notified_at: Mapped[datetime | None]
    undone_at: Mapped[datetime | None]
    undone_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    undo_reason: Mapped[str | None] = mapped_column(Text)

    cancellation_code: Mapped[CancellationCode] = relationship(lazy="raise")
