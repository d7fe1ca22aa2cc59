"""Auth: sessions, 2FA backup codes, work schedules, network-access exceptions

Also ``app_user.totp_last_step`` (TOTP replay protection) and the enums session_kind, app_type.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 21:22:03.575728+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "work_schedule",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("employee_id", sa.BigInteger(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("end_time > start_time", name=op.f("ck_work_schedule_end_after_start")),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_work_schedule_weekday_range")),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_work_schedule_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_schedule")),
        sa.UniqueConstraint(
            "employee_id",
            "weekday",
            "start_time",
            name=op.f("uq_work_schedule_employee_id_weekday_start_time"),
        ),
    )
    op.create_index(op.f("ix_work_schedule_employee_id"), "work_schedule", ["employee_id"], unique=False)
    op.create_table(
        "access_exception",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("granted_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_access_exception_ends_after_starts")),
        sa.ForeignKeyConstraint(
            ["granted_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_access_exception_granted_by_user_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_access_exception_user_id_app_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_exception")),
    )
    op.create_index(
        "ix_access_exception_user_id_ends_at", "access_exception", ["user_id", "ends_at"], unique=False
    )
    op.create_table(
        "auth_session",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.Enum("web", "mobile", name="session_kind"), nullable=False),
        sa.Column("device_id", sa.String(length=128), nullable=True),
        sa.Column("app_type", sa.Enum("collector", "seller", "adjuster", name="app_type"), nullable=True),
        sa.Column("app_version", sa.String(length=40), nullable=True),
        sa.Column("push_token", sa.Text(), nullable=True),
        sa.Column("ip", postgresql.INET(), nullable=True),
        sa.Column("user_agent", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column(
            "last_seen_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.String(length=40), nullable=True),
        sa.Column("revoked_by_user_id", sa.BigInteger(), nullable=True),
        sa.CheckConstraint(
            "(kind = 'mobile') = (app_type IS NOT NULL)", name=op.f("ck_auth_session_mobile_has_app_type")
        ),
        sa.ForeignKeyConstraint(
            ["revoked_by_user_id"], ["app_user.id"], name=op.f("fk_auth_session_revoked_by_user_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_auth_session_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_session")),
    )
    op.create_index(
        "ix_auth_session_user_id_active",
        "auth_session",
        ["user_id"],
        unique=False,
        postgresql_where=sa.text("revoked_at IS NULL"),
    )
    op.create_table(
        "user_backup_code",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_user_backup_code_user_id_app_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_backup_code")),
        sa.UniqueConstraint("user_id", "code_hash", name=op.f("uq_user_backup_code_user_id_code_hash")),
    )
    op.create_index(op.f("ix_user_backup_code_user_id"), "user_backup_code", ["user_id"], unique=False)
    op.add_column("app_user", sa.Column("totp_last_step", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.drop_column("app_user", "totp_last_step")
    op.drop_index(op.f("ix_user_backup_code_user_id"), table_name="user_backup_code")
    op.drop_table("user_backup_code")
    op.drop_index(
        "ix_auth_session_user_id_active",
        table_name="auth_session",
        postgresql_where=sa.text("revoked_at IS NULL"),
    )
    op.drop_table("auth_session")
    op.drop_index("ix_access_exception_user_id_ends_at", table_name="access_exception")
    op.drop_table("access_exception")
    op.drop_index(op.f("ix_work_schedule_employee_id"), table_name="work_schedule")
    op.drop_table("work_schedule")
    sa.Enum(name="app_type").drop(op.get_bind())
    sa.Enum(name="session_kind").drop(op.get_bind())
