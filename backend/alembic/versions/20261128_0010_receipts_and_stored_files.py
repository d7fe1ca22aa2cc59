"""Receipts (batches, paper and digital receipts, the digital sequence) and stored files

``receipt_batch`` + ``receipt`` (lifecycle in app/modules/receipts/lifecycle.py; the partial index
on ``loss_due_at`` serves the hourly lost-receipts job), ``receipt_digital_seq`` (the digital
series: never MAX + 1) and ``stored_file`` (uploads: sniffed type, size, sha256, owner record).

Revision ID: 0010
Revises: 0012
Create Date: 2026-11-28 22:22:18.620283+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0010"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RECEIPT_KIND = postgresql.ENUM("paper", "digital", name="receipt_kind", create_type=False)
RECEIPT_STATUS = postgresql.ENUM(
    "unassigned",
    "assigned",
    "used",
    "delivered",
    "lost",
    "cancelled_undelivered",
    "cancelled",
    name="receipt_status",
    create_type=False,
)
STORAGE_BACKEND = postgresql.ENUM("local", "remote", name="storage_backend", create_type=False)
ENUMS = (RECEIPT_KIND, RECEIPT_STATUS, STORAGE_BACKEND)


def upgrade() -> None:
    bind = op.get_bind()
    for enum in ENUMS:
        enum.create(bind, checkfirst=False)
    op.execute("CREATE SEQUENCE receipt_digital_seq AS bigint START WITH 1")
    op.create_table(
        "receipt_batch",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("prefix", sa.String(length=1), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("kind", RECEIPT_KIND, server_default="paper", nullable=False),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.Column("created_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("prefix ~ '^[A-Z]$'", name=op.f("ck_receipt_batch_prefix_letter")),
        sa.CheckConstraint(
            "first_seq >= 1 AND last_seq <= 9999 AND first_seq <= last_seq",
            name=op.f("ck_receipt_batch_range_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"], ["app_user.id"], name=op.f("fk_receipt_batch_created_by_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_batch")),
    )
    op.create_table(
        "stored_file",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("backend", STORAGE_BACKEND, nullable=False),
        sa.Column("remote_id", sa.String(length=200), nullable=True),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=120), nullable=False),
        sa.Column("owner_table", sa.String(length=63), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=True),
        sa.Column("uploaded_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "(backend = 'remote') = (remote_id IS NOT NULL)", name=op.f("ck_stored_file_remote_id_coherent")
        ),
        sa.CheckConstraint("size > 0", name=op.f("ck_stored_file_size_positive")),
        sa.ForeignKeyConstraint(
            ["uploaded_by_user_id"], ["app_user.id"], name=op.f("fk_stored_file_uploaded_by_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stored_file")),
    )
    op.create_index("ix_stored_file_owner", "stored_file", ["owner_table", "owner_id"], unique=False)
    op.create_index(
        op.f("ix_stored_file_uploaded_by_user_id"), "stored_file", ["uploaded_by_user_id"], unique=False
    )
    op.create_table(
        "receipt",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("prefix", sa.String(length=1), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("batch_id", sa.BigInteger(), nullable=True),
        sa.Column("kind", RECEIPT_KIND, server_default="paper", nullable=False),
        sa.Column(
            "status",
            RECEIPT_STATUS,
            server_default="unassigned",
            nullable=False,
        ),
        sa.Column("collector_id", sa.BigInteger(), nullable=True),
        sa.Column("at_office", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lost_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("payment_id", sa.BigInteger(), nullable=True),
        sa.Column("policy_id", sa.BigInteger(), nullable=True),
        sa.Column("skipped_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("skipped_confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("loss_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.SmallInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "status NOT IN ('assigned', 'used', 'delivered') OR at_office OR collector_id IS NOT NULL",
            name=op.f("ck_receipt_holder_when_assigned"),
        ),
        sa.CheckConstraint(
            "NOT (at_office AND collector_id IS NOT NULL)", name=op.f("ck_receipt_one_holder")
        ),
        sa.CheckConstraint("seq >= 1", name=op.f("ck_receipt_seq_positive")),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["receipt_batch.id"], name=op.f("fk_receipt_batch_id_receipt_batch")
        ),
        sa.ForeignKeyConstraint(
            ["collector_id"], ["employee.id"], name=op.f("fk_receipt_collector_id_employee")
        ),
        sa.ForeignKeyConstraint(["payment_id"], ["payment.id"], name=op.f("fk_receipt_payment_id_payment")),
        sa.ForeignKeyConstraint(["policy_id"], ["policy.id"], name=op.f("fk_receipt_policy_id_policy")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt")),
        sa.UniqueConstraint("number", name=op.f("uq_receipt_number")),
    )
    op.create_index(op.f("ix_receipt_batch_id"), "receipt", ["batch_id"], unique=False)
    op.create_index("ix_receipt_collector_id_status", "receipt", ["collector_id", "status"], unique=False)
    op.create_index(
        "ix_receipt_loss_due_at",
        "receipt",
        ["loss_due_at"],
        unique=False,
        postgresql_where=sa.text("loss_due_at IS NOT NULL"),
    )
    op.create_index(op.f("ix_receipt_payment_id"), "receipt", ["payment_id"], unique=False)
    op.create_index(op.f("ix_receipt_policy_id"), "receipt", ["policy_id"], unique=False)
    op.create_index("ix_receipt_prefix_seq", "receipt", ["prefix", "seq"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_receipt_prefix_seq", table_name="receipt")
    op.drop_index(op.f("ix_receipt_policy_id"), table_name="receipt")
    op.drop_index(op.f("ix_receipt_payment_id"), table_name="receipt")
    op.drop_index(
        "ix_receipt_loss_due_at", table_name="receipt", postgresql_where=sa.text("loss_due_at IS NOT NULL")
    )
    op.drop_index("ix_receipt_collector_id_status", table_name="receipt")
    op.drop_index(op.f("ix_receipt_batch_id"), table_name="receipt")
    op.drop_table("receipt")
    op.drop_index(op.f("ix_stored_file_uploaded_by_user_id"), table_name="stored_file")
    op.drop_index("ix_stored_file_owner", table_name="stored_file")
    op.drop_table("stored_file")
    op.drop_table("receipt_batch")
    op.execute("DROP SEQUENCE receipt_digital_seq")
    bind = op.get_bind()
    for enum in reversed(ENUMS):
        enum.drop(bind, checkfirst=False)
