"""Dashboard (home summary) indexes

The home counts what happened today (a ``created_at`` / ``cancelled_at`` range) and lists the
latest entries (``ORDER BY created_at DESC, id DESC LIMIT n``). Without these, each section was a
parallel sequential scan of its whole table plus a sort (at 10x: 250k policies, 1.26M ledger
entries): ~1.3 s for an admin's home. A btree on (timestamp, id) serves both the range and,
read backwards, the ordered LIMIT with no sort.

- ``ix_policy_created_at_id``: policies created today; latest policies (a seller's too: the
  backward scan filters ``seller_id``, the planner still picks ``ix_policy_seller_id`` for a
  seller with few policies).
- ``ix_payment_transaction_created_at_id``: payments received today; latest ledger entries.
- ``ix_policy_cancellation_cancelled_at_id``: cancellations today; latest cancellations.

Revision ID: 0013
Revises: 0010
Create Date: 2026-11-29 01:10:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (
    ("ix_policy_created_at_id", "policy", ["created_at", "id"]),
    ("ix_payment_transaction_created_at_id", "payment_transaction", ["created_at", "id"]),
    ("ix_policy_cancellation_cancelled_at_id", "policy_cancellation", ["cancelled_at", "id"]),
)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
