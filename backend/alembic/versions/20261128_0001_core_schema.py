"""Core schema

Geography, organisation and access, vehicles and coverages, clients, policies, installments,
collection cards, audit log and settings. Also creates what the tables rely on: the extensions
(postgis, pg_trgm, unaccent), the ``immutable_unaccent()`` function, the enum types, the policy
folio sequence (starting at POLICY_FOLIO_START) and the audit log's monthly partitions and
append-only trigger.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from geoalchemy2 import Geography
from sqlalchemy.dialects import postgresql

from alembic import op
from app.core.config import Settings

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept on downgrade: other objects of the database may rely on them.
EXTENSIONS = ("postgis", "pg_trgm", "unaccent")

ENUMS: dict[str, tuple[str, ...]] = {
    "vehicle_type": ("automobile", "pickup", "suv", "motorcycle", "mototaxi", "truck"),
    "service_type": ("private", "commercial"),
    "cylinder_band": ("up_to_150", "151_to_250", "251_to_500", "over_500"),
    "coverage_category": ("liability", "comprehensive", "platform"),
    "payment_plan": (
        "cash",
        "cash_2_installments",
        "monthly_7",
        "quarterly_4",
        "semiannual_2",
        "monthly_12",
    ),
    "policy_status": ("pending", "active", "morosa", "pre_effective", "expired", "cancelled", "suspended"),
    "payment_status": ("pending", "late", "overdue", "paid", "cancelled"),
    "payment_method": ("cash", "deposit", "transfer", "crucero", "konfio", "terminal_banorte"),
    "office_delivery_status": ("pending", "delivered"),
    "partial_payment_status": ("applied", "reversed"),
    "card_holder": ("collector", "office", "archive", "deposit"),
    "card_status": ("active", "paid_off", "cancelled", "recovery"),
    "location_source": ("pin", "gps", "centroid", "migrated"),
    "permission_effect": ("grant", "revoke"),
    "gender": ("female", "male", "non_binary"),
}

# In creation order; dropped in reverse.
TABLES = (
    "municipality",
    "address",
    "department",
    "employee",
    "employee_department",
    "app_user",
    "role",
    "permission",
    "role_permission",
    "user_role",
    "employee_permission_override",
    "vehicle_key",
    "coverage",
    "client",
    "vehicle",
    "policy",
    "policy_amplia_detail",
    "payment",
    "partial_payment",
    "card",
    "collection_assignment",
    "audit_log",
    "app_setting",
)

IMMUTABLE_UNACCENT = """
CREATE FUNCTION immutable_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
"""

AUDIT_LOG_REFUSE_CHANGE = """
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING HINT = 'Audit entries are never changed; record a new entry instead.';
END
$$
"""

AUDIT_LOG_ENSURE_PARTITION = """
CREATE FUNCTION audit_log_ensure_partition(for_month date) RETURNS regclass
LANGUAGE plpgsql
AS $$
DECLARE
    first_day date := date_trunc('month', for_month)::date;
    partition_name text := format('audit_log_p%s', to_char(first_day, 'YYYYMM'));
BEGIN
    IF to_regclass(partition_name) IS NULL THEN
        EXECUTE format(
            'CREATE TABLE %I PARTITION OF audit_log FOR VALUES FROM (%L) TO (%L)',
            partition_name,
            first_day::timestamp AT TIME ZONE 'UTC',
            (first_day + interval '1 month')::timestamp AT TIME ZONE 'UTC'
        );
    END IF;
    RETURN partition_name::regclass;
