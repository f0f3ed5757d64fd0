"""Demo data: fictional, reproducible cases over every stage, loaded in bulk for scale tests,
marked as demo so they never pass for real data and can be taken out again."""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Select, delete, func, select, update

from resettle.domain import followup, names
from resettle.domain.errors import InvalidInput, RuleViolation
from resettle.domain.history import Event, case_state
from resettle.domain.roles import Action, Role
from resettle.domain.stages import ExclusionGround, Stage
from resettle.storage import maintenance
from resettle.storage import models as m
from resettle.storage.bulk import insert_rows

from . import case_state as derived
from . import demo_people
from .accounts import Accounts, account_removed, account_state
from .context import Actor, Context, Tx, transaction
from .purge import names_in_use, purge

CHUNK = 20000
PRECISIONS, DOCUMENTS = ("day", "month", "year"), ("none", "forged", "valid")
ACCOUNTS = (("caseworker", 12), ("supervisor", 3), ("lawyer", 6))
MAX_CASES = 1_000_000


@dataclass(frozen=True)
class DemoAccount:
    """A demo account made by this load, with its random password (shown once, never kept)."""

    username: str
    role: str
    password: str


@dataclass(frozen=True)
class DemoResult:
    cases: int
    in_custody: int
    accounts: tuple[DemoAccount, ...]  # the accounts this load made; earlier ones are reused

    @property
    def users(self) -> tuple[str, ...]:
        return tuple(a.username for a in self.accounts)


@dataclass(frozen=True)
class DemoRemoval:
    cases: int
    groups: int
    accounts: int
    kept_accounts: tuple[str, ...]  # still named by records that stay: disabled, not removed


def _marked(kind: str) -> Select[Any]:
    return select(m.DemoRecord.record_id).where(m.DemoRecord.kind == kind)


def real_cases(tx: Tx) -> int:
    """How many cases the demo load did not make."""
    return int(tx.session.scalar(select(func.count()).select_from(m.Case).where(
        m.Case.id.not_in(_marked("case")))) or 0)


class Demo:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def load(self, actor: Actor, cases: int = 2000, seed: int = 1) -> DemoResult:
        """Only into a database that holds no real case: demo data never mixes with real."""
        if not 1 <= cases <= MAX_CASES:
            raise InvalidInput("cases", "out_of_range", min=1, max=MAX_CASES, value=cases)
        if self.ctx.db.as_account:  # an account's own server role may not bulk-insert
            raise RuleViolation("demo_needs_owner")
        with transaction(self.ctx, actor, Action.LOAD_DEMO) as tx:
            real = real_cases(tx)
            if real:
                raise RuleViolation("demo_on_real_data", cases=real)
            builder = Builder(tx, random.Random(seed), self.ctx.today())
            accounts = builder.users()
            held = builder.cases(cases)
            builder.mark()
            tx.audit("create", "demo", details={"cases": cases, "seed": seed,
                                                "accounts": len(accounts)})
        _analyze(self.ctx)
        return DemoResult(cases, held, accounts)

    def remove(self, actor: Actor) -> DemoRemoval:
        """Every demo case (its person and everything recorded on either), demo group and
        demo account, in one transaction. An account or group that a remaining record still
        names (say a demo account wrote a note on a real case, or anything in the audit
        log, which is append-only) stays, disabled, and is reported."""
        with transaction(self.ctx, actor, Action.LOAD_DEMO) as tx:
            s = tx.session
            persons = list(s.scalars(select(m.Case.person_id).where(
                m.Case.id.in_(_marked("case")))))
            cases = purge(tx, m.Case.__table__, m.Case.id.in_(_marked("case")))
            for start in range(0, len(persons), 500):
                purge(tx, m.Person.__table__, m.Person.id.in_(persons[start:start + 500]))
            s.execute(delete(m.DemoRecord).where(m.DemoRecord.kind == "case"))
            groups = _remove_unreferenced(tx, m.Group.__table__, "group")
            demo_users = {name: user_id for name, user_id in s.execute(
                select(m.User.username, m.User.id).where(m.User.id.in_(_marked("user"))))}
            accounts = _remove_unreferenced(tx, m.User.__table__, "user")
            kept = tuple(sorted(s.scalars(select(m.User.username).where(
                m.User.id.in_(_marked("user"))))))
            if kept:
                s.execute(update(m.User).where(m.User.id.in_(_marked("user")))
                          .values(active=False).execution_options(synchronize_session=False))
            for name, user_id in demo_users.items():  # their key slots and log-ins too
                if name in kept:
                    account_state(tx, user_id, name, active=False)
                else:
                    account_removed(tx, user_id, name)
            result = DemoRemoval(cases, groups, accounts, kept)
            tx.audit("delete", "demo", details={"cases": cases, "groups": groups,
                                                "accounts": accounts,
                                                "kept_accounts": len(kept)})
            return result


