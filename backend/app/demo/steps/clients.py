"""Demo clients (with their address) and their vehicles (1-2 each).

Rows are generated in Python from the step's own random stream, in chunks, then written by the
normal path (executemany INSERT) or the bulk path (COPY): both write the same rows.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from app.demo.context import DemoContext, VehicleRef
from app.demo.data import names
from app.demo.data.vehicles import COLORS, KEY_WEIGHTS, VEHICLE_MODELS, VehicleModel
from app.demo.generators import email_for, engine_number, jalisco_plates, mobile_phone, person_rfc, vin
from app.demo.steps.addresses import AddressFactory, insert_addresses
from app.demo.writer import reserve_ids, table_of, write_records
from app.models import Client, Vehicle
from app.seed.data.vehicle_keys import VEHICLE_TYPE_BY_KEY

CHUNK = 20_000
RFC_SHARE = 0.6
EMAIL_SHARE = 0.35
SECOND_VEHICLE_SHARE = 0.25
_REFERENCE = date(2026, 1, 1)  # ages are computed from a fixed date: reproducible output

_NOTES = (
    "Prefiere que lo visiten por la tarde.",
    "Llamar antes de visitar.",
    "Paga en su negocio (tienda de abarrotes).",
    "Trabaja de noche; visitar después de las 14:00.",
    "Cliente referido por otro asegurado.",
    "Domicilio con portón negro, tocar fuerte.",
)

CLIENT_COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "second_last_name",
    "rfc",
    "phone_whatsapp",
    "phone_secondary",
    "email",
    "address_id",
    "notes",
    "created_by_user_id",
)
VEHICLE_COLUMNS = (
    "id",
    "client_id",
    "vehicle_key",
    "vehicle_type",
    "service_type",
    "cylinder_band",
    "make",
    "model",
    "year",
    "color",
    "serial_number",
    "plates",
    "engine_number",
)


class _Fleet:
    """Picks a realistic vehicle: key by fleet share, then a model of that key by popularity."""

    def __init__(self) -> None:
        self._keys = list(KEY_WEIGHTS)
        self._key_cumulative = list(itertools.accumulate(KEY_WEIGHTS.values()))
        self._models: dict[int, tuple[list[VehicleModel], list[int]]] = {}
        for key in self._keys:
            models = [m for m in VEHICLE_MODELS if m.key == key]
            self._models[key] = (models, list(itertools.accumulate(m.weight for m in models)))

    def pick(self, rng: random.Random) -> VehicleModel:
        key = self._keys[bisect.bisect(self._key_cumulative, rng.random() * self._key_cumulative[-1])]
        models, cumulative = self._models[key]
        return models[bisect.bisect(cumulative, rng.random() * cumulative[-1])]


def _client_fields(rng: random.Random) -> tuple[Any, ...]:
    female = rng.random() < 0.48
    first = names.given_name(rng, female)
    last = names.surname(rng)
    second = names.surname(rng) if rng.random() < 0.95 else None
    birth = _REFERENCE - timedelta(days=rng.randrange(18 * 365, 80 * 365))
    rfc = person_rfc(first, last, second, birth, rng) if rng.random() < RFC_SHARE else None
    phone = mobile_phone(rng)
    phone2 = mobile_phone(rng) if rng.random() < 0.25 else None
    email = email_for(first, last, rng) if rng.random() < EMAIL_SHARE else None
    notes = rng.choice(_NOTES) if rng.random() < 0.03 else None
    return first, last, second, rfc, phone, phone2, email, notes


def _vehicle_fields(model: VehicleModel, serial: int, rng: random.Random) -> tuple[Any, ...]:
    vehicle_type = VEHICLE_TYPE_BY_KEY[model.key]
    year = rng.randint(model.year_min, model.year_max)
    service = "commercial" if rng.random() < model.commercial_share else "private"
    return (
        model.key,
        vehicle_type,
        service,
        model.band,
        model.make,
        model.model,
        year,
        rng.choice(COLORS),
        vin(model.wmi, year, serial, rng),
        jalisco_plates(vehicle_type, rng),
        engine_number(rng),
    )


async def run(ctx: DemoContext) -> None:
    session = ctx.session
    # Appending to a database that already has clients gets different (non-colliding) rows.
    existing_clients = int(await session.scalar(select(func.count()).select_from(Client)) or 0)
    existing_vehicles = int(await session.scalar(select(func.count()).select_from(Vehicle)) or 0)
    rng = ctx.rng("clients", existing_clients)
    factory = AddressFactory(ctx, rng)
    fleet = _Fleet()
    creators: list[int | None] = [
        ctx.users[u]
        for u in ("auxiliar", "vendedor1", "vendedor2", "vendedor3", "vendedor4")
        if u in ctx.users
    ] or [None]
    serial = existing_vehicles
    remaining = ctx.scale_clients
    while remaining > 0:
        size = min(CHUNK, remaining)
        remaining -= size
        addresses = []
        clients: list[tuple[Any, ...]] = []
        vehicles: list[tuple[Any, ...]] = []  # (client index, fields...)
        for index in range(size):
            addresses.append(factory.make())
            clients.append(_client_fields(rng))
            for _ in range(2 if rng.random() < SECOND_VEHICLE_SHARE else 1):
                serial += 1
                vehicles.append((index, *_vehicle_fields(fleet.pick(rng), serial, rng)))
        creator_ids = [rng.choice(creators) for _ in range(size)]
        address_ids = await insert_addresses(ctx, addresses)
        await _write_chunk(ctx, address_ids, clients, creator_ids, vehicles)


async def _write_chunk(
    ctx: DemoContext,
    address_ids: list[int],
    clients: Sequence[tuple[Any, ...]],
    creator_ids: Sequence[int | None],
    vehicles: Sequence[tuple[Any, ...]],
) -> None:
    session = ctx.session
    first_client = await reserve_ids(session, "client", len(clients))
    client_ids = list(range(first_client, first_client + len(clients)))
    client_records = [
        (ident, *fields[:7], address_id, fields[7], creator)
        for ident, fields, address_id, creator in zip(
            client_ids, clients, address_ids, creator_ids, strict=True
        )
    ]
    await write_records(session, table_of(Client), CLIENT_COLUMNS, client_records, bulk=ctx.bulk)
    first_vehicle = await reserve_ids(session, "vehicle", len(vehicles))
    vehicle_records = [(first_vehicle + i, client_ids[row[0]], *row[1:]) for i, row in enumerate(vehicles)]
    await write_records(session, table_of(Vehicle), VEHICLE_COLUMNS, vehicle_records, bulk=ctx.bulk)
    ctx.client_ids.extend(client_ids)
    ctx.vehicles.extend(VehicleRef(rec[0], rec[1], rec[2], rec[4], rec[5]) for rec in vehicle_records)
    ctx.add_count("client", len(client_records))
    ctx.add_count("vehicle", len(vehicle_records))
