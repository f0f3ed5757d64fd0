"""Ways out of the database: the subject-access PDF, a case summary for a recipient the
consent register allows, and selective case lists as XLSX or CSV (identifiers off by
default, formula injection neutralised, an encrypted workbook when personal data is in it)."""

from __future__ import annotations

import csv
import io
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from resettle.domain import consent as dc
from resettle.domain.errors import InvalidInput
from resettle.domain.roles import Action, allowed
from resettle.i18n import glossary
from resettle.reports import data as rd
from resettle.storage import case_keys
from resettle.storage.models import AuditEntry, Case, Person, Placement, StageEvent

from . import case_state, report_data, settings
from .access import find_case
from .cases import detail
from .consent import consents_for, disclose, disclosures_for, form_title
from .context import Actor, Context, Tx, transaction
from .corrections import live
from .retention_schedule import case_retention
from .rules import Rules
from .statistics import _age_band

# What a case list may hold. STATISTICAL fields go out as they are; PERSONAL ones make the
# file personal data (an encrypted workbook); IDENTIFIERS also need --with-names and a role
# that may export them.
STATISTICAL = ("arrival_year", "sex", "age_band", "stage", "stage_date", "ground", "region")
PERSONAL = ("case_no", "arrival_date", "origin_province", "origin_city", "group",
            "travel_document")
IDENTIFIERS = ("family_name", "given_name", "family_name_latin", "given_name_latin",
               "birth_date")
FIELDS = STATISTICAL + PERSONAL + IDENTIFIERS
DEFAULT_FIELDS = STATISTICAL
FORMATS = ("xlsx", "csv")
CONTAINER = "ooxml-agile-aes256"  # ECMA-376 agile encryption: AES-256, SHA-512, 100000 spins
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out over the phone


@dataclass(frozen=True)
class ExportFile:
    """The bytes to write; `password` (shown once) opens an encrypted workbook."""

    filename: str
    data: bytes
    fields: tuple[str, ...]
    rows: int
    encrypted: bool
    password: str = ""


def choose_fields(fields: Sequence[str] | None, with_names: bool) -> tuple[str, ...]:
    chosen = tuple(f.strip() for f in fields if f.strip()) if fields else DEFAULT_FIELDS
    unknown = [f for f in chosen if f not in FIELDS]
    if unknown or not chosen:
        raise InvalidInput("fields", "one_of", choices=FIELDS, value=",".join(unknown))
    if len(set(chosen)) != len(chosen):
        raise InvalidInput("fields", "field_twice")
    if with_names:
        chosen += tuple(f for f in IDENTIFIERS if f not in chosen)
    elif any(f in IDENTIFIERS for f in chosen):
        raise InvalidInput("fields", "identifiers_need_with_names",
                           identifiers=tuple(f for f in chosen if f in IDENTIFIERS))
    return chosen


