"""Demo addresses in the Guadalajara metro area, with PostGIS points.

Each neighbourhood has a fixed pseudo-random centre within its municipality (the "Centro" ones at the
municipal seat) and its addresses are scattered within a kilometre of it, so "same neighbourhood"
also means "close by" (the affinity and route features rely on it). About 5% of the addresses have
no known point: they get the municipality's centroid, marked approximate.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import text

from app.demo.context import DemoContext, MunicipalityRef
from app.demo.data.places import PROFILES, STREET_NAMES, STREET_PREFIXES, Neighborhood
from app.demo.generators import exterior_number, scatter_point
from app.demo.writer import raw_connection, reserve_ids, table_of, write_records
from app.models import Address

APPROXIMATE_SHARE = 0.05
_NEIGHBORHOOD_RADIUS_KM = 0.9
_STAGE = "_demo_address_stage"


class AddressRow(NamedTuple):
    street: str
    exterior_number: str | None
    interior_number: str | None
    neighborhood: str
    postal_code: str
    municipality_id: int
    lon: float
    lat: float
    location_source: str
    location_is_approximate: bool


class _Place(NamedTuple):
    municipality: MunicipalityRef
    neighborhood: Neighborhood
    lon: float
    lat: float


class AddressFactory:
    def __init__(self, ctx: DemoContext, rng: random.Random) -> None:
        self._rng = rng
        places: list[list[_Place]] = []
        weights: list[float] = []
        for name, profile in PROFILES.items():
            ref = ctx.municipalities.get(name)
            if ref is None:
                continue
            block = []
            for hood in profile.neighborhoods:
                if hood.name.endswith("Centro"):
                    lon, lat = ref.lon, ref.lat
                else:
                    spot = random.Random(f"{name}:{hood.name}")
                    lon, lat = scatter_point(ref.lon, ref.lat, profile.radius_km * 0.8, spot)
                block.append(_Place(ref, hood, lon, lat))
            places.append(block)
            weights.append(profile.weight)
        if not places:
            raise RuntimeError("No hay municipios: ejecute primero la semilla (run_seed).")
        self._places = places
        self._cumulative = list(itertools.accumulate(weights))
        self._prefixes = [prefix for prefix, _ in STREET_PREFIXES]
        self._prefix_cumulative = list(itertools.accumulate(weight for _, weight in STREET_PREFIXES))

    def make(self) -> AddressRow:
        rng = self._rng
        block = self._places[bisect.bisect(self._cumulative, rng.random() * self._cumulative[-1])]
        place = rng.choice(block)
        prefix = self._prefixes[
            bisect.bisect(self._prefix_cumulative, rng.random() * self._prefix_cumulative[-1])
        ]
        name = rng.choice(STREET_NAMES)
        street = f"{prefix} {name}" if prefix else name
        interior = (
            rng.choice(("A", "B", "C", "1", "2", "3", "4", "Depto 2", "Local 1"))
            if rng.random() < 0.1
            else None
        )
        ref = place.municipality
        if rng.random() < APPROXIMATE_SHARE:
            lon, lat, source, approximate = ref.lon, ref.lat, "centroid", True
        else:
            lon, lat = scatter_point(place.lon, place.lat, _NEIGHBORHOOD_RADIUS_KM, rng)
            source, approximate = ("pin" if rng.random() < 0.7 else "gps"), False
        return AddressRow(
            street=street,
            exterior_number=exterior_number(rng),
            interior_number=interior,
            neighborhood=place.neighborhood.name,
            postal_code=place.neighborhood.postal_code,
            municipality_id=ref.id,
            lon=lon,
            lat=lat,
            location_source=source,
            location_is_approximate=approximate,
        )


_COLUMNS = (
    "id",
    "street",
    "exterior_number",
    "interior_number",
    "neighborhood",
    "postal_code",
    "municipality_id",
)


async def insert_addresses(ctx: DemoContext, rows: Sequence[AddressRow]) -> list[int]:
    """Write the addresses (normal or bulk path); returns their ids in order."""
    if not rows:
        return []
    first = await reserve_ids(ctx.session, "address", len(rows))
    ids = list(range(first, first + len(rows)))
    if ctx.bulk:
        await _copy(ctx, ids, rows)
    else:
        records = [
            (
                ident,
                *row[:6],
                f"SRID=4326;POINT({row.lon} {row.lat})",
                row.location_source,
                row.location_is_approximate,
            )
            for ident, row in zip(ids, rows, strict=True)
        ]
        columns = (*_COLUMNS, "location", "location_source", "location_is_approximate")
        await write_records(ctx.session, table_of(Address), columns, records, bulk=False)
    ctx.add_count("address", len(rows))
    return ids


async def _copy(ctx: DemoContext, ids: list[int], rows: Sequence[AddressRow]) -> None:
    """COPY into a temporary stage with plain lon/lat, then one INSERT ... SELECT builds the points
    (asyncpg has no binary codec for PostGIS types)."""
    session = ctx.session
    await session.execute(
        text(
            f"CREATE TEMP TABLE IF NOT EXISTS {_STAGE} ("
            "id bigint, street text, exterior_number text, interior_number text, neighborhood text, "
            "postal_code text, municipality_id integer, lon float8, lat float8, location_source text, "
            "location_is_approximate boolean) ON COMMIT DROP"
        )
    )
    conn = await raw_connection(session)
    await conn.copy_records_to_table(
        _STAGE,
        records=[(ident, *row) for ident, row in zip(ids, rows, strict=True)],
        columns=[*_COLUMNS, "lon", "lat", "location_source", "location_is_approximate"],
    )
    columns = ", ".join(_COLUMNS)
    await session.execute(
        text(
            f"INSERT INTO address ({columns}, location, location_source, location_is_approximate) "  # noqa: S608
            f"SELECT {columns}, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography, "
            f"location_source::location_source, location_is_approximate FROM {_STAGE} ORDER BY id"
        )
    )
    await session.execute(text(f"TRUNCATE {_STAGE}"))
