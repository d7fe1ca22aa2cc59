"""``/api/v1/clients``: clients (screens §1.3).

Permissions: read ``clients.read`` (everyone); create ``clients.create`` (sellers, gerentes,
admin); edit ``clients.edit`` (sales manager, admin: a seller cannot edit); delete (soft)
``clients.delete`` (admin). Client lists are never exported (domain.md §2): ``/clients/export``
and any ``?format=`` on a list answer 403 CLIENT_EXPORT_FORBIDDEN.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, Response, status

from app.core.dependencies import ClockDep, SessionDep
from app.core.schemas import ErrorResponse
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.clients.exceptions import ClientExportForbiddenError
from app.modules.clients.schemas import (
    ClientCreate,
    ClientDetail,
    ClientPage,
    ClientQuery,
    ClientUpdate,
    DuplicateErrorResponse,
    ExportGuard,
    NearbyPage,
    NearbyQuery,
)
from app.modules.clients.service import ClientService

router = authenticated_router(prefix="/clients", tags=["clients"])

Reader = Annotated[Principal, require_permission("clients.read")]
Creator = Annotated[Principal, require_permission("clients.create")]
Editor = Annotated[Principal, require_permission("clients.edit")]
Deleter = Annotated[Principal, require_permission("clients.delete")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe el cliente"},
}
_LIST_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {
        "model": ErrorResponse,
        "description": "Sin permiso, o se pidió exportar (CLIENT_EXPORT_FORBIDDEN)",
    },
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    409: {"model": DuplicateErrorResponse, "description": "Posible duplicado (CLIENT_POSSIBLE_DUPLICATE)"},
}


def _refuse_export(query: ExportGuard) -> None:
    if query.format is not None:
        raise ClientExportForbiddenError()


def _service(session: SessionDep, clock: ClockDep, principal: Principal) -> ClientService:
    return ClientService(session, now=clock.now(), actor_id=principal.user_id)


@router.get("", response_model=ClientPage, responses=_LIST_ERRORS, summary="Lista y búsqueda de clientes")
async def list_clients(
    principal: Reader, query: Annotated[ClientQuery, Query()], session: SessionDep, clock: ClockDep
) -> ClientPage:
    _refuse_export(query)
    return await _service(session, clock, principal).search(query)


@router.get(
    "/export",
    responses={403: {"model": ErrorResponse, "description": "Siempre: los clientes no se exportan"}},
    summary="Exportar clientes (prohibido)",
)
async def export_clients(principal: Reader) -> None:
    raise ClientExportForbiddenError()


@router.get(
    "/nearby", response_model=NearbyPage, responses=_LIST_ERRORS, summary="Clientes cerca de un punto"
)
async def nearby_clients(
    principal: Reader, query: Annotated[NearbyQuery, Query()], session: SessionDep, clock: ClockDep
) -> NearbyPage:
    _refuse_export(query)
    return await _service(session, clock, principal).nearby(query)


@router.post(
    "",
    response_model=ClientDetail,
    status_code=status.HTTP_201_CREATED,
    responses=_WRITE_ERRORS,
    summary="Alta de cliente",
)
async def create_client(
    principal: Creator, body: ClientCreate, session: SessionDep, clock: ClockDep
) -> ClientDetail:
    return await _service(session, clock, principal).create(body)


@router.get("/{client_id}", response_model=ClientDetail, responses=_ERRORS, summary="Ficha del cliente")
async def get_client(principal: Reader, client_id: int, session: SessionDep, clock: ClockDep) -> ClientDetail:
    return await _service(session, clock, principal).detail(client_id)


@router.patch("/{client_id}", response_model=ClientDetail, responses=_WRITE_ERRORS, summary="Editar cliente")
async def update_client(
    principal: Editor, client_id: int, body: ClientUpdate, session: SessionDep, clock: ClockDep
) -> ClientDetail:
    return await _service(session, clock, principal).update(client_id, body)


@router.delete(
    "/{client_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={
        **_ERRORS,
        409: {"model": ErrorResponse, "description": "Tiene pólizas vigentes (CLIENT_HAS_LIVE_POLICIES)"},
    },
    summary="Dar de baja cliente",
)
async def delete_client(principal: Deleter, client_id: int, session: SessionDep, clock: ClockDep) -> Response:
    await _service(session, clock, principal).delete(client_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
