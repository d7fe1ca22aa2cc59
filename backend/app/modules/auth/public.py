"""The explicit allow-list of routes that need no access token (engineering habit 5).

Everything else is behind ``authenticated_router()``; the route-walk test fails for any route that
is neither listed here nor authenticated with a permission check. Keep this list short: each entry
is reachable by anyone on the network.
"""

from __future__ import annotations

from typing import Final

from app.core.config import get_settings

_API = get_settings().api_prefix
AUTH_PREFIX: Final = f"{_API}/auth"

PUBLIC_ROUTES: Final[frozenset[tuple[str, str]]] = frozenset(
    {
        # probes and API documentation
        ("GET", "/health/live"),
        ("GET", "/health/ready"),
        ("GET", "/openapi.json"),
        ("GET", "/docs"),
        ("GET", "/docs/init.js"),
        # the login steps: a password, or a short-lived temp token issued after one
        ("POST", f"{AUTH_PREFIX}/login"),
        ("POST", f"{AUTH_PREFIX}/login/mobile"),
        ("POST", f"{AUTH_PREFIX}/refresh"),
        ("POST", f"{AUTH_PREFIX}/verify-2fa"),
        ("POST", f"{AUTH_PREFIX}/2fa/enroll/start"),
        ("POST", f"{AUTH_PREFIX}/2fa/enroll/confirm"),
        ("POST", f"{AUTH_PREFIX}/password/change-required"),
    }
)

#: Path prefixes served without a token (Swagger UI's static assets, mounted under ``/docs``).
PUBLIC_PREFIXES: Final[tuple[str, ...]] = ("/docs/",)


def is_public(method: str, path: str) -> bool:
    """True when ``method path`` may be called without an access token."""
    if (method.upper(), path) in PUBLIC_ROUTES:
        return True
    return method.upper() in {"GET", "HEAD"} and path.startswith(PUBLIC_PREFIXES)
