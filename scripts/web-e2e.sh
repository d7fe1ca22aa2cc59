#!/usr/bin/env bash
# The end-to-end half of `make test-web`: the real API and the built web app on ports of their own
# (E2E_API_PORT, E2E_WEB_PORT from scripts/env.sh) and a database of their own (protegrt_e2e,
# recreated on every run: migrations, catalogues, demo data and a fresh administrator without
# 2FA), Playwright in Debian's Chromium, then everything it started is stopped and dropped.
#
#   scripts/web-e2e.sh [playwright args]     e.g. scripts/web-e2e.sh e2e/login.spec.ts
#
# Needs PostgreSQL and Redis running (`make services`), the backend's virtualenv, the Node
# dependencies and /usr/bin/chromium (make test-web sees to all of them). E2E_KEEP=1 keeps the
# database and the server logs for a look afterwards.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_env

SCRIPTS=$ROOT/scripts
BACKEND=$ROOT/backend
FRONTEND=$ROOT/frontend
VENV_BIN=$BACKEND/.venv/bin
E2E_DB=protegrt_e2e
E2E_DIR=$DATA_DIR/e2e
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
# A throwaway account in a throwaway database: the password may live here.
ADMIN_USERNAME=e2e.admin
ADMIN_PASSWORD=E2e-Admin-2026

[[ -x $CHROMIUM ]] || die "no encuentro Chromium en $CHROMIUM; make test-web lo instala (apt-get install chromium)"
[[ -x $VENV_BIN/uvicorn ]] || die "falta el virtualenv del backend; ejecuta make bootstrap"
PG_BIN=$(find_pg_bin) || die "no encuentro PostgreSQL; ejecuta make bootstrap"

mkdir -p "$E2E_DIR"
# One e2e run at a time per checkout (same ports, same database, same .next): the lock of
# scripts/web.sh, inherited by its build below.
exec 9>"$DATA_DIR/web.lock"
if ! flock -n 9; then
    say "e2e: esperando a otra compilación o prueba e2e de este checkout"
    flock 9
fi
export PROTEGRT_WEB_LOCK_HELD=1
# Checked once the lock is ours: a run in progress holds these ports until it finishes.
for var in E2E_API_PORT E2E_WEB_PORT; do
    if port_in_use "${!var}"; then die "$(port_busy_message "${!var}" "$var")"; fi
