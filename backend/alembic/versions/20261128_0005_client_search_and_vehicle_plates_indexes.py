"""Client search: indexes, name vocabulary, inlinable unaccent; vehicle plates index

- ``client.rfc``, ``client.phone_whatsapp``: the plain btree indexes become ``varchar_pattern_ops``
  ones, which serve both the search's prefix LIKE ('PEGJ%', '3312%') whatever the database's
  collation and the equality lookups (duplicate check); ``client.phone_secondary`` gets one too.
- ``ix_client_address_id``: nearby search and the municipality filter join address -> client.
- ``ix_client_name_sort`` on ``immutable_unaccent(lower(full_name))``: ordering by name and the
  duplicate check's normalised-name equality.
- ``ix_vehicle_plates_key`` on the normalised plates (upper case, letters and digits only), so a
  lookup finds "JAB-123-C" stored with or without dashes.
- ``client_name_word``: the vocabulary of folded name words (3+ letters), trigram-indexed, kept by
  statement-level triggers on ``client`` (insert; update of the name columns) and backfilled here.
  The search corrects a misspelt word against it.
- ``immutable_unaccent(text)`` becomes inlinable: its body calls an IMMUTABLE C entry point of the
  unaccent module (``immutable_unaccent_dict``) instead of the STABLE ``unaccent()``. PostgreSQL
  does not inline an IMMUTABLE SQL function whose body is only STABLE, so every call went
  through the SQL-function executor: the trigram index recheck of a name search cost several
  times more. Same results, so the indexes stay valid; they are reindexed so that every session
  sees the inlined expression. Creating a C function needs a superuser: without one the old
  definition stays (slower search, same answers) and a notice says so.

Revision ID: 0005
Revises: 0006
Create Date: 2026-11-28 21:44:06.263632+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAME_KEY = "immutable_unaccent(lower(full_name))"
_PLATES_KEY = "upper(regexp_replace(plates, '[^A-Za-z0-9]', '', 'g'))"
_PATTERN_COLUMNS = ("rfc", "phone_whatsapp", "phone_secondary")

_FAST_UNACCENT = r"""
DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        CREATE OR REPLACE FUNCTION public.immutable_unaccent_dict(regdictionary, text) RETURNS text
            LANGUAGE c IMMUTABLE PARALLEL SAFE STRICT AS '$libdir/unaccent', 'unaccent_dict';
        CREATE OR REPLACE FUNCTION public.immutable_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $body$ SELECT public.immutable_unaccent_dict('public.unaccent'::regdictionary, $1) $body$;
    ELSE
        RAISE NOTICE 'immutable_unaccent() keeps its SQL definition: a C wrapper needs a superuser';
    END IF;
END
$$;
"""

_SLOW_UNACCENT = r"""
CREATE OR REPLACE FUNCTION public.immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $body$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $body$;
DROP FUNCTION IF EXISTS public.immutable_unaccent_dict(regdictionary, text);
"""

# The folded words (3+ letters) of the names a statement wrote. Statement-level triggers with
# transition tables: one INSERT per statement, also for the demo generator's COPY. (A trigger with
# transition tables cannot name columns, so the update one compares the old and new names.)
_NAME_WORDS_FUNCTIONS = (
    r"""
CREATE FUNCTION client_name_words_inserted() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    INSERT INTO client_name_word (word)
    SELECT DISTINCT w
    FROM new_rows, unnest(string_to_array(immutable_unaccent(lower(new_rows.full_name)), ' ')) AS w
    WHERE length(w) >= 3
    ON CONFLICT (word) DO NOTHING;
    RETURN NULL;
END
$body$;
""",
    r"""
CREATE FUNCTION client_name_words_updated() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    INSERT INTO client_name_word (word)
    SELECT DISTINCT w
    FROM new_rows JOIN old_rows ON old_rows.id = new_rows.id,
         unnest(string_to_array(immutable_unaccent(lower(new_rows.full_name)), ' ')) AS w
    WHERE new_rows.full_name IS DISTINCT FROM old_rows.full_name AND length(w) >= 3
    ON CONFLICT (word) DO NOTHING;
    RETURN NULL;
END
$body$;
""",
)
_NAME_WORDS_TRIGGERS = (
    "CREATE TRIGGER client_name_words_insert AFTER INSERT ON client REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION client_name_words_inserted()",
    "CREATE TRIGGER client_name_words_update AFTER UPDATE ON client "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION client_name_words_updated()",
)
_NAME_WORDS_BACKFILL = r"""
INSERT INTO client_name_word (word)
SELECT DISTINCT w FROM client, unnest(string_to_array(immutable_unaccent(lower(client.full_name)), ' ')) AS w
WHERE length(w) >= 3
ON CONFLICT (word) DO NOTHING;
"""

# every index whose expression calls immutable_unaccent(): rebuilt so sessions re-read it inlined
_REINDEX_UNACCENT_INDEXES = r"""
DO $$
DECLARE
    name text;
BEGIN
    FOR name IN
        SELECT indexname FROM pg_indexes
        WHERE schemaname = 'public' AND indexdef LIKE '%immutable_unaccent(%'
    LOOP
        EXECUTE format('REINDEX INDEX public.%I', name);
    END LOOP;
END
$$;
"""


def upgrade() -> None:
    op.execute(_FAST_UNACCENT)
    op.execute(_REINDEX_UNACCENT_INDEXES)
    for column in _PATTERN_COLUMNS:
        op.create_index(
            f"ix_client_{column}_pattern",
            "client",
            [column],
            unique=False,
            postgresql_ops={column: "varchar_pattern_ops"},
        )
    op.drop_index(op.f("ix_client_phone_whatsapp"), table_name="client")
    op.drop_index(op.f("ix_client_rfc"), table_name="client")
    op.create_index(op.f("ix_client_address_id"), "client", ["address_id"], unique=False)
    op.create_index("ix_client_name_sort", "client", [sa.literal_column(_NAME_KEY)], unique=False)
    op.create_index("ix_vehicle_plates_key", "vehicle", [sa.literal_column(_PLATES_KEY)], unique=False)
    op.create_table(
        "client_name_word",
        sa.Column("word", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("word", name=op.f("pk_client_name_word")),
    )
    op.create_index(
        "ix_client_name_word_trgm",
        "client_name_word",
        ["word"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"word": "gin_trgm_ops"},
    )
    for function in _NAME_WORDS_FUNCTIONS:
        op.execute(function)
    for statement in _NAME_WORDS_TRIGGERS:
        op.execute(statement)
    op.execute(_NAME_WORDS_BACKFILL)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS client_name_words_update ON client")
    op.execute("DROP TRIGGER IF EXISTS client_name_words_insert ON client")
    op.execute("DROP FUNCTION IF EXISTS client_name_words_updated()")
    op.execute("DROP FUNCTION IF EXISTS client_name_words_inserted()")
    op.drop_index("ix_client_name_word_trgm", table_name="client_name_word")
    op.drop_table("client_name_word")
    op.drop_index("ix_vehicle_plates_key", table_name="vehicle")
    op.drop_index("ix_client_name_sort", table_name="client")
    op.drop_index(op.f("ix_client_address_id"), table_name="client")
    op.create_index(op.f("ix_client_rfc"), "client", ["rfc"], unique=False)
    op.create_index(op.f("ix_client_phone_whatsapp"), "client", ["phone_whatsapp"], unique=False)
    for column in _PATTERN_COLUMNS:
        op.drop_index(f"ix_client_{column}_pattern", table_name="client")
    op.execute(_SLOW_UNACCENT)
    op.execute(_REINDEX_UNACCENT_INDEXES)
