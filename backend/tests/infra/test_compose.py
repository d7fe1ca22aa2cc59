"""The optional Docker setup (docker/), checked by parsing: no Docker engine is needed.

The compose file must offer the same services as `make run` (PostGIS, Redis with AOF), publish
ports on loopback only, wait on health checks and never carry a secret.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[3]
DOCKER = REPO / "docker"
COMPOSE = DOCKER / "docker-compose.yml"

SECRET_WORDS = ("PASSWORD", "SECRET", "TOKEN", "KEY")
ONLY_A_VARIABLE = re.compile(r"^\$\{[A-Z0-9_]+(:?[-?][^}]*)?\}$")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text())
    assert isinstance(data, dict)
    return data


def _env(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {str(k): str(v) for k, v in env.items()}


def _command(service: dict[str, Any]) -> str:
    command = service.get("command", "")
    return " ".join(command) if isinstance(command, list) else str(command)


def test_services_and_images(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"postgres", "redis"} <= set(services)
    assert services["postgres"]["image"].startswith("postgis/postgis:")
    major = int(services["postgres"]["image"].split(":")[1].split("-")[0])
    assert major >= 15
    assert services["redis"]["image"].startswith("redis:7")
    for name in ("api", "worker", "beat"):
        if name in services:
            assert services[name]["build"]["context"] == "../backend"
            assert (DOCKER / services[name]["build"]["context"] / "Dockerfile").is_file()


def test_ports_are_published_on_loopback_only(compose: dict[str, Any]) -> None:
    published = 0
    for name, service in compose["services"].items():
        for port in service.get("ports", []):
            assert isinstance(port, str), f"{name}: use the short syntax with an explicit host IP"
            assert port.startswith("127.0.0.1:"), f"{name} publishes {port} beyond loopback"
            published += 1
    assert published >= 2
    assert "${PG_PORT:-5432}" in compose["services"]["postgres"]["ports"][0]


def test_redis_persists_with_aof(compose: dict[str, Any]) -> None:
    redis = compose["services"]["redis"]
    assert "--appendonly yes" in _command(redis)
    conf = (DOCKER / "redis" / "redis.conf").read_text()
    assert re.search(r"^appendonly yes$", conf, re.MULTILINE)
    mounts = [str(v) for v in redis["volumes"]]
    assert any(v.endswith(":/data") for v in mounts), "Redis data needs a volume"
    assert any("redis/redis.conf:" in v for v in mounts)


def test_postgres_config_and_extensions(compose: dict[str, Any]) -> None:
    postgres = compose["services"]["postgres"]
    mounts = [str(v) for v in postgres["volumes"]]
    assert any(v.endswith(":/var/lib/postgresql/data") for v in mounts), "PostgreSQL data needs a volume"
    assert any(v.startswith("./postgres/postgresql.conf:") for v in mounts)
    assert any(v.startswith("./postgres/init:/docker-entrypoint-initdb.d") for v in mounts)
    assert "config_file=/etc/postgresql/postgresql.conf" in _command(postgres)

    conf = (DOCKER / "postgres" / "postgresql.conf").read_text()
    assert re.search(r"^listen_addresses\s*=", conf, re.MULTILINE)
    assert re.search(r"^fsync\s*=\s*on", conf, re.MULTILINE)

    sql = "\n".join(p.read_text() for p in sorted((DOCKER / "postgres" / "init").glob("*.sql"))).lower()
    for extension in ("postgis", "pg_trgm", "unaccent"):
        assert re.search(rf"create extension if not exists {extension};", sql), extension


def test_health_checks_and_startup_order(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])
    assert "ping" in " ".join(services["redis"]["healthcheck"]["test"])
    for service in services.values():
        assert service.get("healthcheck", {}).get("test") or "depends_on" in service
    if "api" in services:
        depends = services["api"]["depends_on"]
        assert depends["postgres"]["condition"] == "service_healthy"
        assert depends["redis"]["condition"] == "service_healthy"


def test_no_hard_coded_secrets(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        for key, value in _env(service).items():
            if any(word in key.upper() for word in SECRET_WORDS):
                assert ONLY_A_VARIABLE.match(value), f"{name}.{key} must come from ${{VAR}}, not {value!r}"
                assert ":-" not in value, f"{name}.{key} must not have a default value"
            # A URL's password, if any, must be a variable: `user:${VAR}@host`.
            literal = re.sub(r"\$\{[^}]*\}", "${VAR}", value)
            for user_info in re.findall(r"://([^@/]+)@", literal):
                if ":" in user_info:
                    assert user_info.split(":", 1)[1] == "${VAR}", f"{name}.{key} embeds a password"
    assert "POSTGRES_PASSWORD" in _env(compose["services"]["postgres"])
    example = (DOCKER / ".env.example").read_text()
    assert re.search(r"^POSTGRES_PASSWORD=$", example, re.MULTILINE), "the example must not ship a password"
