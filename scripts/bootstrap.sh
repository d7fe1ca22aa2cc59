#!/usr/bin/env bash
# Installs what the project needs, only what is missing (a second run takes a few milliseconds):
#   - system packages (Debian/Ubuntu, apt-get as root or through sudo): PostgreSQL >= 15 server with
#     the matching PostGIS 3, redis-server, libharfbuzz-subset0 (WeasyPrint);
#   - uv (from PyPI, `pip install --user`);
#   - the backend's virtualenv: `uv sync --frozen` in backend/, skipped while backend/uv.lock and
#     backend/pyproject.toml are unchanged since the last successful sync;
#   - the Node dependencies of the npm workspace (frontend/, packages/*): `npm ci`, skipped while
#     package-lock.json and the package.json files are unchanged (scripts/web.sh install);
#   - with --with-browser (make test-web): Debian's `chromium` for the Playwright tests, when
#     /usr/bin/chromium is missing.
# When something is missing and cannot be installed, it says exactly what to install and exits 1.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
WITH_BROWSER=0
[[ ${1:-} == --with-browser ]] && WITH_BROWSER=1
BACKEND=$ROOT/backend
STAMP=$BACKEND/.venv/.protegrt-sync

# ---------------------------------------------------------------------------------------------------
# System packages
# ---------------------------------------------------------------------------------------------------

apt_packages=() # what to install
pg_version=""   # the PostgreSQL major to install; empty = choose from the apt lists
need_pg=0

# The highest PostgreSQL >= 15 (with its PostGIS 3) that the apt lists offer.
apt_pg_version() {
    apt-cache pkgnames postgresql- 2>/dev/null |
        sed -n 's/^postgresql-\([0-9][0-9]*\)-postgis-3$/\1/p' |
        while read -r v; do
            ((v >= 15)) && apt-cache show "postgresql-$v" >/dev/null 2>&1 && echo "$v"
        done | sort -n | tail -n1
}

check_system() {
    if ! find_pg_bin >/dev/null; then
        need_pg=1
        # A server >= 15 that only lacks PostGIS: add PostGIS for that version.
        local dir v
        for dir in /usr/lib/postgresql/*/bin; do
            v=${dir#/usr/lib/postgresql/}
            v=${v%/bin}
            [[ $v =~ ^[0-9]+$ && -x $dir/postgres ]] && ((v >= 15)) || continue
            if [[ -z $pg_version ]] || ((v > pg_version)); then pg_version=$v; fi
        done
    fi
    if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
        apt_packages+=(redis-server)
    fi
    # Optional: WeasyPrint warns without it. Only asked for where the distribution has it.
    if command -v ldconfig >/dev/null && ! ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset\.so\.0' &&
        command -v apt-cache >/dev/null && apt-cache show libharfbuzz-subset0 >/dev/null 2>&1; then
        apt_packages+=(libharfbuzz-subset0)
    fi
    if ! find_uv >/dev/null && ! python3 -m pip --version >/dev/null 2>&1; then
        apt_packages+=(python3-pip)
    fi
    # The browser of the end-to-end tests (never `npx playwright install`: Debian's build).
    if ((WITH_BROWSER)) && [[ ! -x /usr/bin/chromium ]]; then
        apt_packages+=(chromium)
    fi
}

pg_packages() {
    local v=${pg_version:-$(apt_pg_version)}
    if [[ -z $v ]]; then return 1; fi
    printf 'postgresql-%s postgresql-%s-postgis-3\n' "$v" "$v"
}

install_system() {
    ((need_pg)) || ((${#apt_packages[@]})) || return 0

    local sudo=""
    if ! command -v apt-get >/dev/null; then
        cannot_install "este sistema no tiene apt-get"
    elif ((EUID != 0)); then
        if command -v sudo >/dev/null && { sudo -n true 2>/dev/null || [[ -t 0 ]]; }; then
            sudo=sudo
        else
            cannot_install "no soy root y no hay sudo"
        fi
    fi

    say "bootstrap: actualizando la lista de paquetes (apt-get update)"
    $sudo apt-get update -qq
    local pkgs=("${apt_packages[@]}")
    if ((need_pg)); then
        local pg
        pg=$(pg_packages) || die "$(
            printf 'la distribución no ofrece PostgreSQL >= 15 con PostGIS 3; añade el repositorio '
            printf 'de PostgreSQL (https://wiki.postgresql.org/wiki/Apt) y vuelve a ejecutar make'
        )"
        read -r -a pg_arr <<<"$pg"
        pkgs+=("${pg_arr[@]}")
    fi
    say "bootstrap: instalando ${pkgs[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >/dev/null
    find_pg_bin >/dev/null || die "PostgreSQL con PostGIS sigue sin aparecer en /usr/lib/postgresql/*/bin"
}

cannot_install() { # REASON
    local pkgs=("${apt_packages[@]}") pg
    if ((need_pg)); then
        pg=$(pg_packages 2>/dev/null) || pg="postgresql-15 postgresql-15-postgis-3"
        read -r -a pg_arr <<<"$pg"
        pkgs+=("${pg_arr[@]}")
    fi
    {
        printf 'error: faltan paquetes del sistema y no puedo instalarlos (%s).\n' "$1"
        printf 'Instálalos (o los equivalentes de tu sistema: PostgreSQL >= 15 con PostGIS 3, Redis) con:\n\n'
        printf '    sudo apt-get install %s\n\n' "${pkgs[*]}"
        printf 'y vuelve a ejecutar make.\n'
    } >&2
    exit 1
}

# ---------------------------------------------------------------------------------------------------
# uv and the backend's virtualenv
# ---------------------------------------------------------------------------------------------------

find_uv() {
    command -v uv && return 0
    local base
    for base in "$HOME/.local" "$(python3 -m site --user-base 2>/dev/null || true)"; do
        [[ -n $base && -x $base/bin/uv ]] && printf '%s\n' "$base/bin/uv" && return 0
    done
    return 1
}

ensure_uv() {
    UV=$(find_uv) && return 0
    say "bootstrap: instalando uv (pip install --user uv)"
    python3 -m pip install --user --quiet uv 2>/dev/null ||
        python3 -m pip install --user --quiet --break-system-packages uv ||
        die "no pude instalar uv; instálalo a mano (python3 -m pip install --user uv)"
    UV=$(find_uv) || die "uv instalado pero no lo encuentro; añade ~/.local/bin al PATH"
}

sync_backend() {
    local key
    key=$(cat "$BACKEND/uv.lock" "$BACKEND/pyproject.toml" | sha1sum | cut -c1-40)
    # The entry points' shebangs name the venv's absolute path: a moved checkout needs a reinstall.
    local moved=0 shebang=""
    [[ -f $BACKEND/.venv/bin/honcho ]] && read -r shebang <"$BACKEND/.venv/bin/honcho"
    [[ -z $shebang || $shebang == "#!$BACKEND/.venv/bin/python" ]] || moved=1
    if ((!moved)) && [[ -x $BACKEND/.venv/bin/python && -f $STAMP && $(<"$STAMP") == "$key" ]]; then
        return 0
    fi
    ensure_uv
    say "bootstrap: instalando las dependencias del backend (uv sync --frozen)"
    if ((moved)); then
        (cd "$BACKEND" && "$UV" sync --frozen --quiet --reinstall)
    else
        (cd "$BACKEND" && "$UV" sync --frozen --quiet)
    fi
    printf '%s\n' "$key" >"$STAMP"
}

check_system
install_system
sync_backend
"$ROOT/scripts/web.sh" install
