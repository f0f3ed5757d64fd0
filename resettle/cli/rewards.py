"""`reward claim|assess|approve|reject|pay|list`: reward claims from the command line."""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import Any

from resettle.domain.dates import parse_date
from resettle.domain.errors import InvalidInput
from resettle.domain.rewards import RewardCategory

from .output import PHRASES, emit_json, heads, ko_word, say, table, worded
from .session import language, login, open_for

_WON = re.compile(r"[0-9]{1,3}(,[0-9]{3})+|[0-9]+")

PHRASES.update({
    "reward.line": ("claim {id} ({case_no}, {category}, {amount} won{assessed}): {status}",
                    "보로금 신청 {id}번({case_no}, {category}, {amount}원{assessed}): {status}"),
    "reward.assessed": (", assessed {amount} won", ", 심사 금액 {amount}원"),
})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reward = sub.add_parser("reward", help="reward claims")
    rs = reward.add_subparsers(dest="reward_command", metavar="ACTION", required=True)
    claim = rs.add_parser("claim", help="record a claim (checked against the cap in force)")
    claim.add_argument("case_no")
    claim.add_argument("--category", required=True, choices=[c.value for c in RewardCategory])
    claim.add_argument("--amount", required=True, help="whole won, e.g. 50000000 or 50,000,000")
    claim.add_argument("--date", required=True, help="claim date (YYYY-MM-DD)")
    claim.add_argument("--confirm-duplicate", default="", metavar="REASON",
                       help="why a claim like an earlier one (same category, date and "
                            "amount) is a claim of its own")
    claim.set_defaults(func=reward_claim)
    assess = rs.add_parser("assess", help="the amount on the scale of importance")
    assess.add_argument("id", type=int)
    assess.add_argument("--amount", required=True)
    assess.set_defaults(func=reward_assess)
    for name, func, text in [("approve", reward_approve, "approve an assessed claim "
                              "(supervisors)"), ("pay", reward_pay, "record the payment")]:
        p = rs.add_parser(name, help=text)
        p.add_argument("id", type=int)
        p.add_argument("--date", help="default: today")
        p.set_defaults(func=func)
    reject = rs.add_parser("reject", help="reject a claim (supervisors)")
    reject.add_argument("id", type=int)
    reject.add_argument("--reason", required=True)
    reject.set_defaults(func=reward_reject)
    lst = rs.add_parser("list", help="a case's claims, with the assessed amount")
    lst.add_argument("case_no")
    lst.set_defaults(func=reward_list)


def _won(text: str) -> int:
    if not _WON.fullmatch(text.strip()):
        raise InvalidInput("amount", "whole_won", value=text)
    return int(text.strip().replace(",", ""))


def _call(args: argparse.Namespace, method: str, *params: Any) -> Any:
    """One service call; a date left out (None) is today by the services' clock."""
    services = open_for(args)
    try:
        actor = login(services, args)
        values = [services.ctx.today() if p is None else p for p in params]
        return getattr(services.rewards, method)(actor, *values)
    finally:
        services.close()


def _day(args: argparse.Namespace) -> date | None:
    return parse_date(args.date, "date") if args.date else None


def _show(args: argparse.Namespace, claim: Any) -> int:
    if args.json:
        emit_json(claim)
    else:
        lang = language(args)
        assessed = (say("reward.assessed", lang, amount=f"{claim.assessed_amount_won:,}")
                    if claim.assessed_amount_won is not None else "")
        print(say("reward.line", lang, id=claim.id, case_no=claim.case_no,
                  category=worded("reward", claim.category, lang),
                  amount=f"{claim.amount_won:,}", assessed=assessed,
                  status=ko_word("reward_status", claim.status, lang)))
    return 0


def reward_claim(args: argparse.Namespace) -> int:
    amount, day = _won(args.amount), parse_date(args.date, "date")
    return _show(args, _call(args, "claim", args.case_no, args.category, amount, day,
                             args.confirm_duplicate))


def reward_assess(args: argparse.Namespace) -> int:
    return _show(args, _call(args, "assess", args.id, _won(args.amount)))


def reward_approve(args: argparse.Namespace) -> int:
    return _show(args, _call(args, "approve", args.id, _day(args)))


def reward_reject(args: argparse.Namespace) -> int:
    return _show(args, _call(args, "reject", args.id, args.reason))


def reward_pay(args: argparse.Namespace) -> int:
    return _show(args, _call(args, "pay", args.id, _day(args)))


def reward_list(args: argparse.Namespace) -> int:
    claims = _call(args, "claims", args.case_no)
    if args.json:
        emit_json(claims)
    else:
        lang = language(args)
        columns = ["id", "category", "date", "claimed", "assessed", "status", "claimed_by",
                   "decided_by"]
        table([{"id": c.id, "category": worded("reward", c.category, lang),
                "date": c.claim_date, "claimed": f"{c.amount_won:,}",
                "assessed": "" if c.assessed_amount_won is None
                else f"{c.assessed_amount_won:,}",
                "status": ko_word("reward_status", c.status, lang),
                "claimed_by": c.claimed_by, "decided_by": c.decided_by} for c in claims],
              columns, heads(columns, lang))
    return 0
