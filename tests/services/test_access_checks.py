"""The access helpers the services share (services.access, services.context), each check
pinned: stale-edit detection, a lawyer's scope, sessions ended (issue 15's mutation run)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from resettle.domain.errors import AuthenticationFailed, Conflict, NotFound, PermissionDenied
from resettle.services.access import check_version


def test_check_version_passes_the_current_version_and_no_version() -> None:
    row = SimpleNamespace(version=3, route="boat")
    check_version("case", "R-1", row, 3, {"route": "car"}, ["route"])
    check_version("case", "R-1", row, None, {"route": "car"}, ["route"])


def test_a_stale_edit_is_refused_with_both_versions() -> None:
    row = SimpleNamespace(version=4, route="boat", referred_by="police")
    with pytest.raises(Conflict) as stale:
        check_version("case", "R-1", row, 3, {"route": "car", "referred_by": "ngo"},
                      ["route", "referred_by"])
    assert stale.value.params == {"entity": "case", "key": "R-1"}
    assert stale.value.mine == {"route": "car", "referred_by": "ngo", "version": 3}
    assert stale.value.theirs == {"route": "boat", "referred_by": "police", "version": 4}


def test_a_stale_edit_through_the_service(services, actors, new_case) -> None:
    from resettle.services.cases import CaseEdit

    sv, no = actors["supervisor"], new_case()
    version = services.cases.show(sv, no).version
    services.cases.edit_case(sv, no, version, CaseEdit("by boat", "none", "police", False, ""))
    with pytest.raises(Conflict):
        services.cases.edit_case(sv, no, version, CaseEdit("by car", "none", "", False, ""))


def test_a_lawyer_gets_the_same_denial_for_a_missing_and_an_unrepresented_case(
        services, actors, new_case) -> None:
    lawyer, no = actors["lawyer"], new_case()
    answers = []
    for case_no in (no, "R-2099-99999"):
        with pytest.raises(PermissionDenied) as denied:
            services.cases.show(lawyer, case_no)
        answers.append(denied.value.params)
    assert answers[0] == answers[1] | {"case_no": no} and answers[1]["case_no"] == "R-2099-99999"
    with pytest.raises(NotFound):
        services.cases.show(actors["caseworker"], "R-2099-99999")  # others: not found


def test_a_lawyer_for_a_relative_sees_the_legal_part_only(services, actors, new_case) -> None:
    sv, lawyer, no = actors["supervisor"], actors["lawyer"], new_case()
    services.legal.assign(sv, no, "lawyer", on_behalf_of="mother",
                          poa_date=services.ctx.today(), poa_granted_by="mother")
    assert services.cases.show(lawyer, no).case_no == no
    with pytest.raises(PermissionDenied) as denied:
        services.notes.list(lawyer, no)
    assert denied.value.params.get("part") == "personal"


def test_an_ended_session_is_refused_and_ending_twice_is_harmless(services, actors) -> None:
    cw = actors["caseworker"]
    services.ctx.end_session(cw)
    services.ctx.end_session(cw)
    with pytest.raises(AuthenticationFailed, match="session_invalid"):
        services.accounts.set_language(cw, "en")
    assert services.accounts.list_users(actors["admin"])  # other sessions go on


def test_ending_a_users_sessions_ends_only_theirs(services, actors) -> None:
    services.ctx.end_sessions_of(actors["caseworker"].id)
    with pytest.raises(AuthenticationFailed):
        services.accounts.set_language(actors["caseworker"], "en")
    assert services.accounts.set_language(actors["supervisor"], "en").language == "en"


@pytest.fixture
def two_lawyers(services, actors, new_case):
    """'lawyer' represents `mine`; 'other.lw' represents `theirs`; `ended` was the lawyer's."""
    from resettle.services.case_query import CaseQuery

    admin, sv = actors["admin"], actors["supervisor"]
    services.accounts.add_user(admin, "other.lw", "lawyer", "a-long-password-1")
    other = services.accounts.login("other.lw", "a-long-password-1")
    mine, theirs, ended = new_case(), new_case(), new_case()
    services.legal.assign(sv, mine, "lawyer")
    services.legal.assign(sv, theirs, "other.lw")
    services.legal.assign(sv, ended, "lawyer")
    services.legal.end(sv, ended, "lawyer", services.ctx.today())
    return SimpleNamespace(lawyer=actors["lawyer"], other=other, mine=mine, theirs=theirs,
                           ended=ended, query=CaseQuery())


