"""`person rename`: a legal name change, dated and with a reason; the old name is kept."""

from __future__ import annotations

import argparse
from typing import Any

from resettle.domain.dates import parse_date
from resettle.domain.errors import InvalidInput

from .output import PHRASES, emit_json, say
from .session import call, language

PHRASES.update({
    "person.renamed": ("{case_no}: {name} from {date}; formerly {former}",
                       "{case_no}: {date}부터 성명을 바꿨습니다. 새 성명: {name}, 이전 성명: "
                       "{former}"),
})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    person = sub.add_parser("person", help="the person of a case")
    ps = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    ren = ps.add_parser("rename", help="record a legal name change (the old name is kept "
                                       "and stays searchable)")
    ren.add_argument("case_no")
    ren.add_argument("--family-name", metavar="H", help="new family name in Hangul")
    ren.add_argument("--given-name", metavar="H", help="new given name in Hangul")
    ren.add_argument("--latin", metavar='"Family Given"', help="new name in Latin letters, "
                     "family name first")
    ren.add_argument("--date", required=True, type=lambda t: parse_date(t, "effective_date"),
                     help="the date the new name took effect (YYYY-MM-DD)")
    ren.add_argument("--reason", required=True)
    ren.set_defaults(func=person_rename)


def latin_parts(text: str | None) -> tuple[str | None, str | None]:
    """"Family Given" -> (family, given); the given name may hold spaces ("Ri Gum suk")."""
    if text is None:
        return None, None
    parts = text.split(None, 1)
    if len(parts) != 2:
        raise InvalidInput("latin_name", "latin_name_format", value=text)
    return parts[0], parts[1]


def person_rename(args: argparse.Namespace) -> int:
    from resettle.services.names import NameChange

    family_latin, given_latin = latin_parts(args.latin)
    change = NameChange(effective_date=args.date, reason=args.reason,
                        family_name=args.family_name, given_name=args.given_name,
                        family_name_latin=family_latin, given_name_latin=given_latin)
    d = call(args, "names", "rename", args.case_no, change)
    if args.json:
        emit_json({"case_no": d.case_no, "names": _name(d.name),
                   "former_names": [_name(n) | {"until": n.valid_until}
                                    for n in d.former_names]})
        return 0
    former = d.former_names[-1]
    print(say("person.renamed", language(args), case_no=d.case_no, name=_words(d.name),
              date=args.date, former=_words(former)))
    return 0


def _name(n: Any) -> dict[str, Any]:
    return {"hangul": n.hangul, "latin": n.latin}


def _words(n: Any) -> str:
    return f"{n.hangul} ({n.latin})" if n.latin else n.hangul
