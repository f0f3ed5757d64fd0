"""Commands that give a face to the last service calls without one (issue 12): `group add`,
`group add-member`, `screening add|list`, `attachment list`, `flag alerts`, and the
correction of any recorded fact, `record void|voided`, through the real command."""

from __future__ import annotations

import json

PASSWORD = "a-long-password-1"
HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,birth_place,"
          "occupation,arrival_date,route,travel_document,group,high_profile,notes")
ROWS = ["문,가은,Mun,Ga-eun,F,1992,Hoeryong,teacher,2026-01-06,,none,,no,",
        "문,나은,Mun,Na-eun,F,1995,Hoeryong,cook,2026-01-06,,none,,no,"]


def test_groups_screening_attachments_alerts_and_voids(initialised, tmp_path):
    run = initialised
    for name, role in [("cw", "caseworker"), ("sv", "supervisor"), ("lw", "lawyer")]:
        assert run("user", "add", name, "--role", role, "--password-stdin",
                   stdin=PASSWORD + "\n").returncode == 0
    cw = {"RESETTLE_USER": "cw", "RESETTLE_PASSWORD": PASSWORD}
    sv = {"RESETTLE_USER": "sv", "RESETTLE_PASSWORD": PASSWORD}
    lw = {"RESETTLE_USER": "lw", "RESETTLE_PASSWORD": PASSWORD}
    csv = tmp_path / "arrivals.csv"
    csv.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    imported = run("--json", "intake", "import", str(csv), **cw)
    assert imported.returncode == 0, imported.stderr
    first, second = (r["case_no"] for r in json.loads(imported.stdout))

    # a family made and its members added; a duplicate code is refused naming the field
    made = run("group", "add", "mun-1", "--kind", "family", "--arrival", "2026-01-06", **cw)
    assert made.returncode == 0, made.stderr
    again = run("group", "add", "MUN-1", **cw)
    assert again.returncode == 1 and "Code" in again.stderr
    for case_no in (first, second):
        assert run("group", "add-member", "MUN-1", case_no, **cw).returncode == 0
    listed = json.loads(run("group", "list", "--json", **cw).stdout)
    assert [(g["code"], g["kind"], g["members"]) for g in listed] == [("MUN-1", "family", 2)]
    assert run("group", "add", "MUN-2", **cw).returncode == 0
    moved = run("group", "add-member", "MUN-2", first, **cw)
    assert moved.returncode == 1 and "already a member" in moved.stderr

    # screening: recorded and read by a supervisor; a lawyer never
    added = run("screening", "add", first, "--date", "2026-01-20", "--outcome", "cleared",
                "--summary", "Identity confirmed.", **sv)
    assert added.returncode == 0, added.stderr
    records = json.loads(run("screening", "list", first, "--json", **sv).stdout)
    assert [(r["interviewed_on"], r["outcome"]) for r in records] == [("2026-01-20", "cleared")]
    assert run("legal", "assign", first, "--lawyer", "lw", **cw).returncode == 0
    assert run("screening", "list", first, **lw).returncode == 4
    future = run("screening", "add", first, "--date", "2099-01-01", "--outcome", "cleared",
                 "--summary", "x", **sv)
    assert future.returncode == 1 and "Interview date" in future.stderr

    # attachments: listed (none yet), JSON too
    assert json.loads(run("attachment", "list", first, "--json", **cw).stdout) == []

    # alerts: a suicide-risk flag shows in the supervisor's alerts; a caseworker may not ask
    raised = run("flag", "raise", second, "suicide_risk", "--date", "2026-01-21",
                 "--reason", "Said she sees no way forward.", **cw)
    assert raised.returncode == 0, raised.stderr
    alerts = json.loads(run("flag", "alerts", "--json", **sv).stdout)
    assert [(a["case_no"], a["flag"]) for a in alerts] == [(second, "suicide_risk")]
    assert run("flag", "alerts", **cw).returncode == 4

    # a supervisor voids a wrong hearing; it stays, listed as voided with who and why
    hearing = run("--json", "hearing", "add", first, "--court", "Seoul Central Court",
                  "--date", "2026-02-02", **cw)
    assert hearing.returncode == 0, hearing.stderr
    hearing_id = json.loads(hearing.stdout)["id"]
    assert run("record", "void", "hearing", str(hearing_id), "--reason", "wrong case",
               **cw).returncode == 4
    blank = run("record", "void", "hearing", str(hearing_id), "--reason", " ", **sv)
    assert blank.returncode == 1 and "reason" in blank.stderr.lower()
    voided = run("record", "void", "hearing", str(hearing_id), "--reason", "wrong case", **sv)
    assert voided.returncode == 0, voided.stderr
    assert "Seoul Central Court" in voided.stdout
    assert run("record", "void", "hearing", str(hearing_id), "--reason", "again",
               **sv).returncode == 1
    listed = json.loads(run("record", "voided", first, "--json", **cw).stdout)
    assert [(v["entity"], v["record_id"], v["reason"], v["voided_by"]) for v in listed] == [
        ("hearing", hearing_id, "wrong case", "sv")]
    hearings = json.loads(run("hearing", "list", first, "--json", **cw).stdout)
    assert [h["id"] for h in hearings] == [hearing_id]  # the original stays
