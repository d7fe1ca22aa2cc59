"""Mexican given names and surnames (Faker's es_MX lists, with realistic surname frequencies)."""

from __future__ import annotations

import random
from typing import Final

from faker.providers.person.es_MX import Provider as _Person


def _clean(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(name.replace("Crúz", "Cruz").split()) for name in names))


FIRST_NAMES_MALE: Final = _clean(tuple(_Person.first_names_male))
FIRST_NAMES_FEMALE: Final = _clean(tuple(_Person.first_names_female))
SURNAMES: Final = _clean(tuple(_Person.last_names))

# The most frequent surnames in Jalisco, drawn about 40% of the time (homonyms make search realistic).
COMMON_SURNAMES: Final[tuple[str, ...]] = (
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vázquez",
    "Jiménez",
    "Reyes",
    "Díaz",
    "Torres",
    "Gutiérrez",
    "Ruiz",
    "Navarro",
    "Ramos",
    "Castañeda",
    "Orozco",
    "Partida",
)


def surname(rng: random.Random) -> str:
    return rng.choice(COMMON_SURNAMES) if rng.random() < 0.4 else rng.choice(SURNAMES)


def given_name(rng: random.Random, female: bool) -> str:
    return rng.choice(FIRST_NAMES_FEMALE if female else FIRST_NAMES_MALE)
