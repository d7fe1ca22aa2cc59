"""Municipalities of the Guadalajara metropolitan area (``municipality``).

Centroids are the municipal seats (cabeceras), WGS84 longitude/latitude.
"""

from __future__ import annotations

from typing import Final, NamedTuple

STATE: Final = "Jalisco"


class MunicipalitySeed(NamedTuple):
    name: str
    state: str
    lon: float
    lat: float


MUNICIPALITIES: Final[tuple[MunicipalitySeed, ...]] = (
    MunicipalitySeed("Guadalajara", STATE, -103.3496, 20.6767),
    MunicipalitySeed("Zapopan", STATE, -103.3918, 20.7214),
    MunicipalitySeed("San Pedro Tlaquepaque", STATE, -103.3115, 20.6409),
    MunicipalitySeed("Tonalá", STATE, -103.2337, 20.6243),
    MunicipalitySeed("Tlajomulco de Zúñiga", STATE, -103.4434, 20.4737),
    MunicipalitySeed("El Salto", STATE, -103.1817, 20.5186),
    MunicipalitySeed("Juanacatlán", STATE, -103.1700, 20.5075),
    MunicipalitySeed("Ixtlahuacán de los Membrillos", STATE, -103.1928, 20.3503),
    MunicipalitySeed("Zapotlanejo", STATE, -103.0686, 20.6225),
    MunicipalitySeed("Acatlán de Juárez", STATE, -103.5950, 20.4228),
)
