"""Stored files: upload checked by content, metadata row, bytes in the configured storage, and
downloads only for users allowed to see the owner record.

``FileService(session, settings)``:

- ``store(data, *, filename, owner_table, owner_id, user_id, allowed) -> StoredFile``: the type is
  sniffed from the bytes (``sniff``) and must be one of ``allowed`` kinds; the size at most
  ``MAX_BYTES`` (8 MB); the client's name is reduced to a safe ASCII display name with the
  extension of the *sniffed* type. ``owner_id`` may be None while the owner record does not exist
  yet (a proposal's photo is uploaded first); ``attach`` sets it later.
- ``open_for(principal, file_id) -> (StoredFile, bytes)``: 404 unless the caller uploaded it or
  the owner table's access check (``register_access_check``) allows them; a foreign or unknown id
  is the same 404.

Owner modules register their check at import: ``register_access_check("payment_proposal",
check)`` where ``check(session, principal, stored) -> bool``. Defaults, until a module registers
its own: proposals' photos -> ``proposals.read``; policy submissions' contract photos ->
``policies.approve_submission``; visit notices' photos -> ``collections.read``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Final

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit
from app.core.config import Settings
from app.models.file import StoredFile
from app.modules.auth.dependencies import Principal
from app.modules.files.exceptions import (
    EmptyFileError,
    FileTooLargeError,
    FileTypeNotAllowedError,
    StoredFileNotFoundError,
)
from app.modules.files.sniff import EXTENSIONS, KIND_LABELS, KIND_OF, FileKind, sniff
from app.modules.files.storage import FileStorage, get_storage, storage_for

MAX_BYTES: Final = 8 * 1024 * 1024

AccessCheck = Callable[[AsyncSession, Principal, StoredFile], Awaitable[bool]]
_access_checks: dict[str, AccessCheck] = {}


def register_access_check(owner_table: str, check: AccessCheck) -> AccessCheck:
    """Who, besides the uploader, may download the files of ``owner_table`` (replaces any earlier
    check for that table)."""
    _access_checks[owner_table] = check
    return check


def permission_check(*permissions: str) -> AccessCheck:
    """An access check that allows holders of any of ``permissions``."""

    async def check(_: AsyncSession, principal: Principal, __: StoredFile) -> bool:
        return principal.snapshot.permission_set.allows_any(*permissions)

    return check


register_access_check("payment_proposal", permission_check("proposals.read"))
register_access_check("policy_submission", permission_check("policies.approve_submission"))
register_access_check("visit_notice", permission_check("collections.read"))

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(name: str | None, content_type: str) -> str:
    """ASCII letters, digits, ``._-`` only, no path, at most 80 characters, with the extension of
    the sniffed type (a "foto.exe" that is really a JPEG becomes "foto.jpg")."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem = base.rsplit(".", 1)[0] if "." in base else base
    stem = _UNSAFE.sub("_", stem).strip("._-")[:80] or "archivo"
    return f"{stem}.{EXTENSIONS[content_type]}"


class FileService:
    def __init__(
        self, session: AsyncSession, settings: Settings, *, storage: FileStorage | None = None
    ) -> None:
        self.session = session
        self.settings = settings
        self.storage = storage or get_storage(settings)

    async def store(
        self,
        data: bytes,
        *,
        filename: str | None,
        owner_table: str,
        owner_id: int | None,
        user_id: int | None,
        allowed: Iterable[FileKind] = (FileKind.IMAGE,),
    ) -> StoredFile:
        kinds = frozenset(allowed)
        if not data:
            raise EmptyFileError(fields={"file": EmptyFileError.message})
        if len(data) > MAX_BYTES:
            limit = f"El archivo pesa más de {MAX_BYTES // (1024 * 1024)} MB."
            raise FileTooLargeError(limit, fields={"file": limit})
        content_type = sniff(data)
        if content_type is None or KIND_OF[content_type] not in kinds:
            expected = " o ".join(KIND_LABELS[k] for k in sorted(kinds))
            message = (
                f"El archivo no es una {expected} válida."
                if kinds == {FileKind.IMAGE}
                else (f"El archivo debe ser {expected}.")
            )
            raise FileTypeNotAllowedError(message, fields={"file": message})
        file_id = uuid.uuid4()
        display = safe_filename(filename, content_type)
        remote_id = await self.storage.put(file_id, data, content_type=content_type, filename=display)
        stored = StoredFile(
            id=file_id,
            backend=self.storage.backend,
            remote_id=remote_id,
            content_type=content_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            filename=display,
            owner_table=owner_table,
            owner_id=owner_id,
            uploaded_by_user_id=user_id,
        )
        self.session.add(stored)
        await self.session.flush()
        await record_audit(
            self.session,
            table="stored_file",
            record_id=stored.id,
            action="upload",
            after={
                "owner_table": owner_table,
                "owner_id": owner_id,
                "content_type": content_type,
                "size": len(data),
                "sha256": stored.sha256,
            },
            user_id=user_id,
        )
        return stored

    async def attach(self, file_ids: Sequence[uuid.UUID], *, owner_table: str, owner_id: int) -> None:
        """Link uploaded files to the record that now exists (same owner table only)."""
        if not file_ids:
            return
        result = await self.session.execute(
            update(StoredFile)
            .where(StoredFile.id.in_(list(file_ids)), StoredFile.owner_table == owner_table)
            .values(owner_id=owner_id)
            .returning(StoredFile.id)
        )
        if len(result.all()) != len(set(file_ids)):
            raise StoredFileNotFoundError()

    async def get_meta(self, file_id: uuid.UUID) -> StoredFile | None:
        return (await self.session.scalars(select(StoredFile).where(StoredFile.id == file_id))).one_or_none()

    async def may_see(self, principal: Principal, stored: StoredFile) -> bool:
        if stored.uploaded_by_user_id == principal.user_id:
            return True
        check = _access_checks.get(stored.owner_table)
        return bool(check and await check(self.session, principal, stored))

    async def open_for(self, principal: Principal, file_id: uuid.UUID) -> tuple[StoredFile, bytes]:
        stored = await self.get_meta(file_id)
        if stored is None or not await self.may_see(principal, stored):
            raise StoredFileNotFoundError()
        data = await storage_for(stored, self.settings).get(stored)
        return stored, data
