"""Issue 13, checked line by line: the points its other tests left open. `--custody-status
ok` leaves out closed and deceased people; a group move passes by every kind of member who
has left; the printed reward list shows the assessed amount. All people are fictional."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest

from resettle.services.cases import CaseQuery
from resettle.storage.models import Placement

D = date


def _screened(services, actors, new_case, arrival: date, **kw) -> str:
    no = new_case(arrival=arrival, **kw)
    services.lifecycle.advance(actors["caseworker"], no, "screening", arrival + timedelta(days=1))
    return no


def _placed(services, actors, no: str, on: date) -> None:
    with services.db.writer() as s, s.begin():
        s.add(Placement(case_id=services.cases.show(actors["supervisor"], no).id,
                        placement_type="rental_flat", region="Incheon", start_date=on))


def test_custody_status_ok_leaves_out_closed_and_deceased(services, actors, new_case) -> None:
    cw, sv = actors["caseworker"], actors["supervisor"]
    held = _screened(services, actors, new_case, D(2026, 1, 20))  # day 42 of 90 on 03-02
    dead = _screened(services, actors, new_case, D(2026, 1, 20))
    services.lifecycle.advance(cw, dead, "deceased", D(2026, 2, 10))
    closed = _screened(services, actors, new_case, D(2025, 1, 6))
    services.lifecycle.advance(cw, closed, "programme", D(2025, 2, 1))
    _placed(services, actors, closed, D(2025, 5, 1))
    services.lifecycle.advance(sv, closed, "released", D(2025, 5, 1), "completed elsewhere")
    services.lifecycle.advance(sv, closed, "closed", D(2026, 2, 1), "left for a third country")

    def listed(status: str, as_of: date | None = None) -> list[str]:
        return sorted(r.case_no for r in services.cases.list_cases(
            sv, CaseQuery(custody_status=status, as_of=as_of)))

    assert listed("ok") == [held]
    assert listed("ended") == sorted([dead, closed])
    assert listed("due") == listed("overdue") == []
    # on a day when both were still held, both were "ok"
    assert listed("ok", D(2026, 2, 1)) == sorted([held, dead])
    assert listed("ok", D(2025, 1, 20)) == [closed]


@pytest.mark.parametrize("leaves", ["withdrawn", "excluded", "deceased", "closed"])
def test_a_group_move_passes_by_every_member_who_has_left(services, actors, new_case,
                                                          leaves) -> None:
    cw, sv = actors["caseworker"], actors["supervisor"]
    arrival = D(2025, 1, 6)
    services.groups.create(cw, "FAM-L", arrival_date=arrival)
    stay, left = (_screened(services, actors, new_case, arrival) for _ in range(2))
    for no in (stay, left):
        services.groups.add_member(cw, "FAM-L", no)
    if leaves == "closed":
        services.lifecycle.advance(cw, left, "programme", D(2025, 2, 1))
        _placed(services, actors, left, D(2025, 5, 1))
        services.lifecycle.advance(sv, left, "released", D(2025, 5, 1), "completed elsewhere")
        services.lifecycle.advance(sv, left, "closed", D(2025, 6, 1), "left the country")
    else:
        services.lifecycle.advance(sv, left, leaves, D(2025, 1, 20), "left",
                                   ground="disguised_defection" if leaves == "excluded"
                                   else None)
    move = services.groups.move(cw, "FAM-L", "custody", D(2025, 6, 10))
    assert move.moved == (stay,)
    assert [(m.case_no, m.stage) for m in move.skipped] == [(left, leaves)]
    assert services.cases.show(cw, left).stage == leaves


def test_the_printed_reward_list_shows_the_assessed_amount(services, actors, new_case,
                                                            tmp_path) -> None:
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = new_case()
    claim = services.rewards.claim(cw, no, "tank", 200_000_000, D(2026, 2, 1))
    services.rewards.assess(cw, claim.id, 150_000_000)
    services.rewards.claim(cw, no, "small_arms", 3_000_000, D(2026, 2, 2))  # not yet assessed
    path = tmp_path / "summary.pdf"
    for lang, words in (("en", ("Claimed", "Assessed")), ("ko", ("신청 금액", "심사 금액"))):
        path.write_bytes(services.reports.case_summary(sv, no, lang).pdf)
        text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path),
                                        "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert "150,000,000" in text and "200,000,000" in text, lang
        for word in words:
            assert word in text, (lang, word)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_statistics_state_what_each_table_counts_by(services, actors, new_case, tmp_path,
                                                    lang) -> None:
    from resettle.reports.i18n import tr
    from resettle.storage.models import Case, Person

    sv = actors["supervisor"]
    known = _screened(services, actors, new_case, D(2025, 12, 20))
    unknown = _screened(services, actors, new_case, D(2025, 12, 21))
    with services.db.writer() as s, s.begin():
        s.get(Person, s.get(Case, services.cases.show(sv, unknown).id).person_id
              ).birth_date = None
    assert known != unknown
    path = tmp_path / "statistics.pdf"
    path.write_bytes(services.reports.statistics(sv, 2025, lang).pdf)
    text = "".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                                  capture_output=True, text=True, check=True).stdout.split())
    for key in ("basis.summary", "basis.arrivals", "basis.sex_age", "basis.stages",
                "basis.custody", "basis.exclusions", "age_unknown"):
        assert "".join(tr(key, lang).split()) in text, (lang, key)


def test_an_extension_is_decided_while_the_person_is_held(services, actors, new_case) -> None:
    """Recorded after the fact, a supervisor's extension still has to be dated while the
    person was held: on or after the day the clock stopped it is refused."""
    from resettle.domain.errors import RuleViolation

    cw, sv = actors["caseworker"], actors["supervisor"]
    no = _screened(services, actors, new_case, D(2025, 11, 20))  # last lawful day 02-17
    services.lifecycle.advance(cw, no, "programme", D(2026, 2, 1))
    for day in (D(2026, 2, 1), D(2026, 2, 10)):
        with pytest.raises(RuleViolation) as refused:
            services.lifecycle.extend(sv, no, 30, "council", day)
        assert refused.value.key == "extension_not_held"
        assert refused.value.params["end"] == D(2026, 2, 1)
    services.lifecycle.extend(sv, no, 30, "council", D(2026, 1, 31))  # the last day held
    c = services.cases.show(sv, no).custody
    assert (c.status, c.limit, c.days_held, c.over_limit_days) == ("ended", 120, 73, 0)


def test_the_court_summary_prints_the_protection_decisions(services, actors, new_case,
                                                           tmp_path) -> None:
    """Application, the investigation's end, the ministry's decision with its due date (30
    days), a refusal's ground and the reapplication after it, as a court reads them."""
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = new_case(arrival=D(2026, 1, 5))
    services.protection.apply(cw, no, D(2026, 1, 5))
    services.protection.investigation_ended(cw, no, D(2026, 1, 10))
    services.protection.decide(sv, no, "refused", D(2026, 2, 12), ground="disguised_defection")
    services.protection.reapply(cw, no, D(2026, 2, 20), "new evidence")
    path = tmp_path / "summary.pdf"
    path.write_bytes(services.reports.case_summary(sv, no, "en").pdf)
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())
    for shown in ("Application", "Investigation ended", "Decision due (30 days)",
                  "2026-01-05", "2026-01-10", "2026-02-09 — late", "Protection refused",
                  "(Suspected", "disguised defection)", "2026-02-12", "2026-02-20",
                  "(reapplication)", "Pending"):  # cells wrap: words, not whole cells
        assert shown in text, shown


