"""``/api/v1/catalogs``: read-only catalogues the forms pick from.

``GET /catalogs/municipalities`` (``clients.read``, common to every role): id, name and state,
ordered by state and name, searchable without accents; the client and employee address forms
show it as "Municipio, Estado".
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

from app.core.dependencies import SessionDep
from app.core.schemas import ErrorResponse, Page
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.catalogs.schemas import MunicipalityQuery, MunicipalityRead
from app.modules.catalogs.service import CatalogService

router = authenticated_router(prefix="/catalogs", tags=["catalogs"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
}


@router.get(
    "/municipalities",
    response_model=Page[MunicipalityRead],
    responses=_ERRORS,
    summary="Catálogo de municipios",
)
async def list_municipalities(
    principal: Annotated[Principal, require_permission("clients.read")],
    query: Annotated[MunicipalityQuery, Query()],
    session: SessionDep,
) -> Page[MunicipalityRead]:
    return await CatalogService(session).list_municipalities(query)
