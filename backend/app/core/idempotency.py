"""Idempotent writes (``Idempotency-Key``), race-free.

A route that a field app may retry (offline queue, lost answers) declares ``IdempotencyDep`` (header
required); an office write that a double click or a retry may repeat (counter payment, cash delivery,
policy, receipt batch and assignment) declares ``OptionalIdempotencyDep`` (header optional: without
it the route is a plain write and nothing is recorded). Both return
``await idem.respond(body, status_code=...)`` and share one implementation:

1. the ``Idempotency-Key`` header (8-128 URL-safe characters) is required by ``IdempotencyDep``
   (428 without it); the request's fingerprint is sha256(method, path, body);
2. before any work, ``INSERT ... ON CONFLICT DO NOTHING RETURNING`` of an ``in_flight`` record,
   in its *own* short committed transaction: of two concurrent twins exactly one inserts;
3. the loser reads the record: same fingerprint and completed -> the stored response is replayed
   (same status and body, header ``Idempotent-Replayed: true``); still in flight -> 409
   IDEMPOTENCY_IN_FLIGHT; another fingerprint -> 422 IDEMPOTENCY_KEY_REUSED;
4. the winner does the work; ``respond`` stores the response in the request's unit of work, so the
   record is ``completed`` exactly when the work commits;
5. if the work fails, the in_flight record is deleted (own transaction): the client may retry. If the
   process dies between 2 and 4, an in_flight record older than ``IN_FLIGHT_STALE`` is taken over.

Records live ``RETENTION`` (7 days) and a daily Celery job deletes the expired ones.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, Final

from fastapi import Depends, Header, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import Clock, get_clock
from app.core.context import get_request_context
from app.core.database import get_sessionmaker
from app.core.dependencies import SessionDep
from app.core.exceptions import AppError, ConflictError, ValidationFailedError
from app.models.enums import IdempotencyState
from app.models.idempotency import IdempotencyRecord

HEADER: Final = "Idempotency-Key"
REPLAY_HEADER: Final = "Idempotent-Replayed"
RETENTION: Final = timedelta(days=7)
#: an in_flight record this old belongs to a request that died without cleaning up
IN_FLIGHT_STALE: Final = timedelta(minutes=2)
_KEY_RE: Final = re.compile(r"^[A-Za-z0-9_-]{8,128}$")


class IdempotencyKeyRequiredError(AppError):
    status_code = 428
    code = "IDEMPOTENCY_KEY_REQUIRED"
    message = "Falta el encabezado Idempotency-Key: las operaciones que la app puede reintentar lo requieren."


class IdempotencyKeyInvalidError(ValidationFailedError):
    code = "IDEMPOTENCY_KEY_INVALID"
    message = "El encabezado Idempotency-Key debe tener de 8 a 128 caracteres (letras, números, - o _)."


class IdempotencyKeyReusedError(ValidationFailedError):
    code = "IDEMPOTENCY_KEY_REUSED"
    message = "Esa clave de idempotencia ya se usó con otra solicitud distinta. Genera una clave nueva."


class IdempotencyInFlightError(ConflictError):
    code = "IDEMPOTENCY_IN_FLIGHT"
    message = "Esta misma solicitud todavía se está procesando. Espera unos segundos e inténtalo de nuevo."


class IdempotentReplay(AppError):
    """Not an error: the stored response of the first request, rendered by the one handler."""

    def __init__(self, status_code: int, body: Any) -> None:
        super().__init__(status_code=status_code, headers={REPLAY_HEADER: "true"})
        self.body = body

    def to_body(self) -> Any:
        return self.body


def fingerprint(method: str, path: str, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (method.upper().encode(), path.encode(), body):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def get_idempotency_sessionmaker() -> async_sessionmaker[AsyncSession]:
    """Sessions for the record's own short transactions (not the request's unit of work)."""
    return get_sessionmaker()


@dataclass
class IdempotencyHandle:
    """The claim this request holds on its key (``key`` None: no header on an optional route, nothing
    is recorded and ``respond`` only renders)."""

    user_id: int | None
    key: str | None
    session: AsyncSession
    maker: async_sessionmaker[AsyncSession]
    completed: bool = False

    async def respond(self, content: Any, *, status_code: int = 200) -> JSONResponse:
        """Store the response in the request's unit of work and return it."""
        body = jsonable_encoder(content)
        if self.key is None:
            return JSONResponse(body, status_code=status_code)
        await self.session.execute(
            update(IdempotencyRecord)
            .where(IdempotencyRecord.user_id == self.user_id, IdempotencyRecord.key == self.key)
            .values(state=IdempotencyState.COMPLETED, response_status=status_code, response_body=body)
        )
        self.completed = True
        return JSONResponse(body, status_code=status_code)

    async def release(self) -> None:
        """Forget the in_flight claim (the work failed): the client may retry with the same key."""
        if self.key is None:
            return
        async with self.maker() as own, own.begin():
            await own.execute(
                delete(IdempotencyRecord).where(
                    IdempotencyRecord.user_id == self.user_id,
                    IdempotencyRecord.key == self.key,
                    IdempotencyRecord.state == IdempotencyState.IN_FLIGHT,
                )
            )


