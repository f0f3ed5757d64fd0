"""`report ...`: PDF reports written to a file (audited as a print)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from resettle.domain.errors import InvalidInput

from .cases import _date
from .session import call


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="PDF reports")
    rs = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)

    def add(name: str, text: str) -> argparse.ArgumentParser:
        p = rs.add_parser(name, help=text)
        p.add_argument("-o", "--output", type=Path, required=True,
                       help="PDF file, or a folder for a name without personal data")
        p.add_argument("--lang", choices=["ko", "en"], help="default: the user's language")
        return p

    p = add("case", "case summary (redacted for lawyers)")
    p.add_argument("case_no")
    p.set_defaults(func=lambda a: _write(a, "case_summary", a.case_no, lang=a.lang))
    p = add("custody", "custody review: everyone in screening or custody")
    p.add_argument("--as-of", type=_date("as_of"))
    p.set_defaults(func=lambda a: _write(a, "custody_review", a.as_of, lang=a.lang))
    p = add("cohort", "programme cohort: attendance and completion")
    p.add_argument("cohort")
    p.set_defaults(func=lambda a: _write(a, "cohort", a.cohort, lang=a.lang))
    p = add("group", "a group and where each member stands")
    p.add_argument("group")
    p.set_defaults(func=lambda a: _write(a, "group", a.group, lang=a.lang))
    p = add("statistics", "aggregate statistics, no names")
    p.add_argument("--year", type=int)
    p.set_defaults(func=lambda a: _write(a, "statistics", a.year, lang=a.lang))


def _write(args: argparse.Namespace, report: str, *params: Any, **kw: Any) -> int:
    result = call(args, "reports", report, *params, **kw)
    target: Path = args.output / result.filename if args.output.is_dir() else args.output
    if target.suffix.lower() != ".pdf":
        raise InvalidInput("output", "must name a .pdf file or a folder")
    tmp = target.with_name(f".{target.name}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(result.pdf)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InvalidInput("output", f"cannot be written ({exc.strerror})") from None
    print(target)
    return 0
