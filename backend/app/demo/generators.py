"""Pure, deterministic generators of realistic Mexican identifiers (driven by a ``random.Random``)."""

from __future__ import annotations

import math
import random
import string
import unicodedata
from datetime import date
from typing import Final

_PARTICLES_TEXT: Final = "DA DAS DE DEL DER DI DIE DD EL LA LOS LAS LE LES MAC MC VAN VON Y"
_RFC_PARTICLES: Final = frozenset(_PARTICLES_TEXT.split())
_COMMON_FIRST: Final = frozenset({"JOSE", "J", "MARIA", "MA", "MA.", "J."})
# SAT's "palabras inconvenientes": the 4th letter becomes X.
_BAD_WORDS_TEXT: Final = (
    "BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO FALO FETO "
    "GETA GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA KULO LILO "
    "LOCA LOCO LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO PEDA PEDO PENE "
    "PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI "
    "WUEY"
)
_BAD_WORDS: Final = frozenset(_BAD_WORDS_TEXT.split())
_RFC_CHECK_ALPHABET: Final = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
_VOWELS: Final = "AEIOU"
ALNUM: Final = string.ascii_uppercase + string.digits

# VIN: no I, O or Q.
_VIN_CHARS: Final = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES: Final[dict[str, int]] = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS: Final = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_YEARS: Final = "ABCDEFGHJKLMNPRSTVWXY123456789"  # 1980 + i, cycling every 30 years


def strip_accents(text: str) -> str:
    """Uppercase ASCII: accents removed, Ñ -> X (the database check only admits [A-Z0-9])."""
    text = text.upper().replace("Ñ", "X")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    words = [w for w in strip_accents(text).replace("-", " ").split() if w.isalpha()]
    return [w for w in words if w not in _RFC_PARTICLES] or words or ["X"]


def rfc_check_digit(first12: str) -> str:
    total = sum(_RFC_CHECK_ALPHABET.index(c) * (13 - i) for i, c in enumerate(first12))
    rest = 11 - total % 11
    return "0" if rest == 11 else "A" if rest == 10 else str(rest)


def _name_parts(first_name: str, last_name: str, second_last_name: str | None) -> tuple[str, str, str]:
    paternal = _words(last_name)[0]
    maternal = _words(second_last_name)[0] if second_last_name else "X"
    given_names = _words(first_name)
    given = given_names[1] if len(given_names) > 1 and given_names[0] in _COMMON_FIRST else given_names[0]
    return paternal, maternal, given


def _four_letters(paternal: str, maternal: str, given: str) -> str:
    inner_vowel = next((c for c in paternal[1:] if c in _VOWELS), "X")
    letters = paternal[0] + inner_vowel + maternal[0] + given[0]
    return letters[:3] + "X" if letters in _BAD_WORDS else letters


def person_rfc(
    first_name: str, last_name: str, second_last_name: str | None, birth: date, rng: random.Random
) -> str:
    """RFC of a natural person (13 chars): 4 letters + YYMMDD + 2-char homoclave + check digit."""
    letters = _four_letters(*_name_parts(first_name, last_name, second_last_name))
    homoclave = "".join(rng.choice(ALNUM) for _ in range(2))
    first12 = f"{letters}{birth:%y%m%d}{homoclave}"
    return first12 + rfc_check_digit(first12)


_CURP_ALPHABET: Final = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _inner_consonant(word: str) -> str:
    return next((c for c in word[1:] if c.isalpha() and c not in _VOWELS), "X")


def curp(
    first_name: str,
    last_name: str,
    second_last_name: str | None,
    birth: date,
    female: bool,
    rng: random.Random,
    state: str = "JC",
) -> str:
    """CURP (18 chars) with its check digit; ``state`` JC = Jalisco."""
    paternal, maternal, given = _name_parts(first_name, last_name, second_last_name)
    letters = _four_letters(paternal, maternal, given)
    consonants = _inner_consonant(paternal) + _inner_consonant(maternal) + _inner_consonant(given)
    differentiator = rng.choice(string.digits) if birth.year < 2000 else rng.choice(string.ascii_uppercase)
    first17 = f"{letters}{birth:%y%m%d}{'M' if female else 'H'}{state}{consonants}{differentiator}"
    total = sum(_CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(first17))
    return first17 + str((10 - total % 10) % 10)


def mobile_phone(rng: random.Random, area: str = "33") -> str:
    """A 10-digit Guadalajara mobile number (area code 33)."""
    return area + str(rng.randrange(10**7, 10**8))


def vin(wmi: str, year: int, serial: int, rng: random.Random) -> str:
    """A 17-character VIN with a valid check digit; ``serial`` makes it unique within a run."""
    vds = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    plant = rng.choice(_VIN_CHARS[:23])
    if serial < 10**6:
        tail = f"{serial:06d}"
    else:  # beyond a million vehicles: base-33 serial (still 6 chars)
        digits = []
        for _ in range(6):
            serial, rest = divmod(serial, len(_VIN_CHARS))
            digits.append(_VIN_CHARS[rest])
        tail = "".join(reversed(digits))
    body = f"{wmi}{vds}0{_VIN_YEARS[(year - 1980) % 30]}{plant}{tail}"
    total = sum(_VIN_VALUES[c] * w for c, w in zip(body, _VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


_PLATE_LETTERS: Final = "ABCDEFGHJKLMNPRSTUVWXYZ"


def jalisco_plates(vehicle_type: str, rng: random.Random) -> str:
    """Plates in the Jalisco series (NOM-001-SCT-2-2016 formats)."""

    def letters(n: int) -> str:
        return "".join(rng.choice(_PLATE_LETTERS) for _ in range(n))

    if vehicle_type in ("automobile", "suv"):
        return f"J{letters(2)}-{rng.randrange(1000):03d}-{letters(1)}"
    if vehicle_type in ("pickup", "truck"):
        return f"J{letters(1)}-{rng.randrange(100):02d}-{rng.randrange(1000):03d}"
    return f"{rng.randrange(100):02d}{letters(2)}J{rng.randrange(10)}"  # motorcycles, mototaxis


def engine_number(rng: random.Random) -> str:
    return "".join(rng.choice(ALNUM) for _ in range(3)) + str(rng.randrange(10**6, 10**7))


def scatter_point(lon: float, lat: float, radius_km: float, rng: random.Random) -> tuple[float, float]:
    """A point uniformly distributed in a disc of ``radius_km`` around (lon, lat), 6 decimals."""
    distance = radius_km * math.sqrt(rng.random())
    bearing = rng.random() * 2 * math.pi
    dlat = distance * math.cos(bearing) / 110.574
    dlon = distance * math.sin(bearing) / (111.320 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


def email_for(first_name: str, last_name: str, rng: random.Random) -> str:
    domain = rng.choices(
        ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "live.com.mx"), weights=(55, 25, 10, 7, 3)
    )[0]
    first = _words(first_name)[0].lower()
    last = _words(last_name)[0].lower()
    style = rng.randrange(3)
    local = (
        f"{first}.{last}"
        if style == 0
        else f"{first}{last}{rng.randrange(100)}"
        if style == 1
        else (f"{first[0]}{last}{rng.randrange(1960, 2006)}")
    )
    return f"{local}@{domain}"


def exterior_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.03:
        return "S/N"
    number = rng.randrange(1, 4000) if roll < 0.8 else rng.randrange(1, 400)
    return f"{number}-{rng.choice('ABC')}" if roll > 0.95 else str(number)
