"""State shared by the demo steps: randomness, reference ids and what earlier steps created."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from faker import Faker
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Department, Municipality, Role


class MunicipalityRef(NamedTuple):
    id: int
    name: str
    lon: float
    lat: float


class VehicleRef(NamedTuple):
    """What a later step (policies) needs to pick a matching coverage."""

    id: int
    client_id: int
    vehicle_key: int
    service_type: str
    cylinder_band: str | None


@dataclass(slots=True)
class DemoContext:
    session: AsyncSession
    seed: int
    scale_clients: int
    bulk: bool
    _faker: Faker = field(default_factory=lambda: Faker("es_MX"), repr=False)
    departments: dict[str, int] = field(default_factory=dict)  # code -> id
    roles: dict[str, int] = field(default_factory=dict)  # code -> id
    municipalities: dict[str, MunicipalityRef] = field(default_factory=dict)  # name -> ref
    employees: dict[str, int] = field(default_factory=dict)  # demo username -> employee id
    users: dict[str, int] = field(default_factory=dict)  # demo username -> app_user id
    employee_codes: dict[str, int] = field(default_factory=dict)  # V1 / C1 / M1 -> employee id
    client_ids: list[int] = field(default_factory=list)
    vehicles: list[VehicleRef] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows created
    extra: dict[str, Any] = field(default_factory=dict)  # free slot for later steps

    def rng(self, step: str, salt: object = "") -> random.Random:
        """An independent, reproducible random stream per step: adding a step never shifts others."""
        return random.Random(f"protegrt-demo:{self.seed}:{step}:{salt}")

    def faker(self, step: str) -> Faker:
        """Faker('es_MX') reseeded for ``step`` (same reproducibility rule as ``rng``)."""
        self._faker.seed_instance(f"protegrt-demo:{self.seed}:{step}")
        return self._faker

    def add_count(self, table: str, n: int) -> None:
        self.counts[table] = self.counts.get(table, 0) + n

    async def load_reference(self) -> None:
        result = await self.session.execute(select(Department.code, Department.id))
        self.departments = {str(code): int(ident) for code, ident in result}
        result = await self.session.execute(select(Role.code, Role.id))
        self.roles = {str(code): int(ident) for code, ident in result}
        rows = await self.session.execute(
            select(
                Municipality.id,
                Municipality.name,
                text("ST_X(municipality.centroid::geometry)"),
                text("ST_Y(municipality.centroid::geometry)"),
            ).order_by(Municipality.id)
        )
        self.municipalities = {
            str(name): MunicipalityRef(int(ident), str(name), float(lon), float(lat))
            for ident, name, lon, lat in rows
        }
