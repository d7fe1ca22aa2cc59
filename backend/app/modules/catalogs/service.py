"""Catalogues: municipalities (name and state) for the address forms of clients and employees."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.schemas import Page
from app.modules.catalogs.repository import MunicipalityRepository
from app.modules.catalogs.schemas import MunicipalityQuery, MunicipalityRead


class CatalogService:
    def __init__(self, session: AsyncSession) -> None:
        self.municipalities = MunicipalityRepository(session)

    async def list_municipalities(self, query: MunicipalityQuery) -> Page[MunicipalityRead]:
        stmt = self.municipalities.search(query.q, sort=query.sort)
        rows, total = await self.municipalities.paginate(stmt, page=query.page, size=query.size)
        return Page(
            items=[MunicipalityRead.model_validate(m) for m in rows],
            total=total,
            page=query.page,
            size=query.size,
        )
