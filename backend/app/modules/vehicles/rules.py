"""Format rules of vehicle identifiers.

Serial number (NIV / VIN, ISO 3779): upper case, spaces and dashes removed; from model year 1981
exactly 17 letters and digits without I, O or Q. The check digit (position 9) is *not* enforced:
it is mandatory only in the North American scheme, and imported or re-stamped vehicles (and the
legacy system's data) do not always carry one; a wrong character there is caught by people, a
refused real car would not be. Vehicles before 1981 predate the 17-character standard: their
serials are 5 to 17 letters or digits (the Mexican VW Sedan of the 1970s has 10).

Plates: upper case, anything but letters and digits removed ("JAB-123-C" -> "JAB123C"), 4 to 10
characters. Lookups compare the same normalised form (``app.models.vehicle.plates_key``), so rows
imported with dashes or spaces are found too.
"""

from __future__ import annotations

import re
from typing import Final

VIN_FORMAT_YEAR: Final = 1981
YEAR_MIN: Final = 1950
_VIN_17: Final = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
_VIN_OLD: Final = re.compile(r"^[A-Z0-9]{5,17}$")
_PLATES: Final = re.compile(r"^[A-Z0-9]{4,10}$")
_NOT_ALNUM: Final = re.compile(r"[^A-Z0-9]")


def normalize_serial(raw: str) -> str:
    return re.sub(r"[\s\-.]", "", raw).upper()


def normalize_plates(raw: str) -> str:
    return _NOT_ALNUM.sub("", raw.upper())


def serial_problem(serial: str, year: int | None) -> str | None:
    """Spanish message when ``serial`` (already normalised) is not acceptable, else None."""
    if year is not None and year < VIN_FORMAT_YEAR:
        if not _VIN_OLD.fullmatch(serial):
            return (
                "Para vehículos anteriores a 1981 el número de serie debe tener de 5 a 17 letras o números."
            )
        return None
    if len(serial) != 17:
        return f"El número de serie (NIV) debe tener 17 caracteres; tiene {len(serial)}."
    if not _VIN_17.fullmatch(serial):
        return "El número de serie (NIV) solo lleva letras y números, sin I, O ni Q (se confunden con 1 y 0)."
    return None


def plates_problem(plates: str) -> str | None:
    if not _PLATES.fullmatch(plates):
        return "Placas no válidas: de 4 a 10 letras o números (sin contar espacios ni guiones)."
    return None


def year_problem(year: int, *, today_year: int) -> str | None:
    if not YEAR_MIN <= year <= today_year + 1:
        return f"El año modelo debe estar entre {YEAR_MIN} y {today_year + 1}."
    return None
