"""The worklist service: each role's Today, done by the act that fulfils it, snoozes and
reassignments audited, the statistics' overdue count equal to the worklist's, exports."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from resettle.domain.errors import InvalidInput, NotFound, PermissionDenied
from resettle.services.context import transaction
from resettle.services.statistics import gather
from resettle.services.worklist import overdue_follow_ups
from resettle.storage.models import AuditEntry, Case, StageEvent, User, WorkMark

TODAY = date(2026, 3, 2)  # the test clock's day
D = timedelta(days=1)


def assign(services, case_no: str, username: str, **columns) -> int:
    with services.db.writer() as s, s.begin():
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        case.caseworker_id = s.scalar(select(User.id).where(User.username == username))
        for k, v in columns.items():
            setattr(case, k, v)
        return case.id


def released(services, new_case, username: str, on: date, **kw) -> str:
    case_no = new_case(stage="programme", arrival=on - 200 * D, **kw)
    with services.db.writer() as s, s.begin():
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        s.add(StageEvent(case_id=case.id, from_stage="programme", to_stage="released",
                         effective_date=on))
        case.stage, case.stage_date = "released", on
        case.protection_end = date(on.year + 5, on.month, on.day)
    assign(services, case_no, username)
    return case_no


def held(services, new_case, username: str, arrival: date) -> str:
    case_no = new_case(stage="custody", arrival=arrival)
    limit = 90
    assign(services, case_no, username, custody_start=arrival, custody_limit=limit,
           custody_deadline=arrival + (limit - 1) * D,
           custody_due_from=arrival + (limit - 15) * D)
    return case_no


@pytest.fixture
def office(services, actors, new_case):
    """A caseworker with a released case (week-1 contact due 2026-03-02, month-1 after), a
    case released long ago (protection ended: nothing overdue, prompts closing), a person
    held near the limit; another caseworker's released case with overdue contacts."""
    services.accounts.add_user(actors["admin"], "other", "caseworker", "a-long-password-1")
    cases = {
        "fresh": released(services, new_case, "caseworker", TODAY - 7 * D),
        "old": released(services, new_case, "caseworker", date(2019, 1, 7)),
        "held": held(services, new_case, "caseworker", TODAY - 80 * D),
        "late": released(services, new_case, "other", TODAY - 100 * D),
    }
    return cases


def kinds(items, case_no):
    return sorted((i.kind, i.status) for i in items if i.case_no == case_no)


def test_caseworker_today_and_done_by_the_act(services, actors, office):
    cw = actors["caseworker"]
    today = services.worklist.today(cw)
    mine = {i.case_no for i in today.items}
    assert office["late"] not in mine  # another caseworker's
    assert ("follow_up", "due") in kinds(today.items, office["fresh"])
    assert kinds(today.items, office["old"]) == [("protection_end", "overdue")]
    held_kinds = kinds(today.items, office["held"])
    assert ("custody_limit", "due") in held_kinds and ("extension_request", "due") in held_kinds
    week1 = next(i for i in today.items if i.case_no == office["fresh"]
                 and i.kind == "follow_up")
    assert week1.bucket == "today" and week1.due == TODAY
    # the act that fulfils it: a contact recorded (on day 5, within week 1's window)
    services.release.add_follow_up(cw, office["fresh"], TODAY - 3 * D)
    after = services.worklist.items(cw)
    assert week1.id not in {i.id for i in after}
    services.lifecycle.request_extension(cw, office["held"], 20, "council meets")
    assert "extension_request" not in {i.kind for i in services.worklist.items(cw)
                                       if i.case_no == office["held"]}


def test_snooze_reassign_done_are_stored_and_audited(services, actors, office):
    cw, sv = actors["caseworker"], actors["supervisor"]
    item = next(i for i in services.worklist.items(cw) if i.kind == "follow_up")
    with pytest.raises(InvalidInput) as e:
        services.worklist.snooze(cw, item.id, TODAY, "later")
    assert e.value.rule == "snooze_not_after_today"
    with pytest.raises(InvalidInput):
        services.worklist.snooze(cw, item.id, TODAY + 3 * D, "  ")
    snoozed = services.worklist.snooze(cw, item.id, TODAY + 3 * D, "person away")
    assert snoozed.status == "snoozed" and snoozed.snoozed_until == TODAY + 3 * D
    assert item.id not in {i.id for i in services.worklist.items(cw)}
    assert item.id in {i.id for i in services.worklist.items(cw, TODAY + 3 * D)}
    services.worklist.reassign(cw, item.id, "other", "covering while on leave")
    assert item.id not in {i.id for i in services.worklist.items(cw, TODAY + 5 * D)}
    other = services.accounts.login("other", "a-long-password-1")
    assert item.id in {i.id for i in services.worklist.items(other, TODAY + 5 * D)}
    done = services.worklist.done(other, item.id, "met at the support centre")
    assert done.status == "done"
    with pytest.raises(NotFound):
        services.worklist.done(cw, "R-2026-99999:follow_up:2026-03-02", "x")
    with pytest.raises(InvalidInput) as e:
        services.worklist.done(cw, "nonsense", "x")
    assert e.value.field == "item_id"
    with services.db.reader() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity == "work_item")).all()
        marks = s.scalars(select(WorkMark).order_by(WorkMark.id)).all()
    assert len(rows) == 3 and all(r.entity_id == item.id for r in rows)
    assert [(m.action, m.reason) for m in marks] == [
        ("snooze", "person away"), ("reassign", "covering while on leave"),
        ("done", "met at the support centre")]
    with pytest.raises(PermissionDenied):
        services.worklist.items(cw, user="other")  # only supervisors look at another's list
    assert services.worklist.items(sv, user="other")


