"""scripts/services.sh and scripts/env.sh with real processes: no mocks, nothing from backend/app.

Each test copies scripts/ into `<mkdtemp>/checkout`. `tempfile.mkdtemp()` makes a 0700 folder: run
as root, the server's unprivileged user cannot traverse it, which is the case the scripts must
detect (the cluster then lives under /var/tmp and .data/postgres is a symlink to it).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import redis

REPO = Path(__file__).resolve().parents[3]
SCRIPTS = REPO / "scripts"

# The variables scripts/env.sh owns: the copies under test must not inherit this checkout's values
# (make test exports them, and "the environment wins").
OWN_VARS = (
    "ROOT",
    "PROTEGRT_HASH",
    "PG_PORT",
    "REDIS_PORT",
    "API_PORT",
    "WEB_PORT",
    "DATA_DIR",
    "DATABASE_URL",
    "REDIS_URL",
    "ENVIRONMENT",
    "CORS_ORIGINS",
)


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in OWN_VARS}
    env.update(extra)
    return env


def _has_servers() -> bool:
    found = subprocess.run(
        ["bash", "-c", 'source "$1/lib.sh" && find_pg_bin', "_", str(SCRIPTS)],
        capture_output=True,
        text=True,
        check=False,
    )
    return found.returncode == 0 and shutil.which("redis-server") is not None


needs_servers = pytest.mark.skipif(
    not _has_servers(), reason="PostgreSQL >= 15 + PostGIS or redis-server missing (run scripts/bootstrap.sh)"
)


def _free_ports(count: int) -> list[int]:
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _pid_alive(pid: int) -> bool:
    """Alive and not a zombie (a daemon's zombie may wait for PID 1 to reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _processes_mentioning(text: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or not _pid_alive(int(entry.name)):
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if text in cmdline:
            found.append(f"{entry.name}: {cmdline}")
    return found


def _children_of(pid: int) -> list[int]:
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            children.append(int(entry.name))
    return children


class Checkout:
    def __init__(self, root: Path, pg_port: int, redis_port: int) -> None:
        self.root = root
        self.pg_port = pg_port
        self.redis_port = redis_port

    def services(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        ports = {"PG_PORT": str(self.pg_port), "REDIS_PORT": str(self.redis_port)}
        return subprocess.run(
            [str(self.root / "scripts" / "services.sh"), *args],
            env=_clean_env(**{**ports, **env}),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    @property
    def pgdata(self) -> Path:
        return (self.root / ".data" / "postgres").resolve() / "data"

    def postmaster_pid(self) -> int:
        return int((self.pgdata / "postmaster.pid").read_text().split()[0])

    def redis_pid(self) -> int:
        return int((self.root / ".data" / "redis" / "redis.pid").read_text())


@pytest.fixture
def checkout() -> Iterator[Checkout]:
    tmp = Path(tempfile.mkdtemp(prefix="protegrt-infra-"))
    root = tmp / "checkout"
    root.mkdir()
    shutil.copytree(SCRIPTS, root / "scripts")
    pg_port, redis_port = _free_ports(2)
    co = Checkout(root, pg_port, redis_port)
    try:
        yield co
    finally:
        co.services("destroy")  # also removes a cluster relocated to /var/tmp
        shutil.rmtree(tmp, ignore_errors=True)


@needs_servers
def test_start_is_idempotent_stop_leaves_nothing_and_data_survives(checkout: Checkout) -> None:
    started = checkout.services("start")
    assert started.returncode == 0, started.stderr

    link = checkout.root / ".data" / "postgres"
    if os.geteuid() == 0:
        # mkdtemp's 0700 folder keeps the unprivileged server user out: the cluster is relocated.
        digest = hashlib.sha1(str(checkout.root.resolve()).encode()).hexdigest()[:8]  # noqa: S324
        assert link.is_symlink(), "as root in a 0700 folder the cluster must be relocated"
        target = link.resolve()
        assert target.name == "postgres"
        assert target.parent.name == f"protegrt-{digest}"
        assert checkout.root not in target.parents
    assert (checkout.pgdata / "PG_VERSION").is_file()
    assert (checkout.pgdata.parent / "socket" / f".s.PGSQL.{checkout.pg_port}").exists()

    # PostgreSQL over TCP on 127.0.0.1 with trust auth, UTF8, the extensions the app needs.
    with psycopg.connect(
        host="127.0.0.1", port=checkout.pg_port, user="postgres", dbname="postgres", autocommit=True
    ) as conn:
        assert conn.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
        assert conn.execute("SHOW server_encoding").fetchone() == ("UTF8",)
        assert conn.execute("SHOW lc_collate").fetchone() == ("C.UTF-8",)
        assert conn.execute("SHOW max_connections").fetchone() == ("200",)
        assert conn.execute("SHOW fsync").fetchone() == ("on",)
        conn.execute("CREATE DATABASE infra_check")
    with psycopg.connect(
        host="127.0.0.1", port=checkout.pg_port, user="postgres", dbname="infra_check", autocommit=True
    ) as conn:
        conn.execute("CREATE EXTENSION postgis; CREATE EXTENSION pg_trgm; CREATE EXTENSION unaccent;")
        row = conn.execute(
            "SELECT ST_DWithin(ST_MakePoint(-99.13, 19.43)::geography, "
            "ST_MakePoint(-99.14, 19.43)::geography, 2000), similarity('abc', 'abd') > 0, "
            "unaccent('Peñón Álvaro')"
        ).fetchone()
        assert row == (True, True, "Penon Alvaro")

    # Redis with AOF, bound to loopback.
    client = redis.Redis(host="127.0.0.1", port=checkout.redis_port, socket_timeout=5)
    assert client.ping() is True
    assert client.config_get("appendonly") == {"appendonly": "yes"}
    assert client.config_get("bind") == {"bind": "127.0.0.1"}
    client.set("infra:survives", "yes")
    client.close()

    # A second start is a quick no-op that keeps the same servers.
    pg_pid, redis_pid = checkout.postmaster_pid(), checkout.redis_pid()
    again = checkout.services("start")
    assert again.returncode == 0, again.stderr
    assert "ya estaba en marcha" in again.stdout
    assert (checkout.postmaster_pid(), checkout.redis_pid()) == (pg_pid, redis_pid)
    assert checkout.services("status").returncode == 0

    # stop leaves no process of this checkout: postmaster, its backends, Redis.
    pids = [pg_pid, *_children_of(pg_pid), redis_pid]
    assert len(pids) > 3
    stopped = checkout.services("stop")
    assert stopped.returncode == 0, stopped.stderr
    deadline = time.monotonic() + 5
    while any(_pid_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [pid for pid in pids if _pid_alive(pid)] == []
    assert _processes_mentioning(str(checkout.pgdata)) == []
    assert _processes_mentioning(f"127.0.0.1:{checkout.redis_port}") == []
    assert checkout.services("status").returncode == 3

    # The data survives a restart.
    restarted = checkout.services("start")
    assert restarted.returncode == 0, restarted.stderr
    with psycopg.connect(
        host="127.0.0.1", port=checkout.pg_port, user="postgres", dbname="infra_check"
    ) as conn:
        assert conn.execute("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'").fetchone() == (1,)
    client = redis.Redis(host="127.0.0.1", port=checkout.redis_port, socket_timeout=5)
    assert client.get("infra:survives") == b"yes"
    client.close()
    assert checkout.services("stop").returncode == 0


@needs_servers
@pytest.mark.parametrize("busy", ["PG_PORT", "REDIS_PORT"])
def test_start_fails_clearly_when_a_port_is_taken_by_another_process(checkout: Checkout, busy: str) -> None:
    with socket.socket() as foreign:
        foreign.bind(("127.0.0.1", 0))
        foreign.listen()
        port = foreign.getsockname()[1]
        result = checkout.services("start", **{busy: str(port)})

    assert result.returncode != 0
    assert f"el puerto {port} está ocupado por otro proceso; define {busy}=" in result.stderr
    # Nothing was started: the check runs before either server.
    assert not (checkout.root / ".data" / "redis" / "redis.pid").exists()
    assert not (checkout.root / ".data" / "postgres").exists()


def _env_of(root: Path, **env: str) -> dict[str, str]:
    script = (
        '_e=$("$1/scripts/env.sh") && eval "$_e" && shift && for v; do printf "%s=%s\\0" "$v" "${!v}"; done'
    )
    result = subprocess.run(
        ["bash", "-c", script, "_", str(root), *OWN_VARS],
        env=_clean_env(**env),
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    )
    return dict(item.split("=", 1) for item in result.stdout.split("\0") if item)


def _expected_pg_port(root: Path) -> int:
    digest = hashlib.sha1(str(root.resolve()).encode()).hexdigest()[:8]  # noqa: S324
    return 30000 + 2 * (int(digest, 16) % 4000)


def test_env_derives_ports_per_checkout_and_the_environment_wins(tmp_path: Path) -> None:
    first = tmp_path / "checkout"
    # A second path (with a space, to exercise the quoting) whose derived port differs.
    candidates = (tmp_path / f"other copy {i}" for i in range(100))
    second = next(p for p in candidates if _expected_pg_port(p) != _expected_pg_port(first))
    for root in (first, second):
        root.mkdir()
        shutil.copytree(SCRIPTS, root / "scripts")

    a, b = _env_of(first), _env_of(second)
    assert int(a["PG_PORT"]) == _expected_pg_port(first)
    assert int(b["PG_PORT"]) == _expected_pg_port(second)
    assert a["PG_PORT"] != b["PG_PORT"]
    for env, root in ((a, first), (b, second)):
        port = int(env["PG_PORT"])
        assert 30000 <= port < 38000
        assert env["REDIS_PORT"] == str(port + 1)
        assert env["ROOT"] == str(root.resolve())
        assert env["DATA_DIR"] == str(root.resolve() / ".data")
        assert env["DATABASE_URL"] == f"postgresql+asyncpg://postgres@127.0.0.1:{port}/protegrt"
        assert env["REDIS_URL"] == f"redis://127.0.0.1:{port + 1}/0"
        assert env["API_PORT"] == "8000"
        assert env["WEB_PORT"] == "3000"
        assert env["ENVIRONMENT"] == "development"

    # Same answer whatever the time zone or the caller's directory.
    assert _env_of(first, TZ="Asia/Tokyo") == a

    # The environment wins; REDIS_PORT and the URLs follow an overridden PG_PORT.
    overridden = _env_of(first, PG_PORT="31234", API_PORT="8123", ENVIRONMENT="test")
    assert overridden["PG_PORT"] == "31234"
    assert overridden["REDIS_PORT"] == "31235"
    assert overridden["DATABASE_URL"] == "postgresql+asyncpg://postgres@127.0.0.1:31234/protegrt"
    assert overridden["API_PORT"] == "8123"
    assert overridden["ENVIRONMENT"] == "test"
    assert _env_of(first, REDIS_URL="redis://elsewhere:1/2")["REDIS_URL"] == "redis://elsewhere:1/2"

    # `.env` sets what the environment does not.
    (first / ".env").write_text('PG_PORT=32000\nAPI_PORT="8200"\nSOMETHING_ELSE=1\n')
    from_file = _env_of(first, API_PORT="8300")
    assert from_file["PG_PORT"] == "32000"
    assert from_file["REDIS_PORT"] == "32001"
    assert from_file["API_PORT"] == "8300"  # the environment still wins over .env

    bad = subprocess.run(
        [str(first / "scripts" / "env.sh")],
        env=_clean_env(PG_PORT="not-a-port"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode != 0
    assert "PG_PORT=not-a-port" in bad.stderr
