#!/usr/bin/env bash
# The private PostgreSQL (+PostGIS) and Redis of this checkout.
#
#   scripts/services.sh start      start both (a no-op for what is already running here)
#   scripts/services.sh stop       stop both; no process is left behind
#   scripts/services.sh status     show what runs (-q: only the exit status, 0 = both up)
#   scripts/services.sh psql ...   psql as `postgres` on the `protegrt` database (PGDATABASE wins)
#   scripts/services.sh redis-cli  redis-cli on our Redis
#   scripts/services.sh destroy    stop and delete the PostgreSQL and Redis data
#
# Ports and folders come from scripts/env.sh. The data lives in $DATA_DIR (.data/ by default):
#   .data/postgres/{data,socket,postgres.log}   the cluster (trust auth, 127.0.0.1 only)
#   .data/redis/{redis.conf,appendonlydir,...}  Redis with AOF persistence
#   .data/run/                                  lock and pid files
# As root, PostgreSQL runs as the unprivileged system user $PROTEGRT_PG_USER (initdb refuses root).
# When that user cannot reach .data (e.g. a checkout inside a root-owned 0700 `mktemp -d` folder),
# the cluster lives in /var/tmp/protegrt-<hash>/postgres and .data/postgres is a symlink to it.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_env # ROOT, PROTEGRT_HASH, PG_PORT, REDIS_PORT, DATA_DIR, ...
# shellcheck disable=SC2153 # DATA_DIR comes from load_env
RUN_DIR=$DATA_DIR/run
REDIS_DIR=$DATA_DIR/redis
REDIS_PIDFILE=$REDIS_DIR/redis.pid
PG_LINK=$DATA_DIR/postgres
FALLBACK_BASE=/var/tmp/protegrt-$PROTEGRT_HASH

is_root() { [[ $EUID -eq 0 ]]; }

# ---------------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------------

PG_AREA=""    # the folder holding data/, socket/ and postgres.log
PGDATA_DIR="" # $PG_AREA/data
PG_RUN_AS=""  # empty: run the binaries as ourselves
PG_BIN=""

# Runs a command as the cluster's owner. `cd /` because that user may not be allowed into our cwd.
run_pg() {
    if [[ -n $PG_RUN_AS ]]; then
        (cd / && setpriv --reuid="$PG_RUN_AS" --regid="$(id -g "$PG_RUN_AS")" --init-groups -- "$@")
    else
        "$@"
    fi
}

ensure_pg_user() {
    id -u "$PROTEGRT_PG_USER" >/dev/null 2>&1 && return 0
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$PROTEGRT_PG_USER" 2>/dev/null ||
        id -u "$PROTEGRT_PG_USER" >/dev/null 2>&1 || # another checkout created it meanwhile
        die "no pude crear el usuario de sistema $PROTEGRT_PG_USER (useradd)"
}