def _analyze(ctx: Context) -> None:
    """Statistics for what was just loaded, or the searches that follow are planned as if the
    tables were empty. PostgreSQL (storage/server/analyze.py): 67 rows estimated of 96,000,
    the first screen of "R-20" joined them all (220 ms instead of 5); 1.5 s after 100,000
    cases, on the owner's connection (the only one that may load demo data on a server).
    SQLite: the custody review's held filter read every case (56 ms instead of 1); 0.3 s."""
    with ctx.db.writer() as session, session.begin():
        maintenance.analyze(session)


def _remove_unreferenced(tx: Tx, table: Any, kind: str) -> int:
    """Delete the demo-marked rows of `table` that no remaining row names (rows that hang
    off them, ON DELETE CASCADE, go with them), with their marks; returns how many. An
    account that wrote audit rows stays: the log keeps who wrote each row, and a row's
    signature is checked against its author's key."""
    pk = table.c.id
    marked = set(tx.session.scalars(_marked(kind)))
    in_use = names_in_use(tx, table, _marked(kind))
    gone = sorted(marked - in_use)
    for start in range(0, len(gone), 500):
        chunk = gone[start:start + 500]
        purge(tx, table, pk.in_(chunk))
        tx.session.execute(delete(m.DemoRecord).where(m.DemoRecord.kind == kind,
                                                      m.DemoRecord.record_id.in_(chunk)))
    return len(gone)


@cache
def _schedule(since: date) -> tuple[date, ...]:
    return tuple(followup.schedule(since))


@cache
def _protection_end(since: date) -> date:
    return followup.protection_end(since)


@cache
def _keys(who: demo_people.DemoName) -> tuple[names.NameKeys, str]:
    """Demo names repeat; their search keys are computed once each."""
    keys = names.name_keys(who.family, who.given, who.family_latin, who.given_latin)
    return keys, names.fold_given(who.given_latin) + names.fold_surname(who.family_latin)


