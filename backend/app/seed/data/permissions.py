"""Permission catalogue (``permission``): ``module.action`` plus the ``*`` and ``module.*`` wildcards.

Spec 01-arquitectura §4.3 lists the base catalogue; the rest are the actions domain.md names for the
later modules (payments, receipts, cash, cancellations, coverages, promotions, endorsements, ...).
Names are lower snake case; descriptions are what the admin screen shows (Spanish).
"""

from __future__ import annotations

from typing import Final, NamedTuple

WILDCARD_ALL: Final = "*"


class PermissionSeed(NamedTuple):
    code: str
    module: str
    description: str


class ModuleSeed(NamedTuple):
    module: str
    label: str  # Spanish, used in the wildcard's description
    actions: tuple[tuple[str, str], ...]  # (action, Spanish description)


MODULES: Final[tuple[ModuleSeed, ...]] = (
    ModuleSeed(
        "tow",
        "grúas",
        (
            ("create", "Crear servicios de grúa"),
            ("edit", "Editar servicios de grúa"),
            ("read", "Ver servicios de grúa"),
            ("cancel", "Cancelar servicios de grúa"),
            ("manage_providers", "Gestionar proveedores de grúa"),
        ),
    ),
    ModuleSeed(
        "incidents",
        "siniestros",
        (
            ("create", "Crear siniestros"),
            ("edit", "Editar siniestros"),
            ("read", "Ver siniestros"),
            ("read_assigned", "Ver el detalle completo de los siniestros asignados a mí"),
            ("update_own", "Actualizar mis siniestros asignados"),
            ("assign", "Asignar ajustador a un siniestro"),
            ("cancel", "Cancelar siniestros"),
        ),
    ),
    ModuleSeed(
        "clients",
        "clientes",
        (
            ("read", "Ver clientes"),
            ("create", "Crear clientes"),
            ("edit", "Editar clientes"),
            ("delete", "Dar de baja clientes"),
        ),
    ),
    ModuleSeed(
        "vehicles",
        "vehículos",
        (
            ("read", "Ver vehículos"),
            ("create", "Registrar vehículos"),
            ("edit", "Editar vehículos"),
        ),
    ),
    ModuleSeed(
        "policies",
        "pólizas",
        (
            ("read", "Ver pólizas"),
            ("read_own", "Ver mis pólizas (vendedor)"),
            ("create", "Crear pólizas"),
            ("edit", "Editar pólizas"),
            ("cancel", "Cancelar pólizas"),
            ("change_seller", "Cambiar el vendedor de una póliza"),
            ("suspend", "Suspender y reactivar pólizas"),
            ("approve_submission", "Aprobar o rechazar pólizas capturadas desde la app de vendedores"),
            ("recompute_statuses", "Ejecutar el recálculo de estatus de pólizas y pagos y ver su bitácora"),
        ),
    ),
    ModuleSeed(
        "shifts",
        "guardias",
        (
            ("read", "Ver guardias de ajustadores"),
            ("edit", "Programar guardias de ajustadores"),
        ),
    ),
    ModuleSeed(
        "payments",
        "pagos",
        (
            ("read", "Ver la situación de pagos"),
            ("edit", "Editar pagos"),
            ("create", "Registrar pagos en mostrador"),
            ("partial", "Registrar abonos (pagos parciales)"),
            ("revert", "Revertir un pago"),
            ("restructure", "Reestructurar una póliza de contado a cuotas"),
        ),
    ),
    ModuleSeed(
        "proposals",
        "propuestas de cobro",
        (
            ("create", "Crear propuestas de cobro"),
            ("read_own", "Ver mis propuestas de cobro"),
            ("read", "Ver todas las propuestas de cobro"),
            ("approve", "Aprobar propuestas de cobro"),
            ("approve_high", "Aprobar propuestas de cobro por arriba del monto límite"),
            ("reject", "Rechazar propuestas de cobro"),
        ),
    ),
    ModuleSeed(
        "collections",
        "cobranza",
        (
            ("read", "Ver asignaciones de cobranza"),
            ("read_own", "Ver mis tarjetas asignadas"),
            ("assign", "Reasignar tarjetas de cobranza"),
            ("routes", "Gestionar rutas de cobranza"),
            ("visit_notice", "Registrar avisos de visita"),
            ("tracking", "Ver la ubicación en campo de los cobradores"),
        ),
    ),
    ModuleSeed(
        "receipts",
        "recibos",
        (
            ("read", "Ver recibos"),
            ("read_own", "Ver mis recibos asignados"),
            ("create", "Dar de alta lotes de recibos"),
            ("assign", "Asignar recibos a cobradores"),
            ("verify", "Verificar recibos"),
            ("mark_lost", "Marcar recibos como extraviados"),
            ("cancel", "Cancelar recibos (con reversión del pago)"),
        ),
    ),
    ModuleSeed(
        "cash",
        "entregas de efectivo",
        (
            ("read", "Ver entregas de efectivo de todos los cobradores"),
            ("read_own", "Ver mi dinero cobrado y pendiente de entregar"),
            ("confirm", "Recibir y contar el efectivo que entrega un cobrador"),
        ),
    ),
    ModuleSeed(
        "commissions",
        "comisiones",
        (
            ("read", "Ver comisiones de todo el personal"),
            ("read_own", "Ver mis comisiones"),
        ),
    ),
    ModuleSeed(
        "cancellations",
        "cancelaciones",
        (
            ("read", "Ver cancelaciones de pólizas"),
            ("undo", "Deshacer la cancelación de una póliza"),
            ("edit_codes", "Editar el catálogo de motivos de cancelación"),
        ),
    ),
    ModuleSeed(
        "coverages",
        "coberturas",
        (
            ("read", "Ver el catálogo de coberturas y precios"),
            ("edit", "Editar coberturas y precios"),
        ),
    ),
    ModuleSeed(
        "promotions",
        "promociones",
        (
            ("read", "Ver promociones"),
            ("edit", "Crear y editar promociones"),
            ("apply", "Aplicar y revertir promociones en pólizas"),
        ),
    ),
    ModuleSeed(
        "endorsements",
        "endosos",
        (
            ("read", "Ver endosos"),
            ("create", "Solicitar endosos"),
            ("approve", "Aprobar o rechazar endosos"),
            ("apply", "Aplicar endosos aprobados"),
        ),
    ),
    ModuleSeed(
        "renewals",
        "renovaciones",
        (
            ("read", "Ver todas las renovaciones pendientes"),
            ("read_own", "Ver mis renovaciones"),
            ("edit", "Editar renovaciones"),
        ),
    ),
    ModuleSeed(
        "reports",
        "reportes",
        (
            ("read", "Consultar reportes"),
            ("export", "Exportar reportes (Excel/PDF); las listas de clientes nunca se exportan"),
        ),
    ),
    ModuleSeed(
        "dashboard",
        "dashboards",
        (
            ("read", "Ver los dashboards de mis departamentos"),
            ("global", "Ver los dashboards de toda la empresa"),
        ),
    ),
    ModuleSeed(
        "notifications",
        "notificaciones",
        (
            ("read", "Ver el historial de mensajes enviados"),
            ("edit", "Editar plantillas y configuración de mensajes"),
        ),
    ),
    ModuleSeed(
        "hr",
        "recursos humanos",
        (
            ("my_vacations", "Solicitar y ver mis vacaciones"),
            ("my_permits", "Solicitar y ver mis permisos sin goce de sueldo"),
            ("my_schedule", "Ver mi horario"),
            ("my_complaints", "Enviar quejas y sugerencias al jefe directo o al director"),
            ("manage", "Gestionar RRHH de mi departamento"),
            ("admin", "Gestionar RRHH de toda la empresa"),
        ),
    ),
    ModuleSeed(
        "audit",
        "auditoría",
        (("read", "Consultar la bitácora de auditoría"),),
    ),
    ModuleSeed(
        "settings",
        "configuración",
        (
            ("read", "Ver la configuración del negocio"),
            ("edit", "Editar la configuración del negocio (umbrales y reglas)"),
        ),
    ),
    ModuleSeed(
        "admin",
        "administración del sistema",
        (
            ("users", "Gestionar usuarios"),
            ("roles", "Gestionar roles y permisos"),
            ("employees", "Gestionar empleados"),
            ("sessions", "Ver y revocar sesiones"),
            ("network", "Gestionar VPN, geocerca y excepciones de acceso"),
        ),
    ),
)


def build_permissions() -> tuple[PermissionSeed, ...]:
    """The full catalogue: ``*``, then per module ``module.*`` and every ``module.action``."""
    rows = [PermissionSeed(WILDCARD_ALL, "*", "Acceso total (todos los permisos)")]
    for mod in MODULES:
        rows.append(PermissionSeed(f"{mod.module}.*", mod.module, f"Todos los permisos de {mod.label}"))
        rows.extend(
            PermissionSeed(f"{mod.module}.{action}", mod.module, description)
            for action, description in mod.actions
        )
    return tuple(rows)


PERMISSIONS: Final[tuple[PermissionSeed, ...]] = build_permissions()
PERMISSION_CODES: Final[frozenset[str]] = frozenset(p.code for p in PERMISSIONS)
