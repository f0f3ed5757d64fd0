"""Issue 12/13 through the real command: relatives, hearings (attendance, outcome), powers of
attorney, dated ending of representation, protection decisions; a lawyer probing case
numbers gets one answer; a relative's lawyer prints the legal part only."""

from __future__ import annotations

import json
import subprocess

PASSWORD = "a-long-password-1"
HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,birth_place,"
          "occupation,arrival_date,route,travel_document,group,high_profile,notes")


def test_legal_family_hearing_and_protection_commands(initialised, tmp_path):
    run = initialised
    for name, role in [("cw", "caseworker"), ("sv", "supervisor"), ("lw", "lawyer")]:
        assert run("user", "add", name, "--role", role, "--password-stdin",
                   stdin=PASSWORD + "\n").returncode == 0
    cw = {"RESETTLE_USER": "cw", "RESETTLE_PASSWORD": PASSWORD}
    sv = {"RESETTLE_USER": "sv", "RESETTLE_PASSWORD": PASSWORD}
    lw = {"RESETTLE_USER": "lw", "RESETTLE_PASSWORD": PASSWORD}
    csv = tmp_path / "arrivals.csv"
    csv.write_text(HEADER + "\n한,가람,Han,Ga-ram,F,1991,Hyesan,nurse,2024-01-10,,none,,yes,\n"
                   "오,나래,O,Na-rae,F,1993,Hyesan,,2024-01-11,,none,,no,\n", encoding="utf-8")
    imported = run("--json", "intake", "import", str(csv), **cw)
    assert imported.returncode == 0, imported.stderr
    mine, other = (c["case_no"] for c in json.loads(imported.stdout))

    rel = run("relative", "add", mine, "--relation", "mother", "--family-name", "한",
              "--given-name", "영숙", "--in-north", "--json", **cw)
    assert rel.returncode == 0, rel.stderr
    assert json.loads(rel.stdout)["location"] == "north"
    assert run("relative", "add", mine, "--relation", "sibling", "--family-name", "한",
               "--given-name", "별", **cw).returncode == 0
    listed = json.loads(run("--json", "relative", "list", mine, **cw).stdout)
    assert [r["location"] for r in listed] == ["north", "unknown"]

    early = run("legal", "assign", mine, "--lawyer", "lw", "--on-behalf-of", "한 영숙",
                "--poa-date", "2023-12-01", **cw)
    assert early.returncode == 1 and early.stdout == ""  # before arrival: refused
    assert run("legal", "assign", mine, "--lawyer", "lw", "--on-behalf-of", "한 영숙",
               "--poa-date", "2024-02-01", **cw).returncode == 0
    reps = json.loads(run("--json", "legal", "list", mine, **cw).stdout)
    assert reps[0]["since"] == "2024-02-01"

    hearing = run("--json", "hearing", "add", mine, "--court", "Seoul Central District Court",
                  "--date", "2024-03-05", "--closed", "--attended", "no", **cw)
    assert hearing.returncode == 0, hearing.stderr
    h = json.loads(hearing.stdout)
    assert (h["closed_session"], h["attended"]) == (True, "no")
    assert run("hearing", "outcome", str(h["id"]), "--text", "adjourned", **cw).returncode == 0
    assert json.loads(run("--json", "hearing", "list", mine, **lw).stdout)[0]["outcome"] == \
        "adjourned"

    assert run("protection", "apply", mine, "--date", "2024-01-10", **cw).returncode == 0
    done = run("--json", "protection", "investigated", mine, "--date", "2024-03-01", **cw)
    assert json.loads(done.stdout)["decision_due"] == "2024-03-31"
    assert run("protection", "decide", mine, "--refuse", "--ground", "late_application",
               "--date", "2024-03-20", **sv).returncode == 1
    assert run("protection", "decide", mine, "--grant", "--date", "2024-03-20",
               **sv).returncode == 0
    [app] = json.loads(run("--json", "protection", "list", mine, **lw).stdout)
    assert (app["decision"], app["late_decision"]) == ("granted", False)

    # A lawyer probing: someone else's case and a case that does not exist, one answer.
    probes = [run("case", "show", no, **lw) for no in (other, "R-2024-99999")]
    assert {p.returncode for p in probes} == {4}
    assert probes[0].stderr == probes[1].stderr and probes[0].stdout == probes[1].stdout == ""
    # The relative's lawyer: no relatives, the summary is the legal part only.
    assert run("relative", "list", mine, **lw).returncode == 4
    out = tmp_path / "summary.pdf"
    printed = run("report", "case", mine, "-o", str(out), **lw)
    assert printed.returncode == 0, printed.stderr
    pdf = next(tmp_path.glob("**/*.pdf")) if not out.is_file() else out
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    text = " ".join(text.split())
    assert "법률 관련 부분" in text and "legal part only" in text
    assert "한별" not in text and "Seoul Central District Court" in text

    assert run("legal", "end", mine, "--lawyer", "lw", "--date", "2024-01-31",
               **cw).returncode == 1  # before the power of attorney
    ended = run("--json", "legal", "end", mine, "--lawyer", "lw", "--date", "2024-04-01", **cw)
    assert json.loads(ended.stdout)["ended_on"] == "2024-04-01"
    assert run("case", "show", mine, **lw).returncode == 4
