"""Issue 12 through the real command: a pending extension request lapses by itself when the
person leaves custody; it leaves `custody pending`, cannot be decided, and `case show` says
it lapsed (text and JSON)."""

from __future__ import annotations

import json
from datetime import date, timedelta

PASSWORD = "a-long-password-1"
HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,birth_place,"
          "occupation,arrival_date,route,travel_document,group,high_profile,notes")


def test_a_pending_request_lapses_when_custody_ends(initialised, tmp_path):
    run = initialised
    for name, role in [("cw", "caseworker"), ("sv", "supervisor")]:
        assert run("user", "add", name, "--role", role, "--password-stdin",
                   stdin=PASSWORD + "\n").returncode == 0
    cw = {"RESETTLE_USER": "cw", "RESETTLE_PASSWORD": PASSWORD}
    sv = {"RESETTLE_USER": "sv", "RESETTLE_PASSWORD": PASSWORD}
    today = date.today()
    arrival = today - timedelta(days=30)
    csv = tmp_path / "arrivals.csv"
    csv.write_text(HEADER + f"\n최,라온,Choi,Ra-on,M,1988,,,{arrival},,none,,no,\n",
                   encoding="utf-8")
    imported = run("--json", "intake", "import", str(csv), **cw)
    assert imported.returncode == 0, imported.stderr
    case_no = json.loads(imported.stdout)[0]["case_no"]
    assert run("case", "advance", case_no, "--to", "screening", "--date",
               str(arrival + timedelta(days=1)), **cw).returncode == 0
    asked = run("--json", "custody", "request", case_no, "--days", "20", "--reason",
                "council", **cw)
    assert asked.returncode == 0, asked.stderr
    ext_id = json.loads(asked.stdout)["id"]
    assert [p["id"] for p in json.loads(run("custody", "pending", "--json", **sv).stdout)] == [
        ext_id]

    left = today - timedelta(days=2)
    assert run("case", "advance", case_no, "--to", "programme", "--date", str(left),
               **cw).returncode == 0
    assert json.loads(run("custody", "pending", "--json", **sv).stdout) == []
    late = run("custody", "decide", str(ext_id), "--approve", "--reason", "ok", "--date",
               str(today), **sv)
    assert late.returncode == 1 and "Lapsed" in late.stderr
    shown = json.loads(run("case", "show", case_no, "--json", **sv).stdout)
    assert [(x["id"], x["status"], x["decision_date"]) for x in shown["extensions"]] == [
        (ext_id, "lapsed", str(left))]
    text = run("case", "show", case_no, **sv).stdout
    assert f"extension {ext_id}: +20 days, Lapsed (custody ended) {left}" in text
