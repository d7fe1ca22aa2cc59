"""Where the bytes live: one interface, two implementations, chosen by settings.

- ``LocalDiskStorage`` (default): ``DATA_DIR/files/<aa>/<uuid>`` (``aa`` = first two hex digits of
  the id), written to a temporary file and renamed (a reader never sees half a file).
- ``RemoteFilesStorage``: the external files API (spec §5.3, ``FILES_API_URL`` +
  ``FILES_API_KEY``), used when ``FILES_API_URL`` is set. Contract: ``POST {url}/files``
  (multipart, field ``file``) -> ``201/200 {"id": "<remote id>"}``; ``GET {url}/files/{id}`` ->
  the bytes; header ``X-API-Key`` on every call. Any failure (network, timeout, non-2xx, a body
  without ``id``) is a Spanish 503.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import uuid
from pathlib import Path
from typing import Protocol

import httpx
import structlog

from app.core.config import Settings
from app.models.file import StorageBackend, StoredFile
from app.modules.files.exceptions import FilesServiceUnavailableError, StoredFileNotFoundError

logger = structlog.get_logger(__name__)

REMOTE_TIMEOUT_S = 15.0


class FileStorage(Protocol):
    backend: StorageBackend

    async def put(self, file_id: uuid.UUID, data: bytes, *, content_type: str, filename: str) -> str | None:
        """Store the bytes; returns the remote id (None for local storage)."""
        ...

    async def get(self, stored: StoredFile) -> bytes: ...


class LocalDiskStorage:
    backend = StorageBackend.LOCAL

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, file_id: uuid.UUID) -> Path:
        return self.root / file_id.hex[:2] / str(file_id)

    def _write(self, path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    async def put(self, file_id: uuid.UUID, data: bytes, *, content_type: str, filename: str) -> str | None:
        await asyncio.to_thread(self._write, self.path_of(file_id), data)
        return None

    async def get(self, stored: StoredFile) -> bytes:
        try:
            return await asyncio.to_thread(self.path_of(stored.id).read_bytes)
        except FileNotFoundError as exc:
            logger.error("stored_file_missing_on_disk", file_id=str(stored.id))
            raise StoredFileNotFoundError() from exc


class RemoteFilesStorage:
    backend = StorageBackend.REMOTE

    def __init__(self, base_url: str, api_key: str, *, timeout_s: float = REMOTE_TIMEOUT_S) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout_s = timeout_s

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.base_url, headers={"X-API-Key": self.api_key}, timeout=self.timeout_s
        )

    async def put(self, file_id: uuid.UUID, data: bytes, *, content_type: str, filename: str) -> str | None:
        try:
            async with self._client() as client:
                response = await client.post("/files", files={"file": (filename, data, content_type)})
            response.raise_for_status()
            remote_id = response.json().get("id")
        except (httpx.HTTPError, ValueError, AttributeError) as exc:
            logger.warning("files_api_upload_failed", error=str(exc)[:300])
            raise FilesServiceUnavailableError() from exc
        if not isinstance(remote_id, str | int) or not str(remote_id).strip():
            logger.warning("files_api_upload_without_id")
            raise FilesServiceUnavailableError()
        return str(remote_id)

    async def get(self, stored: StoredFile) -> bytes:
        try:
            async with self._client() as client:
                response = await client.get(f"/files/{stored.remote_id}")
            response.raise_for_status()
        except httpx.HTTPError as exc:
            logger.warning("files_api_download_failed", file_id=str(stored.id), error=str(exc)[:300])
            raise FilesServiceUnavailableError() from exc
        return response.content


def get_storage(settings: Settings) -> FileStorage:
    """Remote when ``FILES_API_URL`` is set, else local disk under ``DATA_DIR/files``."""
    if settings.files_api_url:
        return RemoteFilesStorage(settings.files_api_url, settings.files_api_key.get_secret_value())
    return LocalDiskStorage(settings.data_dir / "files")


def storage_for(stored: StoredFile, settings: Settings) -> FileStorage:
    """The storage a stored file lives in (a file keeps its backend even if settings change)."""
    if stored.backend == StorageBackend.REMOTE:
        if not settings.files_api_url:
            raise FilesServiceUnavailableError()
        return RemoteFilesStorage(settings.files_api_url, settings.files_api_key.get_secret_value())
    return LocalDiskStorage(settings.data_dir / "files")
