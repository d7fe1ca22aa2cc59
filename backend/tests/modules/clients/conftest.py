from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Municipality
from tests.fixtures.auth import MakeUser, Subject

# Setup is committed (a SAVEPOINT release inside the test's transaction) so that a request that
# fails and rolls back its unit of work does not take the test's users and rows with it.


@pytest.fixture
async def seller(make_user: MakeUser, session: AsyncSession) -> Subject:
    subject = await make_user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True)
    await session.commit()
    return subject


@pytest.fixture
async def sales_manager(make_user: MakeUser, session: AsyncSession) -> Subject:
    subject = await make_user(roles=[("gerente", "ventas")], departments=[("ventas", True)])
    await session.commit()
    return subject


@pytest.fixture
async def admin(make_user: MakeUser, session: AsyncSession) -> Subject:
    subject = await make_user(roles=[("admin", None)])
    await session.commit()
    return subject


@pytest.fixture
async def tonala(session: AsyncSession) -> tuple[int, float, float]:
    """(id, lat, lng) of Tonalá's centroid."""
    row = (
        await session.execute(
            select(
                Municipality.id,
                text("ST_Y(municipality.centroid::geometry)"),
                text("ST_X(municipality.centroid::geometry)"),
            ).where(Municipality.name == "Tonalá")
        )
    ).one()
    return int(row[0]), float(row[1]), float(row[2])