# Finds the cluster's area (following the symlink of a relocated cluster). With "create", makes it.
resolve_pg_area() { # [create]
    if [[ -L $PG_LINK ]]; then
        PG_AREA=$(readlink -- "$PG_LINK")
        if [[ ! -d $PG_AREA && ${1:-} == create ]]; then
            # The relocated cluster was removed (e.g. by a /var/tmp cleaner): start a new one.
            warn "el cluster de $PG_AREA ya no existe: se crea uno nuevo, vacío"
            mkdir -p "$(dirname -- "$PG_AREA")"
            chmod 0700 "$(dirname -- "$PG_AREA")"
            mkdir -p "$PG_AREA"
            chmod 0700 "$PG_AREA"
            if is_root; then
                ensure_pg_user
                chown "$PROTEGRT_PG_USER:" "$(dirname -- "$PG_AREA")" "$PG_AREA"
            fi
        fi
    elif [[ -d $PG_LINK ]]; then
        PG_AREA=$PG_LINK
    elif [[ ${1:-} == create ]]; then
        PG_AREA=$PG_LINK
        mkdir -p "$DATA_DIR"
        if is_root; then
            ensure_pg_user
            if ! (cd / && setpriv --reuid="$PROTEGRT_PG_USER" --regid="$(id -g "$PROTEGRT_PG_USER")" \
                --init-groups -- test -x "$DATA_DIR" -a -r "$DATA_DIR"); then
                # The server's user cannot traverse to .data: keep the cluster where it can.
                PG_AREA=$FALLBACK_BASE/postgres
                mkdir -p "$FALLBACK_BASE"
                chmod 0700 "$FALLBACK_BASE"
                chown "$PROTEGRT_PG_USER:" "$FALLBACK_BASE"
                ln -sfn "$PG_AREA" "$PG_LINK"
                say "$PROTEGRT_PG_USER no puede entrar en $DATA_DIR: el cluster vive en $PG_AREA"
            fi
            mkdir -p "$PG_AREA"
            chmod 0700 "$PG_AREA"
            chown "$PROTEGRT_PG_USER:" "$PG_AREA"
        else
            mkdir -p "$PG_AREA"
            chmod 0700 "$PG_AREA"
        fi
    else
        return 1
    fi
    PGDATA_DIR=$PG_AREA/data
    PG_LOG=$PG_AREA/postgres.log
    PG_SOCK=$PG_AREA/socket
    # A Unix socket path is limited to 107 bytes: deep checkouts put the socket in /tmp instead.
    if ((${#PG_SOCK} + 20 > 100)); then PG_SOCK=/tmp/protegrt-$PROTEGRT_HASH-pgsock; fi
    PG_RUN_AS=""
    if is_root; then
        local owner=""
        [[ -d $PG_AREA ]] && owner=$(stat -c %U "$PG_AREA")
        if [[ -n $owner && $owner != root ]]; then PG_RUN_AS=$owner; else
            ensure_pg_user
            PG_RUN_AS=$PROTEGRT_PG_USER
        fi
    fi
    return 0
}

# Prints the postmaster's pid when our cluster's server is alive.
pg_pid() {
    [[ -n $PG_AREA && -f $PGDATA_DIR/postmaster.pid ]] || return 1
    local pid
    pid=$(head -n1 "$PGDATA_DIR/postmaster.pid" 2>/dev/null) || return 1
    pid_is "$pid" postgres || return 1
    printf '%s\n' "$pid"
}

pg_running_port() { sed -n 4p "$PGDATA_DIR/postmaster.pid" 2>/dev/null; }

pg_ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 1; }

write_pg_conf() {
    # Rewritten on every start so changes here reach existing clusters. fsync stays on: the data
    # of `make run` must survive a crash; synchronous_commit=off only risks the last instants.
    run_pg tee "$PGDATA_DIR/protegrt.conf" >/dev/null <<'CONF'
# Managed by scripts/services.sh (rewritten on every start). Port, listen address and socket
# directory are passed on the command line.
max_connections = 200
shared_buffers = 256MB
work_mem = 16MB
maintenance_work_mem = 128MB
fsync = on
synchronous_commit = off
timezone = 'UTC'
log_timezone = 'UTC'
log_min_duration_statement = 2000
CONF
}

start_pg() {
    resolve_pg_area create
    if ! [[ -f $PGDATA_DIR/PG_VERSION ]]; then
        say "PostgreSQL: creando el cluster en $PGDATA_DIR"
        if ! run_pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 \
            --locale=C.UTF-8 --no-instructions >"$RUN_DIR/initdb.log" 2>&1; then
            cat "$RUN_DIR/initdb.log" >&2
            die "initdb falló"
        fi
        printf "\ninclude_if_exists = 'protegrt.conf'\n" | run_pg tee -a "$PGDATA_DIR/postgresql.conf" >/dev/null
    fi
    write_pg_conf
    run_pg mkdir -p -m 0755 "$PG_SOCK"
    # Keep the log from growing without bound across months of `make run`.
    if [[ -f $PG_LOG ]] && (($(stat -c %s "$PG_LOG") > 64 * 1024 * 1024)); then run_pg truncate -s 0 "$PG_LOG"; fi
    # 9>&- : the daemon must not inherit our lock.
    if ! run_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t 60 -s \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_SOCK'" start 9>&-; then
        tail -n 20 "$PG_LOG" >&2 || true
        die "PostgreSQL no arrancó (registro: $PG_LOG)"
    fi
}

stop_pg() {
    resolve_pg_area || return 0
    local pid
    pid=$(pg_pid) || return 0
    if [[ -z $PG_BIN ]]; then
        kill -INT "$pid" 2>/dev/null || true # the "fast" shutdown signal, when pg_ctl is gone
    elif ! run_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 30 -s stop 9>&-; then
        run_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w -t 10 -s stop 9>&- || true
    fi
    wait_gone "$pid" 10 || die "PostgreSQL (pid $pid) no se detuvo"
}

# ---------------------------------------------------------------------------------------------------
# Redis
# ---------------------------------------------------------------------------------------------------

redis_pid() {
    local pid
    pid=$(cat "$REDIS_PIDFILE" 2>/dev/null) || return 1
    pid_is "$pid" redis-server || return 1
    printf '%s\n' "$pid"
}

# The pid of the Redis answering on REDIS_PORT, if any.
redis_pid_on_port() {
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" info server 2>/dev/null | tr -d '\r' | sed -n 's/^process_id://p'
}

start_redis() {
    mkdir -p "$REDIS_DIR"
    cat >"$REDIS_DIR/redis.conf" <<CONF
# Managed by scripts/services.sh (rewritten on every start).
port $REDIS_PORT
bind 127.0.0.1
protected-mode yes
daemonize yes
pidfile "$REDIS_PIDFILE"
logfile "$REDIS_DIR/redis.log"
dir "$REDIS_DIR"
appendonly yes
appendfsync everysec
save 3600 1 300 100 60 10000
# 0 = make run; test runs pick their own numbers so concurrent runs never share keys
databases 1024
CONF
    redis-server "$REDIS_DIR/redis.conf" 9>&- >/dev/null ||
        die "Redis no arrancó (registro: $REDIS_DIR/redis.log)"
    local i
    for ((i = 0; i < 100; i++)); do
        [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]] && return 0
        sleep 0.05
    done
    tail -n 20 "$REDIS_DIR/redis.log" >&2 || true
    die "Redis no responde en 127.0.0.1:$REDIS_PORT (registro: $REDIS_DIR/redis.log)"
}

stop_redis() {
    local pid
    pid=$(redis_pid) || {
        rm -f "$REDIS_PIDFILE"
        return 0
    }
    kill -TERM "$pid" 2>/dev/null || true # Redis saves and exits cleanly on SIGTERM
    wait_gone "$pid" 15 || die "Redis (pid $pid) no se detuvo"
    rm -f "$REDIS_PIDFILE"
}

# ---------------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------------

lock() {
    mkdir -p "$RUN_DIR"
    exec 9>"$RUN_DIR/services.lock"
    flock -w 120 9 || die "otro scripts/services.sh lleva más de 2 minutos con $RUN_DIR/services.lock"
}

need_binaries() {
    PG_BIN=$(find_pg_bin) || die "no encuentro PostgreSQL >= 15 con PostGIS; ejecuta scripts/bootstrap.sh"
    if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
        die "no encuentro redis-server/redis-cli; ejecuta scripts/bootstrap.sh"
    fi
}

cmd_start() {
    need_binaries
    lock
    ((PG_PORT != REDIS_PORT)) || die "PG_PORT y REDIS_PORT no pueden ser el mismo puerto ($PG_PORT)"

    # Decide first, start afterwards: a busy port must fail before anything is started.
    local pg_action=start redis_action=start pid errors=()
    resolve_pg_area || true
    if pid=$(pg_pid); then
        if [[ $(pg_running_port) == "$PG_PORT" ]]; then pg_action=none; else pg_action=restart; fi
    fi
    if pid=$(redis_pid); then
        if [[ $(redis_pid_on_port) == "$pid" ]]; then redis_action=none; else redis_action=restart; fi
    fi
    if [[ $pg_action != none ]] && port_in_use "$PG_PORT"; then errors+=("$(port_busy_message "$PG_PORT" PG_PORT)"); fi
    if [[ $redis_action != none ]] && port_in_use "$REDIS_PORT"; then
        errors+=("$(port_busy_message "$REDIS_PORT" REDIS_PORT)")
    fi
    if ((${#errors[@]})); then
        printf 'error: %s\n' "${errors[@]}" >&2
        exit 1
    fi

    case $pg_action in
    none)
        local i
        for ((i = 0; i < 300; i++)); do # it may still be starting
            if pg_ready; then break; fi
            sleep 0.1
        done
        say "PostgreSQL ya estaba en marcha en 127.0.0.1:$PG_PORT"
        ;;
    restart)
        say "PostgreSQL corría en el puerto $(pg_running_port); se reinicia en $PG_PORT"
        stop_pg
        start_pg
        say "PostgreSQL en marcha en 127.0.0.1:$PG_PORT"
        ;;
    start)
        start_pg
        say "PostgreSQL en marcha en 127.0.0.1:$PG_PORT (datos: $PGDATA_DIR)"
        ;;
    esac
    case $redis_action in
    none) say "Redis ya estaba en marcha en 127.0.0.1:$REDIS_PORT" ;;
    restart | start)
        [[ $redis_action == start ]] || stop_redis
        start_redis
        say "Redis en marcha en 127.0.0.1:$REDIS_PORT (datos: $REDIS_DIR)"
        ;;
    esac
}

