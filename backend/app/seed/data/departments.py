"""Departments (``department``)."""

from __future__ import annotations

from typing import Final, NamedTuple


class DepartmentSeed(NamedTuple):
    code: str
    name: str


ADMINISTRACION: Final = "administracion"
VENTAS: Final = "ventas"
COBRANZA: Final = "cobranza"
SINIESTROS: Final = "siniestros"

DEPARTMENTS: Final[tuple[DepartmentSeed, ...]] = (
    DepartmentSeed(ADMINISTRACION, "Administración"),  # includes HR (RRHH)
    DepartmentSeed(VENTAS, "Ventas"),
    DepartmentSeed(COBRANZA, "Cobranza"),
    DepartmentSeed(SINIESTROS, "Siniestros"),
)
