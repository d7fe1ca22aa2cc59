"""Vehicle keys (``vehicle_key``): internal codes of the legacy system. 102 is unused."""

from __future__ import annotations

from typing import Final, NamedTuple


class VehicleKeySeed(NamedTuple):
    code: int
    name: str
    vehicle_type: str
    requires_cylinder_band: bool
    allows_comprehensive: bool


AUTOMOVIL: Final = 101
PICK_UP: Final = 103
CAMIONETA: Final = 105
MOTOCICLETA: Final = 107
MOTO_TAXI: Final = 108
CAMION: Final = 109

VEHICLE_KEYS: Final[tuple[VehicleKeySeed, ...]] = (
    VehicleKeySeed(AUTOMOVIL, "AUTOMOVIL", "automobile", False, True),
    VehicleKeySeed(PICK_UP, "PICK UP", "pickup", False, True),
    VehicleKeySeed(CAMIONETA, "CAMIONETA", "suv", False, True),
    VehicleKeySeed(MOTOCICLETA, "MOTOCICLETA", "motorcycle", True, False),
    VehicleKeySeed(MOTO_TAXI, "MOTO TAXI", "mototaxi", True, False),
    VehicleKeySeed(CAMION, "CAMION", "truck", False, False),
)

VEHICLE_TYPE_BY_KEY: Final[dict[int, str]] = {k.code: k.vehicle_type for k in VEHICLE_KEYS}
