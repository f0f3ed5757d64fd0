#!/usr/bin/env bash
# Sets up and runs the whole test suite:
#   1. the system packages the tests need (PostgreSQL, gnome-keyring, D-Bus, poppler, fonts,
#      Xvfb and Qt's runtime libraries), installed with apt-get when missing;
#   2. a virtualenv .venv in the repository with `pip install -e '.[test]'`;
#   3. ruff and mypy, then pytest (QT_QPA_PLATFORM=offscreen) with the arguments given here.
# Usage, from anywhere:  bash tests/run.sh [pytest args]
# The exit code is that of the first step that failed.
# PostgreSQL and the Secret Service are started by the tests themselves (tests/servers.py);
# set RESETTLE_REQUIRE_SERVICES=1 to make their tests fail rather than skip when missing.
# RESETTLE_SKIP_APT=1 skips step 1.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
ROOT=$PWD
VENV="$ROOT/.venv"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT="${PIP_DEFAULT_TIMEOUT:-60}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

say() { printf '\n==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }

status=0
fail() {  # remember the first failure
    [ "$status" -eq 0 ] && status=$1
}

printf 'Resettle test suite: system packages, .venv, ruff, pytest %s\n' "$*"
printf '  repo: %s   QT_QPA_PLATFORM=%s   RESETTLE_REQUIRE_SERVICES=%s\n' \
    "$ROOT" "$QT_QPA_PLATFORM" "${RESETTLE_REQUIRE_SERVICES:-0}"

# ---------------------------------------------------------------------------------------------
# 1. System packages (Debian/Ubuntu).
PACKAGES=(
    # services started by tests/servers.py
    postgresql dbus gnome-keyring libsecret-tools
    # report tests: pdftoppm/pdftotext, Korean fonts
    poppler-utils fonts-nanum fontconfig
    # a virtual screen for screenshots of real windows
    xvfb xauth
    # validators of the Linux desktop files (tests/packaging)
    desktop-file-utils appstream
    # what PySide6 (Qt 6 wheels) loads: offscreen/xcb platform plugins, QtGui, QtNetwork
    libegl1 libgl1 libopengl0 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
    libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0
    libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
    libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libgssapi-krb5-2
)

pick_python() {
    local c
    for c in python3.13 python3.12 python3.11 python3; do
        if command -v "$c" >/dev/null 2>&1 &&
            "$c" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' \
                >/dev/null 2>&1; then
            command -v "$c"
            return 0
        fi
    done
    return 1
}

install_system_packages() {
    if [ "${RESETTLE_SKIP_APT:-0}" = 1 ]; then
        say "System packages: skipped (RESETTLE_SKIP_APT=1)"
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "System packages: not a Debian-like system; install by hand: ${PACKAGES[*]}"
        return 0
    fi
    local wanted=("${PACKAGES[@]}")
    # no Python >= 3.11 with venv: take Debian's
    if ! pick_python >/dev/null; then
        wanted+=(python3 python3-venv)
    fi
    local missing=() p
    for p in "${wanted[@]}"; do
        if [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null)" != "ii " ]; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "System packages: all ${#wanted[@]} present"
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
            sudo=(sudo -n)
        else
            say "System packages missing (no root, no passwordless sudo): ${missing[*]}"
            warn "the tests that need them will skip; install them with:"
            warn "  sudo apt-get install --no-install-recommends ${missing[*]}"
            return 0
        fi
    fi
    say "System packages: installing ${missing[*]}"
    local t0=$SECONDS
    # Only the binaries are wanted: no 'main' cluster created and started by the Debian package.
    if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
        "${sudo[@]}" mkdir -p /etc/postgresql-common &&
            echo 'create_main_cluster = false' |
            "${sudo[@]}" tee /etc/postgresql-common/createcluster.conf >/dev/null
    fi
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive timeout 1500 apt-get -q
        -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef
        -o Dpkg::Options::=--force-confold)
    "${apt[@]}" update </dev/null || warn "apt-get update failed"
    if ! "${apt[@]}" install -y --no-install-recommends "${missing[@]}" </dev/null; then
        warn "apt-get install failed; trying the packages one by one"
        for p in "${missing[@]}"; do
            "${apt[@]}" install -y --no-install-recommends "$p" </dev/null >/dev/null 2>&1 ||
                warn "could not install $p"
        done
    fi
    echo "System packages: done in $((SECONDS - t0))s"
}

install_system_packages

# ---------------------------------------------------------------------------------------------
# 2. The virtualenv.
PY=$(pick_python) || {
    echo "ERROR: no Python >= 3.11 with venv and ensurepip found" >&2
    exit 1
}
if [ -x "$VENV/bin/python" ] &&
    ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "Removing the broken or too old $VENV"
    rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
    say "Creating $VENV with $PY ($("$PY" --version 2>&1))"
    "$PY" -m venv "$VENV" || exit 1
    "$VENV/bin/python" -m pip install -q --upgrade pip </dev/null || warn "pip upgrade failed"
fi
# Reinstall only when the project's metadata (or this script) changed: the install is editable.
stamp="$VENV/.resettle-install-stamp"
want_stamp=$(cat pyproject.toml tests/run.sh 2>/dev/null | sha256sum | cut -d' ' -f1)
# The build backend too (hatchling), so that `python -m build --no-isolation` works in the tests.
mapfile -t build_requires < <("$VENV/bin/python" -c '
import tomllib
with open("pyproject.toml", "rb") as f:
    for req in tomllib.load(f).get("build-system", {}).get("requires", []):
        print(req)')
if [ "$(cat "$stamp" 2>/dev/null)" != "$want_stamp" ] ||
    ! "$VENV/bin/python" -c 'import resettle, pytest' >/dev/null 2>&1; then
    say "pip install -e '.[test]' ${build_requires[*]} into $VENV"
    t0=$SECONDS
    if "$VENV/bin/python" -m pip install -q -e '.[test]' "${build_requires[@]}" </dev/null; then
        echo "$want_stamp" >"$stamp"
        echo "pip: done in $((SECONDS - t0))s"
    else
        rc=$?
        echo "ERROR: pip install -e '.[test]' failed (exit $rc)" >&2
        exit "$rc"
    fi
else
    say "$VENV is up to date with pyproject.toml"
fi

# ---------------------------------------------------------------------------------------------
# 3. Lint, then the tests.
lint_dirs=()
for d in resettle tests migrations; do
    [ -d "$d" ] && lint_dirs+=("$d")
done
if [ ${#lint_dirs[@]} -gt 0 ]; then
    say "ruff check ${lint_dirs[*]}"
    "$VENV/bin/ruff" check "${lint_dirs[@]}" || fail $?
fi
say "mypy (strict) on domain, storage and services"
"$VENV/bin/mypy" || fail $?

say "QT_QPA_PLATFORM=$QT_QPA_PLATFORM python -m pytest $*"
"$VENV/bin/python" -m pytest "$@" </dev/null || fail $?

if [ "$status" -ne 0 ]; then
    echo "tests/run.sh: FAILED (exit $status)" >&2
else
    echo "tests/run.sh: OK"
fi
exit "$status"