class Builder:
    """Rows as dicts, inserted in chunks with explicit ids (no per-row round trips)."""

    def __init__(self, tx: Tx, rng: random.Random, today: date) -> None:
        self.tx, self.rng, self.today = tx, rng, today
        self.now = tx.ctx.now()  # one timestamp for the whole load
        self.rules = derived.custody_rules(tx.session)
        self.ids = {t: int(tx.session.scalar(select(func.coalesce(func.max(c), 0))) or 0)
                    for t, c in (("p", m.Person.id), ("c", m.Case.id), ("e", m.StageEvent.id),
                                 ("g", m.Group.id))}
        self.first = dict(self.ids)
        self.marks: list[dict[str, Any]] = []
        self.rows: dict[type, list[dict[str, Any]]] = {}
        self.caseworkers: list[int] = []
        self.lawyers: list[int] = []

    def next_id(self, kind: str) -> int:
        self.ids[kind] += 1
        return self.ids[kind]

    def add(self, model: type, **row: Any) -> None:
        self.rows.setdefault(model, []).append(row)

    def flush(self) -> None:
        for model in (m.Group, m.Person, m.Case, m.StageEvent, m.Relative, m.Note,
                      m.Placement, m.FollowUpContact, m.RewardClaim, m.LegalRepresentative,
                      m.RiskFlagEntry):
            rows = self.rows.pop(model, [])
            if rows:  # Core executemany: several times faster than the ORM's bulk path
                insert_rows(self.tx.session.connection(), model.__table__, rows)

    def users(self) -> tuple[DemoAccount, ...]:
        """The demo accounts: made with random passwords, or reused from an earlier load.
        An account of the same name that the demo did not make is never borrowed."""
        demo_users = set(self.tx.session.scalars(_marked("user")))
        made = []
        for role, count in ACCOUNTS:
            for n in range(1, count + 1):
                username = f"demo-{role}-{n:02d}"
                user = self.tx.session.scalar(select(m.User).where(m.User.username == username))
                if user is not None and user.id not in demo_users:
                    raise RuleViolation("demo_account_taken", username=username)
                if user is None:  # made as every account is (keys, server role, audit)
                    password = secrets.token_urlsafe(12)  # 16 characters, ~96 bits
                    user_id = Accounts(self.tx.ctx)._add(
                        self.tx, username, Role(role), password, f"Demo {role} {n}").id
                    self.marks.append({"kind": "user", "record_id": user_id})
                    made.append(DemoAccount(username, role, password))
                else:
                    user_id = user.id
                (self.caseworkers if role == "caseworker" else
                 self.lawyers if role == "lawyer" else []).append(user_id)
        return tuple(made)

    def mark(self) -> None:
        """Every case and group this load made, and its new accounts, as demo records."""
        for kind, first in (("case", self.first["c"]), ("group", self.first["g"])):
            self.marks.extend({"kind": kind, "record_id": i}
                              for i in range(first + 1, self.ids[kind[0]] + 1))
        insert_rows(self.tx.session.connection(), m.DemoRecord.__table__, self.marks)
        self.marks = []
        conn = self.tx.session.connection()
        if conn.dialect.name == "postgresql":  # explicit ids leave the sequences behind
            for model in (m.Person, m.Case, m.StageEvent, m.Group):
                table: Any = model.__table__
                conn.execute(select(func.setval(
                    func.pg_get_serial_sequence(table.name, "id"),
                    select(func.coalesce(func.max(table.c.id), 0) + 1).scalar_subquery(),
                    False)))

    def cases(self, count: int) -> int:
        """~1,000 arrivals a year, most recent years fullest; 1% held now (screening, custody)."""
        years = max(1, min(count // 1000, 28))
        first_year = self.today.year - years + 1
        held_now = max(1, count // 100) if count >= 10 else 0
        seq: dict[int, int] = {}
        group: tuple[int | None, int] = (None, 0)  # (id, members still to come)
        for n in range(count):
            if n == held_now:
                group = (None, 0)  # the people held now do not share a group with the rest
            if group[1] > 0:  # arrived together: same day, same group
                group = (group[0], group[1] - 1)
            elif n < held_now:
                arrival = self.today - timedelta(days=self.rng.randint(0, 125))
            else:
                year = self.rng.randint(first_year, self.today.year)
                arrival = date(year, 1, 1) + timedelta(days=self.rng.randint(0, 364))
                # past screening and custody by now (programme entry is within 100 days),
                # so the people held today are the ~1% above
                arrival = min(arrival, self.today - timedelta(days=101))
            if group[1] == 0 and self.rng.random() < 0.03:
                group = (self.next_id("g"), self.rng.randint(1, 12))
                self.add(m.Group, id=group[0], code=f"G-{arrival.year}-{group[0]:04d}",
                         kind=self.rng.choice(["family", "group"]), arrival_date=arrival,
                         notes="", version=1, recorded_at=self.now)
            elif group[1] == 0:
                group = (None, 0)
            if arrival.year not in seq:
                seq[arrival.year] = self._last_seq(arrival.year)
            seq[arrival.year] += 1
            self.case(f"R-{arrival.year}-{seq[arrival.year]:05d}", arrival, held=n < held_now,
                      group_id=group[0])
            if (n + 1) % CHUNK == 0:
                self.flush()
        self.flush()
        for year, last in seq.items():
            self.tx.session.merge(m.Setting(key=f"case_seq:{year}", value=last))
        return held_now

    def _last_seq(self, year: int) -> int:
        last = self.tx.session.scalar(select(func.max(m.Case.case_no)).where(
            m.Case.case_no.like(f"R-{year}-%")))
        return int(last[-5:]) if last else 0

    def case(self, case_no: str, arrival: date, held: bool, group_id: int | None) -> None:
        rng = self.rng
        who = demo_people.name(rng)
        keys, key_rev = _keys(who)
        person_id, case_id = self.next_id("p"), self.next_id("c")
        age = int(rng.triangular(14, 70, 28))
        precision = rng.choices(PRECISIONS, cum_weights=(6, 8, 10))[0]
        birth = date(arrival.year - age, rng.randint(1, 12), rng.randint(1, 28))
        birth_text = birth.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
        self.add(m.Person, id=person_id, family_name=who.family, given_name=who.given,
                 family_name_latin=who.family_latin, given_name_latin=who.given_latin,
                 **keys.columns(),
                 birth_date=birth_text, birth_precision=precision, birth_year=birth.year,
                 sex=rng.choices("FMX", cum_weights=(80, 99.9, 100))[0],
                 origin_province=rng.choice(demo_people.PROVINCES),
                 origin_city=rng.choice(demo_people.CITIES),
                 occupation=rng.choice(demo_people.OCCUPATIONS), version=1,
                 recorded_at=self.now)
        events = self.history(arrival, held)
        state = case_state([Event(s, d) for s, d, _ in events], arrival)  # clock from arrival
        state_start, state_end = state.custody_start, state.custody_end
        last_stage, last_date, _ = events[-1]
        flags = "suicide_risk" if rng.random() < 0.01 else ""
        self.add(m.Case, id=case_id, case_no=case_no, person_id=person_id,
                 stage=last_stage.value, stage_date=last_date, arrival_date=arrival,
                 arrival_year=arrival.year, route=rng.choice(demo_people.ROUTES),
                 travel_document=rng.choices(DOCUMENTS, cum_weights=(85, 95, 100))[0],
                 referred_by="", caseworker_id=rng.choice(self.caseworkers),
                 high_profile=rng.random() < 0.02, flags=flags, version=1,
                 protection_end=_protection_end(last_date)
                 if last_stage is Stage.RELEASED else None, group_id=group_id,
                 recorded_at=self.now,
                 **derived.custody_columns(state_start, state_end, self.rules, []))
        previous = None
        for stage, when, ground in events:
            self.add(m.StageEvent, id=self.next_id("e"), case_id=case_id, from_stage=previous,
                     to_stage=stage.value, effective_date=when, reason="",
                     ground=ground, voided=False, recorded_at=self.now)
            previous = stage.value
        self.extras(case_id, person_id, last_stage, last_date, flags)

    def history(self, arrival: date, held: bool) -> list[tuple[Stage, date, str | None]]:
        rng, today = self.rng, self.today
        out: list[tuple[Stage, date, str | None]] = [(Stage.INTAKE, arrival, None)]
        day = arrival + timedelta(days=rng.randint(0, 2))
        if day > today:
            return out
        out.append((Stage.SCREENING, day, None))
        if held:
            if rng.random() < 0.4 and day + timedelta(days=20) <= today:
                out.append((Stage.CUSTODY, day + timedelta(days=rng.randint(10, 20)), None))
            return out
        if rng.random() < 0.03:
            ground = rng.choice(list(ExclusionGround)).value
            out.append((Stage.EXCLUDED, day + timedelta(days=rng.randint(20, 80)), ground))
            return out
        if rng.random() < 0.15:
            day += timedelta(days=rng.randint(10, 20))
            out.append((Stage.CUSTODY, day, None))
        day = max(day, arrival + timedelta(days=rng.randint(30, 100)))
        plan = [(Stage.PROGRAMME, day), (Stage.RELEASED, day + timedelta(weeks=12)),
                (Stage.CLOSED, day + timedelta(weeks=12) + timedelta(days=5 * 365 + 2))]
        for stage, when in plan:
            if when > today:
                break
            out.append((stage, when, None))
        return out

    def extras(self, case_id: int, person_id: int, stage: Stage, since: date,
               flags: str) -> None:
        rng = self.rng
        if rng.random() < 0.8:
            self.add(m.Relative, person_id=person_id, relation=rng.choice(
                ["mother", "father", "sibling", "child", "spouse"]),
                family_name=demo_people.name(rng).family, given_name=demo_people.name(rng).given,
                location=rng.choice(["north", "north", "china", "south"]),
                at_risk=rng.random() < 0.3, notes="", version=1, recorded_at=self.now)
        self.add(m.Note, case_id=case_id, text="Intake interview held (demo).",
                 restricted=rng.random() < 0.2, version=1, recorded_at=self.now)
        if flags:
            self.add(m.RiskFlagEntry, case_id=case_id, flag=flags, raised_on=since, note="",
                     recorded_at=self.now)
        if stage is Stage.RELEASED:
            self.add(m.Placement, case_id=case_id, placement_type="rental_flat",
                     region=rng.choice(demo_people.REGIONS), start_date=since, version=1,
                     recorded_at=self.now)
            for when in _schedule(since)[: rng.randint(0, 4)]:
                if when <= self.today:
                    self.add(m.FollowUpContact, case_id=case_id, contact_date=when, version=1,
                             kind="visit", wellbeing=rng.randint(2, 5), notes="",
                             recorded_at=self.now)
        if rng.random() < 0.005:
            self.add(m.RewardClaim, case_id=case_id, category="intelligence",
                     amount_won=rng.randint(1, 50) * 1_000_000, claim_date=since,
                     status="claimed", version=1, recorded_at=self.now)
        if rng.random() < 0.02 and self.lawyers:
            self.add(m.LegalRepresentative, case_id=case_id, lawyer_id=rng.choice(self.lawyers),
                     on_behalf_of="", active=True, version=1, recorded_at=self.now)

