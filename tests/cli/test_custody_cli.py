"""`resettle custody request|pending|decide|extend` and the clock fields of `case show`."""

from __future__ import annotations

import json
from datetime import date, timedelta

CW, SV = "mina", "jun"
CW_PASS, SV_PASS = "caseworker-pass-1", "supervisor-pass-1"
HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,"
          "birth_place,occupation,arrival_date,route,travel_document,group,high_profile,notes")


def test_extension_workflow_and_the_clock_in_json(initialised, tmp_path) -> None:
    run = initialised
    today = date.today()
    arrival = today - timedelta(days=40)
    for name, role, password in ((CW, "caseworker", CW_PASS), (SV, "supervisor", SV_PASS)):
        assert run("user", "add", name, "--role", role, "--password-stdin",
                   stdin=f"{password}\n{password}\n").returncode == 0
    csv = tmp_path / "arrivals.csv"
    csv.write_text(HEADER + f"\n김,가상,Kim,Ga-sang,F,1990,,,{arrival},,none,,no,\n",
                   encoding="utf-8")
    as_cw = {"RESETTLE_USER": CW, "RESETTLE_PASSWORD": CW_PASS}
    as_sv = {"RESETTLE_USER": SV, "RESETTLE_PASSWORD": SV_PASS}
    imported = run("intake", "import", str(csv), **as_cw)
    assert imported.returncode == 0, imported.stderr
    case_no = imported.stdout.split()[0]
    assert run("case", "advance", case_no, "--to", "screening", "--date",
               str(today - timedelta(days=35)), **as_cw).returncode == 0

    too_many = run("custody", "request", case_no, "--days", "31", "--reason", "council", **as_cw)
    assert too_many.returncode == 1
    asked = run("--json", "custody", "request", case_no, "--days", "20", "--reason",
                "council", **as_cw)
    assert asked.returncode == 0, asked.stderr
    ext_id = json.loads(asked.stdout)["id"]
    [pending] = json.loads(run("custody", "pending", "--json", **as_sv).stdout)
    assert (pending["id"], pending["case_no"], pending["days"], pending["requested_by"]) == (
        ext_id, case_no, 20, CW)
    assert (pending["custody_days"], pending["custody_limit"]) == (41, 90)
    assert pending["limit_if_approved"] == 110
    assert "council" in run("custody", "pending", **as_sv).stdout
    future = run("custody", "decide", str(ext_id), "--approve", "--reason", "ok", "--date",
                 str(today + timedelta(days=1)), **as_sv)
    assert future.returncode == 1
    assert run("custody", "decide", str(ext_id), "--approve", "--reason", "ok", "--date",
               str(today), **as_cw).returncode == 4
    decided = run("custody", "decide", str(ext_id), "--approve", "--reason", "council agreed",
                  "--date", str(today), **as_sv)
    assert decided.returncode == 0, decided.stderr

    shown = json.loads(run("--json", "case", "show", case_no, **as_sv).stdout)
    assert shown["arrival_date"] == shown["custody_start"] == arrival.isoformat()
    assert (shown["custody_end"], shown["custody_days"], shown["custody_limit"]) == (
        None, 41, 110)
    assert (shown["custody_status"], shown["custody_over_limit_days"]) == ("ok", 0)
    before = json.loads(run("--json", "case", "show", case_no, "--as-of",
                            str(today - timedelta(days=1)), **as_sv).stdout)
    assert (before["custody_limit"], before["custody_days"]) == (90, 40)
    assert before["stage"] == "screening"

    again = run("--json", "custody", "request", case_no, "--days", "5", "--reason", "more",
                **as_cw)
    assert again.returncode == 1  # one extension under the 2018 rule
    assert run("case", "advance", case_no, "--to", "programme", "--date", str(today),
               **as_cw).returncode == 0
    ended = json.loads(run("--json", "case", "show", case_no, **as_sv).stdout)
    assert (ended["custody_status"], ended["custody_end"], ended["custody_days"]) == (
        "ended", today.isoformat(), 40)
    assert ended["custody_days_left"] is None
    text = run("case", "show", case_no, **as_sv).stdout
    assert "days left" not in text and "ended" in text
    listed = run("case", "list", "--custody-status", "ok", "--json", **as_sv)
    assert json.loads(listed.stdout) == []
    held_then = json.loads(run("--json", "case", "list", "--as-of",
                               str(today - timedelta(days=1)), "--stage", "screening",
                               **as_sv).stdout)
    assert [r["case_no"] for r in held_then] == [case_no]
    assert run("custody", "extend", case_no, "--days", "10", "--reason", "late", "--date",
               str(today), **as_sv).returncode == 1
