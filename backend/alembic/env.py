"""Alembic environment.

Where the database comes from, first match wins:
1. ``config.attributes["connection"]``: an open *synchronous* SQLAlchemy connection (tests; from
   async code: ``await async_conn.run_sync(lambda c: ...)`` with the attribute set inside);
2. ``-x dburl=postgresql://...`` on the command line;
3. the application settings (``DATABASE_URL``).

Callers that configure logging themselves (tests) set ``config.attributes["configure_logger"] = False``.
Migrations run on the synchronous psycopg driver (an ``+asyncpg`` URL is switched to ``+psycopg``),
so this file never needs an event loop and can be called from inside one.
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from geoalchemy2 import alembic_helpers
from sqlalchemy import Connection, create_engine, pool

from app.core.config import get_settings
from app.models import Base
from app.models.autogenerate import include_object, make_include_name

config = context.config

if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _database_url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("dburl") or get_settings().database_url
    return url.replace("+asyncpg", "+psycopg")


def _configure_options() -> dict[str, object]:
    return {
        "target_metadata": target_metadata,
        "compare_type": True,
        "compare_server_default": True,
        "include_object": include_object,
        "process_revision_directives": alembic_helpers.writer,
        "render_item": alembic_helpers.render_item,
    }


def run_migrations_offline() -> None:
    """Emit SQL to stdout (``alembic upgrade head --sql``) instead of running it."""
    context.configure(
        url=_database_url(),
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        include_name=make_include_name(),
        **_configure_options(),
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        include_name=make_include_name(connection),
        **_configure_options(),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_with(connection)
        return
    engine = create_engine(_database_url(), poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:
            _run_with(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
