#!/usr/bin/env bash
# Mutation run over the access checks and the audit chain (issue 15). Slow (tens of minutes
# on two cores): never part of the normal suite; its fast tests are.
#
#   1. mutmut 3 over domain/roles.py, services/access.py and
#      storage/audit_chain.py (tests/mutation/setup.cfg: the files and the test selection);
#   2. tests/mutation/remove_checks.py: every permission check in the services removed in
#      turn, against tests/services/test_permission_table.py.
#
# Both work in a temporary copy of the tree: mutmut writes its mutants/ folder where it runs,
# so it runs in the copy, and the checkout is never edited (others work in it meanwhile).
# Results: tests/mutation/RESULTS.md (by hand, from the summaries printed at the end).
#   tests/mutation/run.sh            both parts
#   tests/mutation/run.sh mutmut     the first only;  run.sh checks: the second only
#   KEEP=1 tests/mutation/run.sh     keep the copy (mutmut show, mutmut browse in it)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
PART=${1:-all}
export QT_QPA_PLATFORM=offscreen

if ! "$PY" -c "import mutmut" 2>/dev/null; then
    "$PY" -m pip install -q "mutmut>=3.3,<4"   # pyproject: the 'mutation' extra
fi

if [[ $PART == all || $PART == mutmut ]]; then
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/resettle-mutation.XXXXXX")
    [[ ${KEEP:-} == 1 ]] || trap 'rm -rf "$WORK"' EXIT
    (cd "$ROOT" && tar --exclude=__pycache__ --exclude='*.pyc' --exclude=mutants \
        -cf - resettle tests migrations resources pyproject.toml) | tar -C "$WORK" -xf -
    cp "$ROOT/tests/mutation/setup.cfg" "$WORK/setup.cfg"  # pyproject has no [tool.mutmut]
    echo "mutmut in $WORK"
    cd "$WORK"
    "$PY" -m mutmut run --max-children "${JOBS:-2}" || true
    "$PY" -m mutmut results --all true > "$WORK/results.txt" || "$PY" -m mutmut results > "$WORK/results.txt"
    echo "== mutmut: every mutant's status =="
    awk -F': ' '{print $2}' "$WORK/results.txt" | sort | uniq -c
    echo "== surviving mutants =="
    grep -E ': (survived|no tests|timeout|suspicious)' "$WORK/results.txt" | while read -r line; do
        name=${line%%:*}
        echo "---- $line"
        "$PY" -m mutmut show "$name" || true
    done
    cd "$ROOT"
fi

if [[ $PART == all || $PART == checks ]]; then
    "$PY" "$ROOT/tests/mutation/remove_checks.py" --json "${TMPDIR:-/tmp}/remove_checks.json"
fi
