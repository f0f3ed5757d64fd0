"""`resettle retention|consent|export` through the real command (issue 18)."""

from __future__ import annotations

import json
import subprocess
import zipfile
from datetime import date, timedelta

PASSWORD = "a-long-password-1"
HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,birth_place,"
          "occupation,arrival_date,route,travel_document,group,high_profile,notes")


def test_retention_consent_and_export_commands(initialised, tmp_path):
    run = initialised
    for name, role in [("cw", "caseworker"), ("sv", "supervisor")]:
        assert run("user", "add", name, "--role", role, "--password-stdin",
                   stdin=PASSWORD + "\n").returncode == 0
    cw = {"RESETTLE_USER": "cw", "RESETTLE_PASSWORD": PASSWORD}
    sv = {"RESETTLE_USER": "sv", "RESETTLE_PASSWORD": PASSWORD}
    csv = tmp_path / "arrivals.csv"
    csv.write_text(f"{HEADER}\n탁,솔빛나래,Thak,Solbitnarae,F,1983,Hyesan,cook,2016-01-05,,none,"
                   ",no,\n봉,가람여울,Bong,Garamyeoul,F,1990,Hoeryong,,2016-01-06,,none,,no,\n",
                   encoding="utf-8")
    imported = run("--json", "intake", "import", str(csv), **cw)
    assert imported.returncode == 0, imported.stderr
    first, second = (r["case_no"] for r in json.loads(imported.stdout))
    for case in (first, second):
        moved = run("case", "advance", case, "--to", "withdrawn", "--date", "2016-02-01",
                    "--reason", "left for a third country", **cw)
        assert moved.returncode == 0, moved.stderr
    shown = run("retention", "show", first, **cw)
    assert shown.stdout.strip() == f"{first}: To be anonymised on 2019-02-01"
    assert "To be anonymised on 2019-02-01" in run("case", "show", first, **cw).stdout
    assert "2019-02-01 익명처리 예정" in run("case", "show", first, LANG="ko_KR.UTF-8",
                                         **cw).stdout

    until = (date.today() + timedelta(days=100)).isoformat()
    assert run("retention", "hold", second, "--until", until, "--reason", "court", **cw
               ).returncode == 4
    held = run("retention", "hold", second, "--until", until, "--reason", "court review", **sv)
    assert held.returncode == 0 and "court review" in held.stdout

    added = run("--json", "consent", "add", first, "--recipient", "protection_officer",
                "--from", "2016-01-10", **cw)
    assert added.returncode == 0, added.stderr
    consent_id = json.loads(added.stdout)["id"]
    refused = run("export", "summary", first, "--recipient", "lawyer", "-o",
                  str(tmp_path / "refused.pdf"), **cw)
    assert refused.returncode == 1 and "not consented" in refused.stderr
    assert not (tmp_path / "refused.pdf").exists()
    assert not list(tmp_path.glob(".refused*"))
    allowed = run("export", "summary", first, "--recipient", "protection_officer", "-o",
                  str(tmp_path / "officer.pdf"), **cw)
    assert allowed.returncode == 0, allowed.stderr
    assert (tmp_path / "officer.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "officer.pdf").stat().st_mode & 0o077 == 0
    disclosures = json.loads(run("--json", "consent", "disclosures", first, **cw).stdout)
    assert [(d["recipient"], d["consent_id"]) for d in disclosures] == [
        ("protection_officer", consent_id)]
    assert run("consent", "withdraw", str(consent_id), "--date", date.today().isoformat(),
               **cw).returncode == 0

    subject = tmp_path / "subject.pdf"
    assert run("export", "subject", first, "-o", str(subject), **cw).returncode == 0
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(subject), "-"],
                          capture_output=True, check=True).stdout.decode()
    assert "탁솔빛나래" in text and "가람여울" not in text

    plan = json.loads(run("--json", "retention", "run", "--dry-run").stdout)
    assert plan["anonymised"] == [first] and plan["held"] == [second]
    assert run("retention", "run", **sv).returncode == 4
    done = run("retention", "run")
    assert done.returncode == 0 and first in done.stdout, done.stderr
    after = json.loads(run("--json", "case", "show", first, **cw).stdout)
    assert after["names"]["hangul"] == "" and after["retention"]["state"] == "anonymised"
    assert run("audit", "verify").returncode == 0

    book = tmp_path / "cases.xlsx"
    assert run("export", "cases", "-o", str(book), **sv).returncode == 0
    with zipfile.ZipFile(book) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
    assert "가람여울" not in xml and "Garamyeoul" not in xml and "입국 연도" in xml
    refused_csv = run("export", "cases", "-o", str(tmp_path / "c.csv"), "--fields", "case_no",
                      **sv)
    assert refused_csv.returncode == 1 and not (tmp_path / "c.csv").exists()
    named = run("export", "cases", "-o", str(tmp_path / "named.xlsx"), "--with-names", **sv)
    assert named.returncode == 0 and "password" in named.stdout
    assert "가람여울".encode() not in (tmp_path / "named.xlsx").read_bytes()
    assert run("export", "cases", "-o", str(tmp_path / "n2.xlsx"), "--with-names", **cw
               ).returncode == 4