async def claim(
    maker: async_sessionmaker[AsyncSession],
    *,
    user_id: int,
    key: str,
    method: str,
    path: str,
    request_sha256: str,
    now: datetime,
) -> None:
    """Insert the in_flight record in its own committed transaction, or answer for the twin."""
    values: Mapping[str, Any] = {
        "user_id": user_id,
        "key": key,
        "method": method,
        "path": path,
        "request_sha256": request_sha256,
        "state": IdempotencyState.IN_FLIGHT,
        "created_at": now,
        "expires_at": now + RETENTION,
    }
    async with maker() as own, own.begin():
        inserted = await own.scalar(
            insert(IdempotencyRecord)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["user_id", "key"])
            .returning(IdempotencyRecord.key)
        )
        if inserted is not None:
            return
        existing = await own.scalar(
            select(IdempotencyRecord).where(
                IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key
            )
        )
        if existing is None:  # deleted by a failing twin in between: the key is free again
            await own.execute(insert(IdempotencyRecord).values(**values))
            return
        if existing.request_sha256 != request_sha256:
            raise IdempotencyKeyReusedError(fields={HEADER: "Clave usada con otra solicitud."})
        if existing.state == IdempotencyState.COMPLETED:
            raise IdempotentReplay(existing.response_status or 200, existing.response_body)
        if existing.created_at > now - IN_FLIGHT_STALE:
            raise IdempotencyInFlightError()
        # a stale claim: take it over, but only if nobody else did in the meantime
        taken = await own.scalar(
            update(IdempotencyRecord)
            .where(
                IdempotencyRecord.user_id == user_id,
                IdempotencyRecord.key == key,
                IdempotencyRecord.created_at == existing.created_at,
                IdempotencyRecord.state == IdempotencyState.IN_FLIGHT,
            )
            .values(created_at=now, expires_at=now + RETENTION)
            .returning(IdempotencyRecord.key)
        )
        if taken is None:
            raise IdempotencyInFlightError()


@asynccontextmanager
async def _claimed(
    request: Request,
    session: AsyncSession,
    clock: Clock,
    maker: async_sessionmaker[AsyncSession],
    key: str | None,
    *,
    required: bool,
) -> AsyncIterator[IdempotencyHandle]:
    """The one implementation behind both dependencies: claim, hand over, release on failure."""
    key = (key or "").strip() or None
    if key is None:
        if required:
            raise IdempotencyKeyRequiredError(fields={HEADER: "Este encabezado es obligatorio."})
        yield IdempotencyHandle(user_id=None, key=None, session=session, maker=maker)
        return
    if not _KEY_RE.match(key):
        raise IdempotencyKeyInvalidError(fields={HEADER: "Formato no válido."})
    user_id = get_request_context().user_id
    if user_id is None:  # only reachable on a route that is not authenticated: a programming error
        raise RuntimeError("IdempotencyDep needs an authenticated route")
    body = await request.body()
    await claim(
        maker,
        user_id=user_id,
        key=key,
        method=request.method,
        path=request.url.path,
        request_sha256=fingerprint(request.method, request.url.path, body),
        now=clock.now(),
    )
    handle = IdempotencyHandle(user_id=user_id, key=key, session=session, maker=maker)
    try:
        yield handle
    except BaseException:
        await handle.release()
        raise
    if not handle.completed:  # the route forgot to call respond(): never leave a claim dangling
        await handle.release()


_KEY_FORMAT: Final = "8 a 128 caracteres: letras, números, - o _ (p. ej. un UUID)"


async def idempotency(
    request: Request,
    session: SessionDep,
    clock: Annotated[Clock, Depends(get_clock)],
    maker: Annotated[async_sessionmaker[AsyncSession], Depends(get_idempotency_sessionmaker)],
    key: Annotated[
        str | None,
        Header(
            alias=HEADER,
            description=f"Obligatorio (sin él: 428). Clave única por intento de operación ({_KEY_FORMAT}); "
            "un reintento con la misma clave y el mismo cuerpo repite la respuesta original.",
        ),
    ] = None,
) -> AsyncIterator[IdempotencyHandle]:
    """Route dependency, header required (declare it after the principal: the route is authenticated
    first)."""
    async with _claimed(request, session, clock, maker, key, required=True) as handle:
        yield handle


async def optional_idempotency(
    request: Request,
    session: SessionDep,
    clock: Annotated[Clock, Depends(get_clock)],
    maker: Annotated[async_sessionmaker[AsyncSession], Depends(get_idempotency_sessionmaker)],
    key: Annotated[
        str | None,
        Header(
            alias=HEADER,
            description=f"Opcional. Clave única por intento de operación ({_KEY_FORMAT}); un reintento "
            "con la misma clave y el mismo cuerpo repite la respuesta original en lugar de escribir "
            "dos veces.",
        ),
    ] = None,
) -> AsyncIterator[IdempotencyHandle]:
    """Route dependency, header optional: without it the route works as a plain write (no record)."""
    async with _claimed(request, session, clock, maker, key, required=False) as handle:
        yield handle


IdempotencyDep = Annotated[IdempotencyHandle, Depends(idempotency, scope="function")]
OptionalIdempotencyDep = Annotated[IdempotencyHandle, Depends(optional_idempotency, scope="function")]


async def purge_expired(session: AsyncSession, *, now: datetime) -> int:
    """Delete the records past their retention (the daily job)."""
    result = await session.execute(
        delete(IdempotencyRecord).where(IdempotencyRecord.expires_at < now).returning(IdempotencyRecord.key)
    )
    return len(result.all())
