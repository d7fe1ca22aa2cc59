"""Row writers shared by the demo steps: a normal path (executemany INSERT through the session) and a
bulk path (COPY through asyncpg's ``copy_records_to_table`` on the session's own connection, so it
joins the caller's transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession


async def reserve_ids(session: AsyncSession, table: str, n: int) -> int:
    """Reserve ``n`` consecutive ids of ``table``'s identity column; returns the first one.

    Ids are assigned in Python so rows can reference each other before they are written (COPY
    cannot return generated keys).
    """
    sequence = await session.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table})
    first = await session.scalar(text("SELECT nextval(CAST(:s AS regclass))"), {"s": sequence})
    assert isinstance(first, int)
    if n > 1:
        await session.execute(
            text("SELECT setval(CAST(:s AS regclass), :v)"), {"s": sequence, "v": first + n - 1}
        )
    return first


async def raw_connection(session: AsyncSession) -> Any:
    """The asyncpg connection under the session (same transaction)."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    return raw.driver_connection


async def write_records(
    session: AsyncSession,
    table: Table,
    columns: Sequence[str],
    records: Sequence[tuple[Any, ...]],
    *,
    bulk: bool,
) -> None:
    if not records:
        return
    if bulk:
        conn = await raw_connection(session)
        await conn.copy_records_to_table(table.name, records=records, columns=list(columns))
    else:
        await session.execute(insert(table), [dict(zip(columns, rec, strict=True)) for rec in records])


def table_of(model: type[Any]) -> Table:
    return cast(Table, model.__table__)
