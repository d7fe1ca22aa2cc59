"""Append-only audit log, partitioned by month."""

from __future__ import annotations

from datetime import datetime
from ipaddress import IPv4Address, IPv6Address
from typing import Any

from geoalchemy2 import Geography, WKBElement
from sqlalchemy import BigInteger, Identity, Index, String, Text, func
from sqlalchemy.dialects.postgresql import INET, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class AuditLog(Base):
    """Who did what, when and from where; before/after images of the changed row.

    The database refuses UPDATE and DELETE (trigger ``audit_log_append_only``); TRUNCATE is allowed
    (test cleanup). The table is RANGE-partitioned on ``occurred_at`` by calendar month (UTC):
    ``audit_log_ensure_partition(month)`` creates a month's partition (a monthly job creates the
    next one ahead of time) and ``audit_log_default`` catches anything else. Hence the composite
    primary key. ``user_id`` deliberately has no foreign key: the log outlives what it describes.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_occurred_at", "occurred_at", postgresql_using="brin"),
        Index("ix_audit_log_table_name_record_id", "table_name", "record_id"),
        Index("ix_audit_log_user_id_occurred_at", "user_id", "occurred_at"),
        {"postgresql_partition_by": "RANGE (occurred_at)"},
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(primary_key=True, server_default=func.now())
    user_id: Mapped[int | None] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(63))
    record_id: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(60))  # insert / update / delete or a business verb
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    ip: Mapped[IPv4Address | IPv6Address | None] = mapped_column(INET)
    device_id: Mapped[str | None] = mapped_column(String(100))
    user_agent: Mapped[str | None] = mapped_column(Text)
    location: Mapped[WKBElement | None] = mapped_column(
        Geography(geometry_type="POINT", srid=4326, spatial_index=False)
    )
    request_id: Mapped[str | None] = mapped_column(String(64))
