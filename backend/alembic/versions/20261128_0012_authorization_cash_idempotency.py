"""Authorization workflow, cash deliveries and idempotency records

``payment_proposal`` (partial unique indexes: one open proposal per policy per day, a receipt
number once among open proposals), ``policy_submission``, ``cash_delivery`` (+ items, collector
debts) and ``idempotency_record``. ``payment_proposal.receipt_id``, ``photo_file_id`` and
``payment_transaction_id`` carry no foreign key: those tables belong to other migrations of the
same issue (docs/decisions.md).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28 22:25:00+00:00
"""

from collections.abc import Sequence

import geoalchemy2
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROPOSAL_STATUS = postgresql.ENUM(
    "pending",
    "under_review",
    "approved",
    "applied",
    "rejected",
    "cancelled",
    "reversed",
    name="proposal_status",
    create_type=False,
)
SUBMISSION_STATUS = postgresql.ENUM(
    "pending", "under_review", "approved", "rejected", name="submission_status", create_type=False
)
IDEMPOTENCY_STATE = postgresql.ENUM("in_flight", "completed", name="idempotency_state", create_type=False)
COLLECTOR_DEBT_STATUS = postgresql.ENUM("open", "settled", name="collector_debt_status", create_type=False)
PAYMENT_METHOD = postgresql.ENUM(name="payment_method", create_type=False)
_ENUMS = (PROPOSAL_STATUS, SUBMISSION_STATUS, IDEMPOTENCY_STATE, COLLECTOR_DEBT_STATUS)


def _timestamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    ]


