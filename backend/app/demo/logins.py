"""Demo logins: at least one per role. Demo data only: every account shares ``DEMO_PASSWORD``.

The CLI prints ``DEMO_LOGINS``. Accounts with ``totp_required`` (admin and gerentes) have 2FA
enabled by the demo step ``auth`` with a TOTP secret derived from the demo seed and the username
(``demo_totp_secret``), printed beside them so a person can add it to an authenticator app.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, replace
from typing import Final

from app.seed.data import departments as d
from app.seed.data import roles as r

DEMO_PASSWORD: Final = "Protegrt2026!"
DEMO_SEED: Final = 2026  # the seed `protegrt prepare` / `make run` generate the demo data with


def demo_totp_secret(seed: int, username: str) -> str:
    """Deterministic base32 TOTP secret (160 bits) of a demo login. Demo data only."""
    digest = hashlib.sha256(f"protegrt-demo-totp:{seed}:{username}".encode()).digest()
    return base64.b32encode(digest[:20]).decode()


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
    totp_secret: str | None = None  # for DEMO_SEED; see demo_totp_secret

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


_LOGINS: Final[tuple[DemoLogin, ...]] = (
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


def with_totp_secrets(logins: tuple[DemoLogin, ...], seed: int) -> tuple[DemoLogin, ...]:
    return tuple(
        replace(login, totp_secret=demo_totp_secret(seed, login.username)) if login.totp_required else login
        for login in logins
    )


DEMO_LOGINS: Final[tuple[DemoLogin, ...]] = with_totp_secrets(_LOGINS, DEMO_SEED)

DEMO_USERNAMES: Final[frozenset[str]] = frozenset(login.username for login in DEMO_LOGINS)
