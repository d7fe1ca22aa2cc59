# shellcheck shell=bash
# Helpers shared by the scripts in this folder. Source it; it defines functions only.

# The unprivileged system user that runs PostgreSQL when the scripts run as root (initdb refuses root).
PROTEGRT_PG_USER=${PROTEGRT_PG_USER:-protegrt-pg}

say() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Loads scripts/env.sh into the calling shell. The assignment keeps env.sh's exit status (a bare
# `eval "$(...)"` would swallow it).
load_env() {
    local _env
    _env=$("$(dirname "${BASH_SOURCE[0]}")/env.sh")
    eval "$_env"
}

# The highest PostgreSQL >= 15 whose server binaries and PostGIS extension are both installed.
# PG_BIN in the environment wins (other layouts, e.g. /usr/pgsql-16/bin).
find_pg_bin() {
    if [[ -n ${PG_BIN:-} ]]; then
        printf '%s\n' "$PG_BIN"
        return 0
    fi
    local dir version best=""
    for dir in /usr/lib/postgresql/*/bin; do
        version=${dir#/usr/lib/postgresql/}
        version=${version%/bin}
        [[ $version =~ ^[0-9]+$ ]] && ((version >= 15)) || continue
        [[ -x $dir/postgres && -x $dir/initdb && -x $dir/pg_ctl && -x $dir/pg_isready ]] || continue
        [[ -f /usr/share/postgresql/$version/extension/postgis.control ]] || continue
        if [[ -z $best ]] || ((version > best)); then best=$version; fi
    done
    [[ -n $best ]] || return 1
    printf '/usr/lib/postgresql/%s/bin\n' "$best"
}

# True when something accepts TCP connections on 127.0.0.1:PORT (a listener on 0.0.0.0 or a
# dual-stack [::] counts too, as it would make our bind fail).
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

port_busy_message() { # PORT VAR
    printf 'el puerto %s está ocupado por otro proceso; define %s=<otro puerto> (por ejemplo %s=%s make run)' \
        "$1" "$2" "$2" "$(($1 + 2))"
}

# True when PID is alive and its command line starts with NAME (a path or a program name).
pid_is() { # PID NAME
    local pid=$1 name=$2 cmd
    [[ $pid =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/cmdline ]] || return 1
    cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ $cmd == *"$name"* ]]
}

# True while PID exists and is not a zombie. A daemon is reparented to PID 1, which may reap it
# late (seconds, in some containers): an exited zombie holds nothing and counts as gone.
pid_alive() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != Z ]]
}

# Waits until PID is gone; SIGKILLs it after TIMEOUT seconds. Returns 0 once it is gone.
wait_gone() { # PID TIMEOUT
    local pid=$1 i
    for ((i = 0; i < $2 * 20; i++)); do
        pid_alive "$pid" || return 0
        sleep 0.05
    done
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.2
    ! pid_alive "$pid"
}
