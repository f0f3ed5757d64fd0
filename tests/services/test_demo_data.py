"""Demo data: refused beside real cases, random passwords, and taken out again completely."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from resettle.domain.errors import AuthenticationFailed, PermissionDenied, RuleViolation
from resettle.storage import models as m


def _count(services, model) -> int:
    with services.db.reader() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_demo_refuses_a_database_with_real_cases(services, admin, new_case) -> None:
    new_case()
    with pytest.raises(RuleViolation) as e:
        services.demo.load(admin, 20)
    assert e.value.key == "demo_on_real_data" and e.value.params["cases"] == 1
    assert _count(services, m.Case) == 1 and _count(services, m.User) == 1


def test_demo_accounts_get_random_passwords_shown_once(services, admin) -> None:
    first = services.demo.load(admin, 20, seed=1)
    assert len(first.accounts) == 21
    passwords = {a.password for a in first.accounts}
    assert len(passwords) == 21 and all(len(p) >= 12 for p in passwords)
    account = first.accounts[0]
    assert services.accounts.login(account.username, account.password).username == \
        account.username
    again = services.demo.load(admin, 10, seed=2)  # only demo cases so far: allowed
    assert again.accounts == ()  # the accounts exist; their passwords are not shown again
    assert _count(services, m.Case) == 30


def test_demo_passwords_differ_between_databases(services, admin, tmp_path) -> None:
    one = services.demo.load(admin, 10)
    removed = services.demo.remove(admin)
    assert removed.accounts == 21
    two = services.demo.load(admin, 10)
    assert {a.username for a in one.accounts} == {a.username for a in two.accounts}
    assert not {a.password for a in one.accounts} & {a.password for a in two.accounts}
    with pytest.raises(AuthenticationFailed):
        services.accounts.login(one.accounts[0].username, one.accounts[0].password)


def test_an_account_of_a_demo_name_is_not_borrowed(services, admin) -> None:
    services.accounts.add_user(admin, "demo-caseworker-01", "caseworker", "a-long-password-1")
    with pytest.raises(RuleViolation, match="demo_account_taken"):
        services.demo.load(admin, 10)


def test_remove_takes_out_every_demo_row_and_keeps_real_ones(services, admin, actors,
                                                             new_case) -> None:
    services.demo.load(admin, 300, seed=3)
    # real data added afterwards, partly by a demo account
    real = new_case(given="미래", given_latin="Mi-rae")
    demo_cw = services.accounts.login("demo-supervisor-01", _reset(services, admin,
                                                                 "demo-supervisor-01"))
    services.notes.add(demo_cw, real, "written by a demo account on a real case")
    services.notes.add(actors["caseworker"], real, "a real note")
    with pytest.raises(RuleViolation):
        services.demo.load(admin, 10)  # now the database holds a real case
    before_audit = _count(services, m.AuditEntry)
    removed = services.demo.remove(admin)
    assert removed.cases == 300 and removed.accounts == 20
    assert removed.kept_accounts == ("demo-supervisor-01",)
    with services.db.reader() as s:
        assert list(s.scalars(select(m.Case.case_no))) == [real]
        real_id = s.scalar(select(m.Case.id))
        assert s.scalar(select(func.count()).select_from(m.Person)) == 1
        assert s.scalar(select(func.count()).select_from(m.Note)) == 2
        assert s.scalar(select(func.count()).select_from(m.Group)) == 0
        for model in (m.StageEvent, m.Placement, m.FollowUpContact,
                      m.RewardClaim, m.LegalRepresentative, m.RiskFlagEntry):
            rows = s.scalars(select(model)).all()
            case_ids = {getattr(r, "case_id", None) for r in rows}
            assert case_ids <= {None, real_id}, model
        assert s.scalar(select(func.count()).select_from(m.Relative)) == 0
        users = {u.username: u.active for u in s.scalars(select(m.User))}
        assert users == {"admin": True, "caseworker": True, "supervisor": True, "lawyer": True,
                         "demo-supervisor-01": False}
        assert set(s.scalars(select(m.DemoRecord.kind))) == {"user"}
    assert _count(services, m.AuditEntry) > before_audit  # nothing of the log was removed
    assert services.audit.verify(admin).ok


def test_only_admins_load_or_remove(services, actors) -> None:
    for role in ("caseworker", "supervisor", "lawyer"):
        with pytest.raises(PermissionDenied):
            services.demo.load(actors[role], 10)
        with pytest.raises(PermissionDenied):
            services.demo.remove(actors[role])


def _reset(services, admin, username: str) -> str:
    services.accounts.reset_password(admin, username, "demo-reset-pass-1")
    return "demo-reset-pass-1"
