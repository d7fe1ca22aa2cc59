"""Walks every route of the real application (routers included, their dependencies too):

- a route not in ``PUBLIC_ROUTES`` must depend on ``get_principal`` (authentication) and on a
  permission check (a dependency marked ``__protegrt_permission__`` by ``require_permission`` /
  ``require_authenticated``);
- every public route really answers without a token, and every entry of the allow-list is a real
  route (a stale entry is a hole waiting for a route);
- every protected route answers 401 without a token.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import iter_route_contexts
from starlette.routing import Mount

from app.modules.auth.dependencies import Principal, authenticated_router, get_principal, require_permission
from app.modules.auth.public import PUBLIC_PREFIXES, PUBLIC_ROUTES

IGNORED_METHODS = {"HEAD", "OPTIONS"}
#: the bearer gate's answers: a public route must never give one of these
GATE_ERRORS = {"NOT_AUTHENTICATED", "TOKEN_INVALID", "TOKEN_EXPIRED", "SESSION_REVOKED", "USER_INACTIVE"}


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    dependant: Dependant | None


def endpoints(app: FastAPI) -> Iterator[Endpoint]:
    for ctx in iter_route_contexts(app.routes):
        if isinstance(ctx.original_route, Mount):
            continue  # static files (Swagger UI assets), checked below
        path = ctx.path
        assert path is not None
        for method in sorted((ctx.methods or set()) - IGNORED_METHODS):
            yield Endpoint(method, path, getattr(ctx, "dependant", None))


def calls(dependant: Dependant) -> Iterator[Any]:
    for dep in dependant.dependencies:
        if dep.call is not None:
            yield dep.call
        yield from calls(dep)


def concrete(path: str) -> str:
    """A request path for a route template (``{session_id}`` gets a UUID, anything else ``1``)."""

    def value(match: re.Match[str]) -> str:
        return str(uuid.uuid4()) if "session_id" in match.group(1) else "1"

    return re.sub(r"\{([^}:]+)(:[^}]+)?\}", value, path)


def unprotected_routes(app: FastAPI) -> list[str]:
    """Each non-public route lacking authentication or a permission check, with what it lacks."""
    unprotected: list[str] = []
    for endpoint in endpoints(app):
        if (endpoint.method, endpoint.path) in PUBLIC_ROUTES:
            continue
        deps = list(calls(endpoint.dependant)) if endpoint.dependant is not None else []
        problems = []
        if get_principal not in deps:
            problems.append("sin autenticación (get_principal)")
        if not any(hasattr(call, "__protegrt_permission__") for call in deps):
            problems.append("sin require_permission/require_authenticated")
        if problems:
            unprotected.append(f"{endpoint.method} {endpoint.path}: {', '.join(problems)}")
    return unprotected


def test_every_non_public_route_is_authenticated_and_checks_a_permission(app: FastAPI) -> None:
    assert len(list(endpoints(app))) > 40  # the walk really sees the application's routes
    unprotected = unprotected_routes(app)
    assert unprotected == [], "Rutas sin protección:\n" + "\n".join(unprotected)


def test_the_walk_catches_a_forgotten_check() -> None:
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    plain = APIRouter(prefix="/api/v1/olvido")
    guarded = authenticated_router(prefix="/api/v1/sin-permiso")
    fine = authenticated_router(prefix="/api/v1/bien")

    @plain.get("")
    async def open_route() -> None: ...

    @guarded.get("")
    async def no_permission() -> None: ...

    @fine.get("")
    async def checked(principal: Annotated[Principal, require_permission("admin.users")]) -> None: ...

    outer = APIRouter()
    outer.include_router(guarded)
    for router in (plain, outer, fine):
        app.include_router(router)
    assert unprotected_routes(app) == [
        "GET /api/v1/olvido: sin autenticación (get_principal), sin require_permission/require_authenticated",
        "GET /api/v1/sin-permiso: sin require_permission/require_authenticated",
    ]


def test_every_public_entry_is_a_real_route(app: FastAPI) -> None:
    routes = {(e.method, e.path) for e in endpoints(app)}
    assert sorted(PUBLIC_ROUTES - routes) == []


def test_static_mounts_are_only_under_public_prefixes(app: FastAPI) -> None:
    mounts = [ctx.path for ctx in iter_route_contexts(app.routes) if isinstance(ctx.original_route, Mount)]
    for path in mounts:
        assert path is not None
        assert (path + "/").startswith(PUBLIC_PREFIXES), path


async def test_public_routes_answer_without_a_token(client: httpx.AsyncClient) -> None:
    for method, path in sorted(PUBLIC_ROUTES):
        r = await client.request(method, path, json={} if method != "GET" else None)
        assert r.status_code not in (404, 405), (method, path, r.status_code)
        assert r.status_code < 500, (method, path, r.text[:300])
        if r.headers.get("content-type", "").startswith("application/json") and r.status_code >= 400:
            assert r.json().get("error") not in GATE_ERRORS, (method, path, r.text)


async def test_every_protected_route_answers_401_without_a_token(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    wrong: list[str] = []
    for endpoint in endpoints(app):
        if (endpoint.method, endpoint.path) in PUBLIC_ROUTES:
            continue
        path = concrete(endpoint.path)
        r = await client.request(endpoint.method, path, json={} if endpoint.method != "GET" else None)
        bad_token = await client.request(
            endpoint.method,
            path,
            json={} if endpoint.method != "GET" else None,
            headers={"Authorization": "Bearer no.es.un.token"},
        )
        for label, response in (("sin token", r), ("token inválido", bad_token)):
            if response.status_code != 401:
                wrong.append(f"{endpoint.method} {endpoint.path} ({label}): {response.status_code}")
    assert wrong == []
