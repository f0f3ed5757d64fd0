"""`resettle person rename` end to end: the change, `case show --json` former_names, the
old name found by `case list --search`, and exit 1 naming the field when refused."""

from __future__ import annotations

import json
from datetime import date

PASSWORD = "a-long-password-1"
HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,birth_place,"
          "occupation,arrival_date,route,travel_document,group,high_profile,notes")


def test_person_rename(initialised, tmp_path):
    run = initialised
    for name, role in [("cw", "caseworker"), ("lw", "lawyer")]:
        assert run("user", "add", name, "--role", role, "--password-stdin",
                   stdin=PASSWORD + "\n").returncode == 0
    as_cw = {"RESETTLE_USER": "cw", "RESETTLE_PASSWORD": PASSWORD}
    csv = tmp_path / "arrivals.csv"
    csv.write_text(HEADER + "\n리,금숙,Ri,Gum-suk,F,1980,,,2024-01-10,,none,,no,\n",
                   encoding="utf-8")
    imported = run("--json", "intake", "import", str(csv), **as_cw)
    assert imported.returncode == 0, imported.stderr
    case_no = json.loads(imported.stdout)[0]["case_no"]

    def rename(*args: str, **env: str):
        return run("person", "rename", case_no, *args, **(as_cw | env))

    refused = [
        (["--given-name", "금숙", "--date", "2024-03-01", "--reason", "x"],
         "same as the current one"),
        (["--given-name", "은하", "--date", "2999-01-01", "--reason", "x"],
         "Effective date (2999-01-01) must not be in the future"),
        (["--given-name", "은하", "--date", "2024-01-09", "--reason", "x"],
         "Effective date (2024-01-09) must not be before Arrival date (2024-01-10)"),
        (["--given-name", "은하", "--date", "2024-02-30", "--reason", "x"], "Effective date"),
        (["--latin", "Pak", "--date", "2024-03-01", "--reason", "x"], "Name (Latin)"),
        (["--given-name", "은하", "--date", "2024-03-01", "--reason", " "], "Reason"),
    ]
    for args, words in refused:
        result = rename(*args, LANG="en_GB.UTF-8", LC_ALL="")
        assert result.returncode == 1, (args, result.stderr)
        assert words in result.stderr, (args, result.stderr)
    assert rename("--given-name", "은하", "--date", "2024-03-01", "--reason", "x",
                  RESETTLE_USER="lw").returncode == 4

    done = run("--json", "person", "rename", case_no, "--family-name", "박", "--given-name",
               "은하", "--latin", "Pak Un-ha", "--date", "2024-03-01", "--reason",
               "new legal name", **as_cw)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["former_names"] == [
        {"hangul": "리금숙", "latin": "Ri Gum-suk", "until": "2024-03-01"}]

    shown = json.loads(run("--json", "case", "show", case_no, **as_cw).stdout)
    assert shown["names"]["hangul"] == "박은하"
    assert shown["former_names"] == [
        {"hangul": "리금숙", "latin": "Ri Gum-suk", "until": "2024-03-01"}]
    text = run("case", "show", case_no, **as_cw).stdout
    assert "formerly 리금숙  Ri Gum-suk  (until 2024-03-01)" in text
    for search in ("리금숙", "이금숙", "ㄹㄱㅅ", "금숙", "Lee Geum-suk", "은하"):
        found = json.loads(run("--json", "case", "list", "--search", search, **as_cw).stdout)
        assert [r["case_no"] for r in found] == [case_no], search

    text = rename("--given-name", "은별", "--date", date.today().isoformat(), "--reason", "x")
    assert text.returncode == 0, text.stderr
    assert "박은별" in text.stdout and "박은하" in text.stdout