END
$$
"""


def _enum(name: str) -> postgresql.ENUM:
    """A column type referring to an enum type created up front."""
    return postgresql.ENUM(name=name, create_type=False)


def _id(type_: type[sa.Integer] = sa.BigInteger) -> sa.Column:
    return sa.Column("id", type_(), sa.Identity(), nullable=False)


def _timestamps() -> tuple[sa.Column, sa.Column]:
    return (
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    )


def _flag(name: str, *, default: bool) -> sa.Column:
    return sa.Column(name, sa.Boolean(), server_default=sa.text(str(default).lower()), nullable=False)


def _point(name: str, *, nullable: bool = True) -> sa.Column:
    return sa.Column(
        name, Geography(geometry_type="POINT", srid=4326, spatial_index=False), nullable=nullable
    )


def _phone_check(table: str, column: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(f"{column} ~ '^[0-9]{{10}}$'", name=op.f(f"ck_{table}_{column}_format"))


RFC_CHECK = "rfc ~ '^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$'"


def upgrade() -> None:
    for extension in EXTENSIONS:
        op.execute(f"CREATE EXTENSION IF NOT EXISTS {extension}")
    op.execute(IMMUTABLE_UNACCENT)
    bind = op.get_bind()
    for name, values in ENUMS.items():
        postgresql.ENUM(*values, name=name).create(bind, checkfirst=False)

    _create_geography()
    _create_organisation_and_access()
    _create_vehicles_and_coverages()
    _create_clients_and_policies()
    _create_payments_and_cards()
    _create_audit_and_settings()


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
    op.execute("DROP SEQUENCE policy_folio_seq")
    op.execute("DROP FUNCTION audit_log_ensure_partition(date)")
    op.execute("DROP FUNCTION audit_log_refuse_change()")
    op.execute("DROP FUNCTION immutable_unaccent(text)")
    bind = op.get_bind()
    for name in reversed(ENUMS):
        postgresql.ENUM(name=name).drop(bind, checkfirst=False)


def _create_geography() -> None:
    op.create_table(
        "municipality",
        _id(sa.Integer),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("state", sa.String(length=60), nullable=False),
        _point("centroid", nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality")),
        sa.UniqueConstraint("state", "name", name=op.f("uq_municipality_state_name")),
    )
    op.create_index("ix_municipality_centroid", "municipality", ["centroid"], postgresql_using="gist")

    op.create_table(
        "address",
        _id(),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("exterior_number", sa.String(length=20), nullable=True),
        sa.Column("interior_number", sa.String(length=20), nullable=True),
        sa.Column("neighborhood", sa.String(length=120), nullable=True),
        sa.Column("postal_code", sa.String(length=5), nullable=True),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        _point("location"),
        sa.Column("location_source", _enum("location_source"), nullable=True),
        _flag("location_is_approximate", default=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_address")),
        sa.ForeignKeyConstraint(
            ["municipality_id"], ["municipality.id"], name=op.f("fk_address_municipality_id_municipality")
        ),
        sa.CheckConstraint("postal_code ~ '^[0-9]{5}$'", name=op.f("ck_address_postal_code_format")),
        sa.CheckConstraint(
            "(location IS NULL) = (location_source IS NULL)", name=op.f("ck_address_location_has_source")
        ),
        sa.CheckConstraint(
            "location_source IS DISTINCT FROM 'centroid' OR location_is_approximate",
            name=op.f("ck_address_centroid_is_approximate"),
        ),
    )
    op.create_index("ix_address_location", "address", ["location"], postgresql_using="gist")
    op.create_index("ix_address_municipality_id", "address", ["municipality_id"])


def _create_organisation_and_access() -> None:
    op.create_table(
        "department",
        _id(sa.SmallInteger),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
        sa.UniqueConstraint("code", name=op.f("uq_department_code")),
    )

    op.create_table(
        "employee",
        _id(),
        sa.Column("code", sa.String(length=10), nullable=True),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("second_last_name", sa.String(length=80), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("gender", _enum("gender"), nullable=True),
        sa.Column("phone", sa.String(length=10), nullable=True),
        sa.Column("phone_alt", sa.String(length=10), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("rfc", sa.String(length=13), nullable=True),
        sa.Column("curp", sa.String(length=18), nullable=True),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("termination_date", sa.Date(), nullable=True),
        sa.Column("emergency_contact_name", sa.String(length=160), nullable=True),
        sa.Column("emergency_contact_phone", sa.String(length=10), nullable=True),
        sa.Column("address_id", sa.BigInteger(), nullable=True),
        _flag("is_seller", default=False),
        _flag("is_collector", default=False),
        _flag("is_adjuster", default=False),
        _flag("is_active", default=True),
        sa.Column("receipt_limit", sa.Integer(), server_default=sa.text("50"), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employee")),
        sa.UniqueConstraint("code", name=op.f("uq_employee_code")),
        sa.ForeignKeyConstraint(["address_id"], ["address.id"], name=op.f("fk_employee_address_id_address")),
        sa.CheckConstraint("code ~ '^[VCM][0-9]+$'", name=op.f("ck_employee_code_format")),
        _phone_check("employee", "phone"),
        _phone_check("employee", "phone_alt"),
        _phone_check("employee", "emergency_contact_phone"),
        sa.CheckConstraint(RFC_CHECK, name=op.f("ck_employee_rfc_format")),
        sa.CheckConstraint(
            "curp ~ '^[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HMX][A-Z]{5}[A-Z0-9][0-9]$'",
            name=op.f("ck_employee_curp_format"),
        ),
        sa.CheckConstraint("termination_date >= hire_date", name=op.f("ck_employee_termination_after_hire")),
        sa.CheckConstraint("receipt_limit > 0", name=op.f("ck_employee_receipt_limit_positive")),
    )

    op.create_table(
        "employee_department",
        sa.Column("employee_id", sa.BigInteger(), nullable=False),
        sa.Column("department_id", sa.SmallInteger(), nullable=False),
        _flag("is_manager", default=False),
        sa.PrimaryKeyConstraint("employee_id", "department_id", name=op.f("pk_employee_department")),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_employee_department_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_employee_department_department_id_department"),
            ondelete="CASCADE",
        ),
    )

    op.create_table(
        "app_user",
        _id(),
        sa.Column("employee_id", sa.BigInteger(), nullable=False),
        sa.Column("username", sa.String(length=50), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        _flag("is_active", default=True),
        _flag("must_change_password", default=True),
        sa.Column("totp_secret_encrypted", sa.Text(), nullable=True),
        _flag("totp_enabled", default=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("employee_id", name=op.f("uq_app_user_employee_id")),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employee.id"], name=op.f("fk_app_user_employee_id_employee")
        ),
    )
    op.create_index(
        "ix_app_user_username_lower", "app_user", [sa.literal_column("lower(username)")], unique=True
    )

    op.create_table(
        "role",
        _id(sa.SmallInteger),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        _flag("is_system", default=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role")),
        sa.UniqueConstraint("code", name=op.f("uq_role_code")),
    )

    op.create_table(
        "permission",
        _id(sa.Integer),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("module", sa.String(length=50), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permission")),
        sa.UniqueConstraint("code", name=op.f("uq_permission_code")),
    )

    op.create_table(
        "role_permission",
        _id(sa.Integer),
        sa.Column("role_id", sa.SmallInteger(), nullable=False),
        sa.Column("permission_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.SmallInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_permission")),
        sa.UniqueConstraint(
            "role_id",
            "permission_id",
            "department_id",
            name=op.f("uq_role_permission_role_id_permission_id_department_id"),
            postgresql_nulls_not_distinct=True,
        ),
        sa.ForeignKeyConstraint(
            ["role_id"], ["role.id"], name=op.f("fk_role_permission_role_id_role"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["permission_id"],
            ["permission.id"],
            name=op.f("fk_role_permission_permission_id_permission"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_role_permission_department_id_department"),
            ondelete="CASCADE",
        ),
    )

    op.create_table(
        "user_role",
        _id(),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("role_id", sa.SmallInteger(), nullable=False),
        sa.Column("department_id", sa.SmallInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_role")),
        sa.UniqueConstraint(
            "user_id",
            "role_id",
            "department_id",
            name=op.f("uq_user_role_user_id_role_id_department_id"),
            postgresql_nulls_not_distinct=True,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_user_role_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["role_id"], ["role.id"], name=op.f("fk_user_role_role_id_role"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_user_role_department_id_department"),
            ondelete="CASCADE",
        ),
    )

    op.create_table(
        "employee_permission_override",
        _id(),
        sa.Column("employee_id", sa.BigInteger(), nullable=False),
        sa.Column("permission_id", sa.Integer(), nullable=False),
        sa.Column("effect", _enum("permission_effect"), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("granted_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employee_permission_override")),
        sa.UniqueConstraint(
            "employee_id",
            "permission_id",
            name=op.f("uq_employee_permission_override_employee_id_permission_id"),
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_employee_permission_override_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["permission_id"],
            ["permission.id"],
            name=op.f("fk_employee_permission_override_permission_id_permission"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["granted_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_employee_permission_override_granted_by_user_id_app_user"),
        ),
    )


def _create_vehicles_and_coverages() -> None:
    op.create_table(
        "vehicle_key",
        sa.Column("code", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("vehicle_type", _enum("vehicle_type"), nullable=False),
        sa.Column("requires_cylinder_band", sa.Boolean(), nullable=False),
        sa.Column("allows_comprehensive", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_vehicle_key")),
        # Target of vehicle's composite foreign key: a vehicle's key and type always agree.
        sa.UniqueConstraint("code", "vehicle_type", name=op.f("uq_vehicle_key_code_vehicle_type")),
    )

    op.create_table(
        "coverage",
        _id(sa.Integer),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("vehicle_key", sa.SmallInteger(), nullable=False),
        sa.Column("service_type", _enum("service_type"), nullable=False),
        sa.Column("cylinder_band", _enum("cylinder_band"), nullable=True),
        sa.Column("category", _enum("coverage_category"), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("cash_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("credit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("initial_payment", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("tow_services_included", sa.SmallInteger(), server_default=sa.text("0"), nullable=False),
        _flag("is_active", default=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coverage")),
        sa.UniqueConstraint(
            "name",
            "vehicle_key",
            "service_type",
            "cylinder_band",
            name=op.f("uq_coverage_name_vehicle_key_service_type_cylinder_band"),
            postgresql_nulls_not_distinct=True,
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_key"], ["vehicle_key.code"], name=op.f("fk_coverage_vehicle_key_vehicle_key")
        ),
        sa.CheckConstraint(
            "cash_price >= 0 AND credit_price >= 0 AND initial_payment >= 0",
            name=op.f("ck_coverage_prices_not_negative"),
        ),
        sa.CheckConstraint(
            "initial_payment <= credit_price", name=op.f("ck_coverage_initial_payment_within_credit_price")
        ),
        sa.CheckConstraint("tow_services_included >= 0", name=op.f("ck_coverage_tow_services_not_negative")),
    )


def _create_clients_and_policies() -> None:
    op.create_table(
        "client",
        _id(),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("second_last_name", sa.String(length=80), nullable=True),
        sa.Column(
            "full_name",
            sa.Text(),
            sa.Computed(
                "first_name || ' ' || last_name || coalesce(' ' || second_last_name, '')", persisted=True
            ),
            nullable=False,
        ),
        sa.Column("rfc", sa.String(length=13), nullable=True),
        sa.Column("phone_whatsapp", sa.String(length=10), nullable=False),
        sa.Column("phone_secondary", sa.String(length=10), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("address_id", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by_user_id", sa.BigInteger(), nullable=True),
        *_timestamps(),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
        sa.ForeignKeyConstraint(["address_id"], ["address.id"], name=op.f("fk_client_address_id_address")),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"], ["app_user.id"], name=op.f("fk_client_created_by_user_id_app_user")
        ),
        sa.CheckConstraint(RFC_CHECK, name=op.f("ck_client_rfc_format")),
        _phone_check("client", "phone_whatsapp"),
        _phone_check("client", "phone_secondary"),
    )
    op.create_index(
        "ix_client_full_name_trgm",
        "client",
        [sa.literal_column("immutable_unaccent(lower(full_name))").label("full_name_search")],
        postgresql_using="gin",
        postgresql_ops={"full_name_search": "gin_trgm_ops"},
    )
    op.create_index("ix_client_phone_whatsapp", "client", ["phone_whatsapp"])
    op.create_index("ix_client_rfc", "client", ["rfc"])

    op.create_table(
        "vehicle",
        _id(),
        sa.Column("client_id", sa.BigInteger(), nullable=True),
        sa.Column("vehicle_key", sa.SmallInteger(), nullable=False),
        sa.Column("vehicle_type", _enum("vehicle_type"), nullable=False),
        sa.Column("service_type", _enum("service_type"), nullable=False),
        sa.Column("cylinder_band", _enum("cylinder_band"), nullable=True),
        sa.Column("make", sa.String(length=60), nullable=False),
        sa.Column("model", sa.String(length=60), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=True),
        sa.Column("color", sa.String(length=40), nullable=True),
        sa.Column("serial_number", sa.String(length=30), nullable=True),
        sa.Column("plates", sa.String(length=15), nullable=True),
        sa.Column("engine_number", sa.String(length=30), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicle")),
        sa.UniqueConstraint("serial_number", name=op.f("uq_vehicle_serial_number")),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_vehicle_client_id_client")),
        sa.ForeignKeyConstraint(
            ["vehicle_key", "vehicle_type"],
            ["vehicle_key.code", "vehicle_key.vehicle_type"],
            name=op.f("fk_vehicle_vehicle_key_vehicle_key"),
        ),
        sa.CheckConstraint(
            "cylinder_band IS NULL OR vehicle_type IN ('motorcycle', 'mototaxi')",
            name=op.f("ck_vehicle_cylinder_band_only_for_motorcycles"),
        ),
        sa.CheckConstraint("year BETWEEN 1900 AND 2100", name=op.f("ck_vehicle_year_range")),
    )
    op.create_index("ix_vehicle_client_id", "vehicle", ["client_id"])
    op.create_index("ix_vehicle_plates_upper", "vehicle", [sa.literal_column("upper(plates)")])

    # Business folios never collide with the legacy system's: the sequence starts above them.
    folio_start = Settings().policy_folio_start
    op.execute(sa.text(f"CREATE SEQUENCE policy_folio_seq AS integer START WITH {int(folio_start)}"))
    op.create_table(
        "policy",
        _id(),
        sa.Column(
            "folio", sa.Integer(), server_default=sa.text("nextval('policy_folio_seq')"), nullable=False
        ),
        sa.Column("contract_folio", sa.String(length=30), nullable=True),
        sa.Column("renewal_folio", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.BigInteger(), nullable=False),
        sa.Column("vehicle_id", sa.BigInteger(), nullable=False),
        sa.Column("coverage_id", sa.Integer(), nullable=False),
        sa.Column("seller_id", sa.BigInteger(), nullable=False),
        sa.Column("payment_plan", _enum("payment_plan"), nullable=False),
        sa.Column("prima_total", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("sale_date", sa.Date(), nullable=False),
        sa.Column("elaboration_date", sa.Date(), nullable=True),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("expiration_date", sa.Date(), nullable=False),
        sa.Column("status", _enum("policy_status"), server_default="pending", nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.Column("tow_services_available", sa.SmallInteger(), server_default=sa.text("0"), nullable=False),
        _flag("has_payment_issues", default=False),
        _flag("has_fraud_observation", default=False),
        _flag("is_restructured", default=False),
        sa.Column("quote_external_id", sa.String(length=40), nullable=True),
        sa.Column("data_entry_user_id", sa.BigInteger(), nullable=True),
        sa.Column("contract_image_file_id", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy")),
        sa.UniqueConstraint("folio", name=op.f("uq_policy_folio")),
        sa.UniqueConstraint("contract_folio", name=op.f("uq_policy_contract_folio")),
        sa.ForeignKeyConstraint(
            ["renewal_folio"], ["policy.folio"], name=op.f("fk_policy_renewal_folio_policy")
        ),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_policy_client_id_client")),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicle.id"], name=op.f("fk_policy_vehicle_id_vehicle")),
        sa.ForeignKeyConstraint(
            ["coverage_id"], ["coverage.id"], name=op.f("fk_policy_coverage_id_coverage")
        ),
        sa.ForeignKeyConstraint(["seller_id"], ["employee.id"], name=op.f("fk_policy_seller_id_employee")),
        sa.ForeignKeyConstraint(
            ["data_entry_user_id"], ["app_user.id"], name=op.f("fk_policy_data_entry_user_id_app_user")
        ),
        sa.CheckConstraint(
            "expiration_date > effective_date", name=op.f("ck_policy_expiration_after_effective")
        ),
        sa.CheckConstraint("prima_total >= 0", name=op.f("ck_policy_prima_total_not_negative")),
        sa.CheckConstraint("tow_services_available >= 0", name=op.f("ck_policy_tow_services_not_negative")),
    )
    for column in ("client_id", "vehicle_id", "seller_id", "status", "expiration_date", "renewal_folio"):
        op.create_index(f"ix_policy_{column}", "policy", [column])

    op.create_table(
        "policy_amplia_detail",
        sa.Column("policy_id", sa.BigInteger(), nullable=False),
        sa.Column("purchase_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("sale_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("commercial_value", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("deductible_damage_pct", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("deductible_theft_pct", sa.Numeric(precision=5, scale=2), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("policy_id", name=op.f("pk_policy_amplia_detail")),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["policy.id"],
            name=op.f("fk_policy_amplia_detail_policy_id_policy"),
            ondelete="CASCADE",
        ),
        sa.CheckConstraint(
            "purchase_price >= 0 AND sale_price >= 0 AND commercial_value >= 0",
            name=op.f("ck_policy_amplia_detail_prices_not_negative"),
        ),
        sa.CheckConstraint(
            "deductible_damage_pct BETWEEN 0 AND 100 AND deductible_theft_pct BETWEEN 0 AND 100",
            name=op.f("ck_policy_amplia_detail_deductibles_are_percentages"),
        ),
    )


def _create_payments_and_cards() -> None:
    op.create_table(
        "payment",
        _id(),
        sa.Column("policy_id", sa.BigInteger(), nullable=False),
        sa.Column("payment_number", sa.SmallInteger(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("status", _enum("payment_status"), server_default="pending", nullable=False),
        sa.Column("paid_date", sa.Date(), nullable=True),
        sa.Column("paid_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("payment_method", _enum("payment_method"), nullable=True),
        sa.Column("receipt_number", sa.String(length=20), nullable=True),
        sa.Column("collector_id", sa.BigInteger(), nullable=True),
        sa.Column("office_delivery_status", _enum("office_delivery_status"), nullable=True),
        sa.Column("office_delivery_date", sa.Date(), nullable=True),
        _flag("has_problem", default=False),
        sa.Column("comments", sa.Text(), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("policy_id", "payment_number", name=op.f("uq_payment_policy_id_payment_number")),
        sa.ForeignKeyConstraint(["policy_id"], ["policy.id"], name=op.f("fk_payment_policy_id_policy")),
        sa.ForeignKeyConstraint(
            ["collector_id"], ["employee.id"], name=op.f("fk_payment_collector_id_employee")
        ),
        sa.CheckConstraint("payment_number >= 1", name=op.f("ck_payment_payment_number_positive")),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_payment_amount_not_negative")),
        sa.CheckConstraint("paid_amount >= 0", name=op.f("ck_payment_paid_amount_not_negative")),
        sa.CheckConstraint(
            "paid_date IS NULL OR status = 'paid'", name=op.f("ck_payment_paid_date_requires_paid")
        ),
        sa.CheckConstraint(
            "office_delivery_status IS DISTINCT FROM 'delivered' OR office_delivery_date IS NOT NULL",
            name=op.f("ck_payment_delivered_requires_date"),
        ),
    )
    op.create_index("ix_payment_collector_id", "payment", ["collector_id"])
    op.create_index(
        "ix_payment_due_date_unpaid",
        "payment",
        ["due_date"],
        postgresql_where=sa.text("status IN ('pending', 'late', 'overdue')"),
    )

    op.create_table(
        "partial_payment",
        _id(),
        sa.Column("payment_id", sa.BigInteger(), nullable=False),
        sa.Column("partial_number", sa.SmallInteger(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("paid_date", sa.Date(), nullable=False),
        sa.Column("payment_method", _enum("payment_method"), nullable=False),
        sa.Column("receipt_number", sa.String(length=20), nullable=True),
        sa.Column("collector_id", sa.BigInteger(), nullable=True),
        sa.Column("status", _enum("partial_payment_status"), server_default="applied", nullable=False),
        sa.Column("created_by_user_id", sa.BigInteger(), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partial_payment")),
        sa.UniqueConstraint(
            "payment_id", "partial_number", name=op.f("uq_partial_payment_payment_id_partial_number")
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payment.id"], name=op.f("fk_partial_payment_payment_id_payment")
        ),
        sa.ForeignKeyConstraint(
            ["collector_id"], ["employee.id"], name=op.f("fk_partial_payment_collector_id_employee")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_partial_payment_created_by_user_id_app_user"),
        ),
        sa.CheckConstraint("partial_number >= 1", name=op.f("ck_partial_payment_partial_number_positive")),
        sa.CheckConstraint("amount > 0", name=op.f("ck_partial_payment_amount_positive")),
    )

    op.create_table(
        "card",
        _id(),
        sa.Column("policy_id", sa.BigInteger(), nullable=False),
        sa.Column("holder", _enum("card_holder"), nullable=False),
        sa.Column("holder_employee_id", sa.BigInteger(), nullable=True),
        sa.Column("status", _enum("card_status"), server_default="active", nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card")),
        sa.UniqueConstraint("policy_id", name=op.f("uq_card_policy_id")),
        sa.ForeignKeyConstraint(["policy_id"], ["policy.id"], name=op.f("fk_card_policy_id_policy")),
        sa.ForeignKeyConstraint(
            ["holder_employee_id"], ["employee.id"], name=op.f("fk_card_holder_employee_id_employee")
        ),
        sa.CheckConstraint(
            "(holder = 'collector') = (holder_employee_id IS NOT NULL)",
            name=op.f("ck_card_holder_employee_coherent"),
        ),
    )
    op.create_index("ix_card_holder_employee_id", "card", ["holder_employee_id"])

    op.create_table(
        "collection_assignment",
        _id(),
        sa.Column("card_id", sa.BigInteger(), nullable=False),
        sa.Column("from_holder", _enum("card_holder"), nullable=True),
        sa.Column("from_employee_id", sa.BigInteger(), nullable=True),
        sa.Column("to_holder", _enum("card_holder"), nullable=False),
        sa.Column("to_employee_id", sa.BigInteger(), nullable=True),
        sa.Column("assigned_by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("assigned_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection_assignment")),
        sa.ForeignKeyConstraint(["card_id"], ["card.id"], name=op.f("fk_collection_assignment_card_id_card")),
        sa.ForeignKeyConstraint(
            ["from_employee_id"],
            ["employee.id"],
            name=op.f("fk_collection_assignment_from_employee_id_employee"),
        ),
        sa.ForeignKeyConstraint(
            ["to_employee_id"], ["employee.id"], name=op.f("fk_collection_assignment_to_employee_id_employee")
        ),
        sa.ForeignKeyConstraint(
            ["assigned_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_collection_assignment_assigned_by_user_id_app_user"),
        ),
        sa.CheckConstraint(
            "(from_holder IS NOT DISTINCT FROM 'collector') = (from_employee_id IS NOT NULL)",
            name=op.f("ck_collection_assignment_from_employee_coherent"),
        ),
        sa.CheckConstraint(
            "(to_holder = 'collector') = (to_employee_id IS NOT NULL)",
            name=op.f("ck_collection_assignment_to_employee_coherent"),
        ),
    )
    op.create_index(
        "ix_collection_assignment_card_id_assigned_at", "collection_assignment", ["card_id", "assigned_at"]
    )


def _create_audit_and_settings() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger(), sa.Identity(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=True),  # no FK: the log outlives what it names
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("record_id", sa.Text(), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("before", postgresql.JSONB(), nullable=True),
        sa.Column("after", postgresql.JSONB(), nullable=True),
        sa.Column("ip", postgresql.INET(), nullable=True),
        sa.Column("device_id", sa.String(length=100), nullable=True),
        sa.Column("user_agent", sa.Text(), nullable=True),
        _point("location"),
        sa.Column("request_id", sa.String(length=64), nullable=True),
        # A partitioned table's primary key must include the partition key.
        sa.PrimaryKeyConstraint("id", "occurred_at", name=op.f("pk_audit_log")),
        postgresql_partition_by="RANGE (occurred_at)",
    )
    op.create_index("ix_audit_log_occurred_at", "audit_log", ["occurred_at"], postgresql_using="brin")
    op.create_index("ix_audit_log_table_name_record_id", "audit_log", ["table_name", "record_id"])
    op.create_index("ix_audit_log_user_id_occurred_at", "audit_log", ["user_id", "occurred_at"])

    # Monthly partitions (UTC months): this month and the next now, later ones by a monthly job.
    op.execute("CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT")
    op.execute(AUDIT_LOG_ENSURE_PARTITION)
    op.execute("SELECT audit_log_ensure_partition((now() AT TIME ZONE 'UTC')::date)")
    op.execute("SELECT audit_log_ensure_partition(((now() AT TIME ZONE 'UTC') + interval '1 month')::date)")

    # Append-only: UPDATE and DELETE are refused (TRUNCATE stays possible, for test cleanup).
    op.execute(AUDIT_LOG_REFUSE_CHANGE)
    op.execute(
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()"
    )

    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", postgresql.JSONB(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_by_user_id", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
        sa.ForeignKeyConstraint(
            ["updated_by_user_id"], ["app_user.id"], name=op.f("fk_app_setting_updated_by_user_id_app_user")
        ),
    )
