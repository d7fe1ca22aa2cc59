"""Test settings are fixed here, before anything imports the app.

Each xdist worker gets its own PostgreSQL database, cloned from a template that has the
migrations and the seed applied (rebuilt only when migrations or seed data change), and its own
Redis database. Ordinary tests run inside a transaction rolled back at the end; tests marked
``commit`` use real commits and are cleaned with TRUNCATE.
"""

from __future__ import annotations

import os

os.environ["ENVIRONMENT"] = "test"
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("LOG_JSON", "true")
if "DATABASE_URL" not in os.environ:
    raise RuntimeError("DATABASE_URL no está definido: ejecuta las pruebas con `make test`.")

import hashlib
import uuid

_worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
_worker_index = int(_worker.removeprefix("gw") or 0) if _worker.startswith("gw") else 0
# One id per pytest run, shared by its xdist workers: databases and Redis numbers are per run, so
# two runs at once (two terminals, two checkouts) never touch each other's data.
_run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID") or uuid.uuid4().hex
_run = hashlib.sha256(_run_id.encode()).hexdigest()[:8]
os.environ["PROTEGRT_TEST_RUN"] = _run

from sqlalchemy.engine import make_url  # noqa: E402

_base_url = make_url(os.environ["DATABASE_URL"])
os.environ["PROTEGRT_TEST_BASE_DATABASE_URL"] = _base_url.render_as_string(hide_password=False)
os.environ["DATABASE_URL"] = _base_url.set(database=f"protegrt_test_{_run}_{_worker}").render_as_string(
    hide_password=False
)
# Redis is started with 1024 databases; 0 belongs to `make run`.
_redis = make_url(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
_redis_db = 1 + (int(_run, 16) * 8 + _worker_index) % 1023
os.environ["REDIS_URL"] = _redis.set(database=str(_redis_db)).render_as_string(hide_password=False)
os.environ["CELERY_BROKER_URL"] = os.environ["REDIS_URL"]
os.environ["SOCKETIO_CHANNEL"] = f"protegrt-socketio-test-{_run}-{_worker}"

# Signing and encryption keys made for this test run only (never the development ones).
from cryptography.fernet import Fernet  # noqa: E402

from app.core.security import generate_private_key_pem  # noqa: E402

os.environ["JWT_PRIVATE_KEY"] = generate_private_key_pem().decode()
os.environ["TOTP_ENCRYPTION_KEY"] = Fernet.generate_key().decode()

pytest_plugins = [
    "tests.fixtures.database",
    "tests.fixtures.app",
    "tests.fixtures.auth",
    "tests.fixtures.factories",
]
