"""Demo logins: at least one per role. Demo data only: every account shares ``DEMO_PASSWORD``.

The CLI prints ``DEMO_LOGINS``. Accounts with ``totp_required`` (admin and gerentes) will get their
TOTP secret once the auth module exists (``totp_secret`` is filled in then).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from app.seed.data import departments as d
from app.seed.data import roles as r

DEMO_PASSWORD: Final = "Protegrt2026!"


@dataclass(frozen=True, slots=True)
class DemoLogin:
    username: str
    role: str  # role code
    department: str | None  # department the role is held in (None = global)
    password: str = DEMO_PASSWORD
    code: str | None = None  # employee code V<n> / C<n> / M<n>
    is_manager: bool = False
    is_seller: bool = False
    is_collector: bool = False
    is_adjuster: bool = False
    totp_required: bool = False
    totp_secret: str | None = None  # set by the auth module's demo step (later)

    @property
    def home_department(self) -> str:
        return self.department or d.ADMINISTRACION


def _collectors(n: int) -> tuple[DemoLogin, ...]:
    return tuple(
        DemoLogin(f"cobrador{i}", r.COBRADOR, d.COBRANZA, code=f"C{i}", is_collector=True)
        for i in range(1, n + 1)
    )


def _sellers(n: int) -> tuple[DemoLogin, ...]:
    # Every seller also collects (domain §2).
    return tuple(
        DemoLogin(f"vendedor{i}", r.VENDEDOR, d.VENTAS, code=f"V{i}", is_seller=True, is_collector=True)
        for i in range(1, n + 1)
    )


def _adjusters(n: int) -> tuple[DemoLogin, ...]:
    return tuple(
        DemoLogin(f"ajustador{i}", r.AJUSTADOR, d.SINIESTROS, code=f"M{i}", is_adjuster=True)
        for i in range(1, n + 1)
    )


DEMO_LOGINS: Final[tuple[DemoLogin, ...]] = (
    DemoLogin("admin", r.ADMIN, None, totp_required=True),
    DemoLogin("gerente.administracion", r.GERENTE, d.ADMINISTRACION, is_manager=True, totp_required=True),
    DemoLogin("gerente.cobranza", r.GERENTE, d.COBRANZA, is_manager=True, totp_required=True),
    DemoLogin("gerente.ventas", r.GERENTE, d.VENTAS, is_manager=True, totp_required=True),
    DemoLogin("gerente.siniestros", r.GERENTE, d.SINIESTROS, is_manager=True, totp_required=True),
    DemoLogin("auxiliar", r.AUXILIAR, d.COBRANZA),
    *_collectors(5),
    *_sellers(4),
    *_adjusters(2),
)

DEMO_USERNAMES: Final[frozenset[str]] = frozenset(login.username for login in DEMO_LOGINS)
