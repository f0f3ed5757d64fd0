"""The CLI core: common options before or after the command word, `note list`,
`case correct`, `user edit`, demo data kept apart from real data, and the user's language."""

from __future__ import annotations

import json
from pathlib import Path

from resettle.services.csv_intake import HEADER

PASSWORD = "a-long-password-1"
CW = {"RESETTLE_USER": "cw", "RESETTLE_PASSWORD": PASSWORD}
SV = {"RESETTLE_USER": "sv", "RESETTLE_PASSWORD": PASSWORD}


def _users(run) -> None:
    for name, role in [("cw", "caseworker"), ("sv", "supervisor")]:
        added = run("user", "add", name, "--role", role, "--password-stdin",
                    stdin=PASSWORD + "\n")
        assert added.returncode == 0, added.stderr


def _real_case(run, tmp_path: Path, given: str = "가람") -> str:
    cells = dict.fromkeys(HEADER, "")
    cells.update(family_name="한", given_name=given, sex="F", birth_date="1991",
                 arrival_date="2024-01-10", travel_document="none", high_profile="no")
    csv = tmp_path / f"{given}.csv"
    csv.write_text(",".join(HEADER) + "\n" + ",".join(cells[h] for h in HEADER) + "\n",
                   encoding="utf-8")
    imported = run("--json", "intake", "import", str(csv), **CW)
    assert imported.returncode == 0, imported.stderr
    return str(json.loads(imported.stdout)[0]["case_no"])


def test_common_options_before_or_after_the_command(initialised, cli_env, tmp_path) -> None:
    run = initialised
    _users(run)
    case_no = _real_case(run, tmp_path)
    before = run("--json", "case", "show", case_no)
    after = run("case", "show", case_no, "--json")
    assert before.returncode == after.returncode == 0, after.stderr
    assert json.loads(before.stdout) == json.loads(after.stdout)
    assert json.loads(run("user", "list", "--json").stdout) == \
        json.loads(run("--json", "user", "list").stdout)
    as_cw = run("case", "list", "--json", "--user", "cw", RESETTLE_USER="admin",
                RESETTLE_PASSWORD=PASSWORD)
    assert as_cw.returncode == 0, as_cw.stderr  # --user after the command: cw's password works
    data = cli_env["RESETTLE_DATA_DIR"]
    elsewhere = run("db", "current", "--data-dir", str(tmp_path / "nothing-here"))
    assert elsewhere.returncode == 3  # --data-dir after the command is honoured
    assert run("db", "current", "--data-dir", data).returncode == 0
    for listing in (["case", "list"], ["user", "list"], ["audit", "list"],
                    ["note", "list", case_no]):
        out = run(*listing, "--json", **SV)
        assert out.returncode == 0, (listing, out.stderr)
        assert isinstance(json.loads(out.stdout), list), listing


def test_note_list_hides_restricted_notes_from_caseworkers(initialised, tmp_path) -> None:
    run = initialised
    _users(run)
    case_no = _real_case(run, tmp_path)
    assert run("note", "add", case_no, "--text", "첫 면담 완료", **CW).returncode == 0
    assert run("note", "add", case_no, "--text", "supervisor only", "--restricted",
               **SV).returncode == 0
    seen = json.loads(run("note", "list", case_no, "--json", **SV).stdout)
    assert [(n["text"], n["restricted"], n["recorded_by"]) for n in seen] == [
        ("첫 면담 완료", False, "cw"), ("supervisor only", True, "sv")]
    text = run("note", "list", case_no, **CW)
    assert text.returncode == 0 and "첫 면담 완료" in text.stdout
    assert "supervisor only" not in text.stdout
    assert run("note", "list", "R-1999-99999", **CW).returncode == 5


def test_case_correct_voids_the_latest_stage_change(initialised, tmp_path) -> None:
    run = initialised
    _users(run)
    case_no = _real_case(run, tmp_path)
    moved = run("case", "advance", case_no, "--to", "screening", "--date", "2024-01-11", **CW)
    assert moved.returncode == 0, moved.stderr
    assert run("case", "correct", case_no, "--reason", "wrong case", **CW).returncode == 4
    assert run("case", "correct", case_no, **SV).returncode == 2  # --reason is required
    fixed = run("case", "correct", case_no, "--reason", "entered on the wrong case", "--json",
                **SV)
    assert fixed.returncode == 0, fixed.stderr
    assert json.loads(fixed.stdout)["stage"] == "intake"
    shown = json.loads(run("--json", "case", "show", case_no, **SV).stdout)
    assert shown["stage"] == "intake"
    assert [e["voided"] for e in shown["events"] if e["to"] == "screening"] == [True]
    again = run("case", "correct", case_no, "--reason", "nothing left", **SV)
    assert again.returncode == 1  # only the arrival is left: nothing to correct


def test_user_edit(initialised) -> None:
    run = initialised
    _users(run)
    edited = run("user", "edit", "cw", "--role", "supervisor", "--display-name", "박 주임",
                 "--json")
    assert edited.returncode == 0, edited.stderr
    info = json.loads(edited.stdout)
    assert (info["role"], info["display_name"]) == ("supervisor", "박 주임")
    audit = json.loads(run("--json", "audit", "list", "--limit", "5").stdout)
    assert any(e["action"] == "update" and e["entity"] == "user" for e in audit)
    assert run("user", "edit", "cw").returncode == 2  # nothing to change
    assert run("user", "edit", "cw", "--role", "janitor").returncode == 2
    assert run("user", "edit", "sv", "--role", "lawyer", **SV).returncode == 4
    assert run("user", "edit", "ghost", "--role", "lawyer").returncode == 5
    last = run("user", "edit", "admin", "--role", "supervisor")
    assert last.returncode == 1 and "last active administrator" in last.stderr
    assert run("user", "edit", "sv", "--role", "admin").returncode == 0
    assert run("user", "edit", "admin", "--role", "supervisor").returncode == 0


