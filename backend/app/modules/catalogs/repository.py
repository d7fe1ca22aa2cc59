"""Catalogues: the module's SQL."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Select, func, literal, or_

from app.core.repository import Repository
from app.models import Municipality


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _folded(column: Any) -> Any:
    return func.immutable_unaccent(func.lower(column))


class MunicipalityRepository(Repository[Municipality]):
    model = Municipality
    sortable: ClassVar = {"state": Municipality.state, "name": Municipality.name}

    def search(self, q: str | None, *, sort: str | None) -> Select[Any]:
        """Filtered by ``q``; ordered by ``sort`` when given, else by state and name."""
        stmt = self.base_statement()
        stmt = (
            self.apply_sort(stmt, sort)
            if sort
            else stmt.order_by(Municipality.state, Municipality.name, Municipality.id)
        )
        if q:
            pattern = "%" + _like_escape(q.strip().lower()) + "%"
            folded = _folded(literal(pattern))
            stmt = stmt.where(
                or_(
                    _folded(Municipality.name).like(folded, escape="\\"),
                    _folded(Municipality.state).like(folded, escape="\\"),
                )
            )
        return stmt
