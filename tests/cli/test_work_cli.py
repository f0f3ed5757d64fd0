"""`resettle work list|done|snooze|reassign|ical|print` through the real command."""

from __future__ import annotations

import json
from datetime import date, timedelta

from icalendar import Calendar

PASSWORD = "a-long-password-1"
HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,birth_place,"
          "occupation,arrival_date,route,travel_document,group,high_profile,notes")


def test_work_commands(initialised, tmp_path):
    run = initialised
    for name, role in [("cw", "caseworker"), ("cw2", "caseworker"), ("sv", "supervisor")]:
        assert run("user", "add", name, "--role", role, "--password-stdin",
                   stdin=PASSWORD + "\n").returncode == 0
    cw = {"RESETTLE_USER": "cw", "RESETTLE_PASSWORD": PASSWORD}
    today = date.today()
    arrival = today - timedelta(days=80)  # the 90-day limit's last day is in 9 days
    csv = tmp_path / "arrivals.csv"
    csv.write_text(f"{HEADER}\n문,가은,Mun,Ga-eun,F,1993,Hyesan,cook,{arrival},,none,,no,\n",
                   encoding="utf-8")
    imported = run("--json", "intake", "import", str(csv), **cw)
    assert imported.returncode == 0, imported.stderr
    case_no = json.loads(imported.stdout)[0]["case_no"]
    # (a case still at intake has no custody columns until its first move: see the report)
    assert run("case", "advance", case_no, "--to", "screening", "--date", arrival.isoformat(),
               **cw).returncode == 0

    listed = run("work", "list", "--json", **cw)
    assert listed.returncode == 0, listed.stderr
    items = json.loads(listed.stdout)
    limit = next(i for i in items if i["kind"] == "custody_limit")
    assert limit["case_no"] == case_no and limit["status"] == "due"
    assert limit["due"] == (arrival + timedelta(days=89)).isoformat()
    assert {"case_no", "kind", "due", "status", "id"} <= set(limit)
    assert json.loads(run("work", "list", "--overdue", "--json", **cw).stdout) == []
    later = (today + timedelta(days=15)).isoformat()
    overdue = json.loads(run("work", "list", "--as-of", later, "--overdue", "--json",
                             **cw).stdout)
    assert [i["kind"] for i in overdue if i["case_no"] == case_no] == ["custody_limit",
                                                                       "extension_request"]
    text = run("work", "list", **cw)
    assert case_no in text.stdout and "Custody limit" in text.stdout
    ko = run("work", "list", LANG="ko_KR.UTF-8", **cw)
    assert "조사·임시보호 기간 한도" in ko.stdout

    # snooze: refused for today (exit 1, the field named), then until tomorrow
    bad = run("work", "snooze", limit["id"], "--until", today.isoformat(), "--reason", "x", **cw)
    assert bad.returncode == 1 and "today" in bad.stderr
    ok = run("work", "snooze", limit["id"], "--until", (today + timedelta(days=1)).isoformat(),
             "--reason", "council meets tomorrow", "--json", **cw)
    assert ok.returncode == 0, ok.stderr and json.loads(ok.stdout)["status"] == "snoozed"
    assert limit["id"] not in {i["id"] for i in json.loads(run("work", "list", "--json",
                                                                **cw).stdout)}
    request = next(i for i in items if i["kind"] == "extension_request")
    moved = run("work", "reassign", request["id"], "--to", "cw2", "--reason", "on leave", **cw)
    assert moved.returncode == 0, moved.stderr
    cw2 = {"RESETTLE_USER": "cw2", "RESETTLE_PASSWORD": PASSWORD}
    assert request["id"] in {i["id"] for i in json.loads(run("work", "list", "--json",
                                                              **cw2).stdout)}
    done = run("work", "done", request["id"], "--reason", "asked by telephone", "--json", **cw2)
    assert done.returncode == 0 and json.loads(done.stdout)["status"] == "done"
    missing = run("work", "done", "R-2020-99999:hearing:2026-01-01:1", "--reason", "x", **cw)
    assert missing.returncode == 5
    malformed = run("work", "done", "nonsense", "--reason", "x", **cw)
    assert malformed.returncode == 1 and "item" in malformed.stderr.lower()

    # iCalendar: case number and kind, never a name
    out = tmp_path / "work.ics"
    assert run("work", "ical", "-o", str(out), **cw).returncode == 0
    cal = Calendar.from_ical(out.read_bytes())
    summaries = [str(e["summary"]) for e in cal.walk("VEVENT")]
    assert summaries and all(case_no in s for s in summaries)
    raw = out.read_text(encoding="utf-8")
    for word in ("문", "가은", "Mun", "Ga-eun"):
        assert word not in raw

    # the printed worklist; the office's is for supervisors only
    pdf = tmp_path / "work.pdf"
    assert run("work", "print", "-o", str(pdf), **cw).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    denied = run("work", "print", "--office", "-o", str(tmp_path / "x.pdf"), **cw)
    assert denied.returncode == 4
    sv = {"RESETTLE_USER": "sv", "RESETTLE_PASSWORD": PASSWORD}
    assert run("work", "print", "--office", "-o", str(tmp_path / "o.pdf"), **sv).returncode == 0
    tomorrow = (today + timedelta(days=1)).isoformat()  # the snooze has ended
    sv_items = json.loads(run("work", "list", "--for", "cw", "--as-of", tomorrow, "--json",
                              **sv).stdout)
    assert any(i["case_no"] == case_no for i in sv_items)
