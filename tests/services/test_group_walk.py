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
    assert (held.days_held, held.limit, held.status) == (119, 120, "due")
    assert stages() == {"programme"}

    for case_no in members[:-1]:
        services.release.place(cw, case_no, "rental_flat", "Incheon", date(2026, 2, 27))
    with pytest.raises(RuleViolation) as failure:  # one member has no placement yet
        services.groups.advance(cw, "RW-13", "released", date(2026, 2, 27))
    assert members[-1] in failure.value.message and "placement" in failure.value.message
    assert stages() == {"programme"}  # nobody moved

    services.release.place(cw, members[-1], "halfway_house", "Gyeonggi", date(2026, 2, 27))
    services.groups.advance(cw, "RW-13", "released", date(2026, 2, 27))
    assert stages() == {"released"}
    detail = services.cases.show(sv, members[5])
    assert [e.to_stage for e in detail.events] == [
        "intake", "screening", "custody", "programme", "released"]
    assert detail.sections["follow_ups"].schedule[0].scheduled == date(2026, 3, 6)
