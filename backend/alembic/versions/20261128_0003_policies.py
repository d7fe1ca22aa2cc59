"""Policies: status updater runs, cancellations (C1-C5), promotions, installment seller

Also the (status, due_date) index of unpaid installments the StatusUpdater scans, and
``policy.quote_approved_at``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 21:27:58.828895+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cancellation_code",
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("highlight", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("blocks_renewal", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_cancellation_code")),
    )
    op.create_table(
        "promotion",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("stackable", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("usage_limit_total", sa.Integer(), nullable=True),
        sa.Column("usage_limit_per_client", sa.Integer(), nullable=True),
        sa.Column("created_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_promotion_ends_after_starts")),
        sa.CheckConstraint(
            "usage_limit_per_client IS NULL OR usage_limit_per_client > 0",
            name=op.f("ck_promotion_usage_limit_per_client_positive"),
        ),
        sa.CheckConstraint(
            "usage_limit_total IS NULL OR usage_limit_total > 0",
            name=op.f("ck_promotion_usage_limit_total_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"], ["app_user.id"], name=op.f("fk_promotion_created_by_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promotion")),
        sa.UniqueConstraint("code", name=op.f("uq_promotion_code")),
    )
    op.create_table(
        "status_update_run",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("trigger", sa.String(length=20), nullable=False),
        sa.Column("triggered_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("installments_changed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("policies_changed", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["triggered_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_status_update_run_triggered_by_user_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_update_run")),
    )
    op.create_index("ix_status_update_run_mode_as_of", "status_update_run", ["mode", "as_of"], unique=False)
    op.create_table(
        "promotion_rule",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("promotion_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "benefit_type",
            sa.Enum("percentage", "fixed_amount", "free_months", "zero_down_payment", name="benefit_type"),
            nullable=False,
        ),
        sa.Column("value", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column(
            "conditions",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("priority", sa.SmallInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_promotion_rule_value_not_negative")),
        sa.ForeignKeyConstraint(
            ["promotion_id"],
            ["promotion.id"],
            name=op.f("fk_promotion_rule_promotion_id_promotion"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promotion_rule")),
    )
    op.create_index(op.f("ix_promotion_rule_promotion_id"), "promotion_rule", ["promotion_id"], unique=False)
    op.create_table(
        "policy_cancellation",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("policy_id", sa.BigInteger(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("payments_made", sa.SmallInteger(), nullable=False),
        sa.Column(
            "cancelled_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("cancelled_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("snapshot", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("notify_seller", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("notify_collector", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("notify_client", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("seller_notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("collector_notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("client_notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("undo_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["cancelled_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_policy_cancellation_cancelled_by_user_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["code"], ["cancellation_code.code"], name=op.f("fk_policy_cancellation_code_cancellation_code")
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policy.id"], name=op.f("fk_policy_cancellation_policy_id_policy")
        ),
        sa.ForeignKeyConstraint(
            ["undone_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_policy_cancellation_undone_by_user_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_cancellation")),
    )
    op.create_index(
        op.f("ix_policy_cancellation_policy_id"), "policy_cancellation", ["policy_id"], unique=False
    )
    op.create_index(
        "uq_policy_cancellation_live",
        "policy_cancellation",
        ["policy_id"],
        unique=True,
        postgresql_where=sa.text("undone_at IS NULL"),
    )
    op.create_table(
        "promotion_application",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("promotion_id", sa.BigInteger(), nullable=False),
        sa.Column("rule_id", sa.BigInteger(), nullable=False),
        sa.Column("policy_id", sa.BigInteger(), nullable=False),
        sa.Column("discount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("changes", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("referrer_policy_id", sa.BigInteger(), nullable=True),
        sa.Column("applied_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("applied_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("reverted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reverted_by_user_id", sa.BigInteger(), nullable=True),
        sa.CheckConstraint("discount >= 0", name=op.f("ck_promotion_application_discount_not_negative")),
        sa.ForeignKeyConstraint(
            ["applied_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_promotion_application_applied_by_user_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policy.id"], name=op.f("fk_promotion_application_policy_id_policy")
        ),
        sa.ForeignKeyConstraint(
            ["promotion_id"], ["promotion.id"], name=op.f("fk_promotion_application_promotion_id_promotion")
        ),
        sa.ForeignKeyConstraint(
            ["referrer_policy_id"],
            ["policy.id"],
            name=op.f("fk_promotion_application_referrer_policy_id_policy"),
        ),
        sa.ForeignKeyConstraint(
            ["reverted_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_promotion_application_reverted_by_user_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["rule_id"], ["promotion_rule.id"], name=op.f("fk_promotion_application_rule_id_promotion_rule")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promotion_application")),
    )
    op.create_index(
        op.f("ix_promotion_application_policy_id"), "promotion_application", ["policy_id"], unique=False
    )
    op.create_index(
        "uq_promotion_application_live",
        "promotion_application",
        ["promotion_id", "policy_id", "rule_id"],
        unique=True,
        postgresql_where=sa.text("reverted_at IS NULL"),
    )
    op.add_column("payment", sa.Column("seller_id", sa.BigInteger(), nullable=True))
    op.create_index(op.f("ix_payment_seller_id"), "payment", ["seller_id"], unique=False)
    op.create_index(
        "ix_payment_status_due_date_unpaid",
        "payment",
        ["status", "due_date"],
        unique=False,
        postgresql_where=sa.text("status IN ('pending', 'late', 'overdue')"),
    )
    op.create_foreign_key(op.f("fk_payment_seller_id_employee"), "payment", "employee", ["seller_id"], ["id"])
    op.add_column("policy", sa.Column("quote_approved_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("policy", "quote_approved_at")
    op.drop_constraint(op.f("fk_payment_seller_id_employee"), "payment", type_="foreignkey")
    op.drop_index(
        "ix_payment_status_due_date_unpaid",
        table_name="payment",
        postgresql_where=sa.text("status IN ('pending', 'late', 'overdue')"),
    )
    op.drop_index(op.f("ix_payment_seller_id"), table_name="payment")
    op.drop_column("payment", "seller_id")
    op.drop_index(
        "uq_promotion_application_live",
        table_name="promotion_application",
        postgresql_where=sa.text("reverted_at IS NULL"),
    )
    op.drop_index(op.f("ix_promotion_application_policy_id"), table_name="promotion_application")
    op.drop_table("promotion_application")
    op.drop_index(
        "uq_policy_cancellation_live",
        table_name="policy_cancellation",
        postgresql_where=sa.text("undone_at IS NULL"),
    )
    op.drop_index(op.f("ix_policy_cancellation_policy_id"), table_name="policy_cancellation")
    op.drop_table("policy_cancellation")
    op.drop_index(op.f("ix_promotion_rule_promotion_id"), table_name="promotion_rule")
    op.drop_table("promotion_rule")
    op.drop_index("ix_status_update_run_mode_as_of", table_name="status_update_run")
    op.drop_table("status_update_run")
    op.drop_table("promotion")
    op.drop_table("cancellation_code")
    sa.Enum(name="benefit_type").drop(op.get_bind())
