"""Promotion referrals: the referrer's reward names the new policy that earned it

``promotion_application.referred_policy_id``: on the application that rewards a referrer's policy,
the new policy whose referral earned it (the new policy's own application carries
``referrer_policy_id``).

Revision ID: 0006
Revises: 0003
Create Date: 2026-11-28 21:34:48.524697+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("promotion_application", sa.Column("referred_policy_id", sa.BigInteger(), nullable=True))
    op.create_foreign_key(
        op.f("fk_promotion_application_referred_policy_id_policy"),
        "promotion_application",
        "policy",
        ["referred_policy_id"],
        ["id"],
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("fk_promotion_application_referred_policy_id_policy"), "promotion_application", type_="foreignkey"
    )
    op.drop_column("promotion_application", "referred_policy_id")
