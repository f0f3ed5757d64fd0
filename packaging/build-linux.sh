#!/usr/bin/env bash
# Build the Linux one-folder bundle of Resettle from a clean checkout, then prove it works.
#
#     packaging/build-linux.sh
#
# 1. creates its own virtual environment (packaging/build/venv; PYTHON picks the
#    interpreter, default python3.11) and installs the app's dependencies + PyInstaller;
# 2. runs PyInstaller on packaging/resettle.spec -> packaging/dist/resettle/;
# 3. checks every shared library in the bundle resolves (ldd);
# 4. runs the frozen program: --version, `self-test` (Qt offscreen) and a smoke test
#    (init, user list, demo cases, a Korean PDF report, audit verify) in a throwaway
#    data folder in passphrase mode, so no credential store or user data is touched;
# 5. prints the bundle's size.
#
# Options (environment): PYTHON=python3.12  RESETTLE_BUILD_VENV=/path/to/venv
#                        RESETTLE_BUILD_CLEAN=1 (drop PyInstaller's cache first)
# Takes about 6 minutes from a clean clone on 2 cores (venv + wheels), 3 for a rebuild.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-python3.11}
VENV=${RESETTLE_BUILD_VENV:-$ROOT/packaging/build/venv}
DIST=$ROOT/packaging/dist
WORK=$ROOT/packaging/build/pyinstaller
BUNDLE=$DIST/resettle
started=$SECONDS

say() { printf '\n== %s\n' "$*"; }

say "build environment: $VENV"
if [[ ! -x $VENV/bin/python ]]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# The app (for its dependencies; the spec analyses the checkout itself) and PyInstaller.
"$VENV/bin/python" -m pip install --quiet "$ROOT" "pyinstaller>=6.10,<7"
"$VENV/bin/python" -c 'import PyInstaller, sys; print("PyInstaller", PyInstaller.__version__, "on Python", sys.version.split()[0])'

say "PyInstaller"
clean=()
[[ ${RESETTLE_BUILD_CLEAN:-0} == 1 ]] && clean=(--clean)
(cd "$ROOT" && "$VENV/bin/pyinstaller" --noconfirm "${clean[@]}" --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/resettle.spec)

say "shared libraries"
missing=$(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -name resettle \) \
    -exec sh -c 'head -c 4 "$1" | grep -q ELF && LD_LIBRARY_PATH="'"$BUNDLE"'/_internal" ldd "$1" 2>/dev/null | grep "not found" | sed "s|^|$1: |"' _ {} \; || true)
if [[ -n $missing ]]; then
    echo "$missing"
    echo "some libraries of the bundle do not resolve" >&2
    exit 1
fi
echo "every ELF file in the bundle resolves its libraries"

say "frozen program"
export QT_QPA_PLATFORM=offscreen
"$BUNDLE/resettle" --version
"$BUNDLE/resettle" self-test

say "smoke test in a throwaway data folder (passphrase mode)"
DATA=$(mktemp -d "${TMPDIR:-/tmp}/resettle-smoke-XXXXXX")
trap 'rm -rf "$DATA"' EXIT
export RESETTLE_DATA_DIR=$DATA RESETTLE_KEY_MODE=passphrase \
    RESETTLE_PASSPHRASE=smoke-test-passphrase-123 RESETTLE_PASSWORD=smoke-test-password-123 \
    RESETTLE_USER=admin
"$BUNDLE/resettle" init --admin admin >/dev/null
"$BUNDLE/resettle" user list
"$BUNDLE/resettle" demo --cases 12 --seed 8 >/dev/null
"$BUNDLE/resettle" report custody --lang ko -o "$DATA/custody.pdf" >/dev/null
head -c 5 "$DATA/custody.pdf" | grep -q '%PDF' && echo "custody review (ko): $(stat -c %s "$DATA/custody.pdf") bytes"
"$BUNDLE/resettle" audit verify

say "size"
du -sh "$BUNDLE"
echo "$(find "$BUNDLE" -type f | wc -l) files; built in $((SECONDS - started)) s"
echo "run it: $BUNDLE/resettle   (desktop integration: packaging/README.md)"
