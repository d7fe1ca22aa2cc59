"""The migrations against a real PostgreSQL + PostGIS server.

Self-contained: the module creates its own throwaway database on the server named by
DATABASE_URL (only host, port and credentials are used), migrates it with POLICY_FOLIO_START set
to a known value, and drops it at the end. Ordinary tests run in a transaction that is rolled back.
"""

from __future__ import annotations

import argparse
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from psycopg import sql
from sqlalchemy import Connection, Engine, create_engine, exc, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from app.core.config import Settings
from app.models import Base
from app.models.autogenerate import include_object, make_include_name
from app.models.enums import ALL_ENUMS, pg_type_name

BACKEND_DIR = Path(__file__).resolve().parents[2]
FOLIO_START = 30001


def _server_url() -> URL:
    url = make_url(os.environ.get("DATABASE_URL") or Settings().database_url)
    return url.set(drivername="postgresql+psycopg")


def _alembic_config(database_url: URL) -> Config:
    """Configuration as the command line builds it: ``alembic -x dburl=... <command>``."""
    dburl = database_url.render_as_string(hide_password=False)
    config = Config(BACKEND_DIR / "alembic.ini", cmd_opts=argparse.Namespace(x=[f"dburl={dburl}"]))
    config.attributes["configure_logger"] = False
    return config


