"""``/api/v1/files``: uploads (photos, contract scans) and downloads.

- ``POST /files`` (multipart: ``file``, ``purpose``): the purpose names the owner table, the
  kinds allowed and the permission needed: ``payment_proposal`` (photo; ``proposals.create``),
  ``policy_submission`` (photo or PDF; ``policies.create``), ``visit_notice`` (photo;
  ``collections.visit_notice``). The route requires any of the three; the service checks the one
  of the purpose.
- ``GET /files/{id}``: any authenticated user, but the file is served only to its uploader or to
  whom the owner module's access check allows (``FileService.may_see``); anybody else gets 404.
  ``Content-Type`` is the sniffed type, ``Content-Disposition: inline`` with a safe name,
  ``X-Content-Type-Options: nosniff``, private caching only.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Annotated, Any, Final

from fastapi import File, Form, UploadFile, status
from fastapi.responses import Response

from app.core.config import get_settings
from app.core.dependencies import SessionDep
from app.core.exceptions import PermissionDeniedError
from app.core.schemas import ErrorResponse, ReadModel
from app.modules.auth.dependencies import (
    Principal,
    authenticated_router,
    require_authenticated,
    require_permission,
)
from app.modules.files.exceptions import FileTooLargeError
from app.modules.files.service import MAX_BYTES, FileService
from app.modules.files.sniff import FileKind

router = authenticated_router(prefix="/files", tags=["files"])


class UploadPurpose(StrEnum):
    PAYMENT_PROPOSAL = "payment_proposal"
    POLICY_SUBMISSION = "policy_submission"
    VISIT_NOTICE = "visit_notice"


#: purpose -> (permission, kinds allowed)
PURPOSES: Final[dict[UploadPurpose, tuple[str, frozenset[FileKind]]]] = {
    UploadPurpose.PAYMENT_PROPOSAL: ("proposals.create", frozenset({FileKind.IMAGE})),
    UploadPurpose.POLICY_SUBMISSION: ("policies.create", frozenset({FileKind.IMAGE, FileKind.PDF})),
    UploadPurpose.VISIT_NOTICE: ("collections.visit_notice", frozenset({FileKind.IMAGE})),
}

Uploader = Annotated[
    Principal, require_permission("proposals.create", "policies.create", "collections.visit_notice")
]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe o no tienes acceso"},
    503: {"model": ErrorResponse, "description": "Servicio de archivos no disponible"},
}


class StoredFileRead(ReadModel):
    id: uuid.UUID
    content_type: str
    size: int
    sha256: str
    filename: str
    owner_table: str
    owner_id: int | None


async def _read_capped(upload: UploadFile) -> bytes:
    """The upload's bytes, refusing as soon as it passes the limit (never reads it all)."""
    chunks: list[bytes] = []
    total = 0
    while chunk := await upload.read(1024 * 1024):
        total += len(chunk)
        if total > MAX_BYTES:
            limit = f"El archivo pesa más de {MAX_BYTES // (1024 * 1024)} MB."
            raise FileTooLargeError(limit, fields={"file": limit})
        chunks.append(chunk)
    return b"".join(chunks)


@router.post(
    "",
    response_model=StoredFileRead,
    status_code=status.HTTP_201_CREATED,
    responses={
        **_ERRORS,
        413: {"model": ErrorResponse, "description": "Archivo demasiado grande"},
        422: {"model": ErrorResponse, "description": "Tipo de archivo no permitido"},
    },
    summary="Subir un archivo (foto o PDF); el tipo se comprueba por su contenido",
)
async def upload_file(
    principal: Uploader,
    session: SessionDep,
    file: Annotated[UploadFile, File(description="El archivo")],
    purpose: Annotated[UploadPurpose, Form(description="Para qué es el archivo")],
) -> StoredFileRead:
    permission, kinds = PURPOSES[purpose]
    if not principal.can(permission):
        raise PermissionDeniedError(fields={"permission": permission})
    data = await _read_capped(file)
    stored = await FileService(session, get_settings()).store(
        data,
        filename=file.filename,
        owner_table=purpose.value,
        owner_id=None,
        user_id=principal.user_id,
        allowed=kinds,
    )
    return StoredFileRead.model_validate(stored)


@router.get(
    "/{file_id}",
    response_class=Response,
    responses={
        **_ERRORS,
        200: {"content": {"image/jpeg": {}, "application/pdf": {}}, "description": "El archivo"},
    },
    summary="Descargar un archivo (solo quien puede ver el registro al que pertenece)",
)
async def download_file(
    principal: Annotated[Principal, require_authenticated()], file_id: uuid.UUID, session: SessionDep
) -> Response:
    stored, data = await FileService(session, get_settings()).open_for(principal, file_id)
    return Response(
        data,
        media_type=stored.content_type,
        headers={
            "Content-Disposition": f'inline; filename="{stored.filename}"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, max-age=3600",
            "Content-Security-Policy": "default-src 'none'; sandbox",
        },
    )