def test_supervisor_sees_decisions_limits_and_overdue_per_caseworker(services, actors,
                                                                      office):
    cw, sv = actors["caseworker"], actors["supervisor"]
    services.lifecycle.request_extension(cw, office["held"], 20, "council meets")
    services.release.raise_flag(cw, office["fresh"], "suicide_risk", TODAY - D, "said so")
    today = services.worklist.today(sv)
    got = {(i.case_no, i.kind) for i in today.items}
    assert (office["held"], "extension_decision") in got
    assert (office["held"], "custody_limit") in got
    assert (office["fresh"], "risk_flag") in got
    assert "follow_up" not in {i.kind for i in today.items}
    loads = {c.username: c for c in services.worklist.loads(sv)}
    assert loads["other"].overdue >= 2 and loads["other"].escalated >= 1
    with pytest.raises(PermissionDenied):
        services.worklist.loads(cw)
    # the fast count equals the items, contact by contact, marks and escalation included
    services.release.add_follow_up(cw, office["late"], TODAY - 80 * D)  # month 1, late
    other = services.accounts.login("other", "a-long-password-1")
    items = services.worklist.items(other, overdue_only=True)
    services.worklist.snooze(other, items[0].id, TODAY + D, "on leave")
    for as_of in (TODAY, TODAY + 10 * D, TODAY + 40 * D):
        slow = [i for i in services.worklist.items(other, as_of, overdue_only=True)]
        fast = {c.username: c for c in services.worklist.loads(sv, as_of)}["other"]
        assert fast.overdue == len(slow), as_of
        assert fast.escalated == sum(i.escalated for i in slow), as_of


def test_lawyer_sees_their_clients_hearings_only(services, actors, office):
    cw, lw = actors["caseworker"], actors["lawyer"]
    services.legal.assign(cw, office["held"], "lawyer")
    services.legal.add_hearing(cw, office["held"], "Seoul Central District Court",
                               TODAY + 3 * D)
    services.legal.add_hearing(cw, office["late"], "Suwon District Court", TODAY + 2 * D)
    items = services.worklist.items(lw)
    assert {i.case_no for i in items} == {office["held"]}
    assert {i.kind for i in items} >= {"hearing", "custody_limit"}
    cal = services.worklist.calendar(lw, TODAY, TODAY + 30 * D)
    assert [i.kind for i in cal if i.kind == "hearing"] == ["hearing"]


def test_admin_sees_locked_accounts_and_checks_due(services, actors, clock):
    admin = actors["admin"]
    for _ in range(6):
        with pytest.raises(Exception):  # noqa: B017 - any refusal; the lockout is the point
            services.accounts.login("lawyer", "wrong-password-x")
    clock.advance(days=40)
    kinds_ = {i.kind: i for i in services.worklist.items(admin)}
    assert "backup_overdue" in kinds_ and "audit_verify" in kinds_
    services.audit.verify(admin)
    assert "audit_verify" not in {i.kind for i in services.worklist.items(admin)}


def test_statistics_overdue_equals_the_worklist(services, actors, office):
    sv = actors["supervisor"]
    with transaction(services.ctx, sv) as tx:
        stats = gather(tx, None, TODAY)
        direct = overdue_follow_ups(tx.session, TODAY)
    listed = [i for u in ("caseworker", "other") for i in services.worklist.items(
        services.accounts.login(u, "a-long-password-1"), overdue_only=True)
        if i.kind == "follow_up"]
    assert stats.follow_ups_overdue == direct == len(listed) > 0


def test_ical_holds_no_name_and_the_setting_drops_case_numbers(services, actors, office):
    cw, admin = actors["caseworker"], actors["admin"]
    cal = Calendar.from_ical(services.worklist.ical(cw))
    events = list(cal.walk("VEVENT"))
    assert events
    text = services.worklist.ical(cw).decode()
    for word in ("김", "설화", "Kim", "Sol-hwa"):
        assert word not in text
    assert any(office["fresh"] in str(e["summary"]) for e in events)
    services.rules.set_setting(admin, "calendar_case_numbers", "no")
    bare = services.worklist.ical(cw).decode()
    assert "R-20" not in bare


def test_printed_worklist(services, actors, office):
    import io

    from pypdf import PdfReader

    report = services.worklist.report(actors["caseworker"])
    assert report.filename.startswith("worklist-") and report.pdf.startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(report.pdf)).pages)
    assert office["fresh"] in text and office["late"] not in text
    whole = services.worklist.report(actors["supervisor"], everyone=True)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(whole.pdf)).pages)
    assert office["late"] in text
    with pytest.raises(PermissionDenied):
        services.worklist.report(actors["caseworker"], everyone=True)
