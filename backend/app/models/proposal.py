"""Payment proposals: field collections waiting for the office's authorization (domain.md §5)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from geoalchemy2 import WKBElement
from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text, Uuid, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import PaymentMethod, ProposalStatus, pg_enum
from app.models.geo import geography_point

#: statuses in which a proposal is "open" (one per policy per day)
OPEN_STATUSES = ("pending", "under_review")
#: statuses in which a proposal holds its receipt number
RECEIPT_HOLDING_STATUSES = ("pending", "under_review", "approved")


class PaymentProposal(IdMixin, TimestampMixin, Base):
    __tablename__ = "payment_proposal"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("status <> 'rejected' OR rejection_reason IS NOT NULL", name="rejection_has_reason"),
        # one open proposal per policy per (Mexico City) day
        Index(
            "uq_payment_proposal_open_policy_day",
            "policy_id",
            "local_date",
            unique=True,
            postgresql_where=text("status IN ('pending', 'under_review')"),
        ),
        # a receipt number once among open (and approved, not yet applied) proposals
        Index(
            "uq_payment_proposal_open_receipt_number",
            "receipt_number",
            unique=True,
            postgresql_where=text("status IN ('pending', 'under_review', 'approved')"),
        ),
        Index("ix_payment_proposal_status_created_at", "status", "created_at"),
        Index("ix_payment_proposal_author_employee_id_created_at", "author_employee_id", "created_at"),
        Index("ix_payment_proposal_location", "location", postgresql_using="gist"),
    )

    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id"), index=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"), index=True)
    amount: Mapped[Decimal]
    method: Mapped[PaymentMethod] = mapped_column(pg_enum(PaymentMethod))
    receipt_number: Mapped[str] = mapped_column(String(20))
    #: the receipt row once known (receipts module); no FK so the modules migrate independently
    receipt_id: Mapped[int | None] = mapped_column(BigInteger)
    photo_file_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    location: Mapped[WKBElement | None] = mapped_column(geography_point())
    device_id: Mapped[str | None] = mapped_column(String(128))
    idempotency_key: Mapped[str | None] = mapped_column(String(128))
    local_date: Mapped[date]
    status: Mapped[ProposalStatus] = mapped_column(
        pg_enum(ProposalStatus), server_default=ProposalStatus.PENDING.value
    )
    author_employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"))
    author_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    reviewer_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    claimed_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    #: approve with corrections: {"amount": {"original": .., "corrected": ..}, ...}
    corrections: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    #: automatic checks as computed at creation (recomputed on read)
    checks: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    #: the ledger entry the approval produced (payments module)
    payment_transaction_id: Mapped[int | None] = mapped_column(BigInteger)
