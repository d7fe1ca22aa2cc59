"""`protegrt prepare` (what `make run` executes) on a fresh database, twice."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import psycopg

from app.core import dbadmin
from app.core.config import BACKEND_DIR

CLI = Path(BACKEND_DIR, ".venv", "bin", "protegrt")


def test_prepare_migrates_seeds_and_loads_demo_data_once() -> None:
    base = os.environ["PROTEGRT_TEST_BASE_DATABASE_URL"]
    name = f"protegrt_test_cli_{uuid.uuid4().hex[:8]}"
    url = dbadmin.with_database(base, name)
    env = {**os.environ, "DATABASE_URL": url}
    try:
        first = subprocess.run(
            [str(CLI), "prepare"], cwd=BACKEND_DIR, env=env, capture_output=True, text=True, timeout=180
        )
        assert first.returncode == 0, first.stderr
        assert "Migraciones aplicadas" in first.stdout
        assert "Datos demo generados" in first.stdout
        with psycopg.connect(dbadmin._conninfo(url)) as conn:
            clients = conn.execute("SELECT count(*) FROM client").fetchone()
            users = conn.execute("SELECT count(*) FROM app_user").fetchone()
        assert clients == (2000,)
        assert users is not None and users[0] >= 6

        second = subprocess.run(
            [str(CLI), "prepare"], cwd=BACKEND_DIR, env=env, capture_output=True, text=True, timeout=180
        )
        assert second.returncode == 0, second.stderr
        assert "Datos demo ya presentes" in second.stdout
        with psycopg.connect(dbadmin._conninfo(url)) as conn:
            assert conn.execute("SELECT count(*) FROM client").fetchone() == (2000,)
    finally:
        dbadmin.drop_database(base, name)