def neutral(value: object) -> object:
    """A text cell a spreadsheet would read as a formula becomes plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def new_password() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(25))
    return "-".join(raw[i:i + 5] for i in range(0, 25, 5))  # ~125 bits


def _rows(tx: Tx, fields: tuple[str, ...]) -> list[list[object]]:
    s = tx.session
    grounds = dict(s.execute(select(StageEvent.case_id, StageEvent.ground).where(
        StageEvent.ground.is_not(None), StageEvent.voided.is_(False))).all())
    regions = dict(s.execute(  # the current placement's region (the latest not voided)
        select(Placement.case_id, Placement.region).where(live(Placement, "placement"))
        .order_by(Placement.start_date, Placement.id)).all())
    getters: dict[str, Callable[[Case, Person], object]] = {
        "arrival_year": lambda c, p: c.arrival_year, "sex": lambda c, p: p.sex,
        "age_band": lambda c, p: _age_band(p.birth_date, c.arrival_date),
        "stage": lambda c, p: c.stage, "stage_date": lambda c, p: c.stage_date.isoformat(),
        "ground": lambda c, p: grounds.get(c.id) or "",
        "region": lambda c, p: regions.get(c.id, ""),
        "case_no": lambda c, p: c.case_no, "arrival_date": lambda c, p: c.arrival_date.isoformat(),
        "origin_province": lambda c, p: p.origin_province,
        "origin_city": lambda c, p: p.origin_city,
        "group": lambda c, p: c.group.code if c.group else "",
        "travel_document": lambda c, p: c.travel_document,
        "family_name": lambda c, p: p.family_name, "given_name": lambda c, p: p.given_name,
        "family_name_latin": lambda c, p: p.family_name_latin,
        "given_name_latin": lambda c, p: p.given_name_latin,
        "birth_date": lambda c, p: p.birth_date or "",
    }
    return [[getters[f](c, p) for f in fields] for c, p in s.execute(
        select(Case, Person).join(Person, Person.id == Case.person_id).order_by(Case.case_no))]


def _xlsx(header: list[str], rows: list[list[object]]) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_numbers": False, "strings_to_urls": False})
    sheet = book.add_worksheet("cases")
    table: list[list[object]] = [list(header), *rows]
    for r, values in enumerate(table):
        for c, value in enumerate(values):
            if isinstance(value, int | float) and not isinstance(value, bool):
                sheet.write_number(r, c, value)
            else:  # always a string cell: "=1+1" stays text, never a formula
                sheet.write_string(r, c, str(value))
    book.close()
    return buffer.getvalue()


def _csv(header: list[str], rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[neutral(v) for v in row] for row in rows])
    return out.getvalue().encode("utf-8-sig")  # Excel reads Hangul in CSV with the BOM


def encrypt_workbook(plain: bytes, password: str) -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(password, out)
    return out.getvalue()


class Exports:
    def __init__(self, ctx: Context, rules: Rules) -> None:
        self.ctx, self.rules = ctx, rules

    def _info(self, tx: Tx, head: str, lang: str) -> rd.PrintInfo:
        return rd.PrintInfo(printed_by=tx.actor.display_name or tx.actor.username,
                            printed_at=self.ctx.now(), chain_head=head,
                            organisation=settings.read(tx.session).organisation, lang=lang)

    def cases(self, actor: Actor, *, fields: Sequence[str] | None = None,
              with_names: bool = False, fmt: str = "xlsx", lang: str = "ko") -> ExportFile:
        """A case list with the chosen fields; audited with the field list."""
        if fmt not in FORMATS:
            raise InvalidInput("format", "one_of", choices=FORMATS)
        chosen = choose_fields(fields, with_names)
        personal = any(f not in STATISTICAL for f in chosen)
        if personal and fmt == "csv":
            raise InvalidInput("format", "personal_csv_refused")
        with transaction(self.ctx, actor, Action.EXPORT_CASES) as tx:
            if with_names:
                tx.require(Action.EXPORT_NAMES)
            rows = _rows(tx, chosen)
            tx.audit("export", "cases", details={
                "fields": list(chosen), "with_names": with_names, "rows": len(rows),
                "format": fmt, "container": CONTAINER if personal else "none"})
        header = [glossary.field(f, lang) for f in chosen]
        name = f"cases-{self.ctx.now():%Y%m%d-%H%M}.{fmt}"
        if fmt == "csv":
            return ExportFile(name, _csv(header, rows), chosen, len(rows), False)
        book = _xlsx(header, rows)
        if not personal:
            return ExportFile(name, book, chosen, len(rows), False)
        password = new_password()
        return ExportFile(name, encrypt_workbook(book, password), chosen, len(rows), True,
                          password)

    def case_summary_for(self, actor: Actor, case_no: str, recipient: str,
                         lang: str | None = None) -> ExportFile:
        """A redacted case summary handed to a recipient: refused (nothing built) unless the
        consent register allows that recipient today; else the disclosure is recorded."""
        from resettle.reports.case_summary import build_case_summary

        kind = dc.recipient(recipient)
        with transaction(self.ctx, actor, Action.PRINT_REPORT) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE, personal=True)
            disclose(tx, case, kind, "case_summary")
            d = detail(tx, case, self.ctx.today())
            data = replace(report_data.case_summary(d, case_state.custody_rules(tx.session)),
                           screening=(), rewards=(), redacted=True)
            data = replace(data, notes=tuple(n for n in data.notes if not n.restricted))
            head = tx.audit("print", "report", f"case-summary-redacted:{case.case_no}",
                            case.id, {"recipient": kind.value})
            info = self._info(tx, head, lang or actor.language)
        pdf = build_case_summary(data, info)
        return ExportFile(f"case-summary-redacted-{info.printed_at:%Y%m%d-%H%M}.pdf", pdf,
                          (), 1, False)

    def subject_access(self, actor: Actor, case_no: str, lang: str = "ko") -> ExportFile:
        """Everything held about the person, for the person (Korean unless asked); audited."""
        from resettle.reports.subject_access import build_subject_access

        with transaction(self.ctx, actor, Action.SUBJECT_ACCESS) as tx:
            case = find_case(tx, case_no, Action.SUBJECT_ACCESS, personal=True)
            data = self._subject_data(tx, case, lang)
            head = tx.audit("export", "subject_access", case.case_no, case.id)
            info = self._info(tx, head, lang)
        return ExportFile(f"subject-access-{info.printed_at:%Y%m%d-%H%M}.pdf",
                          build_subject_access(data, info), (), 1, False)

    def _subject_data(self, tx: Tx, case: Case, lang: str) -> Any:
        from resettle.reports import subject_access as sa

        today = self.ctx.today()
        d = detail(tx, case, today)
        summary = replace(report_data.case_summary(d, case_state.custody_rules(tx.session)),
                          screening=(), rewards=(), redacted=True)
        summary = replace(summary, notes=tuple(n for n in summary.notes if not n.restricted))
        word = glossary.code
        relatives = tuple(sa.RelativeLine(
            _term("relation", r.relation, lang), f"{r.family_name}{r.given_name}",
            r.birth_date or "", _term("location", r.location, lang))
            for r in d.sections.get("relatives", ()))
        consents = tuple(sa.ConsentLine(word("recipient", c.recipient, lang), c.recipient_name,
                                        c.valid_from, c.valid_until, c.withdrawn_on,
                                        form_title(tx, c.form_id))
                         for c in consents_for(tx, case))
        disclosures = tuple(sa.DisclosureLine(x.disclosed_on,
                                              word("recipient", x.recipient, lang),
                                              _term("disclosure_what", x.what, lang))
                            for x in disclosures_for(tx, case))
        documents = tuple((a.title, a.recorded_at) for a in d.sections.get("attachments", ())
                          if not a.restricted)
        r = case_retention(tx, case, today)
        retention = (glossary.term("term.to_be_anonymised_on", lang).format(
            date=r.anonymise_on.isoformat()) if r.anonymise_on else
            word("retention_state", r.state, lang))
        keys: dict[int, bytes | None] = {}
        access = tuple(sa.AccessLine(e.at, e.actor, " · ".join(
            (word("audit_action", e.action, lang) if f"audit_action.{e.action}" in
             glossary.TERMS else e.action,
             word("audit_entity", e.entity, lang) if f"audit_entity.{e.entity}" in
             glossary.TERMS else e.entity)))
            for e in tx.session.scalars(select(AuditEntry).where(
                AuditEntry.case_id == case.id).order_by(AuditEntry.id))
            if not case_keys.open_details(tx.session, e.case_id, e.details, keys).get(
                case_keys.ERASED))
        return sa.SubjectAccessData(summary, relatives, consents, disclosures, documents,
                                    retention, access)


def _term(kind: str, value: str, lang: str) -> str:
    key = f"{kind}.{value}"
    return glossary.term(key, lang) if key in glossary.TERMS else value


def may_export_names(actor: Actor) -> bool:
    return allowed(actor.role, Action.EXPORT_NAMES)

