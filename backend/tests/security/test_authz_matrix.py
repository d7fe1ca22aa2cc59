"""The authorization matrix (``authz_matrix.yaml``: role x endpoint -> expected status), run for
every subject through HTTP against the real application.

It also fails when a route under ``/api/v1/admin`` or ``/api/v1/employees`` is missing from the
matrix (or the matrix names a route that no longer exists), so every new route states who may
call it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AccessException, Employee, Role
from tests.fixtures.auth import MakeUser, Subject
from tests.modules.admin import helpers as admin_helpers

# committed subjects with a fresh authorization version (see tests/modules/admin/helpers.py)
make_user = admin_helpers.make_user

MATRIX_FILE = Path(__file__).with_name("authz_matrix.yaml")
COVERED_PREFIXES = ("/api/v1/admin", "/api/v1/employees")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@lru_cache
def matrix() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(MATRIX_FILE.read_text(encoding="utf-8"))
    return data


def fill(value: Any, names: dict[str, Any]) -> Any:
    if isinstance(value, str):
        whole = _PLACEHOLDER.fullmatch(value)
        if whole and whole.group(1) in names:
            return names[whole.group(1)]
        return _PLACEHOLDER.sub(lambda m: str(names.get(m.group(1), m.group(0))), value)
    if isinstance(value, list):
        return [fill(v, names) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, names) for k, v in value.items()}
    return value


def test_the_matrix_covers_every_admin_and_employees_route(app: FastAPI) -> None:
    routes = set()
    for ctx in iter_route_contexts(app.routes):
        if ctx.path and ctx.path.startswith(COVERED_PREFIXES):
            routes |= {f"{m} {ctx.path}" for m in (ctx.methods or set()) - {"HEAD", "OPTIONS"}}
    declared = [e["route"] for e in matrix()["endpoints"]]
    covered = [r for r in declared if r.split(" ", 1)[1].startswith(COVERED_PREFIXES)]
    assert len(covered) == len(set(covered)), "rutas repetidas en la matriz"
    missing = sorted(routes - set(declared))
    assert missing == [], f"Rutas sin fila en authz_matrix.yaml: {missing}"
    assert sorted(set(covered) - routes) == [], "La matriz nombra rutas que ya no existen"


def test_every_row_states_every_subject() -> None:
    subjects = set(matrix()["subjects"])
    for row in matrix()["endpoints"]:
        named = set(row["expect"]) - {"default"}
        assert named <= subjects, row["route"]
        assert "default" in row["expect"] or named == subjects, row["route"]


async def _world(session: AsyncSession, redis: Redis, make_user: MakeUser, subject: str) -> dict[str, Any]:
    """The records the matrix's placeholders point at."""
    target = await make_user(
        roles=[("cobrador", "cobranza")], departments=[("cobranza", False)], is_collector=True
    )
    victim = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)])
    loginless = Employee(first_name="Sin", last_name="Usuario")
    session.add(loginless)
    custom = Role(code=f"custom_{subject.replace('.', '_')}", name="Personalizado", is_system=False)
    session.add(custom)
    now = datetime.now(UTC)
    await session.flush()
    exception = AccessException(
        user_id=victim.user_id, starts_at=now, ends_at=now + timedelta(hours=1), reason="Matriz"
    )
    session.add(exception)
    await session.flush()
    names = {
        "target_employee": target.employee_id,
        "target_user": target.user_id,
        "victim_employee": victim.employee_id,
        "victim_user": victim.user_id,
        "victim_session": victim.session_id,
        "loginless_employee": loginless.id,
        "custom_role": custom.id,
        "exception_id": exception.id,
        "now": now.isoformat(),
        "in_two_hours": (now + timedelta(hours=2)).isoformat(),
        "subject": subject,
    }
    await session.commit()
    return names


async def _subject(make_user: MakeUser, spec: dict[str, Any]) -> Subject:
    return await make_user(
        roles=[(role, department) for role, department in spec.get("roles", [])],
        departments=[(department, manager) for department, manager in spec.get("departments", [])],
        is_seller=spec.get("is_seller", False),
        is_collector=spec.get("is_collector", False),
        is_adjuster=spec.get("is_adjuster", False),
    )


@pytest.mark.parametrize("subject", list(matrix()["subjects"]))
async def test_matrix(
    subject: str, client: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis
) -> None:
    who = await _subject(make_user, matrix()["subjects"][subject])
    names = await _world(session, redis, make_user, subject)
    mismatches: list[str] = []
    for row in matrix()["endpoints"]:
        method, template = row["route"].split(" ", 1)
        path = fill(row.get("path", template), names)
        assert "{" not in path, f"marcador sin valor en {path}"
        expected = row["expect"].get(subject, row["expect"].get("default"))
        kwargs: dict[str, Any] = {"headers": who.headers}
        if "body" in row:
            kwargs["json"] = fill(row["body"], names)
        r = await client.request(method, path, **kwargs)
        if r.status_code != expected:
            mismatches.append(f"{row['route']}: esperaba {expected}, obtuvo {r.status_code} {r.text[:200]}")
    assert mismatches == [], f"{subject}:\n" + "\n".join(mismatches)
