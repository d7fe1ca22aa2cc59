"""Stored files (photos, contract scans): metadata here, bytes on local disk or the files API."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Uuid, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.models.enums import StorageBackend, pg_enum

__all__ = ["StorageBackend", "StoredFile"]


class StoredFile(Base):
    """One uploaded file. ``content_type`` is what the bytes are (sniffed), never what the client
    said; ``owner_table``/``owner_id`` name the record it belongs to (``owner_id`` stays NULL until
    the owning record exists, e.g. a proposal's photo uploaded before the proposal)."""

    __tablename__ = "stored_file"
    __table_args__ = (
        CheckConstraint("size > 0", name="size_positive"),
        CheckConstraint("(backend = 'remote') = (remote_id IS NOT NULL)", name="remote_id_coherent"),
        Index("ix_stored_file_owner", "owner_table", "owner_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    backend: Mapped[StorageBackend] = mapped_column(pg_enum(StorageBackend))
    remote_id: Mapped[str | None] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    #: a safe display name (ASCII, no path), derived from the upload's name and the sniffed type
    filename: Mapped[str] = mapped_column(String(120))
    owner_table: Mapped[str] = mapped_column(String(63))
    owner_id: Mapped[int | None] = mapped_column(BigInteger)
    uploaded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
