"""Database administration helpers (CLI and tests): create databases, run migrations."""

from __future__ import annotations

from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from app.core.config import BACKEND_DIR

ALEMBIC_INI = BACKEND_DIR / "alembic.ini"
EXTENSIONS = ("postgis", "pg_trgm", "unaccent")


def _conninfo(database_url: str, dbname: str | None = None) -> str:
    url = make_url(database_url)
    parts = {
        "host": url.host or "127.0.0.1",
        "port": str(url.port or 5432),
        "user": url.username or "postgres",
        "dbname": dbname or url.database or "postgres",
    }
    if url.password:
        parts["password"] = url.password
    return " ".join(f"{k}={v}" for k, v in parts.items())


def database_name(database_url: str) -> str:
    return str(make_url(database_url).database)


def with_database(database_url: str, dbname: str) -> str:
    return make_url(database_url).set(database=dbname).render_as_string(hide_password=False)


def database_exists(database_url: str, dbname: str | None = None) -> bool:
    name = dbname or database_name(database_url)
    with psycopg.connect(_conninfo(database_url, "postgres"), autocommit=True) as conn:
        row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    return row is not None


def create_database(database_url: str, dbname: str | None = None, *, template: str | None = None) -> bool:
    """Create the database if missing; returns True when it was created."""
    name = dbname or database_name(database_url)
    if database_exists(database_url, name):
        return False
    with psycopg.connect(_conninfo(database_url, "postgres"), autocommit=True) as conn:
        stmt = sql.SQL("CREATE DATABASE {} ENCODING 'UTF8'").format(sql.Identifier(name))
        if template:
            stmt = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        conn.execute(stmt)
    return True


def drop_database(database_url: str, dbname: str) -> None:
    with psycopg.connect(_conninfo(database_url, "postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname)))


def ensure_extensions(database_url: str) -> None:
    with psycopg.connect(_conninfo(database_url), autocommit=True) as conn:
        for ext in EXTENSIONS:
            conn.execute(sql.SQL("CREATE EXTENSION IF NOT EXISTS {}").format(sql.Identifier(ext)))


def alembic_upgrade(database_url: str, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(Path(BACKEND_DIR, "alembic")))
    cfg.attributes["configure_logger"] = False
    engine = create_engine(database_url.replace("+asyncpg", "+psycopg"), poolclass=NullPool)
    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()


def ensure_audit_partitions(database_url: str) -> None:
    """This month's and next month's audit partitions (the beat job keeps them ahead)."""
    with psycopg.connect(_conninfo(database_url), autocommit=True) as conn:
        conn.execute("SELECT audit_log_ensure_partition(current_date)")
        conn.execute("SELECT audit_log_ensure_partition((current_date + interval '1 month')::date)")


def migrate(database_url: str) -> None:
    create_database(database_url)
    ensure_extensions(database_url)
    alembic_upgrade(database_url)
    ensure_audit_partitions(database_url)