cmd_stop() {
    PG_BIN=$(find_pg_bin) || PG_BIN=""
    lock
    local was=0
    if resolve_pg_area && pg_pid >/dev/null; then
        stop_pg
        was=1
    fi
    if redis_pid >/dev/null; then
        stop_redis
        was=1
    fi
    if ((was)); then say "PostgreSQL y Redis detenidos"; else say "PostgreSQL y Redis ya estaban detenidos"; fi
}

cmd_status() {
    local quiet=0 up=0 pid
    [[ ${1:-} == -q ]] && quiet=1
    PG_BIN=$(find_pg_bin) || PG_BIN=""
    if resolve_pg_area && pid=$(pg_pid); then
        up=$((up + 1))
        ((quiet)) || say "PostgreSQL: en marcha (pid $pid, 127.0.0.1:$(pg_running_port), datos $PGDATA_DIR)"
    else
        ((quiet)) || say "PostgreSQL: detenido"
    fi
    if pid=$(redis_pid); then
        up=$((up + 1))
        ((quiet)) || say "Redis: en marcha (pid $pid, 127.0.0.1:$REDIS_PORT, datos $REDIS_DIR)"
    else
        ((quiet)) || say "Redis: detenido"
    fi
    ((up == 2)) || exit 3
}

cmd_destroy() {
    cmd_stop
    lock
    if [[ -L $PG_LINK ]]; then
        local target
        target=$(readlink -- "$PG_LINK")
        rm -rf -- "$target"
        rm -f -- "$PG_LINK"
        [[ $(dirname -- "$target") == "$FALLBACK_BASE" ]] && rm -rf -- "$FALLBACK_BASE"
    else
        rm -rf -- "$PG_LINK"
    fi
    rm -rf -- "$REDIS_DIR" "/tmp/protegrt-$PROTEGRT_HASH-pgsock"
    say "Datos de PostgreSQL y Redis borrados"
}

case ${1:-} in
start) cmd_start ;;
stop) cmd_stop ;;
status)
    shift
    cmd_status "$@"
    ;;
psql)
    shift
    PG_BIN=$(find_pg_bin) || PG_BIN=$(dirname "$(command -v psql)")
    exec "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${PGDATABASE:-protegrt}" "$@"
    ;;
redis-cli)
    shift
    exec redis-cli -h 127.0.0.1 -p "$REDIS_PORT" "$@"
    ;;
destroy) cmd_destroy ;;
*)
    printf 'uso: %s {start|stop|status [-q]|psql [args]|redis-cli [args]|destroy}\n' "$0" >&2
    exit 2
    ;;
esac
