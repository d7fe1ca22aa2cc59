"""Catalogue schemas: municipalities for the address pickers."""

from __future__ import annotations

from pydantic import Field

from app.core.schemas import PageParams, ReadModel


class MunicipalityQuery(PageParams):
    q: str | None = Field(
        None, min_length=1, max_length=60, description="Busca en el municipio o el estado (sin acentos)"
    )
    size: int = Field(100, ge=1, le=100, description="Registros por página (máx. 100)")


class MunicipalityRead(ReadModel):
    id: int
    name: str
    state: str
