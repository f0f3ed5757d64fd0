#!/usr/bin/env bash
# The mutants of audit_chain's server-mode branch (the arguments passed to
# server/audit_sql.append and .verify), which the mutmut selection cannot kill because it runs
# without PostgreSQL: each is applied in turn (`mutmut apply`) in the mutmut copy kept by
# `KEEP=1 run.sh mutmut`, and the server's audit tests run against it on a real cluster.
#   tests/mutation/server_branch.sh /tmp/resettle-mutation.XXXX NAME...
set -uo pipefail
COPY=$1; shift
PY=${PYTHON:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.venv/bin/python}
cd "$COPY" || exit 2
FILE=resettle/storage/audit_chain.py
cp "$FILE" /tmp/audit_chain.orig.py
for name in "$@"; do
    cp /tmp/audit_chain.orig.py "$FILE"
    "$PY" -m mutmut apply "$name" >/dev/null 2>&1
    if QT_QPA_PLATFORM=offscreen timeout 900 "$PY" -m pytest -q -x -p no:cacheprovider \
            tests/server/test_audit.py tests/server/test_as_roles_notes.py >/dev/null 2>&1; then
        echo "SURVIVED $name"
    else
        echo "killed   $name"
    fi
done
cp /tmp/audit_chain.orig.py "$FILE"
