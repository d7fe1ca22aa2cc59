"""Policies captured in the seller app, waiting for the office (domain.md §4)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import SubmissionStatus, pg_enum


class PolicySubmission(IdMixin, TimestampMixin, Base):
    __tablename__ = "policy_submission"
    __table_args__ = (
        CheckConstraint("status <> 'rejected' OR rejection_reason IS NOT NULL", name="rejection_has_reason"),
        CheckConstraint("status <> 'approved' OR policy_id IS NOT NULL", name="approved_has_policy"),
        Index("ix_policy_submission_status_created_at", "status", "created_at"),
    )

    seller_employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    submitted_by_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    #: the body of ``POST /policies`` (validated by ``PolicyCreate``), JSON
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    #: stored-file ids (uuid strings) of the contract photos
    contract_photo_file_ids: Mapped[list[str]] = mapped_column(JSONB, server_default=text("'[]'::jsonb"))
    status: Mapped[SubmissionStatus] = mapped_column(
        pg_enum(SubmissionStatus), server_default=SubmissionStatus.PENDING.value
    )
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("policy.id"))
    #: a resubmission points at the rejected request it corrects (that one stays rejected)
    resubmission_of_id: Mapped[int | None] = mapped_column(ForeignKey("policy_submission.id"))
    reviewer_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    claimed_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    #: what the seller must correct, field -> Spanish note
    corrections: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    review_notes: Mapped[str | None] = mapped_column(Text)
