"""Issue 12: every listing command takes `--json` (before or after the command word) and then
prints JSON. The listings are found in the parser, so a new one is checked too."""

from __future__ import annotations

import argparse
import json

from resettle.cli.main import build_parser

PASSWORD = "a-long-password-1"
HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,birth_place,"
          "occupation,arrival_date,route,travel_document,group,high_profile,notes")
LISTING_WORDS = {"list", "pending", "alerts", "voided", "rules", "backups", "disclosures",
                 "show", "current", "head"}


def listings() -> list[tuple[list[str], list[str]]]:
    """(command words, positional argument names) of every listing command."""
    found: list[tuple[list[str], list[str]]] = []

    def walk(parser: argparse.ArgumentParser, words: list[str]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            if words[-1] in LISTING_WORDS:
                found.append((words, [a.dest for a in parser._actions
                                      if not a.option_strings]))
            return
        for name, child in subs[0].choices.items():
            walk(child, [*words, name])

    walk(build_parser(), [])
    return found


def test_the_scan_finds_the_listings() -> None:
    words = [" ".join(w) for w, _ in listings()]
    for expected in ("note list", "custody pending", "cohort list", "flag alerts",
                     "record voided", "hearing list", "followup list", "user list"):
        assert expected in words


def test_every_listing_prints_json(initialised, tmp_path):
    run = initialised
    assert run("user", "add", "sv", "--role", "supervisor", "--password-stdin",
               stdin=PASSWORD + "\n").returncode == 0
    csv = tmp_path / "arrivals.csv"
    csv.write_text(HEADER + "\n한,가람,Han,Ga-ram,F,1991,Hyesan,nurse,2026-01-06,,none,G-1,no,\n",
                   encoding="utf-8")
    sv = {"RESETTLE_USER": "sv", "RESETTLE_PASSWORD": PASSWORD}
    imported = run("--json", "intake", "import", str(csv), **sv)
    assert imported.returncode == 0, imported.stderr
    case_no = json.loads(imported.stdout)[0]["case_no"]
    admin_only = {"user", "audit", "retention", "db"}
    failures = []
    for words, positionals in listings():
        values = {"case_no": case_no}
        if any(p not in values for p in positionals):
            failures.append(f"{' '.join(words)}: no value for {positionals}")
            continue
        env = {} if words[0] in admin_only else sv
        args = [*words, *(values[p] for p in positionals)]
        for form in (["--json", *args], [*args, "--json"]):
            out = run(*form, **env)
            if out.returncode in (1, 4, 5) and not out.stdout and out.stderr:
                continue  # refused by a rule (followup list before a release): a sentence
            try:
                json.loads(out.stdout)
            except ValueError:
                failures.append(f"{' '.join(form)}: exit {out.returncode}, {out.stderr.strip()}"
                                f" {out.stdout[:80]!r}")
    assert not failures, "\n".join(failures)