def test_a_lawyer_sees_only_the_cases_they_actively_represent(services, two_lawyers) -> None:
    t = two_lawyers
    assert services.cases.show(t.lawyer, t.mine).case_no == t.mine
    for case_no in (t.theirs, t.ended):  # another lawyer's; a representation that ended
        with pytest.raises(PermissionDenied) as denied:
            services.cases.show(t.lawyer, case_no)
        assert denied.value.params == {"role": "lawyer", "action": "view_case",
                                       "case_no": case_no}
    listed = [r.case_no for r in services.cases.first_rows(t.lawyer, t.query, 50)]
    assert listed == [t.mine]
    ids = services.cases.find_ids(t.lawyer, t.query)
    assert [r.case_no for r in services.cases.rows(t.lawyer, ids)] == [t.mine]
    assert [r.case_no for r in services.cases.first_rows(t.other, t.query, 50)] == [t.theirs]


def test_a_case_number_is_found_whatever_its_case_and_spaces(services, actors,
                                                             new_case) -> None:
    no = new_case()
    assert services.cases.show(actors["caseworker"], f"  {no.lower()} ").case_no == no


def test_a_missing_case_is_not_found_by_its_number(services, actors) -> None:
    with pytest.raises(NotFound) as missing:
        services.cases.show(actors["caseworker"], "R-2099-99999")
    assert missing.value.params["entity"] == "case"
    assert "R-2099-99999" in str(missing.value)


def test_legal_only_is_this_lawyers_active_representation_for_a_relative(
        services, actors, new_case, two_lawyers) -> None:
    t, sv = two_lawyers, actors["supervisor"]
    day = services.ctx.today()
    # another lawyer acting for a relative on the lawyer's own case changes nothing for them
    services.legal.assign(sv, t.mine, "other.lw", on_behalf_of="mother", poa_date=day,
                          poa_granted_by="mother")
    assert services.notes.list(t.lawyer, t.mine) is not None
    # a relative's lawyer on another case does not make the lawyer's own case legal-only
    relative_case = new_case()
    services.legal.assign(sv, relative_case, "lawyer", on_behalf_of="brother", poa_date=day,
                          poa_granted_by="brother")
    assert services.notes.list(t.lawyer, t.mine) is not None
    with pytest.raises(PermissionDenied) as denied:
        services.notes.list(t.lawyer, relative_case)
    assert denied.value.params == {"role": "lawyer", "action": "view_case",
                                   "case_no": relative_case, "part": "personal"}


def test_legal_only_reads_this_lawyers_own_row_on_this_case(services, actors,
                                                            new_case) -> None:
    """Another lawyer's representation of a relative, recorded first on the same case (so
    the first such row of the table), leaves the person's own lawyer seeing the whole case."""
    admin, sv = actors["admin"], actors["supervisor"]
    services.accounts.add_user(admin, "first.lw", "lawyer", "a-long-password-1")
    case = new_case()
    day = services.ctx.today()
    services.legal.assign(sv, case, "first.lw", on_behalf_of="mother", poa_date=day,
                          poa_granted_by="mother")
    services.legal.assign(sv, case, "lawyer")  # for the person
    assert services.notes.list(actors["lawyer"], case) == []
    first = services.accounts.login("first.lw", "a-long-password-1")
    with pytest.raises(PermissionDenied):
        services.notes.list(first, case)  # the relative's lawyer: the legal part only
