"""Authentication and authorisation: lockout, the same answer (and time) for an unknown user
and a wrong password, the role x action matrix through the CLI (exit 4 and an audit row for
every denial), and a lawyer kept to the cases they represent."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from reliability_kit import PASSWORD, Cli, FileDb, as_user, open_services

from resettle.domain.roles import PERMISSIONS, Action, Role


def test_lockout_and_same_answer_for_unknown_user(file_db: FileDb, figure) -> None:
    from resettle.domain.errors import AuthenticationFailed

    s = open_services(file_db)
    admin = s.accounts.login("admin", "admin-password-1")  # type: ignore[attr-defined]
    s.accounts.add_user(admin, "mina", "caseworker", PASSWORD)  # type: ignore[attr-defined]

    def attempt(user: str, password: str) -> tuple[str, float]:
        started = time.perf_counter()
        try:
            s.accounts.login(user, password)  # type: ignore[attr-defined]
        except AuthenticationFailed as exc:
            return exc.message, time.perf_counter() - started
        return "ok", time.perf_counter() - started

    for _ in range(5):
        assert attempt("mina", "wrong-password-1")[0] != "ok"
    locked, _ = attempt("mina", PASSWORD)
    assert "locked" in locked
    s.accounts.unlock(admin, "mina")  # type: ignore[attr-defined]
    assert attempt("mina", PASSWORD)[0] == "ok"
    unknown, wrong = [], []
    for i in range(20):
        if i % 4 == 0:
            s.accounts.unlock(admin, "mina")  # type: ignore[attr-defined]
        unknown.append(attempt("nobody-here", "wrong-password-1"))
        wrong.append(attempt("mina", "wrong-password-1"))
    assert {m for m, _ in unknown} == {m for m, _ in wrong} and len({m for m, _ in wrong}) == 1
    mu, mw = (statistics.median(t for _, t in xs) for xs in (unknown, wrong))
    ratio = max(mu, mw) / min(mu, mw)
    assert ratio < 1.5, (mu, mw)
    s.close()  # type: ignore[attr-defined]
    figure(f"log-in: locked after 5 failures; unknown user vs wrong password: same message "
           f"'{wrong[0][0]}', median {mu * 1000:.0f} ms vs {mw * 1000:.0f} ms "
           f"(ratio {ratio:.2f}, 20 attempts each)")


# one CLI command per action that has one; {case}, {claim}, {file} filled in at run time
COMMANDS: dict[Action, tuple[str, ...]] = {
    Action.MANAGE_USERS: ("user", "add", "newbie", "--role", "lawyer", "--password-stdin"),
    Action.LIST_USERS: ("user", "list"),
    Action.READ_AUDIT: ("audit", "list"),
    Action.VERIFY_AUDIT: ("audit", "verify"),
    Action.BACKUP: ("backup", "{file}"),
    Action.RESTORE: ("restore", "{backup}"),
    Action.ROTATE_KEY: ("rekey",),
    Action.LOAD_DEMO: ("demo", "--cases", "1"),
    Action.VIEW_CASE: ("case", "show", "{case}"),
    Action.CREATE_CASE: ("intake", "import", "{csv}"),
    Action.ADVANCE_STAGE: ("case", "advance", "{case}", "--to", "screening", "--date",
                           "2025-05-02"),
    Action.APPROVE_EXTENSION: ("custody", "extend", "{case}", "--days", "10", "--reason", "r",
                               "--date", "2025-05-03"),
    Action.MANAGE_GROUPS: ("group", "advance", "G1", "--to", "screening", "--date",
                           "2025-05-02"),
    Action.ASSIGN_LAWYER: ("legal", "assign", "{case}", "--lawyer", "lawyer"),
    Action.ADD_NOTE: ("note", "add", "{case}", "--text", "matrix"),
    Action.WRITE_RESTRICTED_NOTES: ("note", "add", "{case}", "--text", "secret", "--restricted"),
    Action.VIEW_REWARDS: ("reward", "list", "{case}"),
    Action.CLAIM_REWARD: ("reward", "claim", "{case}", "--category", "goods", "--amount", "1000",
                          "--date", "2025-05-04"),
    Action.APPROVE_REWARD: ("reward", "approve", "{claim}"),
    Action.PRINT_REPORT: ("report", "case", "{case}", "-o", "{dir}"),
    Action.REVIEW_CUSTODY: ("report", "custody", "-o", "{dir}"),
    Action.VIEW_STATISTICS: ("report", "statistics", "-o", "{dir}"),
}
# Destructive or slow when allowed: only their denials are run.
DENIALS_ONLY = {Action.RESTORE, Action.ROTATE_KEY, Action.LOAD_DEMO, Action.BACKUP,
                Action.MANAGE_USERS}
# group advance is checked as ADVANCE_STAGE by the service (moving people, not editing groups)
CHECKED_AS = {Action.MANAGE_GROUPS: Action.ADVANCE_STAGE}


def _csv(tmp: Path, name: str, group: str = "") -> Path:
    from resettle.services.csv_intake import HEADER

    cells = dict.fromkeys(HEADER, "")
    cells.update(family_name="한", given_name=name, sex="M", arrival_date="2025-05-01",
                 group=group)
    path = tmp / f"{name}.csv"
    path.write_text(",".join(HEADER) + "\n" + ",".join(cells[h] for h in HEADER) + "\n")
    return path


def _denials(cli: Cli) -> int:
    rows = json.loads(cli.run("--json", "audit", "list", "--limit", "100000").stdout)
    return sum(r["action"] == "permission_denied" for r in rows)


def test_role_action_matrix(cli: Cli, tmp_path: Path, figure) -> None:
    cw = as_user("caseworker")
    case = cli.run("intake", "import", str(_csv(tmp_path, "일")), **cw).stdout.split()[0]
    assert cli.run("intake", "import", str(_csv(tmp_path, "이", "G1")), **cw).returncode == 0
    assert cli.run("legal", "assign", case, "--lawyer", "lawyer", **cw).returncode == 0
    claim = cli.run("--json", "reward", "claim", case, "--category", "goods", "--amount", "5000",
                    "--date", "2025-05-04", **cw)
    assert claim.returncode == 0, claim.stderr
    claim_id = str(json.loads(claim.stdout)["id"])
    backup = tmp_path / "matrix-backup.db"
    assert cli.run("backup", str(backup)).returncode == 0
    values = {"{case}": case, "{claim}": claim_id, "{dir}": str(tmp_path), "{backup}": str(backup),
              "{csv}": str(_csv(tmp_path, "삼"))}
    denied = allowed = 0
    rows_before = _denials(cli)
    problems = []
    for action, command in COMMANDS.items():
        for role in Role:
            ok = role in PERMISSIONS[CHECKED_AS.get(action, action)]
            if ok and action in DENIALS_ONLY:
                continue
            args = [values.get(a, a) for a in command]
            if "{file}" in args:
                args[args.index("{file}")] = str(tmp_path / f"b-{role.value}.db")
            r = cli.run(*args, stdin=PASSWORD + "\n", **as_user(role.value))
            if ok and r.returncode == 4:
                problems.append(f"{role.value} {action.value}: denied but allowed")
            if not ok:
                after = _denials(cli)
                if r.returncode != 4 or after != rows_before + 1:
                    problems.append(f"{role.value} {action.value}: exit {r.returncode}, "
                                    f"{after - rows_before} audit rows ({r.stderr.strip()})")
                rows_before = after
                denied += 1
            else:
                allowed += 1
    assert problems == [], "\n".join(problems)
    figure(f"role x action matrix: {len(COMMANDS)} actions x {len(Role)} roles through the CLI;"
           f" {denied} denials each exit 4 with one audit row, {allowed} allowed runs never "
           "denied")


def test_lawyer_cannot_reach_another_case(cli: Cli, tmp_path: Path, figure) -> None:
    cw = as_user("caseworker")
    mine = cli.run("intake", "import", str(_csv(tmp_path, "사")), **cw).stdout.split()[0]
    other = cli.run("intake", "import", str(_csv(tmp_path, "오", "G2")), **cw).stdout.split()[0]
    assert cli.run("legal", "assign", mine, "--lawyer", "lawyer", **cw).returncode == 0
    lw = as_user("lawyer")
    attempts = [
        ("case", "show", other), ("report", "case", other, "-o", str(tmp_path)),
        ("note", "add", other, "--text", "x"), ("legal", "assign", other, "--lawyer", "lawyer"),
        ("reward", "list", other), ("reward", "claim", other, "--category", "goods",
                                    "--amount", "1", "--date", "2025-05-04"),
        ("case", "advance", other, "--to", "screening", "--date", "2025-05-02"),
        ("custody", "extend", other, "--days", "1", "--reason", "r", "--date", "2025-05-02"),
    ]
    codes = []
    for args in attempts:
        r = cli.run(*args, **lw)
        assert r.returncode in (4, 5), (args, r.returncode, r.stdout)
        assert other not in r.stdout
        codes.append(r.returncode)
    listed = cli.run("--json", "case", "list", **lw)
    assert [c["case_no"] for c in json.loads(listed.stdout)] == [mine]
    group = cli.run("report", "group", "G2", "-o", str(tmp_path / "g.pdf"), **lw)
    if group.returncode == 0:
        from pypdf import PdfReader

        text = "".join(p.extract_text() for p in PdfReader(tmp_path / "g.pdf").pages)
        assert other not in text and "오" not in text
    assert cli.run("case", "show", mine, **lw).returncode == 0
    figure(f"lawyer scope: {len(attempts)} commands on another person's case all refused "
           f"(exit codes {sorted(set(codes))}); case list and group report show only their own")
