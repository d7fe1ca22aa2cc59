#!/usr/bin/env bash
# Prints the development environment of this checkout as `export VAR=...` lines:
#
#     eval "$(scripts/env.sh)"
#
# Any variable already set in the environment wins; then the repo-root `.env` (only the variables
# below, simple KEY=VALUE lines); then the defaults. Ports are derived from the checkout path so that
# two checkouts on one machine (your dev stack and a clean clone under test) never fight over a port.
# The output does not depend on the time zone, the locale or the current directory.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

# The variables this script owns. Only these are imported from `.env`.
_vars=(PG_PORT REDIS_PORT API_PORT WEB_PORT E2E_API_PORT E2E_WEB_PORT DATA_DIR DATABASE_URL REDIS_URL ENVIRONMENT
    CORS_ORIGINS)

if [[ -f $ROOT/.env ]]; then
    while IFS= read -r _line || [[ -n $_line ]]; do
        _line=${_line%$'\r'}
        [[ $_line =~ ^[[:space:]]*(export[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || continue
        _key=${BASH_REMATCH[2]}
        _val=${BASH_REMATCH[3]}
        [[ " ${_vars[*]} " == *" $_key "* ]] || continue
        [[ -z ${!_key+x} ]] || continue # the environment wins
        if [[ $_val =~ ^\"(.*)\"$ || $_val =~ ^\'(.*)\'$ ]]; then
            _val=${BASH_REMATCH[1]}
        fi
        printf -v "$_key" '%s' "$_val"
    done <"$ROOT/.env"
fi

_check_port() {
    if ! [[ ${!1} =~ ^[0-9]+$ ]] || ((10#${!1} < 1 || 10#${!1} > 65535)); then
        printf 'env.sh: %s=%s no es un puerto válido\n' "$1" "${!1}" >&2
        exit 1
    fi
}

PROTEGRT_HASH=$(printf '%s' "$ROOT" | sha1sum | cut -c1-8)
: "${PG_PORT:=$((30000 + 2 * (16#$PROTEGRT_HASH % 4000)))}"
_check_port PG_PORT
: "${REDIS_PORT:=$((10#$PG_PORT + 1))}"
: "${API_PORT:=8000}"
: "${WEB_PORT:=3000}"
# The API and web app that `make test-web` starts for its end-to-end tests (beside a running
# `make run`): derived from the checkout like PG_PORT, 10000 above it.
: "${E2E_API_PORT:=$((10#$PG_PORT + 10000))}"
: "${E2E_WEB_PORT:=$((10#$E2E_API_PORT + 1))}"
for _port in PG_PORT REDIS_PORT API_PORT WEB_PORT E2E_API_PORT E2E_WEB_PORT; do _check_port "$_port"; done
: "${DATA_DIR:=$ROOT/.data}"
[[ $DATA_DIR == /* ]] || DATA_DIR=$ROOT/$DATA_DIR # relative to the checkout, not to the caller
: "${DATABASE_URL:=postgresql+asyncpg://postgres@127.0.0.1:$PG_PORT/protegrt}"
: "${REDIS_URL:=redis://127.0.0.1:$REDIS_PORT/0}"
: "${ENVIRONMENT:=development}"
: "${CORS_ORIGINS:=http://127.0.0.1:$WEB_PORT,http://localhost:$WEB_PORT}"

# Single quotes keep the output readable and safe to eval whatever the path contains.
_quote() {
    if [[ $1 =~ ^[A-Za-z0-9_@%+=:,./-]+$ ]]; then
        printf '%s' "$1"
    else
        printf "'%s'" "${1//\'/\'\\\'\'}"
    fi
}
for _name in ROOT PROTEGRT_HASH "${_vars[@]}"; do
    printf 'export %s=%s\n' "$_name" "$(_quote "${!_name}")"
done