done
GROUPS_STARTED=()
REDIS_DB=""

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    local rc=$? pgid
    trap - EXIT INT TERM
    for pgid in "${GROUPS_STARTED[@]}"; do
        kill -TERM -- "-$pgid" 2>/dev/null || true
    done
    for pgid in "${GROUPS_STARTED[@]}"; do
        if ! wait_gone "$pgid" 10; then warn "el proceso $pgid no se detuvo"; fi
        kill -KILL -- "-$pgid" 2>/dev/null || true # children of the group, if any outlived it
    done
    if [[ -n $REDIS_DB ]]; then redis-cli -h 127.0.0.1 -p "$REDIS_PORT" -n "$REDIS_DB" flushdb >/dev/null || true; fi
    if ((rc)); then
        for log in api web; do
            [[ -f $E2E_DIR/$log.log ]] || continue
            printf '\n--- últimas líneas de %s (%s) ---\n' "$log" "$E2E_DIR/$log.log" >&2
            tail -n 30 "$E2E_DIR/$log.log" >&2 || true
        done
    fi
    if [[ ${E2E_KEEP:-0} != 1 ]]; then
        drop_db || true
        ((rc)) || rm -f "$E2E_DIR"/api.log "$E2E_DIR"/web.log
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck disable=SC2153 # PG_PORT comes from load_env
psql_admin() { PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
drop_db() { psql_admin -c "DROP DATABASE IF EXISTS $E2E_DB WITH (FORCE)" >/dev/null; }

# Starts "$@" in a session (and process group) of its own, output to LOG; remembers the group.
start_group() { # LOG CMD...
    local log=$1
    shift
    setsid "$@" >"$log" 2>&1 </dev/null &
    GROUPS_STARTED+=("$!")
}

wait_http() { # URL WHAT SECONDS
    local i
    for ((i = 0; i < $3 * 4; i++)); do
        if curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; then return 0; fi
        # a server that died will not come up: stop waiting
        local pgid
        for pgid in "${GROUPS_STARTED[@]}"; do pid_alive "$pgid" || die "$2 terminó antes de responder"; done
        sleep 0.25
    done
    die "$2 no respondió en $3 s ($1)"
}

# A Redis database number of our own: test runs pick theirs at random too, so take an empty one.
pick_redis_db() {
    local n i
    for ((i = 0; i < 50; i++)); do
        n=$((RANDOM % 1023 + 1))
        if [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" -n "$n" dbsize 2>/dev/null) == 0 ]]; then
            REDIS_DB=$n
            return 0
        fi
    done
    die "no encontré una base de Redis libre en 127.0.0.1:$REDIS_PORT"
}

started=$SECONDS
"$SCRIPTS/web.sh" build
build_done=$SECONDS

pick_redis_db
export DATABASE_URL="postgresql+asyncpg://postgres@127.0.0.1:$PG_PORT/$E2E_DB"
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/$REDIS_DB"
export ENVIRONMENT=development API_PORT=$E2E_API_PORT WEB_PORT=$E2E_WEB_PORT
drop_db
say "e2e: preparando la base $E2E_DB (migraciones, catálogos, datos demo)"
(cd "$BACKEND" && "$VENV_BIN/protegrt" prepare >"$E2E_DIR/prepare.log" 2>&1) ||
    { cat "$E2E_DIR/prepare.log" >&2; die "protegrt prepare falló"; }
(cd "$BACKEND" && PROTEGRT_ADMIN_PASSWORD=$ADMIN_PASSWORD "$VENV_BIN/protegrt" create-admin \
    --username "$ADMIN_USERNAME" --first-name Ana --last-name Prueba >>"$E2E_DIR/prepare.log" 2>&1) ||
    { cat "$E2E_DIR/prepare.log" >&2; die "protegrt create-admin falló"; }
# The demo admin's TOTP secret, from the demo generator itself (specs sign in as it through the API).
DEMO_ADMIN_TOTP=$(cd "$BACKEND" && "$VENV_BIN/python" -c \
    'from app.demo.logins import DEMO_SEED, demo_totp_secret; print(demo_totp_secret(DEMO_SEED, "admin"))')
data_done=$SECONDS

say "e2e: API en 127.0.0.1:$E2E_API_PORT, web en 127.0.0.1:$E2E_WEB_PORT"
# shellcheck disable=SC2016 # expanded by the inner shell
start_group "$E2E_DIR/api.log" bash -c 'cd "$1" && exec .venv/bin/uvicorn app.main:app --host 127.0.0.1 --port "$2"' \
    _ "$BACKEND" "$E2E_API_PORT"
start_group "$E2E_DIR/web.log" "$SCRIPTS/web.sh" start
wait_http "http://127.0.0.1:$E2E_API_PORT/health/live" "la API" 60
wait_http "http://127.0.0.1:$E2E_WEB_PORT/login" "la aplicación web" 60

rc=0
(cd "$FRONTEND" && E2E_BASE_URL="http://127.0.0.1:$E2E_WEB_PORT" CHROMIUM_PATH=$CHROMIUM \
    E2E_ADMIN_USERNAME=$ADMIN_USERNAME E2E_ADMIN_PASSWORD=$ADMIN_PASSWORD E2E_DEMO_ADMIN_TOTP=$DEMO_ADMIN_TOTP \
    "$ROOT/node_modules/.bin/playwright" test "$@") || rc=$?
say "e2e: compilación $((build_done - started)) s, datos $((data_done - build_done)) s, pruebas $((SECONDS - data_done)) s"
if ((rc)); then warn "e2e: falló; capturas y trazas en frontend/test-results/"; fi
exit "$rc"
