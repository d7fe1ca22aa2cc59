"""Authentication costs, each beside a bare endpoint without auth, in one run:

1. logins per second through the real ``POST /api/v1/auth/login`` (Argon2id t=3, m=64 MiB, p=4
   verified in the thread pool, plus the rate-limit script, the session row, the audit row and the
   commit) against a bare ``GET`` under the same concurrency;
2. the per-request cost of an authenticated endpoint (token verification RS256, the live-session
   check in Redis, the cached permission snapshot, the network-restriction check,
   ``require_permission``) against the bare endpoint, sequentially: µs per request and the ratio.

Transport: ``httpx.ASGITransport`` drives the real application in-process (every middleware, the
unit of work, PostgreSQL and Redis; no sockets, no uvicorn), so the numbers are the application's
own cost. Throwaway database ``protegrt_bench_<pid>`` (created, migrated, seeded, dropped) on the
running PostgreSQL; an empty database of the running Redis (its keys deleted afterwards).
"""

# no `from __future__ import annotations`: the bench routes are defined inside a function and
# FastAPI must resolve their annotations (Annotated[Principal, ...]) from locals.
import argparse
import asyncio
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_DIR = Path(__file__).resolve().parents[1]
if str(REPO_DIR / "backend") not in sys.path:
    sys.path.insert(0, str(REPO_DIR / "backend"))

BENCH_KEY_PATTERNS = ("auth:*", "authz:*", "network:*")
PASSWORD = "Banco-Pruebas-2026"  # noqa: S105 (a throwaway user of a throwaway database)
USERNAME = "bench.auxiliar"


@dataclass
class Row:
    what: str
    value: str
    note: str = ""


def _empty_redis_db(redis_url: str) -> int:
    """An empty Redis database (0 is `make run`'s; test runs pick theirs at random)."""
    import redis as redis_sync
    from sqlalchemy.engine import make_url

    for offset in range(1023):
        db = 1 + (os.getpid() + offset) % 1023
        url = make_url(redis_url).set(database=str(db)).render_as_string(hide_password=False)
        with redis_sync.Redis.from_url(url) as client:
            if client.dbsize() == 0:
                return db
    raise SystemExit("No hay una base de Redis vacía para el bench.")


def _environment() -> tuple[str, str]:
    """Point the settings at a throwaway database and an empty Redis database, with fresh keys,
    *before* any ``app`` import reads them. Returns (server url, bench database url)."""
    from cryptography.fernet import Fernet
    from sqlalchemy.engine import make_url

    base = os.environ.get("DATABASE_URL")
    redis_url = os.environ.get("REDIS_URL")
    if not base or not redis_url:
        raise SystemExit("DATABASE_URL / REDIS_URL no están definidos: ejecuta `make bench`.")
    bench_url = (
        make_url(base).set(database=f"protegrt_bench_{os.getpid()}").render_as_string(hide_password=False)
    )

    from app.core.security import generate_private_key_pem

    os.environ.update(
        {
            "DATABASE_URL": bench_url,
            "REDIS_URL": make_url(redis_url)
            .set(database=str(_empty_redis_db(redis_url)))
            .render_as_string(hide_password=False),
            "ENVIRONMENT": "development",
            "LOG_LEVEL": "WARNING",  # the per-request access log is not what we measure
            "JWT_PRIVATE_KEY": generate_private_key_pem().decode(),
            "TOTP_ENCRYPTION_KEY": Fernet.generate_key().decode(),
        }
    )
    return base, bench_url


async def _create_user() -> None:
    from sqlalchemy import select

    from app.core.database import unit_of_work
    from app.core.security import hash_password
    from app.models import Department, Employee, EmployeeDepartment, Role, User, UserRole
    from app.seed import run_seed

    async with unit_of_work() as session:
        await run_seed(session)
        cobranza = await session.scalar(select(Department.id).where(Department.code == "cobranza"))
        auxiliar = await session.scalar(select(Role.id).where(Role.code == "auxiliar"))
        employee = Employee(first_name="Banco", last_name="Pruebas", is_active=True)
        session.add(employee)
        await session.flush()
        session.add(EmployeeDepartment(employee_id=employee.id, department_id=cobranza))
        user = User(
            employee_id=employee.id,
            username=USERNAME,
            password_hash=await hash_password(PASSWORD),
            is_active=True,
            must_change_password=False,
        )
        session.add(user)
        await session.flush()
        session.add(UserRole(user_id=user.id, role_id=auxiliar, department_id=cobranza))


def _app() -> Any:
    from typing import Annotated

    from fastapi import APIRouter

    from app.main import create_app
    from app.modules.auth.dependencies import Principal, authenticated_router, require_permission

    bare = APIRouter(prefix="/bench")

    @bare.get("/bare")
    async def bare_endpoint() -> dict[str, bool]:
        return {"ok": True}

    authed = authenticated_router(prefix="/bench")

    @authed.get("/authed")
    async def authed_endpoint(
        principal: Annotated[Principal, require_permission("payments.read")],
    ) -> dict[str, bool]:
        return {"ok": True}

    app = create_app()
    app.include_router(bare)
    app.include_router(authed)
    return app


async def _concurrently(n: int, concurrency: int, call: Callable[[], Awaitable[int]]) -> float:
    """Run ``call`` ``n`` times with ``concurrency`` in flight; returns the elapsed seconds."""
    queue = iter(range(n))

    async def worker() -> None:
        for _ in queue:
            status = await call()
            if status != 200:
                raise RuntimeError(f"respuesta inesperada: {status}")

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started


