"""`export subject|cases|summary`: the subject-access PDF, a selective case list (XLSX or
CSV), and a case summary for a recipient the consent register allows. A file is written only
once the service has allowed it, never over an existing file, readable by its owner only."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from resettle.domain.errors import InvalidInput

from .output import PHRASES, emit_json, say
from .session import call, language

PHRASES.update({
    "export.written": ("written: {path}", "저장했습니다: {path}"),
    "export.cases": ("{rows} cases, fields: {fields}", "사례 {rows}건, 항목: {fields}"),
    "export.password": ("The file is encrypted. Its password, shown only now (give it to the "
                        "recipient by another way than the file): {password}",
                        "파일을 암호화했습니다. 암호는 지금 한 번만 표시합니다(파일과 다른 "
                        "경로로 받는 사람에게 전하십시오): {password}"),
})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="subject access, case lists, prints for a recipient")
    es = p.add_subparsers(dest="export_command", metavar="ACTION", required=True)
    subj = es.add_parser("subject", help="everything held about one person, in Korean (PDF)")
    subj.add_argument("case_no")
    subj.add_argument("-o", "--output", required=True, type=Path)
    subj.add_argument("--lang", choices=("ko", "en"), default="ko")
    subj.set_defaults(func=export_subject)
    cases = es.add_parser("cases", help="a case list as XLSX or CSV (statistical fields by "
                                        "default; names only with --with-names)")
    cases.add_argument("-o", "--output", required=True, type=Path)
    cases.add_argument("--fields", help="comma-separated field names")
    cases.add_argument("--with-names", action="store_true",
                       help="add names and birth dates (supervisors; the file is encrypted)")
    cases.add_argument("--format", choices=("xlsx", "csv"),
                       help="default: from the file name's ending")
    cases.set_defaults(func=export_cases)
    summ = es.add_parser("summary", help="a redacted case summary for a recipient the person "
                                         "agreed to share with (recorded as a disclosure)")
    summ.add_argument("case_no")
    summ.add_argument("--recipient", required=True,
                      help="support_centre, protection_officer, lawyer or relative")
    summ.add_argument("-o", "--output", required=True, type=Path)
    summ.set_defaults(func=export_summary)


def _target(path: Path) -> Path:
    """Checked before anything is asked of the services: no overwrite, a folder that exists."""
    if path.exists():
        raise InvalidInput("output", "file_exists", path=path)
    if not path.parent.is_dir():
        raise InvalidInput("output", "cannot_write_there", path=path, detail="")
    return path


def write_private(path: Path, data: bytes) -> None:
    """Owner-only, whole or not at all (a temporary name, then renamed)."""
    staging = path.with_name(f".{path.name}.part")
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


def _done(args: argparse.Namespace, out: object, path: Path) -> None:
    if args.json:
        emit_json({"path": str(path), **{k: v for k, v in vars(out).items() if k != "data"}})
    else:
        print(say("export.written", language(args), path=path))


def export_subject(args: argparse.Namespace) -> int:
    path = _target(args.output)
    out = call(args, "exports", "subject_access", args.case_no, args.lang)
    write_private(path, out.data)
    _done(args, out, path)
    return 0


def export_summary(args: argparse.Namespace) -> int:
    path = _target(args.output)
    out = call(args, "exports", "case_summary_for", args.case_no, args.recipient)
    write_private(path, out.data)
    _done(args, out, path)
    return 0


def export_cases(args: argparse.Namespace) -> int:
    path = _target(args.output)
    fmt = args.format or ("csv" if path.suffix.lower() == ".csv" else "xlsx")
    fields = args.fields.split(",") if args.fields else None
    out = call(args, "exports", "cases", fields=fields, with_names=args.with_names, fmt=fmt)
    write_private(path, out.data)
    _done(args, out, path)
    if not args.json:
        lang = language(args)
        print(say("export.cases", lang, rows=out.rows, fields=",".join(out.fields)))
        if out.encrypted:
            print(say("export.password", lang, password=out.password))
    return 0
