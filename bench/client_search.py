"""Client search: p50 / p95 over a mixed query set, with and without the trigram index, one run.

Database ``protegrt_bench_search`` on the running PostgreSQL: created, migrated and filled with
``--scale`` demo clients (200,000 by default: the demo generator's bulk path) the first time, then
kept between runs (``--rebuild`` starts it over; every run still migrates it to head and
VACUUM ANALYZEs it).

The query set is drawn from the data with a fixed seed: names without accents ("maria jose
hernandez"), names with one typo (a swap, a wrong or a missing letter), surnames alone, phone
prefixes (4-7 digits), RFC prefixes (4-10 characters) and policy folios when the database has
policies. Every query goes through ``ClientRepository.search`` (what ``GET /clients?q=`` runs),
first page of 25, each in its own transaction like a request, on a pooled connection like the
API's; each counts with the best of ``--repeat`` runs (3: on a shared machine the best run is
the query's own cost, the others include waiting for a CPU). Then the same queries run again
inside one transaction that has dropped ``ix_client_full_name_trgm`` (rolled back afterwards,
so the database keeps it) and the p95 ratio is printed. Target: p95 < 20 ms with the index.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_DIR = Path(__file__).resolve().parents[1]
if str(REPO_DIR / "backend") not in sys.path:
    sys.path.insert(0, str(REPO_DIR / "backend"))

DB_NAME = "protegrt_bench_search"
TRGM_INDEX = "ix_client_full_name_trgm"
TARGET_P95_MS = 20.0
WARM_UP = 10
#: share of each kind in the mixed set (folios are redistributed to names when there are no policies)
MIX = {"name": 0.30, "name_typo": 0.20, "surname": 0.10, "phone": 0.15, "rfc": 0.15, "folio": 0.10}


@dataclass(frozen=True)
class Query:
    kind: str
    text: str


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.4:  # swap two letters
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind < 0.7:  # a wrong letter
        wrong = rng.choice([c for c in "aeiourslnzc" if c != word[i]])
        return word[:i] + wrong + word[i + 1 :]
    return word[:i] + word[i + 1 :]  # a missing letter


def _percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


# -- database -------------------------------------------------------------------------------------


def _bench_url() -> str:
    from sqlalchemy.engine import make_url

    base = os.environ.get("DATABASE_URL")
    if not base:
        raise SystemExit("DATABASE_URL no está definido: ejecuta `make bench`.")
    return make_url(base).set(database=DB_NAME).render_as_string(hide_password=False)


def _settings(url: str) -> Any:
    from app.core.config import get_settings

    return get_settings().model_copy(update={"database_url": url, "database_statement_timeout_ms": 0})


async def _count_clients(settings: Any) -> int:
    from sqlalchemy import func, select

    from app.core.database import standalone_unit_of_work
    from app.models import Client

    async with standalone_unit_of_work("bench:client_search", settings) as session:
        return int(await session.scalar(select(func.count()).select_from(Client)) or 0)


async def _generate(settings: Any, scale: int) -> None:
    from app.core.database import standalone_unit_of_work
    from app.demo import generate_demo

    async with standalone_unit_of_work("bench:client_search", settings) as session:
        await generate_demo(session, scale_clients=scale, seed=2026)


def prepare(scale: int, *, rebuild: bool, say: Any) -> str:
    """The bench database at head with at least ``scale`` clients; returns its URL."""
    import psycopg

    from app.core import dbadmin

    url = _bench_url()
    if rebuild:
        say(f"Borrando {DB_NAME}…")
        dbadmin.drop_database(url, DB_NAME)
    started = time.perf_counter()
    dbadmin.migrate(url)
    settings = _settings(url)
    have = asyncio.run(_count_clients(settings))
    if have < scale:
        if have:
            raise SystemExit(f"{DB_NAME} tiene {have} clientes (se piden {scale}): usa --rebuild.")
        say(f"Generando {scale:,} clientes demo en {DB_NAME} (una sola vez)…")
        asyncio.run(_generate(settings, scale))
    with psycopg.connect(dbadmin._conninfo(url), autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE) client, address, vehicle, policy")
    say(f"Base lista en {time.perf_counter() - started:.1f} s.")
    return url


# -- query set ------------------------------------------------------------------------------------


async def build_queries(settings: Any, n: int, seed: int) -> list[Query]:
    from sqlalchemy import func, select, text

    from app.core.database import standalone_unit_of_work
    from app.models import Client, Policy

    rng = random.Random(seed)
    async with standalone_unit_of_work("bench:client_search", settings) as session:
        await session.execute(text("SELECT setseed(:s)"), {"s": (seed % 1000) / 1000})
        sample = (
            await session.execute(
                select(
                    Client.first_name,
                    Client.last_name,
                    Client.second_last_name,
                    Client.rfc,
                    Client.phone_whatsapp,
                )
                .where(Client.deleted_at.is_(None))
                .order_by(func.random())
                .limit(n * 2)
            )
        ).all()
        folios = list((await session.scalars(select(Policy.folio).order_by(func.random()).limit(n))).all())
    mix = dict(MIX)
    if not folios:
        mix["name"] += mix.pop("folio")
    kinds = [k for k, share in mix.items() for _ in range(round(share * n))]
    rng.shuffle(kinds)
    queries: list[Query] = []
    rows = iter(sample)
    for kind in kinds[:n]:
        first, last, second, rfc, phone = next(rows)
        given = _strip_accents(first).split()
        surname = _strip_accents(last)
        if kind == "name":
            words = [*given[: rng.choice((1, len(given)))], surname]
            if second and rng.random() < 0.5:
                words.append(_strip_accents(second))
            queries.append(Query(kind, " ".join(words)))
        elif kind == "name_typo":
            words = [given[0], surname]
            j = rng.randrange(len(words))
            words[j] = _typo(words[j], rng)
            queries.append(Query(kind, " ".join(words)))
        elif kind == "surname":
            queries.append(Query(kind, surname))
        elif kind == "phone":
            queries.append(Query(kind, phone[: rng.randint(4, 7)]))
        elif kind == "rfc":
            while rfc is None:
                rfc = next(rows)[3]
            queries.append(Query(kind, rfc[: rng.randint(4, 10)]))
        elif kind == "folio":
            queries.append(Query(kind, str(folios[rng.randrange(len(folios))])))
    return queries


# -- timing ---------------------------------------------------------------------------------------


@dataclass
class Run:
    label: str
    times_ms: list[float]
    kinds: list[str]
    empty: int

    def p(self, pct: float, kind: str | None = None) -> float:
        values = [t for t, k in zip(self.times_ms, self.kinds, strict=True) if kind in (None, k)]
        return _percentile(values, pct)


async def _time_queries(settings: Any, queries: Sequence[Query], *, drop_index: bool, repeat: int = 1) -> Run:
    """Each query in its own transaction (like a request), the best of ``repeat`` runs (on a
    shared machine the best run is the query's own cost); without the index, all of them in one
    transaction that dropped it and is rolled back."""
    from sqlalchemy import text

    from app.core.database import build_engine, build_sessionmaker
    from app.modules.clients.repository import ClientRepository
    from app.modules.clients.search import parse

    # pooled, like the API: connections (and their prepared statements) outlive a request
    engine = build_engine(settings.model_copy(update={"database_pool_size": 1, "database_max_overflow": 0}))
    maker = build_sessionmaker(engine)
    times: list[float] = []
    empty = 0
    try:
        async with maker() as session:
            if drop_index:
                await session.execute(text(f'DROP INDEX "{TRGM_INDEX}"'))
            repo = ClientRepository(session)
            for query in queries[:WARM_UP]:  # warm caches the same way for both runs
                await repo.search(parse(query.text))
                if not drop_index:
                    await session.rollback()
            for query in queries:
                best = float("inf")
                for _ in range(repeat):
                    started = time.perf_counter()
                    page = await repo.search(parse(query.text), page=1, size=25)
                    best = min(best, (time.perf_counter() - started) * 1000)
                    if not drop_index:
                        await session.rollback()  # ends the request's transaction (SET LOCAL included)
                times.append(best)
                empty += page.total == 0
            await session.rollback()
    finally:
        await engine.dispose()
    return Run(
        "sin índice trigram" if drop_index else "con índice trigram", times, [q.kind for q in queries], empty
    )


async def _explain(settings: Any, query: str) -> str:
    from sqlalchemy import text

    from app.core.database import build_engine, build_sessionmaker

    engine = build_engine(settings, pooled=False)
    try:
        async with build_sessionmaker(engine)() as session:
            await session.execute(text("SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)"))
            plan = await session.execute(
                text(
                    "EXPLAIN SELECT id FROM client WHERE deleted_at IS NULL AND "
                    "CAST(:w1 AS text) <% immutable_unaccent(lower(full_name)) AND "
                    "CAST(:w2 AS text) <% immutable_unaccent(lower(full_name))"
                ),
                {"w1": query.split()[0], "w2": query.split()[-1]},
            )
            return "\n".join(r[0] for r in plan)
    finally:
        await engine.dispose()


# -- entry point ----------------------------------------------------------------------------------


def run(argv: Sequence[str] | None = None) -> list[str]:
    """Run the benchmark; returns the report lines."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.client_search", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--scale", type=int, default=200_000, help="clientes demo (200000)")
    parser.add_argument("--queries", type=int, default=200, help="consultas del conjunto mixto (200)")
    parser.add_argument("--seed", type=int, default=7, help="semilla del conjunto de consultas")
    parser.add_argument(
        "--repeat", type=int, default=3, help="ejecuciones por consulta con índice; vale la mejor (3)"
    )
    parser.add_argument("--rebuild", action="store_true", help=f"borrar y regenerar {DB_NAME}")
    args = parser.parse_args(list(argv or []))

    from app.core.logging import configure_logging

    configure_logging("WARNING", json=False)

    def say(line: str) -> None:
        print(line, flush=True)

    url = prepare(args.scale, rebuild=args.rebuild, say=say)
    settings = _settings(url)
    queries = asyncio.run(build_queries(settings, args.queries, args.seed))
    plan = asyncio.run(_explain(settings, next(q.text for q in queries if q.kind == "name")))
    uses_index = TRGM_INDEX in plan
    with_index = asyncio.run(_time_queries(settings, queries, drop_index=False, repeat=max(1, args.repeat)))
    say(f"Con índice: {len(queries)} consultas en {sum(with_index.times_ms) / 1000:.1f} s; ahora sin índice…")
    without = asyncio.run(_time_queries(settings, queries, drop_index=True))

    kinds = sorted({q.kind for q in queries}, key=list(MIX).index)
    lines = [
        "",
        f"Búsqueda de clientes — {args.scale:,} clientes, {len(queries)} consultas mixtas "
        f"(ClientRepository.search, página 1 de 25; con índice, la mejor de {max(1, args.repeat)} "
        f"ejecuciones; carga del equipo {os.getloadavg()[0]:.1f})",
        f"  plan de una búsqueda por nombre usa {TRGM_INDEX}: {'sí' if uses_index else 'NO'}",
        "",
        f"  {'':<22}{'p50 ms':>9}{'p95 ms':>9}{'máx ms':>9}{'sin resultado':>15}",
    ]
    for result in (with_index, without):
        lines.append(
            f"  {result.label:<22}{result.p(50):>9.1f}{result.p(95):>9.1f}"
            f"{max(result.times_ms):>9.1f}{result.empty:>15}"
        )
    lines += ["", f"  p95 por tipo ({'con':>6} / {'sin':>8} índice, n)"]
    for kind in kinds:
        n = sum(1 for q in queries if q.kind == kind)
        lines.append(f"    {kind:<12}{with_index.p(95, kind):>8.1f} / {without.p(95, kind):>8.1f} ms  ({n})")
    slowest = sorted(zip(with_index.times_ms, queries, strict=True), key=lambda tq: -tq[0])[:5]
    lines += ["", "  las 5 más lentas con índice:"]
    lines += [f"    {t:7.1f} ms  {q.kind:<10} {q.text!r}" for t, q in slowest]
    ratio = without.p(95) / with_index.p(95) if with_index.p(95) else float("inf")
    verdict = "cumple" if with_index.p(95) < TARGET_P95_MS else "NO cumple"
    lines += [
        "",
        f"  p95 sin índice / con índice: {ratio:.1f}x",
        f"  objetivo p95 < {TARGET_P95_MS:.0f} ms con índice: {verdict}",
    ]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    for line in run(argv):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
