"""Payments ledger: ``payment_transaction`` (append-only; reversals are compensating entries)

``receipt_id`` and ``proposal_id`` carry no foreign key: the receipt and proposal tables are
created by other migrations of the same issue (docs/decisions.md, "payment ledger").

Revision ID: 0011
Revises: 0005
Create Date: 2026-11-28 22:20:13.889547+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0011"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEDGER_ENTRY_KIND = postgresql.ENUM(
    "payment", "partial", "reversal", name="ledger_entry_kind", create_type=False
)
LEDGER_SOURCE = postgresql.ENUM(
    "counter", "proposal", "edit", "reversal", name="ledger_source", create_type=False
)
PAYMENT_METHOD = postgresql.ENUM(name="payment_method", create_type=False)


def upgrade() -> None:
    LEDGER_ENTRY_KIND.create(op.get_bind(), checkfirst=False)
    LEDGER_SOURCE.create(op.get_bind(), checkfirst=False)
    op.create_table(
        "payment_transaction",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("payment_id", sa.BigInteger(), nullable=False),
        sa.Column("partial_payment_id", sa.BigInteger(), nullable=True),
        sa.Column("kind", LEDGER_ENTRY_KIND, nullable=False),
        sa.Column("source", LEDGER_SOURCE, nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("method", PAYMENT_METHOD, nullable=True),
        sa.Column("receipt_id", sa.BigInteger(), nullable=True),
        sa.Column("receipt_number", sa.String(length=20), nullable=True),
        sa.Column("paid_date", sa.Date(), nullable=False),
        sa.Column("collector_id", sa.BigInteger(), nullable=True),
        sa.Column("proposal_id", sa.BigInteger(), nullable=True),
        sa.Column("reverses_id", sa.BigInteger(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column(
            "before",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("created_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "(kind = 'partial') <= (partial_payment_id IS NOT NULL)",
            name=op.f("ck_payment_transaction_partial_linked"),
        ),
        sa.CheckConstraint(
            "(kind = 'reversal') = (amount < 0 AND reverses_id IS NOT NULL)",
            name=op.f("ck_payment_transaction_reversal_negative_and_linked"),
        ),
        sa.ForeignKeyConstraint(
            ["collector_id"], ["employee.id"], name=op.f("fk_payment_transaction_collector_id_employee")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_payment_transaction_created_by_user_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["partial_payment_id"],
            ["partial_payment.id"],
            name=op.f("fk_payment_transaction_partial_payment_id_partial_payment"),
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payment.id"], name=op.f("fk_payment_transaction_payment_id_payment")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["payment_transaction.id"],
            name=op.f("fk_payment_transaction_reverses_id_payment_transaction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_transaction")),
    )
    op.create_index(op.f("ix_payment_transaction_collector_id"), "payment_transaction", ["collector_id"])
    op.create_index(
        "ix_payment_transaction_payment_id_created_at", "payment_transaction", ["payment_id", "created_at"]
    )
    op.create_index(op.f("ix_payment_transaction_proposal_id"), "payment_transaction", ["proposal_id"])
    op.create_index(op.f("ix_payment_transaction_receipt_id"), "payment_transaction", ["receipt_id"])
    op.create_index(
        "uq_payment_transaction_reverses_id",
        "payment_transaction",
        ["reverses_id"],
        unique=True,
        postgresql_where=sa.text("reverses_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_table("payment_transaction")  # drops its indexes and constraints with it
    LEDGER_SOURCE.drop(op.get_bind(), checkfirst=False)
    LEDGER_ENTRY_KIND.drop(op.get_bind(), checkfirst=False)
