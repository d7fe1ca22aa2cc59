"""A real HTTP fake of the external files API (spec §5.3), on loopback.

Contract (``app.modules.files.storage.RemoteFilesStorage``): ``POST /files`` multipart (field
``file``) -> ``201 {"id": "..."}``; ``GET /files/{id}`` -> the bytes; ``X-API-Key`` required
(401 otherwise). Tests set ``fail_status`` to make every call fail, or ``no_id`` to answer an upload
without an id; it records every request. The ``fake_files`` fixture points ``FILES_API_URL`` /
``FILES_API_KEY`` at it and restores them afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.core.config import get_settings
from tests.fixtures.loopback import LoopbackServer
from tests.fixtures.ports import free_port

API_KEY = "clave-archivos-prueba"


@dataclass
class Recorded:
    method: str
    path: str
    api_key: str | None
    filename: str | None = None
    content_type: str | None = None


class FakeFilesServer:
    def __init__(self) -> None:
        self.port = free_port()
        self.files: dict[str, bytes] = {}
        self.fail_status: int | None = None
        self.no_id = False
        self.requests: list[Recorded] = []
        self._loopback = LoopbackServer("fake-files", self.port)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reset(self) -> None:
        self.files.clear()
        self.fail_status = None
        self.no_id = False
        self.requests.clear()

    def _refused(self, request: Request) -> Response | None:
        if request.headers.get("x-api-key") != API_KEY:
            return JSONResponse({"detail": "invalid api key"}, status_code=401)
        if self.fail_status is not None:
            return JSONResponse({"detail": "failure"}, status_code=self.fail_status)
        return None

    async def _upload(self, request: Request) -> Response:
        form = await request.form()
        upload = form.get("file")
        record = Recorded("POST", request.url.path, request.headers.get("x-api-key"))
        self.requests.append(record)
        if (refused := self._refused(request)) is not None:
            return refused
        if upload is None or isinstance(upload, str):
            return JSONResponse({"detail": "file required"}, status_code=400)
        record.filename, record.content_type = upload.filename, upload.content_type
        file_id = uuid.uuid4().hex
        self.files[file_id] = await upload.read()
        if self.no_id:
            return JSONResponse({"ok": True}, status_code=201)
        return JSONResponse({"id": file_id}, status_code=201)

    async def _download(self, request: Request) -> Response:
        self.requests.append(Recorded("GET", request.url.path, request.headers.get("x-api-key")))
        if (refused := self._refused(request)) is not None:
            return refused
        data = self.files.get(request.path_params["file_id"])
        if data is None:
            return JSONResponse({"detail": "not found"}, status_code=404)
        return Response(data, media_type="application/octet-stream")

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/files", self._upload, methods=["POST"]),
                Route("/files/{file_id}", self._download, methods=["GET"]),
            ]
        )

    def start(self) -> None:
        self._loopback.start(self.app())

    def stop(self) -> None:
        self._loopback.stop()


def _set_env(values: dict[str, str | None]) -> dict[str, str | None]:
    saved = {name: os.environ.get(name) for name in values}
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    get_settings.cache_clear()
    return saved


@pytest.fixture(scope="session")
def fake_files_server() -> Iterator[FakeFilesServer]:
    server = FakeFilesServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fake_files(fake_files_server: FakeFilesServer) -> Iterator[FakeFilesServer]:
    """The fake, reset, with FILES_API_URL / FILES_API_KEY pointing at it."""
    fake_files_server.reset()
    saved = _set_env({"FILES_API_URL": fake_files_server.url, "FILES_API_KEY": API_KEY})
    try:
        yield fake_files_server
    finally:
        _set_env(saved)


@pytest.fixture
def local_files(tmp_path: object) -> Iterator[object]:
    """Local-disk storage under a temporary DATA_DIR (no files API configured)."""
    saved = _set_env({"DATA_DIR": str(tmp_path), "FILES_API_URL": None})
    try:
        yield tmp_path
    finally:
        _set_env(saved)
