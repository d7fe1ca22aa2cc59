"""Role grants (``role_permission``), per domain.md §2 and spec §4.3.

A grant with ``department=None`` applies wherever the role is held; a grant with a department applies
only to holders of the role *in that department* (``user_role.department_id``). Effective permissions
also include business-flag implications and per-employee overrides (handled by the auth engine).
Only *adds* here: the seed never removes a grant an admin configured.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from app.seed.data import departments as d
from app.seed.data import roles as r
from app.seed.data.permissions import WILDCARD_ALL


class GrantSeed(NamedTuple):
    role: str
    permission: str
    department: str | None = None


# Common areas: every role (admin already has ``*``).
COMMON: Final[tuple[str, ...]] = (
    "tow.create",
    "tow.edit",
    "tow.read",
    "incidents.create",
    "incidents.edit",
    "incidents.read",
    "clients.read",
    "vehicles.read",
    "policies.read",
    "coverages.read",
    "shifts.read",
    "payments.read",
    "hr.my_vacations",
    "hr.my_permits",
    "hr.my_schedule",
    "hr.my_complaints",
)

# Field work of anyone who collects money (collectors, and sellers, who all collect too).
_COLLECTOR_FIELD: Final[tuple[str, ...]] = (
    "proposals.create",
    "proposals.read_own",
    "collections.read_own",
    "collections.routes",
    "collections.visit_notice",
    "receipts.read_own",
    "cash.read_own",
    "commissions.read_own",
)

GLOBAL_BY_ROLE: Final[dict[str, tuple[str, ...]]] = {
    r.ADMIN: (WILDCARD_ALL,),
    r.GERENTE: (
        *COMMON,
        "reports.*",
        "dashboard.read",
        "clients.create",
        "vehicles.create",
        "policies.create",
        "policies.cancel",  # domain: only admin and gerente cancel policies
        "policies.suspend",  # domain: suspended is set/lifted by admin or gerente
        "promotions.read",
        "hr.manage",  # scoped in code to the departments the gerente manages
    ),
    r.AUXILIAR: COMMON,  # the rest is configured per person by admin (overrides)
    r.COBRADOR: (*COMMON, *_COLLECTOR_FIELD),
    r.VENDEDOR: (
        *COMMON,
        *_COLLECTOR_FIELD,
        "clients.create",
        "vehicles.create",
        "policies.create",
        "policies.read_own",
        "renewals.read_own",
        "renewals.edit",
        "promotions.read",
    ),
    r.AJUSTADOR: (
        *COMMON,
        "incidents.read_assigned",
        "incidents.update_own",
        "proposals.create",
        "proposals.read_own",
        "cash.read_own",
    ),
}

DEPARTMENT_GRANTS: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    (r.GERENTE, d.COBRANZA): (
        "payments.*",
        "proposals.*",
        "receipts.*",
        "collections.*",
        "cash.*",
        "commissions.read",
        "cancellations.read",  # undo and the codes catalogue stay admin-only (domain §4)
    ),
    (r.GERENTE, d.SINIESTROS): ("incidents.*", "tow.*", "shifts.*"),
    (r.GERENTE, d.VENTAS): (
        "policies.edit",
        "policies.change_seller",
        "policies.approve_submission",
        "clients.edit",
        "vehicles.edit",
        "renewals.*",
        "promotions.*",
        "endorsements.*",
        "commissions.read",
    ),
    (r.GERENTE, d.ADMINISTRACION): ("hr.*", "admin.employees"),
    (r.AUXILIAR, d.COBRANZA): (
        "payments.read",
        "payments.edit",
        "payments.create",
        "payments.partial",
        "proposals.read",
        "proposals.approve",
        "proposals.reject",
        "receipts.read",
    ),
}


def build_grants() -> tuple[GrantSeed, ...]:
    rows: list[GrantSeed] = []
    for role, perms in GLOBAL_BY_ROLE.items():
        rows.extend(GrantSeed(role, perm, None) for perm in perms)
    for (role, department), perms in DEPARTMENT_GRANTS.items():
        rows.extend(GrantSeed(role, perm, department) for perm in perms)
    return tuple(dict.fromkeys(rows))  # de-duplicated, order kept


GRANTS: Final[tuple[GrantSeed, ...]] = build_grants()

# Business flags on the employee imply the global grants of a field role (domain §2: "effective
# permissions = roles + those implied by business flags + overrides"); for the auth engine.
FLAG_IMPLIED_ROLES: Final[dict[str, str]] = {
    "is_seller": r.VENDEDOR,
    "is_collector": r.COBRADOR,
    "is_adjuster": r.AJUSTADOR,
}
