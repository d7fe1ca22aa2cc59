"""Coverage catalogue (``coverage``): demo prices, invented but plausible (MXN).

Rules of the catalogue:
- ``level`` is the order within its ladder (category), low to high.
- ``credit_price = initial_payment + 6 x monthly`` with a whole-peso monthly amount, so the
  ``monthly_7`` plan splits exactly (e.g. RC BASICA car: 1,200 + 6 x 500 = 4,200).
- The comprehensive (AMPLIA) family is quoted per vehicle in the external quote system: its prices
  are 0.00. Comprehensive coverages exist only for keys 101, 103 and 105.
- Motorcycles (107) and mototaxis (108) are priced per cylinder-capacity band.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Final, NamedTuple

from app.seed.data.vehicle_keys import AUTOMOVIL, CAMION, CAMIONETA, MOTO_TAXI, MOTOCICLETA, PICK_UP

ZERO: Final = Decimal("0.00")


class CoverageSeed(NamedTuple):
    name: str
    vehicle_key: int
    service_type: str
    cylinder_band: str | None
    category: str
    level: int
    cash_price: Decimal
    credit_price: Decimal
    initial_payment: Decimal
    tow_services_included: int
    is_active: bool = True


class _Rung(NamedTuple):
    name: str
    cash: int
    down: int
    monthly: int
    tows: int


# Base ladder: automobile (101), private service.
_LIABILITY: Final = (
    _Rung("RC BASICA", 3800, 1200, 500, 1),
    _Rung("RC PLUS", 4500, 1400, 600, 1),
    _Rung("RC PRO", 5200, 1600, 700, 2),
    _Rung("RC INTERMEDIA", 6000, 1900, 800, 2),
    _Rung("RC PREMIUM", 7200, 2000, 1000, 3),
)
_COMPREHENSIVE: Final = (
    ("AMPLIA", 3),
    ("AMPLIA SELECT", 3),
    ("PLATINO", 3),
    ("PLATINO PLUS", 3),
)
# Ride-hailing (platform) coverage: automobiles in private service used on DiDi/Uber/inDrive.
_PLATFORM: Final = _Rung("PLATAFORMA", 8500, 2200, 1200, 2)

_MOTO_LADDER: Final = (
    _Rung("RC BASICA", 1800, 600, 250, 1),
    _Rung("RC PLUS", 2200, 700, 300, 1),
    _Rung("RC PRO", 2700, 900, 350, 2),
)
_TRUCK_LADDER: Final = (
    _Rung("RC TON 3 A 5", 9500, 2600, 1300, 2),
    _Rung("RC TON 6 A 10", 13500, 3600, 1800, 3),
)

# Price factors against the base ladder.
_CAR_FACTORS: Final[dict[tuple[int, str], Decimal]] = {
    (AUTOMOVIL, "private"): Decimal("1.00"),
    (AUTOMOVIL, "commercial"): Decimal("1.30"),
    (PICK_UP, "private"): Decimal("1.10"),
    (PICK_UP, "commercial"): Decimal("1.40"),
    (CAMIONETA, "private"): Decimal("1.15"),
    (CAMIONETA, "commercial"): Decimal("1.45"),
}
_BAND_FACTORS: Final[dict[str, Decimal]] = {
    "up_to_150": Decimal("1.00"),
    "151_to_250": Decimal("1.20"),
    "251_to_500": Decimal("1.50"),
    "over_500": Decimal("2.00"),
}
_MOTO_SERVICE: Final[dict[tuple[int, str], Decimal]] = {
    (MOTOCICLETA, "private"): Decimal("1.00"),
    (MOTOCICLETA, "commercial"): Decimal("1.30"),  # delivery motorcycles
    (MOTO_TAXI, "commercial"): Decimal("1.60"),  # mototaxis are public service only
}
_MOTO_BANDS: Final[dict[int, tuple[str, ...]]] = {
    MOTOCICLETA: ("up_to_150", "151_to_250", "251_to_500", "over_500"),
    MOTO_TAXI: ("up_to_150", "151_to_250"),
}
_TRUCK_FACTORS: Final[dict[str, Decimal]] = {"private": Decimal("1.00"), "commercial": Decimal("1.30")}


def _round_to(value: Decimal, step: int) -> Decimal:
    return ((value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step).quantize(Decimal("0.01"))


def _priced(
    rung: _Rung, level: int, key: int, service: str, band: str | None, category: str, factor: Decimal
) -> CoverageSeed:
    cash = _round_to(rung.cash * factor, 100)
    down = _round_to(rung.down * factor, 100)
    monthly = _round_to(rung.monthly * factor, 50)
    credit = down + 6 * monthly
    assert cash < credit, rung
    return CoverageSeed(rung.name, key, service, band, category, level, cash, credit, down, rung.tows)


def build_coverages() -> tuple[CoverageSeed, ...]:
    rows: list[CoverageSeed] = []
    for (key, service), factor in _CAR_FACTORS.items():
        rows.extend(
            _priced(rung, level, key, service, None, "liability", factor)
            for level, rung in enumerate(_LIABILITY, start=1)
        )
        rows.extend(
            CoverageSeed(name, key, service, None, "comprehensive", level, ZERO, ZERO, ZERO, tows)
            for level, (name, tows) in enumerate(_COMPREHENSIVE, start=1)
        )
    rows.append(_priced(_PLATFORM, 1, AUTOMOVIL, "private", None, "platform", Decimal("1.00")))
    for (key, service), service_factor in _MOTO_SERVICE.items():
        for band in _MOTO_BANDS[key]:
            factor = service_factor * _BAND_FACTORS[band]
            rows.extend(
                _priced(rung, level, key, service, band, "liability", factor)
                for level, rung in enumerate(_MOTO_LADDER, start=1)
            )
    for service, factor in _TRUCK_FACTORS.items():
        rows.extend(
            _priced(rung, level, CAMION, service, None, "liability", factor)
            for level, rung in enumerate(_TRUCK_LADDER, start=1)
        )
    return tuple(rows)


COVERAGES: Final[tuple[CoverageSeed, ...]] = build_coverages()