def test_demo_refuses_a_database_with_real_cases(initialised, tmp_path) -> None:
    run = initialised
    _users(run)
    case_no = _real_case(run, tmp_path)
    refused = run("demo", "--cases", "20")
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "1 real case" in lines[0], refused.stderr
    listed = json.loads(run("--json", "case", "list", **SV).stdout)
    assert [c["case_no"] for c in listed] == [case_no]
    users = {u["username"] for u in json.loads(run("--json", "user", "list").stdout)}
    assert not any(u.startswith("demo-") for u in users)


def _demo_passwords(stdout: str) -> dict[str, str]:
    rows = [line.split() for line in stdout.splitlines() if line.startswith("demo-")]
    return {r[0]: r[-1] for r in rows}


def test_demo_passwords_are_random_and_remove_keeps_real_data(initialised, tmp_path) -> None:
    run = initialised
    first = run("demo", "--cases", "40")
    assert first.returncode == 0, first.stderr
    passwords = _demo_passwords(first.stdout)
    assert len(passwords) == 21 and len(set(passwords.values())) == 21
    assert "demo-password-1" not in first.stdout
    shown = run("case", "list", "--limit", "1", RESETTLE_USER="demo-supervisor-01",
                RESETTLE_PASSWORD=passwords["demo-supervisor-01"])
    assert shown.returncode == 0, shown.stderr
    second = run("demo", "--cases", "5", "--seed", "2")  # only demo data so far: allowed
    assert second.returncode == 0 and _demo_passwords(second.stdout) == {}  # shown once only
    _users(run)
    real = _real_case(run, tmp_path)
    assert run("note", "add", real, "--text", "real note", **CW).returncode == 0
    removed = run("demo", "--remove", "--json")
    assert removed.returncode == 0, removed.stderr
    summary = json.loads(removed.stdout)
    # demo-supervisor-01 logged in: the audit log names it, so it stays, disabled
    assert (summary["cases"], summary["accounts"], summary["kept_accounts"]) == (
        45, 20, ["demo-supervisor-01"])
    listed = json.loads(run("--json", "case", "list", **SV).stdout)
    assert [c["case_no"] for c in listed] == [real]
    notes = json.loads(run("--json", "note", "list", real, **SV).stdout)
    assert [n["text"] for n in notes] == ["real note"]
    users = {u["username"]: u["active"] for u in json.loads(run("--json", "user", "list").stdout)}
    assert users == {"admin": True, "cw": True, "sv": True, "demo-supervisor-01": False}
    assert run("audit", "verify").returncode == 0
    # a fresh load after removal: new random passwords
    assert run("demo", "--cases", "3").returncode == 1  # the real case is still there
    fresh = tmp_path / "fresh"
    again = run("demo", "--cases", "3", RESETTLE_DATA_DIR=str(fresh)) if \
        run("init", "--admin", "admin", RESETTLE_DATA_DIR=str(fresh)).returncode == 0 else None
    assert again is not None and again.returncode == 0, again and again.stderr
    other = _demo_passwords(again.stdout)
    assert other.keys() == passwords.keys()
    assert not set(other.values()) & set(passwords.values())


def test_errors_in_korean_under_a_korean_locale(initialised) -> None:
    run = initialised
    _users(run)
    ko = run("--user", "cw", "case", "show", "R-NOPE", LANG="ko_KR.UTF-8",
             RESETTLE_PASSWORD=PASSWORD)
    assert ko.returncode == 5
    assert ko.stderr.strip() == "resettle: 사례 R-NOPE을(를) 찾을 수 없습니다."
    en = run("--user", "cw", "case", "show", "R-NOPE", RESETTLE_PASSWORD=PASSWORD)
    assert en.returncode == 5 and en.stderr.strip() == "resettle: Not found: case R-NOPE."
    # before any log-in, the locale alone decides
    wrong = run("user", "list", RESETTLE_PASSWORD="nope-nope-nope", LC_ALL="ko_KR.UTF-8")
    assert wrong.returncode == 3 and "비밀번호" in wrong.stderr
    short = run("user", "add", "jun", "--role", "lawyer", "--password-stdin", stdin="short\n",
                LANG="ko_KR.UTF-8")
    assert short.returncode == 1 and short.stderr.strip() == \
        "resettle: 비밀번호: 12자 이상이어야 합니다."


def test_account_language_decides_without_a_locale(initialised) -> None:
    run = initialised
    _users(run)  # accounts are Korean unless their user chose English
    for no_locale in ({"LANG": ""}, {"LANG": "C.UTF-8"}, {"LANG": "POSIX"}):
        r = run("case", "show", "R-NOPE", **CW, **no_locale)
        assert r.returncode == 5 and "찾을 수 없습니다" in r.stderr, (no_locale, r.stderr)
    english_terminal = run("case", "show", "R-NOPE", LANG="en_GB.UTF-8", **CW)
    assert "Not found" in english_terminal.stderr
