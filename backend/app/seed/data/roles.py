"""System roles (``role``)."""

from __future__ import annotations

from typing import Final, NamedTuple


class RoleSeed(NamedTuple):
    code: str
    name: str
    description: str


ADMIN: Final = "admin"
GERENTE: Final = "gerente"
AUXILIAR: Final = "auxiliar"
COBRADOR: Final = "cobrador"
VENDEDOR: Final = "vendedor"
AJUSTADOR: Final = "ajustador"

ROLES: Final[tuple[RoleSeed, ...]] = (
    RoleSeed(ADMIN, "Administrador", "Acceso total al sistema (director general y responsable de sistemas)."),
    RoleSeed(
        GERENTE,
        "Gerente",
        "Gerente de área: áreas comunes y todos los apartados de su departamento, dashboards, "
        "reportes y gestión de su personal.",
    ),
    RoleSeed(
        AUXILIAR,
        "Auxiliar",
        "Auxiliar de oficina: áreas comunes y algunos apartados de su departamento, "
        "configurables por el administrador para cada persona.",
    ),
    RoleSeed(
        COBRADOR,
        "Cobrador",
        "Cobrador de campo: su cartera asignada, propuestas de cobro, rutas y dinero por entregar.",
    ),
    RoleSeed(
        VENDEDOR,
        "Vendedor",
        "Vendedor de campo (también cobra): sus pólizas y clientes, renovaciones, nuevas pólizas "
        "y dinero por entregar.",
    ),
    RoleSeed(
        AJUSTADOR,
        "Ajustador",
        "Ajustador de campo: información completa de sus siniestros asignados; cobra pagos con "
        "menos de 5 días de atraso y dinero de contraparte para taller.",
    ),
)
