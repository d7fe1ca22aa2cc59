"""``/api/v1/files``: content checks, size limit, who may download, local disk and the remote files
API (a real fake server on loopback)."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.models import AuditLog, StoredFile
from app.models.file import StorageBackend
from app.modules.files.service import MAX_BYTES, safe_filename
from app.modules.files.sniff import sniff
from app.modules.files.storage import RemoteFilesStorage
from tests.fixtures.ports import closed_port
from tests.modules.files.conftest import API, ELF, JPEG, PDF, PE, WEBP, Team, png
from tests.modules.files.fake_files_api import API_KEY, FakeFilesServer


async def _upload(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    data: bytes,
    *,
    name: str = "foto.jpg",
    content_type: str = "image/jpeg",
    purpose: str = "payment_proposal",
) -> httpx.Response:
    return await client.post(
        API, files={"file": (name, data, content_type)}, data={"purpose": purpose}, headers=headers
    )


def test_sniffing_by_content() -> None:
    assert sniff(JPEG) == "image/jpeg"
    assert sniff(png()) == "image/png"
    assert sniff(WEBP) == "image/webp"
    assert sniff(PDF) == "application/pdf"
    for other in (ELF, PE, b"<html><script>", b"<svg xmlns=", b"PK\x03\x04", b"", b"\xff\xd8"):
        assert sniff(other) is None


def test_safe_filename() -> None:
    assert safe_filename("../../evil name.exe", "image/jpeg") == "evil_name.jpg"
    assert safe_filename('a"b;c\r\n.png', "image/png") == "a_b_c.png"
    assert safe_filename("Fotografía del recibo.JPG", "image/jpeg") == "Fotografia_del_recibo.jpg"
    assert safe_filename(None, "application/pdf") == "archivo.pdf"


@pytest.mark.usefixtures("local_files")
async def test_upload_and_download_local(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, local_files: Path
) -> None:
    response = await _upload(
        client, team.collector.headers, JPEG, name="../../recibo 12.exe", content_type="text/html"
    )
    assert response.status_code == 201
    body = response.json()
    assert body["content_type"] == "image/jpeg"  # sniffed, not what the client said
    assert body["filename"] == "recibo_12.jpg"
    assert body["sha256"] == hashlib.sha256(JPEG).hexdigest()
    assert body["owner_table"] == "payment_proposal" and body["owner_id"] is None
    file_id = uuid.UUID(body["id"])
    on_disk = Path(str(local_files)) / "files" / file_id.hex[:2] / str(file_id)
    assert on_disk.read_bytes() == JPEG
    row = await session.get(StoredFile, file_id)
    assert row is not None and row.backend == StorageBackend.LOCAL and row.size == len(JPEG)
    audit = await session.scalar(select(AuditLog).where(AuditLog.table_name == "stored_file"))
    assert audit is not None and audit.user_id == team.collector.user_id

    download = await client.get(f"{API}/{file_id}", headers=team.collector.headers)
    assert download.status_code == 200
    assert download.content == JPEG
    assert download.headers["content-type"] == "image/jpeg"
    assert download.headers["content-disposition"] == 'inline; filename="recibo_12.jpg"'
    assert download.headers["x-content-type-options"] == "nosniff"


@pytest.mark.usefixtures("local_files")
async def test_renamed_executables_are_refused(
    client: httpx.AsyncClient, team: Team, session: AsyncSession
) -> None:
    for payload in (ELF, PE, b"<html><script>alert(1)</script></html>"):
        response = await _upload(
            client, team.collector.headers, payload, name="foto.jpg", content_type="image/jpeg"
        )
        assert response.status_code == 422
        assert response.json()["error"] == "FILE_TYPE_NOT_ALLOWED"
        assert response.json()["fields"]["file"] == "El archivo no es una imagen JPEG, PNG o WebP válida."
    # a PDF is not a photo either
    pdf = await _upload(client, team.collector.headers, PDF, name="foto.jpg")
    assert pdf.status_code == 422
    assert (await session.scalar(select(StoredFile).limit(1))) is None


@pytest.mark.usefixtures("local_files")
async def test_oversize_and_empty_are_refused(client: httpx.AsyncClient, team: Team) -> None:
    big = JPEG[:-2] + b"\x00" * (MAX_BYTES - len(JPEG) + 1) + b"\xff\xd9"
    assert len(big) == MAX_BYTES + 1
    response = await _upload(client, team.collector.headers, big)
    assert response.status_code == 413
    assert response.json()["error"] == "FILE_TOO_LARGE"
    assert response.json()["detail"] == "El archivo pesa más de 8 MB."
    empty = await _upload(client, team.collector.headers, b"")
    assert empty.status_code == 422 and empty.json()["error"] == "FILE_EMPTY"


@pytest.mark.usefixtures("local_files")
async def test_kinds_and_permissions_per_purpose(client: httpx.AsyncClient, team: Team) -> None:
    # the seller's contract: a PNG or a PDF
    assert (
        await _upload(client, team.seller.headers, png(), name="c.png", purpose="policy_submission")
    ).status_code == 201
    pdf = await _upload(client, team.seller.headers, PDF, name="contrato.pdf", purpose="policy_submission")
    assert pdf.status_code == 201 and pdf.json()["content_type"] == "application/pdf"
    assert (
        await _upload(client, team.seller.headers, WEBP, name="v.webp", purpose="visit_notice")
    ).status_code == 201
    # an adjuster creates proposals but not policies
    denied = await _upload(client, team.adjuster.headers, PDF, purpose="policy_submission")
    assert denied.status_code == 403
    assert (await _upload(client, team.adjuster.headers, JPEG)).status_code == 201
    # no upload permission at all
    assert (await _upload(client, team.assistant.headers, JPEG)).status_code == 403
    bad = await _upload(client, team.collector.headers, JPEG, purpose="anything")
    assert bad.status_code == 422 and "purpose" in bad.json()["fields"]
    assert (
        await client.post(
            API, files={"file": ("a.jpg", JPEG, "image/jpeg")}, data={"purpose": "visit_notice"}
        )
    ).status_code == 401


@pytest.mark.usefixtures("local_files")
async def test_only_who_may_see_the_owner_gets_the_file(client: httpx.AsyncClient, team: Team) -> None:
    uploaded = await _upload(client, team.collector.headers, JPEG)
    file_id = uploaded.json()["id"]
    # another collector's photo does not exist for me
    foreign = await client.get(f"{API}/{file_id}", headers=team.other_collector.headers)
    assert foreign.status_code == 404
    assert foreign.json() == {"error": "FILE_NOT_FOUND", "detail": "No existe el archivo.", "fields": {}}
    unknown = await client.get(f"{API}/{uuid.uuid4()}", headers=team.collector.headers)
    assert unknown.status_code == 404 and unknown.json()["error"] == "FILE_NOT_FOUND"
    # the office reviewer (proposals.read) sees the proposal's photo
    assert (await client.get(f"{API}/{file_id}", headers=team.manager.headers)).status_code == 200
    assert (await client.get(f"{API}/{file_id}")).status_code == 401
    assert (await client.get(f"{API}/no-es-uuid", headers=team.collector.headers)).status_code == 422


async def test_remote_backend_round_trip(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, fake_files: FakeFilesServer
) -> None:
    response = await _upload(client, team.collector.headers, JPEG, name="foto.jpg")
    assert response.status_code == 201
    row = await session.get(StoredFile, uuid.UUID(response.json()["id"]))
    assert row is not None and row.backend == StorageBackend.REMOTE and row.remote_id in fake_files.files
    upload_call = fake_files.requests[0]
    assert (upload_call.method, upload_call.path, upload_call.api_key) == ("POST", "/files", API_KEY)
    assert (upload_call.filename, upload_call.content_type) == ("foto.jpg", "image/jpeg")
    download = await client.get(f"{API}/{row.id}", headers=team.manager.headers)
    assert download.status_code == 200 and download.content == JPEG
    assert download.headers["content-type"] == "image/jpeg"
    assert fake_files.requests[-1].path == f"/files/{row.remote_id}"


async def test_remote_errors_are_a_spanish_503(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, fake_files: FakeFilesServer
) -> None:
    stored = await _upload(client, team.collector.headers, JPEG)
    fake_files.fail_status = 500
    failed = await _upload(client, team.collector.headers, JPEG)
    assert failed.status_code == 503
    assert failed.json()["error"] == "FILES_SERVICE_UNAVAILABLE"
    assert failed.json()["detail"].startswith("El servicio de archivos no está disponible")
    download = await client.get(f"{API}/{stored.json()['id']}", headers=team.collector.headers)
    assert download.status_code == 503
    fake_files.fail_status = None
    fake_files.no_id = True
    assert (await _upload(client, team.collector.headers, JPEG)).status_code == 503
    rows = (await session.scalars(select(StoredFile))).all()
    assert len(rows) == 1  # only the first upload left a row


async def test_remote_unreachable_and_wrong_key(fake_files: FakeFilesServer) -> None:
    from app.modules.files.exceptions import FilesServiceUnavailableError

    down = RemoteFilesStorage(f"http://127.0.0.1:{closed_port()}", API_KEY, timeout_s=2)
    with pytest.raises(FilesServiceUnavailableError):
        await down.put(uuid.uuid4(), JPEG, content_type="image/jpeg", filename="a.jpg")
    wrong_key = RemoteFilesStorage(fake_files.url, "otra-clave", timeout_s=2)
    with pytest.raises(FilesServiceUnavailableError):
        await wrong_key.put(uuid.uuid4(), JPEG, content_type="image/jpeg", filename="a.jpg")
    assert fake_files.requests[-1].api_key == "otra-clave"
    assert get_settings().files_api_url == fake_files.url
