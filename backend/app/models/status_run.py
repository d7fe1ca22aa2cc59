"""Execution log of the StatusUpdater: one row per run."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin


class StatusUpdateRun(IdMixin, Base):
    """mode: full (every live policy), nightly (what can change since the last run), policies
    (after a payment event). trigger: beat, payment, admin, cli."""

    __tablename__ = "status_update_run"
    __table_args__ = (Index("ix_status_update_run_mode_as_of", "mode", "as_of"),)

    as_of: Mapped[date]
    mode: Mapped[str] = mapped_column(String(20))
    trigger: Mapped[str] = mapped_column(String(20))
    triggered_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    started_at: Mapped[datetime] = mapped_column(server_default=func.now())
    finished_at: Mapped[datetime | None]
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    installments_changed: Mapped[int] = mapped_column(Integer, server_default="0")
    policies_changed: Mapped[int] = mapped_column(Integer, server_default="0")
