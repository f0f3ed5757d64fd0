"""`legal assign`, `note add` and `reward claim|assess|approve` end to end through the CLI."""

from __future__ import annotations

import json

PASSWORD = "a-long-password-1"
HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,birth_place,"
          "occupation,arrival_date,route,travel_document,group,high_profile,notes")


def test_legal_notes_and_rewards(initialised, tmp_path):
    run = initialised
    for name, role in [("cw", "caseworker"), ("sv", "supervisor"), ("lw", "lawyer")]:
        assert run("user", "add", name, "--role", role, "--password-stdin",
                   stdin=PASSWORD + "\n").returncode == 0
    as_cw = {"RESETTLE_USER": "cw", "RESETTLE_PASSWORD": PASSWORD}
    as_sv = {"RESETTLE_USER": "sv", "RESETTLE_PASSWORD": PASSWORD}
    csv = tmp_path / "arrivals.csv"
    csv.write_text(HEADER + "\n한,가람,Han,Ga-ram,F,1991,Hyesan,nurse,2024-01-10,,none,,no,\n",
                   encoding="utf-8")
    imported = run("--json", "intake", "import", str(csv), **as_cw)
    assert imported.returncode == 0, imported.stderr
    case_no = json.loads(imported.stdout)[0]["case_no"]

    bad = run("legal", "assign", case_no, "--lawyer", "lw", "--poa-date", "2024-13-01", **as_cw)
    assert bad.returncode == 1 and "power of attorney" in bad.stderr
    assigned = run("--json", "legal", "assign", case_no, "--lawyer", "lw", "--on-behalf-of",
                   "한 영숙", "--poa-date", "2024-02-01", **as_cw)
    assert assigned.returncode == 0, assigned.stderr
    rep = json.loads(assigned.stdout)
    assert rep["lawyer"] == "lw" and rep["powers_of_attorney"][0]["granted_on"] == "2024-02-01"

    note = run("--json", "note", "add", case_no, "--text", "Hearing papers received.", **as_cw)
    assert note.returncode == 0 and json.loads(note.stdout)["restricted"] is False
    denied = run("note", "add", case_no, "--text", "x", "--restricted", **as_cw)
    assert denied.returncode == 4

    over = run("reward", "claim", case_no, "--category", "small_arms", "--amount", "50,000,001",
               "--date", "2024-03-01", **as_cw)
    assert over.returncode == 1 and "50,000,000 won" in over.stderr
    claimed = run("--json", "reward", "claim", case_no, "--category", "small_arms", "--amount",
                  "50,000,000", "--date", "2024-03-01", **as_cw)
    assert claimed.returncode == 0, claimed.stderr
    claim_id = str(json.loads(claimed.stdout)["id"])
    assert run("reward", "assess", claim_id, "--amount", "40000000", **as_cw).returncode == 0
    assert run("reward", "approve", claim_id, **as_cw).returncode == 4
    approved = run("--json", "reward", "approve", claim_id, "--date", "2024-04-01", **as_sv)
    assert approved.returncode == 0, approved.stderr
    assert json.loads(approved.stdout)["status"] == "approved"
