"""What Alembic's autogenerate compares: our tables, not PostGIS's nor any extension's.

Shared by ``alembic/env.py`` and the migration tests, so ``alembic revision --autogenerate`` and
the "models match migrations" test see the same thing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from geoalchemy2 import alembic_helpers
from sqlalchemy import Connection, text

# Schemas and tables that PostGIS (and its optional topology / tiger geocoder) create.
IGNORED_SCHEMAS = frozenset({"topology", "tiger", "tiger_data"})
IGNORED_TABLES = frozenset(
    {
        "spatial_ref_sys",
        "geometry_columns",
        "geography_columns",
        "raster_columns",
        "raster_overviews",
        "topology",
        "layer",
    }
)

IncludeName = Callable[[str | None, str, Mapping[str, str | None]], bool]
IncludeObject = Callable[[Any, str | None, str, bool, Any], bool]


def unmanaged_tables(connection: Connection) -> frozenset[str]:
    """Tables of the current schema that no model declares on purpose.

    Extension-owned tables (``spatial_ref_sys``...) and partitions (``audit_log_p202601``,
    ``audit_log_default``): partitions are created at run time by
    ``audit_log_ensure_partition()``, the model only declares the partitioned parent.
    """
    rows = connection.execute(
        text(
            """
            SELECT c.relname
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema()
              AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
              AND (
                c.relispartition
                OR EXISTS (
                  SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
                )
              )
            """
        )
    )
    return frozenset(rows.scalars())


def make_include_name(connection: Connection | None = None) -> IncludeName:
    """Build the ``include_name`` hook.

    With a connection, :func:`unmanaged_tables` is also ignored; it is queried on first use only
    (autogenerate), so merely configuring Alembic never opens a transaction on the connection.
    """
    ignored: set[str] | None = None

    def include_name(name: str | None, type_: str, parent_names: Mapping[str, str | None]) -> bool:
        nonlocal ignored
        if type_ == "schema":
            return name not in IGNORED_SCHEMAS
        if type_ == "table":
            if ignored is None:
                ignored = set(IGNORED_TABLES)
                if connection is not None:
                    ignored |= unmanaged_tables(connection)
            return name not in ignored
        return True

    return include_name


_geoalchemy_include_object: IncludeObject = alembic_helpers.include_object


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """GeoAlchemy2's filter (spatial helper tables), applied after ``include_name``."""
    return _geoalchemy_include_object(obj, name, type_, reflected, compare_to)
