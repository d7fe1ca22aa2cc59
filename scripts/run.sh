#!/usr/bin/env bash
# `make run` and `make stop`.
#
#   scripts/run.sh        services, migrations, seed, demo data (first time only), the web app's
#                         build (only when its sources changed), then the Procfile (API, Celery
#                         worker, Celery beat, web) under honcho. Ctrl-C stops everything,
#                         including PostgreSQL and Redis when this run started them.
#   scripts/run.sh stop   stops a `make run` of this checkout (from any terminal) via its pid file.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_env

SCRIPTS=$ROOT/scripts
BACKEND=$ROOT/backend
RUN_DIR=$DATA_DIR/run
PIDFILE=$RUN_DIR/honcho.pid
# scripts/web.sh start writes the web server's pid here (honcho runs it), for the sweep below.
export WEB_PIDFILE=$RUN_DIR/web.pid
VENV_BIN=$BACKEND/.venv/bin

honcho_pid() {
    local pid
    pid=$(cat "$PIDFILE" 2>/dev/null) || return 1
    pid_is "$pid" honcho || return 1
    printf '%s\n' "$pid"
}

cli() { (cd "$BACKEND" && "$VENV_BIN/protegrt" "$@"); }

cmd_stop() {
    local pid
    if pid=$(honcho_pid); then
        say "Deteniendo make run (honcho, pid $pid)"
        kill -TERM "$pid" 2>/dev/null || true # honcho stops its processes (SIGKILL after 5 s) and exits
        if ! wait_gone "$pid" 20; then die "honcho (pid $pid) no se detuvo"; fi
    fi
    # Should honcho have died before its children (kill -9), sweep what runs from our virtualenv.
    local file p cmd
    while IFS= read -r file; do
        p=${file#/proc/}
        p=${p%/cmdline}
        cmd=$(tr '\0' ' ' <"$file" 2>/dev/null) || continue
        case $cmd in
        # The Procfile's commands (celery's prefork children keep their parent's command line).
        "$VENV_BIN/python .venv/bin/uvicorn "* | "$VENV_BIN/python .venv/bin/celery "*)
            say "Deteniendo el proceso huérfano $p: $cmd"
            kill -KILL "$p" 2>/dev/null || true
            ;;
        esac
    done < <(grep -l -a -F -- "$VENV_BIN/python" /proc/[0-9]*/cmdline 2>/dev/null || true)
    if p=$(cat "$WEB_PIDFILE" 2>/dev/null) && pid_is "$p" next-server; then
        say "Deteniendo el proceso huérfano $p: la aplicación web"
        kill -KILL "$p" 2>/dev/null || true
    fi
    rm -f "$PIDFILE" "$WEB_PIDFILE"
}

cmd_run() {
    mkdir -p "$RUN_DIR"
    local pid
    if pid=$(honcho_pid); then
        die "ya hay un make run de este checkout en marcha (honcho, pid $pid); deténlo con make stop"
    fi
    if port_in_use "$API_PORT"; then die "$(port_busy_message "$API_PORT" API_PORT)"; fi
    if port_in_use "$WEB_PORT"; then die "$(port_busy_message "$WEB_PORT" WEB_PORT)"; fi

    # Stop on exit only what this run started: services started by `make services` stay up.
    STARTED_SERVICES=1
    if "$SCRIPTS/services.sh" status -q; then STARTED_SERVICES=0; fi
    # shellcheck disable=SC2317 # called by the EXIT trap
    cleanup() {
        local rc=$?
        trap - EXIT INT TERM
        rm -f "$PIDFILE"
        if ((STARTED_SERVICES)); then "$SCRIPTS/services.sh" stop || true; fi
        exit "$rc"
    }
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    # The web app is rebuilt only when its sources or the lockfile changed (a stamp): usually instant.
    "$SCRIPTS/web.sh" build
    "$SCRIPTS/services.sh" start
    # One process for migrate + seed + demo data (first time only) + the banner with URLs and demo
    # logins: each Python start costs ~2 s here.
    cli prepare --banner
    printf '\n  Web admin  http://127.0.0.1:%s   (inicia sesión con un usuario demo de la tabla)\n' "$WEB_PORT"
    printf '\n  Ctrl-C (o make stop en otra terminal) detiene todo.\n\n'

    # The subshell writes its own pid and becomes honcho (exec), so the pid file names honcho.
    # Honcho is a foreground child (not exec'd) so that the cleanup above runs after it exits.
    # `-e /dev/null`: the environment is already complete; honcho must not let .env override it.
    cd "$ROOT"
    local rc=0
    bash -c 'printf "%s\n" "$$" >"$1"; shift; exec "$@"' _ "$PIDFILE" \
        "$VENV_BIN/honcho" start -f "$ROOT/Procfile" -d "$ROOT" -e /dev/null || rc=$?
    ((rc != 143)) || rc=0 # honcho's status after SIGTERM, i.e. `make stop`: a normal end
    exit "$rc"
}

case ${1:-run} in
run) cmd_run ;;
stop) cmd_stop ;;
*)
    printf 'uso: %s [run|stop]\n' "$0" >&2
    exit 2
    ;;
esac