def _libpq_conninfo(url: URL, database: str) -> str:
    return url.set(drivername="postgresql", database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def database_url() -> Iterator[URL]:
    """A fresh database migrated to head, dropped when the module is done."""
    server = _server_url()
    name = f"protegrt_test_migrations_{uuid.uuid4().hex[:10]}"
    maintenance = _libpq_conninfo(server, "postgres")
    with psycopg.connect(maintenance, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = server.set(database=name)
    try:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("POLICY_FOLIO_START", str(FOLIO_START))
            command.upgrade(_alembic_config(url), "head")
            yield url
    finally:
        with psycopg.connect(maintenance, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="module")
def engine(database_url: URL) -> Iterator[Engine]:
    engine = create_engine(database_url, poolclass=NullPool)
    yield engine
    engine.dispose()


@pytest.fixture
def conn(engine: Engine) -> Iterator[Connection]:
    """A connection inside a transaction that is always rolled back."""
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            yield connection
        finally:
            transaction.rollback()


def _schema_diff(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(
        connection,
        opts={
            "target_metadata": Base.metadata,
            "compare_type": True,
            "compare_server_default": True,
            "include_object": include_object,
            "include_name": make_include_name(connection),
        },
    )
    return list(compare_metadata(context, Base.metadata))


def _app_objects(connection: Connection) -> dict[str, list[str]]:
    """What the core migration owns in the public schema (PostGIS's own objects excluded)."""
    extension_owned = """
        NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = {oid} AND d.deptype = 'e')
    """
    queries = {
        "relations": f"""
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S')
              AND c.relname <> 'alembic_version' AND {extension_owned.format(oid="c.oid")}
        """,
        "types": f"""
            SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'public' AND t.typtype = 'e' AND {extension_owned.format(oid="t.oid")}
        """,
        "functions": f"""
            SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND {extension_owned.format(oid="p.oid")}
        """,
    }
    return {kind: sorted(connection.execute(text(query)).scalars()) for kind, query in queries.items()}


def _insert(connection: Connection, table: str, **values: Any) -> Any:
    """INSERT one row and return its first column (the id). Table and columns are literals here."""
    columns = ", ".join(values)
    params = ", ".join(f":{column}" for column in values)
    return connection.execute(
        text(f"INSERT INTO {table} ({columns}) VALUES ({params}) RETURNING *"), values
    ).scalar_one()


def _refused(connection: Connection, statement: str, params: dict[str, Any] | None = None) -> str:
    """Run a statement that the database must refuse; return the error text."""
    savepoint = connection.begin_nested()
    with pytest.raises(exc.DBAPIError) as error:
        connection.execute(text(statement), params or {})
    savepoint.rollback()
    return str(error.value.orig)


@pytest.fixture
def graph(conn: Connection) -> dict[str, Any]:
    """The minimal set of rows a policy needs."""
    municipality = _insert(
        conn,
        "municipality",
        name="Tonalá",
        state="Jalisco",
        centroid="SRID=4326;POINT(-103.2344 20.6241)",
    )
    address = _insert(conn, "address", street="Av. Tonaltecas 100", municipality_id=municipality)
    seller = _insert(conn, "employee", code="V1", first_name="Rosa", last_name="Pérez", is_seller=True)
    collector = _insert(conn, "employee", code="C1", first_name="Juan", last_name="López")
    client = _insert(
        conn,
        "client",
        first_name="José",
        last_name="Núñez",
        second_last_name="Ávila",
        phone_whatsapp="3312345678",
        address_id=address,
    )
    vehicle_key = _insert(
        conn,
        "vehicle_key",
        code=101,
        name="AUTOMOVIL",
        vehicle_type="automobile",
        requires_cylinder_band=False,
        allows_comprehensive=True,
    )
    vehicle = _insert(
        conn,
        "vehicle",
        client_id=client,
        vehicle_key=vehicle_key,
        vehicle_type="automobile",
        service_type="private",
        make="Nissan",
        model="Tsuru",
        year=2015,
    )
    coverage = _insert(
        conn,
        "coverage",
        name="RC BASICA",
        vehicle_key=vehicle_key,
        service_type="private",
        category="liability",
        level=1,
        cash_price="3800.00",
        credit_price="4200.00",
        initial_payment="1200.00",
    )
    return {
        "address": address,
        "seller": seller,
        "collector": collector,
        "client": client,
        "vehicle": vehicle,
        "coverage": coverage,
    }


def _insert_policy(conn: Connection, graph: dict[str, Any]) -> dict[str, Any]:
    row = conn.execute(
        text(
            """
            INSERT INTO policy (client_id, vehicle_id, coverage_id, seller_id, payment_plan,
                                prima_total, sale_date, effective_date, expiration_date)
            VALUES (:client, :vehicle, :coverage, :seller, 'monthly_7',
                    4200.00, DATE '2026-01-10', DATE '2026-01-10', DATE '2027-01-10')
            RETURNING id, folio, status
            """
        ),
        graph,
    ).one()
    return dict(row._mapping)


# --- migrations -------------------------------------------------------------------------------


def test_upgrade_downgrade_upgrade_round_trip(database_url: URL, engine: Engine) -> None:
    config = _alembic_config(database_url)
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        objects_at_head = _app_objects(connection)
    assert "policy" in objects_at_head["relations"]
    assert "policy_folio_seq" in objects_at_head["relations"]
    assert {"immutable_unaccent", "audit_log_refuse_change"} <= set(objects_at_head["functions"])

    command.downgrade(config, "base")
    with engine.connect() as connection:
        assert _app_objects(connection) == {"relations": [], "types": [], "functions": []}
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 0
        extensions = connection.execute(text("SELECT extname FROM pg_extension")).scalars().all()
        assert {"postgis", "pg_trgm", "unaccent"} <= set(extensions)

    # Up again, this time through a connection handed to env.py (as the test fixtures do).
    with pytest.MonkeyPatch.context() as env, engine.begin() as connection:
        env.setenv("POLICY_FOLIO_START", str(FOLIO_START))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head
        assert _app_objects(connection) == objects_at_head


def test_models_match_migrations(conn: Connection) -> None:
    assert _schema_diff(conn) == []


def test_model_comparison_is_not_vacuous(conn: Connection) -> None:
    """The comparison does see expression indexes, types and defaults (a guard for the test above)."""
    conn.execute(text("DROP INDEX ix_client_full_name_trgm"))
    conn.execute(text("ALTER TABLE client ALTER COLUMN phone_whatsapp TYPE varchar(12)"))
    conn.execute(text("ALTER TABLE policy ALTER COLUMN status SET DEFAULT 'active'"))
    diff = repr(_schema_diff(conn))
    assert "ix_client_full_name_trgm" in diff
    assert "phone_whatsapp" in diff
    assert "modify_default" in diff


def test_enum_types_match_models(conn: Connection) -> None:
    """Autogenerate does not compare enum labels: check them against the Python enums here."""
    rows = conn.execute(
        text(
            "SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) "
            "FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid GROUP BY t.typname"
        )
    ).all()
    in_database = {name: list(labels) for name, labels in rows}
    in_models = {pg_type_name(enum): [member.value for member in enum] for enum in ALL_ENUMS}
    assert in_database == in_models


def test_every_relationship_is_lazy_raise() -> None:
    lazy = {
        f"{mapper.class_.__name__}.{relationship.key}": relationship.lazy
        for mapper in Base.registry.mappers
        for relationship in mapper.relationships
    }
    assert lazy
    assert {name: strategy for name, strategy in lazy.items() if strategy != "raise"} == {}


def test_postgis_objects_are_ignored_by_the_comparison(conn: Connection) -> None:
    include_name = make_include_name(conn)
    assert not include_name("spatial_ref_sys", "table", {})
    assert not include_name("audit_log_default", "table", {})
    assert not include_name("tiger", "schema", {})
    assert include_name("policy", "table", {})


# --- sequences, functions, triggers ----------------------------------------------------------


def test_folio_sequence_starts_at_policy_folio_start(conn: Connection, graph: dict[str, Any]) -> None:
    start = conn.execute(
        text("SELECT start_value FROM pg_sequences WHERE sequencename = 'policy_folio_seq'")
    ).scalar_one()
    assert start == FOLIO_START
    # Sequences ignore rollbacks: other tests may have drawn folios already.
    last = conn.execute(
        text("SELECT last_value FROM pg_sequences WHERE sequencename = 'policy_folio_seq'")
    ).scalar_one()
    policy = _insert_policy(conn, graph)
    assert policy["folio"] == (FOLIO_START if last is None else last + 1)
    assert policy["status"] == "pending"
    assert _insert_policy(conn, graph)["folio"] == policy["folio"] + 1


def test_audit_log_is_append_only(conn: Connection) -> None:
    row = conn.execute(
        text(
            """
            INSERT INTO audit_log (user_id, table_name, record_id, action, after, ip, location)
            VALUES (1, 'policy', '42', 'update', '{"status": "active"}', '10.0.0.7',
                    'SRID=4326;POINT(-103.23 20.62)')
            RETURNING id, tableoid::regclass::text AS partition
            """
        )
    ).one()
    assert row.partition.startswith("audit_log_p")  # this month's partition exists

    for statement in (
        "UPDATE audit_log SET action = 'tampered' WHERE id = :id",
        "DELETE FROM audit_log WHERE id = :id",
        f"DELETE FROM {row.partition} WHERE id = :id",  # the partitions inherit the trigger
    ):
        assert "append-only" in _refused(conn, statement, {"id": row.id})

    conn.execute(text("TRUNCATE audit_log"))  # allowed: test cleanup
    assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 0


def test_audit_log_partitions_are_created_on_demand(conn: Connection) -> None:
    name = conn.execute(text("SELECT audit_log_ensure_partition(DATE '2031-05-17')::text")).scalar_one()
    assert name == "audit_log_p203105"
    again = conn.execute(text("SELECT audit_log_ensure_partition(DATE '2031-05-01')::text")).scalar_one()
    assert again == name
    partition = conn.execute(
        text(
            "INSERT INTO audit_log (table_name, action, occurred_at) "
            "VALUES ('client', 'insert', TIMESTAMPTZ '2031-05-31 23:59:59+00') "
            "RETURNING tableoid::regclass::text"
        )
    ).scalar_one()
    assert partition == "audit_log_p203105"


def test_client_full_name_is_generated_and_searchable_without_accents(
    conn: Connection, graph: dict[str, Any]
) -> None:
    full_name = conn.execute(
        text("SELECT full_name FROM client WHERE id = :id"), {"id": graph["client"]}
    ).scalar_one()
    assert full_name == "José Núñez Ávila"
    without_second = _insert(conn, "client", first_name="Ana", last_name="Ruiz", phone_whatsapp="3398765432")
    assert (
        conn.execute(text("SELECT full_name FROM client WHERE id = :id"), {"id": without_second}).scalar_one()
        == "Ana Ruiz"
    )
    found = conn.execute(
        text(
            "SELECT id FROM client WHERE immutable_unaccent(lower(full_name)) % immutable_unaccent(lower(:q))"
        ),
        {"q": "jose nunez avila"},
    ).scalars()
    assert graph["client"] in list(found)


# --- constraints ------------------------------------------------------------------------------


def test_vehicle_key_and_type_must_agree(conn: Connection, graph: dict[str, Any]) -> None:
    error = _refused(
        conn,
        "INSERT INTO vehicle (vehicle_key, vehicle_type, service_type, make, model) "
        "VALUES (101, 'motorcycle', 'private', 'Italika', 'FT150')",
    )
    assert "fk_vehicle_vehicle_key_vehicle_key" in error


@pytest.mark.parametrize(
    ("column", "value", "constraint"),
    [
        ("rfc", "ABC123", "ck_client_rfc_format"),
        ("rfc", "nuaj800101ab1", "ck_client_rfc_format"),
        ("rfc", "NUAJ8001011AB1", None),  # too long for the column itself
        ("phone_whatsapp", "331234567", "ck_client_phone_whatsapp_format"),
        ("phone_whatsapp", "33-123-456", "ck_client_phone_whatsapp_format"),
        ("phone_secondary", "33123456789", None),
    ],
)
def test_client_check_constraints_refuse_bad_values(
    conn: Connection, column: str, value: str, constraint: str | None
) -> None:
    values = {"first_name": "Ana", "last_name": "Ruiz", "phone_whatsapp": "3312345678", column: value}
    columns = ", ".join(values)
    params = ", ".join(f":{name}" for name in values)
    error = _refused(conn, f"INSERT INTO client ({columns}) VALUES ({params})", values)
    if constraint is not None:
        assert constraint in error


@pytest.mark.parametrize("rfc", ["NUAJ800101AB1", "MUÑO850315H2A", "P&G851231AB9", "XAXX010101000"])
def test_client_accepts_valid_rfc(conn: Connection, rfc: str) -> None:
    _insert(conn, "client", first_name="Ana", last_name="Ruiz", phone_whatsapp="3312345678", rfc=rfc)


@pytest.mark.parametrize(
    ("table", "values", "constraint"),
    [
        ("address", {"street": "Hidalgo 1", "postal_code": "4540"}, "ck_address_postal_code_format"),
        (
            "address",
            {"street": "Hidalgo 1", "location": "SRID=4326;POINT(-103.2 20.6)"},
            "ck_address_location_has_source",
        ),
        ("employee", {"first_name": "A", "last_name": "B", "receipt_limit": 0}, "receipt_limit_positive"),
        ("employee", {"first_name": "A", "last_name": "B", "code": "X1"}, "ck_employee_code_format"),
    ],
)
def test_other_check_constraints(
    conn: Connection, graph: dict[str, Any], table: str, values: dict[str, Any], constraint: str
) -> None:
    if table == "address":
        values = {
            **values,
            "municipality_id": conn.execute(text("SELECT min(id) FROM municipality")).scalar(),
        }
    columns = ", ".join(values)
    params = ", ".join(f":{name}" for name in values)
    assert constraint in _refused(conn, f"INSERT INTO {table} ({columns}) VALUES ({params})", values)


def test_policy_payment_and_card_constraints(conn: Connection, graph: dict[str, Any]) -> None:
    policy = _insert_policy(conn, graph)["id"]
    params = {"policy": policy}

    error = _refused(
        conn,
        "UPDATE policy SET expiration_date = effective_date WHERE id = :policy",
        params,
    )
    assert "ck_policy_expiration_after_effective" in error

    installment = (
        "INSERT INTO payment (policy_id, payment_number, due_date, amount) "
        "VALUES (:policy, :number, CURRENT_DATE, :amount)"
    )
    conn.execute(text(installment), {**params, "number": 1, "amount": 1200})
    duplicate = {**params, "number": 1, "amount": 500}
    assert "uq_payment_policy_id_payment_number" in _refused(conn, installment, duplicate)
    negative = {**params, "number": 2, "amount": -1}
    assert "ck_payment_amount_not_negative" in _refused(conn, installment, negative)

    card = "INSERT INTO card (policy_id, holder, holder_employee_id) VALUES (:policy, :holder, :employee)"
    collector_without_employee = {**params, "holder": "collector", "employee": None}
    assert "ck_card_holder_employee_coherent" in _refused(conn, card, collector_without_employee)
    office_with_employee = {**params, "holder": "office", "employee": graph["collector"]}
    assert "ck_card_holder_employee_coherent" in _refused(conn, card, office_with_employee)
    conn.execute(text(card), {**params, "holder": "collector", "employee": graph["collector"]})
