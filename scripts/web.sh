#!/usr/bin/env bash
# The web admin (frontend/, Next.js) and the typed API client (packages/api-client/).
#
#   scripts/web.sh install        npm ci at the repo root (the npm workspace), only when
#                                 package-lock.json or a package.json changed since the last one
#   scripts/web.sh build          next build, only when the web's sources, the API client or the
#                                 lockfile changed since the last build (a stamp holds their hash)
#   scripts/web.sh start          next start on 127.0.0.1:$WEB_PORT (the Procfile's `web`); the
#                                 app forwards /api/v1/* to 127.0.0.1:$API_PORT at run time
#   scripts/web.sh api-client     regenerate packages/api-client/src/schema.ts from the backend
#   scripts/web.sh api-client-check   fail when that file is stale (make test)
#
# Ports come from scripts/env.sh. Node >= 20.19 is required (the machine's Node 20).
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_env

FRONTEND=$ROOT/frontend
NODE_MODULES=$ROOT/node_modules
INSTALL_STAMP=$NODE_MODULES/.protegrt-npm-ci
BUILD_STAMP=$FRONTEND/.next/.protegrt-build
export NEXT_TELEMETRY_DISABLED=1

need_node() {
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        die "no encuentro node/npm; instala Node.js 20 (>= 20.19) y vuelve a ejecutar make"
    fi
    local v
    v=$(node -p 'process.versions.node')
    local major=${v%%.*} rest=${v#*.}
    local minor=${rest%%.*}
    if ((major < 20 || (major == 20 && minor < 19))); then
        die "Node.js $v es muy antiguo para el frontend: se necesita >= 20.19"
    fi
}

install_key() {
    cat "$ROOT/package-lock.json" "$ROOT/package.json" "$FRONTEND/package.json" \
        "$ROOT"/packages/*/package.json | sha1sum | cut -c1-40
}

cmd_install() {
    need_node
    local key
    key=$(install_key)
    if [[ -f $INSTALL_STAMP && $(<"$INSTALL_STAMP") == "$key" && -x $NODE_MODULES/.bin/next ]]; then
        return 0
    fi
    say "web: instalando las dependencias de Node (npm ci)"
    local started=$SECONDS
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    printf '%s\n' "$key" >"$INSTALL_STAMP"
    say "web: dependencias instaladas en $((SECONDS - started)) s"
}

# Everything the production build depends on: the app's sources and config, the API client and
# the lockfile. Tests and e2e specs do not change the build.
build_key() {
    {
        (cd "$ROOT" && find frontend/src frontend/public packages/api-client/src -type f \
            ! -name '*.test.ts' ! -name '*.test.tsx' -print0 2>/dev/null | sort -z | xargs -0 sha1sum)
        (cd "$ROOT" && sha1sum package-lock.json frontend/package.json frontend/next.config.ts \
            frontend/postcss.config.mjs frontend/tsconfig.json)
    } | sha1sum | cut -c1-40
}

cmd_build() {
    cmd_install
    # One build (and one e2e run, which holds the same lock) at a time: a build replaces .next
    # under a running `next start`.
    web_lock
    local key
    key=$(build_key)
    if [[ -f $BUILD_STAMP && $(<"$BUILD_STAMP") == "$key" && -f $FRONTEND/.next/BUILD_ID ]]; then
        return 0
    fi
    say "web: compilando la aplicación (next build)"
    local started=$SECONDS
    rm -f "$BUILD_STAMP"
    (cd "$FRONTEND" && "$NODE_MODULES/.bin/next" build)
    printf '%s\n' "$key" >"$BUILD_STAMP"
    say "web: compilada en $((SECONDS - started)) s"
}

# Serialises builds and e2e runs of this checkout (the lock is held until the process exits; a
# child of a holder inherits it).
web_lock() {
    [[ ${PROTEGRT_WEB_LOCK_HELD:-0} == 1 ]] && return 0
    mkdir -p "$DATA_DIR"
    exec 9>"$DATA_DIR/web.lock"
    if ! flock -n 9; then
        say "web: esperando a otra compilación o prueba e2e de este checkout"
        flock 9
    fi
    export PROTEGRT_WEB_LOCK_HELD=1
}

cmd_start() {
    need_node
    [[ -f $FRONTEND/.next/BUILD_ID ]] || die "la aplicación web no está compilada; ejecuta make web-build"
    if port_in_use "$WEB_PORT"; then die "$(port_busy_message "$WEB_PORT" WEB_PORT)"; fi
    cd "$FRONTEND"
    if [[ -n ${WEB_PIDFILE:-} ]]; then printf '%s\n' "$$" >"$WEB_PIDFILE"; fi
    # exec: one process (next-server, this pid), so whoever started it can stop it by its pid.
    exec node "$NODE_MODULES/next/dist/bin/next" start --hostname 127.0.0.1 --port "$WEB_PORT"
}

cmd_api_client() {
    cmd_install
    [[ -x $ROOT/backend/.venv/bin/python ]] || die "falta el virtualenv del backend; ejecuta make bootstrap"
    (cd "$ROOT/packages/api-client" && node scripts/generate.mjs "$@")
}

case ${1:-} in
install) cmd_install ;;
build) cmd_build ;;
start) cmd_start ;;
api-client) cmd_api_client ;;
api-client-check) cmd_api_client --check ;;
*)
    printf 'uso: %s {install|build|start|api-client|api-client-check}\n' "$0" >&2
    exit 2
    ;;
esac