def upgrade() -> None:
    for enum in _ENUMS:
        enum.create(op.get_bind(), checkfirst=False)

    op.create_table(
        "idempotency_record",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("path", sa.String(length=300), nullable=False),
        sa.Column("request_sha256", sa.String(length=64), nullable=False),
        sa.Column("state", IDEMPOTENCY_STATE, nullable=False),
        sa.Column("response_status", sa.SmallInteger(), nullable=True),
        sa.Column("response_body", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "key", name=op.f("pk_idempotency_record")),
    )
    op.create_index("ix_idempotency_record_expires_at", "idempotency_record", ["expires_at"])

    op.create_table(
        "payment_proposal",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("policy_id", sa.BigInteger(), nullable=False),
        sa.Column("payment_id", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("method", PAYMENT_METHOD, nullable=False),
        sa.Column("receipt_number", sa.String(length=20), nullable=False),
        sa.Column("receipt_id", sa.BigInteger(), nullable=True),
        sa.Column("photo_file_id", sa.Uuid(), nullable=True),
        sa.Column(
            "location",
            geoalchemy2.types.Geography(
                geometry_type="POINT",
                srid=4326,
                spatial_index=False,
                from_text="ST_GeogFromText",
                name="geography",
            ),
            nullable=True,
        ),
        sa.Column("device_id", sa.String(length=128), nullable=True),
        sa.Column("idempotency_key", sa.String(length=128), nullable=True),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("status", PROPOSAL_STATUS, server_default="pending", nullable=False),
        sa.Column("author_employee_id", sa.BigInteger(), nullable=False),
        sa.Column("author_user_id", sa.BigInteger(), nullable=False),
        sa.Column("reviewer_user_id", sa.BigInteger(), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        sa.Column("corrections", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column(
            "checks",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("payment_transaction_id", sa.BigInteger(), nullable=True),
        *_timestamps(),
        sa.CheckConstraint("amount > 0", name=op.f("ck_payment_proposal_amount_positive")),
        sa.CheckConstraint(
            "status <> 'rejected' OR rejection_reason IS NOT NULL",
            name=op.f("ck_payment_proposal_rejection_has_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["author_employee_id"],
            ["employee.id"],
            name=op.f("fk_payment_proposal_author_employee_id_employee"),
        ),
        sa.ForeignKeyConstraint(
            ["author_user_id"], ["app_user.id"], name=op.f("fk_payment_proposal_author_user_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payment.id"], name=op.f("fk_payment_proposal_payment_id_payment")
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policy.id"], name=op.f("fk_payment_proposal_policy_id_policy")
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_user_id"], ["app_user.id"], name=op.f("fk_payment_proposal_reviewer_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_proposal")),
    )
    op.create_index(op.f("ix_payment_proposal_policy_id"), "payment_proposal", ["policy_id"])
    op.create_index(op.f("ix_payment_proposal_payment_id"), "payment_proposal", ["payment_id"])
    op.create_index("ix_payment_proposal_status_created_at", "payment_proposal", ["status", "created_at"])
    op.create_index(
        "ix_payment_proposal_author_employee_id_created_at",
        "payment_proposal",
        ["author_employee_id", "created_at"],
    )
    op.create_index("ix_payment_proposal_location", "payment_proposal", ["location"], postgresql_using="gist")
    op.create_index(
        "uq_payment_proposal_open_policy_day",
        "payment_proposal",
        ["policy_id", "local_date"],
        unique=True,
        postgresql_where=sa.text("status IN ('pending', 'under_review')"),
    )
    op.create_index(
        "uq_payment_proposal_open_receipt_number",
        "payment_proposal",
        ["receipt_number"],
        unique=True,
        postgresql_where=sa.text("status IN ('pending', 'under_review', 'approved')"),
    )

    op.create_table(
        "policy_submission",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("seller_employee_id", sa.BigInteger(), nullable=False),
        sa.Column("submitted_by_user_id", sa.BigInteger(), nullable=False),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column(
            "contract_photo_file_ids",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("status", SUBMISSION_STATUS, server_default="pending", nullable=False),
        sa.Column("policy_id", sa.BigInteger(), nullable=True),
        sa.Column("resubmission_of_id", sa.BigInteger(), nullable=True),
        sa.Column("reviewer_user_id", sa.BigInteger(), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        sa.Column("corrections", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("review_notes", sa.Text(), nullable=True),
        *_timestamps(),
        sa.CheckConstraint(
            "status <> 'rejected' OR rejection_reason IS NOT NULL",
            name=op.f("ck_policy_submission_rejection_has_reason"),
        ),
        sa.CheckConstraint(
            "status <> 'approved' OR policy_id IS NOT NULL",
            name=op.f("ck_policy_submission_approved_has_policy"),
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policy.id"], name=op.f("fk_policy_submission_policy_id_policy")
        ),
        sa.ForeignKeyConstraint(
            ["resubmission_of_id"],
            ["policy_submission.id"],
            name=op.f("fk_policy_submission_resubmission_of_id_policy_submission"),
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_user_id"], ["app_user.id"], name=op.f("fk_policy_submission_reviewer_user_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["seller_employee_id"],
            ["employee.id"],
            name=op.f("fk_policy_submission_seller_employee_id_employee"),
        ),
        sa.ForeignKeyConstraint(
            ["submitted_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_policy_submission_submitted_by_user_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_submission")),
    )
    op.create_index(
        op.f("ix_policy_submission_seller_employee_id"), "policy_submission", ["seller_employee_id"]
    )
    op.create_index("ix_policy_submission_status_created_at", "policy_submission", ["status", "created_at"])

    op.create_table(
        "cash_delivery",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("collector_id", sa.BigInteger(), nullable=False),
        sa.Column("expected_amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("received_amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("shortage", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("confirmed_by_user_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "confirmed_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "expected_amount >= 0 AND received_amount >= 0 AND shortage >= 0",
            name=op.f("ck_cash_delivery_amounts_not_negative"),
        ),
        sa.CheckConstraint(
            "shortage = GREATEST(expected_amount - received_amount, 0)",
            name=op.f("ck_cash_delivery_shortage_is_difference"),
        ),
        sa.ForeignKeyConstraint(
            ["collector_id"], ["employee.id"], name=op.f("fk_cash_delivery_collector_id_employee")
        ),
        sa.ForeignKeyConstraint(
            ["confirmed_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_cash_delivery_confirmed_by_user_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_delivery")),
    )
    op.create_index(op.f("ix_cash_delivery_collector_id"), "cash_delivery", ["collector_id"])
    op.create_table(
        "cash_delivery_item",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("delivery_id", sa.BigInteger(), nullable=False),
        sa.Column("proposal_id", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["cash_delivery.id"],
            name=op.f("fk_cash_delivery_item_delivery_id_cash_delivery"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["payment_proposal.id"],
            name=op.f("fk_cash_delivery_item_proposal_id_payment_proposal"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_delivery_item")),
        sa.UniqueConstraint("proposal_id", name=op.f("uq_cash_delivery_item_proposal_id")),
    )
    op.create_index(op.f("ix_cash_delivery_item_delivery_id"), "cash_delivery_item", ["delivery_id"])
    op.create_table(
        "collector_debt",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("collector_id", sa.BigInteger(), nullable=False),
        sa.Column("delivery_id", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("status", COLLECTOR_DEBT_STATUS, server_default="open", nullable=False),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=True),
        *_timestamps(),
        sa.CheckConstraint("amount > 0", name=op.f("ck_collector_debt_amount_positive")),
        sa.ForeignKeyConstraint(
            ["collector_id"], ["employee.id"], name=op.f("fk_collector_debt_collector_id_employee")
        ),
        sa.ForeignKeyConstraint(
            ["delivery_id"], ["cash_delivery.id"], name=op.f("fk_collector_debt_delivery_id_cash_delivery")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collector_debt")),
        sa.UniqueConstraint("delivery_id", name=op.f("uq_collector_debt_delivery_id")),
    )
    op.create_index(op.f("ix_collector_debt_collector_id"), "collector_debt", ["collector_id"])


def downgrade() -> None:
    op.drop_table("collector_debt")
    op.drop_table("cash_delivery_item")
    op.drop_table("cash_delivery")
    op.drop_table("policy_submission")
    op.drop_table("payment_proposal")
    op.drop_table("idempotency_record")
    for enum in reversed(_ENUMS):
        enum.drop(op.get_bind(), checkfirst=False)
