"""`cohort`, `programme`, `release place`, `followup`, `flag`, `group list|move-member`,
`group advance` skipping a member who left, closing by a supervisor before the end of
protection, and `reward` with its issue-13 rules, through the real command in a subprocess."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

PASSPHRASE = "cli passphrase 123"  # tests/cli/conftest.py

PASSWORD = "a-long-password-1"
HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,birth_place,"
          "occupation,arrival_date,route,travel_document,group,high_profile,notes")
ROWS = ["한,가람,Han,Ga-ram,F,1991,Hyesan,nurse,2025-01-06,,none,RW-2,no,",
        "한,나래,Han,Na-rae,F,1994,Hyesan,cook,2025-01-06,,none,RW-2,no,"]


def _attend_every_hour(data_dir: Path, case_no: str) -> None:
    """Four hundred hours are many commands: recorded through the service directly."""
    from resettle.services.installation import Location, log_in

    services, cw = log_in(Location(data_dir, None, None), "cw", PASSWORD, lambda: PASSPHRASE)
    try:
        day = date(2025, 2, 4)
        for module, hours in services.programme.cohort_view(cw, "C-1").required:
            left = hours
            while left > 0:
                step = min(left, 12.0)
                services.programme.record_attendance(cw, case_no, module, day, step)
                left, day = left - step, date.fromordinal(day.toordinal() + 1)
    finally:
        services.close()


def test_programme_release_followups_flags_groups(initialised, tmp_path, cli_env):
    run = initialised
    for name, role in [("cw", "caseworker"), ("sv", "supervisor")]:
        assert run("user", "add", name, "--role", role, "--password-stdin",
                   stdin=PASSWORD + "\n").returncode == 0
    cw = {"RESETTLE_USER": "cw", "RESETTLE_PASSWORD": PASSWORD}
    csv = tmp_path / "arrivals.csv"
    csv.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    imported = run("--json", "intake", "import", str(csv), **cw)
    assert imported.returncode == 0, imported.stderr
    first, second = (r["case_no"] for r in json.loads(imported.stdout))

    # groups: a member who has left is skipped by the group move, and the move says so
    assert run("case", "advance", second, "--to", "screening", "--date", "2025-01-06",
               **cw).returncode == 0
    assert run("case", "advance", second, "--to", "withdrawn", "--date", "2025-01-10",
               **cw).returncode == 0
    moved = run("group", "advance", "RW-2", "--to", "screening", "--date", "2025-01-06", **cw)
    assert moved.returncode == 0, moved.stderr
    assert "1 members moved" in moved.stdout and f"skipped {second}: withdrawn" in moved.stdout
    moved = run("group", "advance", "RW-2", "--to", "programme", "--date", "2025-02-03",
                "--json", **cw)
    assert json.loads(moved.stdout)["moved"] == [first]
    groups = run("group", "list", "--json", **cw)
    assert groups.returncode == 0, groups.stderr
    assert [(g["code"], g["members"], g["active"]) for g in json.loads(groups.stdout)] == [
        ("RW-2", 2, 1)]

    # cohorts and the programme
    assert run("cohort", "add", "c-1", "--start", "2025-02-03", **cw).returncode == 0
    bad = run("programme", "enrol", first, "--cohort", "C-1", "--date", "2099-01-01", **cw)
    assert bad.returncode == 1
    assert "2099-01-01" in bad.stderr  # the date typed is named, never changed
    enrolled = run("programme", "enrol", first, "--cohort", "C-1", "--date", "2025-02-03",
                   "--json", **cw)
    assert enrolled.returncode == 0, enrolled.stderr
    assert json.loads(enrolled.stdout)["cohort"]["code"] == "C-1"
    attended = run("programme", "attend", first, "--module", "society", "--date",
                   "2025-02-03", "--hours", "6", "--json", **cw)
    assert attended.returncode == 0, attended.stderr
    assert json.loads(attended.stdout)["total_hours"] == 6
    assert run("programme", "attend", first, "--module", "society", "--date", "2025-02-03",
               "--hours", "7", **cw).returncode == 1  # thirteen hours in one day
    incomplete = run("programme", "complete", first, "--date", "2025-05-02", **cw)
    assert incomplete.returncode == 1
    cohorts = run("cohort", "list", "--json", **cw)
    assert cohorts.returncode == 0, cohorts.stderr
    assert [(c["code"], c["start_date"], c["expected_end"], c["members"], c["completed"])
            for c in json.loads(cohorts.stdout)] == [("C-1", "2025-02-03", "2025-04-27", 1, 0)]

    # placement; release refused until the programme is completed
    for day, code in (("2099-01-01", 1), ("2025-01-05", 1)):  # future, before arrival
        refused = run("release", "place", first, "--type", "rental", "--region", "Incheon",
                      "--date", day, **cw)
        assert refused.returncode == code and day in refused.stderr
    placed = run("release", "place", first, "--type", "rental", "--region", "Incheon",
                 "--date", "2025-05-02", "--support-centre", "Incheon Hana Centre",
                 "--protection-officer", "Officer Yun", "--json", **cw)
    assert placed.returncode == 0, placed.stderr
    assert json.loads(placed.stdout)["placement_type"] == "rental_flat"
    early = run("case", "advance", first, "--to", "released", "--date", "2025-05-02", **cw)
    assert early.returncode == 1
    _attend_every_hour(Path(cli_env["RESETTLE_DATA_DIR"]), first)
    done = run("programme", "complete", first, "--date", "2025-04-27", "--json", **cw)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["completed_on"] == "2025-04-27"
    released = run("case", "advance", first, "--to", "released", "--date", "2025-05-02", **cw)
    assert released.returncode == 0, released.stderr

    # follow-up contacts
    added = run("followup", "add", first, "--date", "2025-05-09", "--kind", "call",
                "--note", "settling in", **cw)
    assert added.returncode == 0, added.stderr
    assert run("followup", "add", first, "--date", "2025-05-01", "--kind", "visit",
               **cw).returncode == 1  # before the release
    listed = run("followup", "list", first, "--json", **cw)
    assert listed.returncode == 0, listed.stderr
    view = json.loads(listed.stdout)
    assert [(c["kind"], c["notes"]) for c in view["contacts"]] == [("call", "settling in")]
    assert view["schedule"][0] == {"scheduled": "2025-05-09", "state": "done",
                                   "done_on": "2025-05-09"}

    # risk flags
    raised = run("flag", "raise", first, "address_exposed", "--date", "2025-06-01",
                 "--reason", "address posted online", **cw)
    assert raised.returncode == 0, raised.stderr
    cleared = run("flag", "clear", first, "address_exposed", "--date", "2025-06-20",
                  "--reason", "moved to a new flat", **cw)
    assert cleared.returncode == 0, cleared.stderr
    flags = json.loads(run("flag", "list", first, "--json", **cw).stdout)
    assert [(f["flag"], f["raised_on"], f["cleared_on"]) for f in flags] == [
        ("address_exposed", "2025-06-01", "2025-06-20")]

    # closing: before the end of protection only a supervisor, with a reason
    sv = {"RESETTLE_USER": "sv", "RESETTLE_PASSWORD": PASSWORD}
    early_close = run("case", "advance", first, "--to", "closed", "--date", "2025-07-01", **cw)
    assert early_close.returncode == 1 and "supervisor" in early_close.stderr
    closed = run("case", "advance", first, "--to", "closed", "--date", "2025-07-01",
                 "--reason", "moved to live with her sister abroad", **sv)
    assert closed.returncode == 0, closed.stderr
    shown = json.loads(run("case", "show", first, "--json", **cw).stdout)
    assert (shown["stage"], shown["stage_date"]) == ("closed", "2025-07-01")

    # a change of group is explicit
    assert run("group", "move-member", second, "--to", "NOPE", "--reason", "x",
               **cw).returncode == 5


def test_reward_rules_on_the_command_line(initialised, tmp_path):
    run = initialised
    for name, role in [("cw", "caseworker"), ("sv", "supervisor")]:
        assert run("user", "add", name, "--role", role, "--password-stdin",
                   stdin=PASSWORD + "\n").returncode == 0
    cw = {"RESETTLE_USER": "cw", "RESETTLE_PASSWORD": PASSWORD}
    sv = {"RESETTLE_USER": "sv", "RESETTLE_PASSWORD": PASSWORD}
    csv = tmp_path / "arrivals.csv"
    csv.write_text(HEADER + "\n" + ROWS[0].replace("RW-2", "") + "\n", encoding="utf-8")
    case_no = json.loads(run("--json", "intake", "import", str(csv), **cw).stdout)[0]["case_no"]
    claim = ("reward", "claim", case_no, "--category", "small_arms", "--amount", "3,000,000",
             "--date", "2025-02-01")
    first = run(*claim, "--json", **cw)
    assert first.returncode == 0, first.stderr
    first_id = str(json.loads(first.stdout)["id"])
    duplicate = run(*claim, **cw)
    assert duplicate.returncode == 1 and first_id in duplicate.stderr
    second = run(*claim, "--confirm-duplicate", "a second rifle the same day", "--json", **cw)
    assert second.returncode == 0, second.stderr
    second_id = str(json.loads(second.stdout)["id"])
    assert run("reward", "assess", first_id, "--amount", "2500000", **cw).returncode == 0
    approved = run("reward", "approve", first_id, "--date", "2025-03-01", **sv)
    assert approved.returncode == 0, approved.stderr
    assert run("reward", "pay", first_id, "--date", "2025-03-05", **sv).returncode == 1
    assert run("reward", "pay", first_id, "--date", "2025-03-05", **cw).returncode == 0
    assert run("reward", "reject", second_id, "--reason", "  ", **sv).returncode == 1
    rejected = run("reward", "reject", second_id, "--reason", "the same rifle", "--json", **sv)
    assert rejected.returncode == 0, rejected.stderr
    assert json.loads(rejected.stdout)["status"] == "rejected"
    listed = run("reward", "list", case_no, **cw)
    assert listed.returncode == 0, listed.stderr
    header, paid_row = listed.stdout.splitlines()[:2]
    assert "assessed" in header and "2,500,000" in paid_row and "3,000,000" in paid_row
