"""Thirteen restaurant workers who arrived together, walked from intake to release."""

from __future__ import annotations

from datetime import date

import pytest

from resettle.domain.errors import RuleViolation
from resettle.services.cases import CaseQuery

HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,"
          "birth_place,occupation,arrival_date,route,travel_document,group,high_profile,notes")
GIVEN = [("은별", "Un-byol"), ("설화", "Sol-hwa"), ("금숙", "Gum-suk"), ("향란", "Hyang-ran"),
         ("옥희", "Ok-hui"), ("명순", "Myong-sun"), ("혜정", "Hye-jong"), ("단비", "Dan-bi"),
         ("선애", "Son-ae"), ("련화", "Ryon-hwa"), ("미경", "Mi-gyong"), ("진주", "Jin-ju"),
         ("광혁", "Gwang-hyok")]


def test_group_of_thirteen_from_intake_to_release(services, actors) -> None:
    cw, sv = actors["caseworker"], actors["supervisor"]
    rows = [f"차,{g},Cha,{latin},{'M' if i == 12 else 'F'},199{i % 10},,restaurant worker,"
            f"2025-09-01,legal exit via a third country,valid,RW-13,yes," for i, (g, latin)
            in enumerate(GIVEN)]
    results = services.intake.import_csv(cw, ("\n".join([HEADER, *rows]) + "\n").encode())
    members = [r.case_no for _, r in results]
    assert len(members) == 13

    def stages() -> set[str]:
        return {m.stage for m in services.groups.view(sv, "RW-13").members}

    services.groups.advance(cw, "RW-13", "screening", date(2025, 9, 1))
    services.groups.advance(cw, "RW-13", "custody", date(2025, 9, 20))
    assert services.cases.list_cases(sv, CaseQuery(custody_status="due",
                                                   as_of=date(2025, 11, 20))) != []
    for case_no in members:  # the council extends the detention of all thirteen
        services.lifecycle.extend(sv, case_no, 30, "council deliberation", date(2025, 11, 25))
    services.groups.advance(cw, "RW-13", "programme", date(2025, 12, 29))
    held = services.cases.show(sv, members[0], date(2026, 3, 1)).custody
    assert (held.days_held, held.limit, held.status) == (119, 120, "ended")
    assert stages() == {"programme"}

    for case_no in members[:-1]:
        services.release.place(cw, case_no, "rental_flat", "Incheon", date(2026, 2, 27))
    with pytest.raises(RuleViolation) as failure:  # one member has no placement yet
        services.groups.advance(sv, "RW-13", "released", date(2026, 2, 27), "early release")
    assert failure.value.params["case_no"] == members[-1]
    assert failure.value.params["cause"] == "release_needs_placement"
    assert stages() == {"programme"}  # nobody moved

    services.release.place(cw, members[-1], "halfway_house", "Gyeonggi", date(2026, 2, 27))
    with pytest.raises(RuleViolation) as failure:  # nobody has completed the programme
        services.groups.advance(cw, "RW-13", "released", date(2026, 2, 27))
    assert failure.value.params["cause"] == "release_needs_programme"
    services.groups.advance(sv, "RW-13", "released", date(2026, 2, 27),
                            "the court ordered their release")
    assert stages() == {"released"}
    detail = services.cases.show(sv, members[5])
    assert [e.to_stage for e in detail.events] == [
        "intake", "screening", "custody", "programme", "released"]
    assert detail.sections["follow_ups"].schedule[0].scheduled == date(2026, 3, 6)


def _group_of(services, cw, code, n, new_case):
    services.groups.create(cw, code, arrival_date=date(2026, 1, 5))
    members = [new_case(stage="screening") for _ in range(n)]
    for case_no in members:
        services.groups.add_member(cw, code, case_no)
    return members


def test_a_group_move_skips_members_who_have_left(services, actors, new_case) -> None:
    cw = actors["caseworker"]
    members = _group_of(services, cw, "FAM-1", 3, new_case)
    services.lifecycle.advance(cw, members[1], "withdrawn", date(2026, 1, 20))
    move = services.groups.move(cw, "FAM-1", "custody", date(2026, 2, 1))
    assert move.moved == (members[0], members[2])
    assert [(m.case_no, m.stage) for m in move.skipped] == [(members[1], "withdrawn")]
    assert services.cases.show(cw, members[1]).stage == "withdrawn"
    # and the next move too: the member who left no longer blocks the group
    assert services.groups.advance(cw, "FAM-1", "programme", date(2026, 2, 10)) == [
        members[0], members[2]]
    for case_no in (members[0], members[2]):
        services.lifecycle.advance(cw, case_no, "withdrawn", date(2026, 2, 11))
    with pytest.raises(RuleViolation) as failure:
        services.groups.move(cw, "FAM-1", "released", date(2026, 2, 12))
    assert failure.value.key == "group_all_left"


def test_changing_a_group_is_an_explicit_audited_move(services, actors, new_case) -> None:
    from sqlalchemy import select

    from resettle.domain.errors import InvalidInput
    from resettle.storage.case_keys import open_details
    from resettle.storage.models import AuditEntry

    cw = actors["caseworker"]
    first = _group_of(services, cw, "G-A", 1, new_case)[0]
    services.groups.create(cw, "G-B")
    with pytest.raises(RuleViolation) as refused:
        services.groups.add_member(cw, "G-B", first)
    assert refused.value.key == "member_of_other_group"
    assert refused.value.params["group"] == "G-A"
    assert services.cases.show(cw, first).group == "G-A"
    with pytest.raises(InvalidInput) as error:
        services.groups.move_member(cw, first, "G-B", " ")
    assert error.value.field == "reason"
    services.groups.move_member(cw, first, "G-B", "registered with the wrong family")
    assert services.cases.show(cw, first).group == "G-B"
    with services.db.reader() as s:
        row = s.scalar(select(AuditEntry).where(
            AuditEntry.action == "move_group", AuditEntry.entity_id == first))
        details = open_details(s, row.case_id, row.details)  # free text is sealed (issue 18)
    assert details["group"] == {"before": "G-A", "after": "G-B"}
    assert details["reason"] == "registered with the wrong family"


def test_group_list_filters(services, actors, new_case) -> None:
    cw = actors["caseworker"]
    members = _group_of(services, cw, "RW-2", 2, new_case)
    services.groups.create(cw, "FAM-9", kind="family", arrival_date=date(2024, 3, 1))
    services.lifecycle.advance(cw, members[0], "withdrawn", date(2026, 1, 20))
    rows = services.groups.list(cw)
    assert [(r.code, r.kind, r.members, r.active) for r in rows] == [
        ("RW-2", "group", 2, 1), ("FAM-9", "family", 0, 0)]
    assert [r.code for r in services.groups.list(cw, code="fam")] == ["FAM-9"]
    assert [r.code for r in services.groups.list(cw, kind="group")] == ["RW-2"]
    assert [r.code for r in services.groups.list(
        cw, arrived_from=date(2025, 1, 1))] == ["RW-2"]
    assert services.groups.list(actors["lawyer"]) == []  # represents nobody in a group