async def _sequential_us(n: int, call: Callable[[], Awaitable[int]]) -> float:
    """Median over 5 rounds of the mean µs per call."""
    rounds = []
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(n // 5):
            status = await call()
            if status != 200:
                raise RuntimeError(f"respuesta inesperada: {status}")
        rounds.append((time.perf_counter() - started) / (n // 5) * 1e6)
    return statistics.median(rounds)


async def _measure(args: argparse.Namespace) -> list[Row]:
    import httpx

    from app.core.clock import system_clock
    from app.core.database import get_engine
    from app.core.redis import get_redis
    from app.core.security import ARGON2_MEMORY_KIB, ARGON2_PARALLELISM, ARGON2_TIME_COST, decode_access_token

    redis = get_redis()
    await _create_user()
    app = _app()
    rows: list[Row] = []
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            credentials = {"username": USERNAME, "password": PASSWORD}

            async def do_login() -> int:
                return (await client.post("/api/v1/auth/login", json=credentials)).status_code

            async def do_bare() -> int:
                return (await client.get("/bench/bare")).status_code

            first = await client.post("/api/v1/auth/login", json=credentials)
            if first.status_code != 200 or first.json().get("status") != "ok":
                raise RuntimeError(f"el inicio de sesión de prueba falló: {first.text}")
            token = first.json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}

            async def do_authed() -> int:
                return (await client.get("/bench/authed", headers=headers)).status_code

            # warm-up: connection pool, Lua scripts, the permission snapshot cache, the JIT-less paths
            await _concurrently(4, 2, do_login)
            await _concurrently(200, args.concurrency, do_bare)
            await _sequential_us(200, do_authed)

            c = args.concurrency
            login_s = await _concurrently(args.logins, c, do_login)
            bare_s = await _concurrently(args.requests, c, do_bare)
            logins_per_s = args.logins / login_s
            bare_per_s = args.requests / bare_s
            argon = f"Argon2id t={ARGON2_TIME_COST} m={ARGON2_MEMORY_KIB // 1024} MiB p={ARGON2_PARALLELISM}"
            rows.append(Row(f"login ({c} concurrentes)", f"{logins_per_s:,.1f} /s", argon))
            rows.append(
                Row(f"endpoint sin auth ({c} concurrentes)", f"{bare_per_s:,.0f} /s", "GET /bench/bare")
            )
            rows.append(
                Row(
                    "latencia media de un login",
                    f"{login_s / args.logins * c * 1000:,.0f} ms",
                    "bajo esa concurrencia",
                )
            )

            bare_us = await _sequential_us(args.requests, do_bare)
            authed_us = await _sequential_us(args.requests, do_authed)
            now = system_clock.now()
            started = time.perf_counter()
            for _ in range(2000):
                decode_access_token(token, now=now)
            verify_us = (time.perf_counter() - started) / 2000 * 1e6
            rows.append(
                Row(
                    "endpoint sin auth (secuencial)",
                    f"{bare_us:,.0f} µs/req",
                    "middlewares + unidad de trabajo",
                )
            )
            rows.append(
                Row(
                    "endpoint autenticado (secuencial)",
                    f"{authed_us:,.0f} µs/req",
                    "token + sesión viva + permisos en caché + red + require_permission",
                )
            )
            rows.append(
                Row(
                    "costo de la autenticación",
                    f"{authed_us - bare_us:,.0f} µs/req",
                    f"x{authed_us / bare_us:.2f} del endpoint sin auth",
                )
            )
            rows.append(
                Row("  de ello: verificar el JWT RS256", f"{verify_us:,.0f} µs", "decode_access_token")
            )
    finally:
        for pattern in BENCH_KEY_PATTERNS:
            keys = [key async for key in redis.scan_iter(match=pattern, count=1000)]
            if keys:
                await redis.delete(*keys)
        await redis.aclose()
        await get_engine().dispose()
    return rows


def _print(rows: list[Row], args: argparse.Namespace) -> None:
    cpu = os.cpu_count()
    print(
        f"\nProtegRT CRM · bench de autenticación · Python {platform.python_version()} · {cpu} CPU · "
        f"{args.logins} logins, {args.requests} peticiones · ASGI en proceso (httpx.ASGITransport)\n"
    )
    width = max(len(r.what) for r in rows) + 2
    vwidth = max(len(r.value) for r in rows) + 2
    for row in rows:
        print(f"  {row.what:<{width}}{row.value:>{vwidth}}   {row.note}")
    print()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__.splitlines()[0] if __doc__ else None
    )
    parser.add_argument("--logins", type=int, default=48, help="logins medidos (default 48)")
    parser.add_argument("--requests", type=int, default=2000, help="peticiones por medición (default 2000)")
    parser.add_argument("--concurrency", type=int, default=8, help="peticiones en vuelo (default 8)")
    args = parser.parse_args(argv)

    base, bench_url = _environment()
    from app.core import dbadmin

    name = dbadmin.database_name(bench_url)
    started = time.perf_counter()
    try:
        dbadmin.migrate(bench_url)
        print(f"Base temporal {name} lista en {time.perf_counter() - started:.1f} s; midiendo...")
        rows = asyncio.run(_measure(args))
    finally:
        dbadmin.drop_database(base, name)
    _print(rows, args)
    return 0
