"""Generic repository base: the only place SQL lives.

Repositories state their eager loads (relationships are ``lazy="raise"``), never commit, and
express record-level scoping in their base statement so a foreign id is simply not found.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.sql.base import ExecutableOption
from sqlalchemy.sql.elements import ColumnElement

from app.core.exceptions import AppError, NotFoundError, ValidationFailedError

ModelT = TypeVar("ModelT", bound=DeclarativeBase)


class Repository(Generic[ModelT]):
    model: ClassVar[type[Any]]
    not_found_error: ClassVar[type[AppError]] = NotFoundError
    #: public sort key -> column; anything else is refused with a clear message.
    sortable: ClassVar[Mapping[str, Any]] = {}
    default_sort: ClassVar[str | None] = None

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # -- statements -------------------------------------------------------------------------
    def base_statement(self) -> Select[Any]:
        """Every read starts here; subclasses add scoping (own records) and soft-delete filters."""
        stmt: Select[Any] = select(self.model)
        deleted_at = getattr(self.model, "deleted_at", None)
        if deleted_at is not None:
            stmt = stmt.where(deleted_at.is_(None))
        return stmt

    def apply_sort(self, stmt: Select[Any], sort: str | None) -> Select[Any]:
        key = sort or self.default_sort
        if not key:
            return stmt
        descending = key.startswith("-")
        name = key.lstrip("-+")
        column = self.sortable.get(name)
        if column is None:
            allowed = ", ".join(sorted(self.sortable)) or "ninguno"
            raise ValidationFailedError(
                f"No se puede ordenar por «{name}». Campos permitidos: {allowed}.",
                fields={"sort": "Campo de orden no permitido."},
            )
        ordered: ColumnElement[Any] = column.desc().nulls_last() if descending else column.asc().nulls_last()
        pk = self.model.__mapper__.primary_key[0]
        return stmt.order_by(ordered, pk.desc() if descending else pk.asc())

    # -- reads ------------------------------------------------------------------------------
    async def get_or_none(
        self,
        id_: Any,
        *,
        options: Sequence[ExecutableOption] = (),
        for_update: bool = False,
    ) -> ModelT | None:
        pk = self.model.__mapper__.primary_key[0]
        stmt = self.base_statement().where(pk == id_).options(*options)
        if for_update:
            # a locking read must see the row as locked, not a stale copy from the identity map
            stmt = stmt.with_for_update().execution_options(populate_existing=True)
        result = await self.session.execute(stmt)
        obj: ModelT | None = result.unique().scalar_one_or_none()
        return obj

    async def get(
        self,
        id_: Any,
        *,
        options: Sequence[ExecutableOption] = (),
        for_update: bool = False,
    ) -> ModelT:
        obj = await self.get_or_none(id_, options=options, for_update=for_update)
        if obj is None:
            raise self.not_found_error()
        return obj

    async def one_or_none(self, stmt: Select[Any]) -> ModelT | None:
        result = await self.session.execute(stmt)
        obj: ModelT | None = result.unique().scalar_one_or_none()
        return obj

    async def get_all(self, stmt: Select[Any] | None = None) -> list[ModelT]:
        result = await self.session.execute(stmt if stmt is not None else self.base_statement())
        return list(result.unique().scalars().all())

    async def count(self, stmt: Select[Any]) -> int:
        count_stmt = select(func.count()).select_from(stmt.order_by(None).subquery())
        return int((await self.session.execute(count_stmt)).scalar_one())

    async def paginate(
        self,
        stmt: Select[Any],
        *,
        page: int,
        size: int,
        sort: str | None = None,
    ) -> tuple[list[ModelT], int]:
        total = await self.count(stmt)
        ordered = self.apply_sort(stmt, sort)
        result = await self.session.execute(ordered.limit(size).offset((page - 1) * size))
        return list(result.unique().scalars().all()), total

    async def stream(self, stmt: Select[Any], *, batch_size: int = 1000) -> AsyncIterator[ModelT]:
        """Server-side cursor for big exports: constant memory whatever the row count."""
        result = await self.session.stream_scalars(stmt.execution_options(yield_per=batch_size))
        async for obj in result:
            yield obj

    # -- writes -----------------------------------------------------------------------------
    async def create(self, obj: ModelT, *, flush: bool = True) -> ModelT:
        self.session.add(obj)
        if flush:
            await self.session.flush()
        return obj

    async def update(self, obj: ModelT, values: Mapping[str, Any], *, flush: bool = True) -> ModelT:
        for key, value in values.items():
            setattr(obj, key, value)
        if flush:
            await self.session.flush()
        return obj

    async def delete(self, obj: ModelT) -> None:
        await self.session.delete(obj)
        await self.session.flush()

    async def soft_delete(self, obj: ModelT, *, at: Any = None) -> ModelT:
        if not hasattr(obj, "deleted_at"):
            raise TypeError(f"{type(obj).__name__} has no soft delete")
        obj.deleted_at = at if at is not None else func.now()
        await self.session.flush()
        return obj