def test_the_printed_custody_review_shows_the_high_profile_flag(services, actors, new_case,
                                                                tmp_path) -> None:
    """The case's high-profile mark is printed as a flag (HP) beside the raised ones, and
    every raised flag has its short form (an exposed address printed as '?' before)."""
    from resettle.domain.followup import RiskFlag
    from resettle.reports.custody_review import _FLAG_SHORT
    from resettle.storage.models import Case

    sv = actors["supervisor"]
    assert set(_FLAG_SHORT) == {f.value for f in RiskFlag}
    no = _screened(services, actors, new_case, D(2026, 1, 5))
    with services.db.writer() as s, s.begin():
        s.get(Case, services.cases.show(sv, no).id).high_profile = True
    services.release.raise_flag(sv, no, "address_exposed", D(2026, 2, 1), "seen in a video")
    path = tmp_path / "review.pdf"
    path.write_bytes(services.reports.custody_review(sv, lang="en").pdf)
    lines = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    row = [line for line in lines if no in line][-1]  # the table's row (after the chart's)
    assert "Within limit" in row and set(row.split()[-2:]) == {"HP", "AE"}


def test_a_late_extension_is_refused_with_a_sentence_naming_the_last_day(services, actors,
                                                                         new_case) -> None:
    from resettle.domain.errors import RuleViolation
    from resettle.i18n.messages import error_text

    no = _screened(services, actors, new_case, D(2025, 12, 1))  # last lawful day 2026-02-28
    with pytest.raises(RuleViolation) as refused:
        services.lifecycle.extend(actors["supervisor"], no, 30, "council", D(2026, 3, 1))
    assert error_text(refused.value, "en") == (
        "An extension must be decided before the limit has passed: the last lawful day was "
        "2026-02-28, and 2026-03-01 is after it.")
    assert "보호 가능 최종일(2026-02-28)" in error_text(refused.value, "ko")
