"""Consent register: what the person agreed to share with whom; a print for a recipient the
register does not allow is refused and leaves nothing; every disclosure is recorded."""

from __future__ import annotations

from datetime import date

import pytest

from resettle.domain.errors import InvalidInput, PermissionDenied, RuleViolation

TODAY = date(2026, 3, 2)


def test_add_list_withdraw(services, actors, new_case) -> None:
    cw = actors["caseworker"]
    case = new_case()
    c = services.consents.add(cw, case, "support_centre", date(2026, 2, 1), date(2026, 12, 31),
                              recipient_name="하나센터 남부")
    assert c.in_force and c.recipient == "support_centre"
    with pytest.raises(InvalidInput) as e:
        services.consents.add(cw, case, "neighbour", date(2026, 2, 1))
    assert e.value.field == "recipient"
    with pytest.raises(InvalidInput) as e:
        services.consents.add(cw, case, "lawyer", date(2026, 2, 1), date(2026, 1, 1))
    assert e.value.field == "valid_until"
    w = services.consents.withdraw(cw, c.id, TODAY)
    assert w.withdrawn_on == TODAY and not w.in_force
    with pytest.raises(RuleViolation):
        services.consents.withdraw(cw, c.id, TODAY)
    assert [x.id for x in services.consents.list(cw, case)] == [c.id]
    with pytest.raises(PermissionDenied):
        services.consents.add(actors["lawyer"], case, "lawyer", date(2026, 2, 1))


def test_signed_form_is_an_attachment(services, actors, new_case) -> None:
    cw = actors["caseworker"]
    case = new_case()
    c = services.consents.add(cw, case, "relative", date(2026, 2, 1))
    linked = services.consents.attach_form(cw, c.id, "signed consent", b"%PDF-1.4 signed form")
    assert linked.form_id is not None
    assert [a.id for a in services.attachments.list(cw, case)] == [linked.form_id]


def test_refused_disclosure_leaves_nothing_and_allowed_one_is_recorded(services, actors,
                                                                       new_case) -> None:
    cw = actors["caseworker"]
    case = new_case()
    with pytest.raises(RuleViolation) as e:
        services.exports.case_summary_for(cw, case, "protection_officer")
    assert e.value.message == "disclosure_not_consented"
    assert services.consents.disclosures(cw, case) == []
    c = services.consents.add(cw, case, "protection_officer", date(2026, 1, 1))
    out = services.exports.case_summary_for(cw, case, "protection_officer")
    assert out.data.startswith(b"%PDF") and case not in out.filename
    [d] = services.consents.disclosures(cw, case)
    assert (d.recipient, d.consent_id, d.disclosed_on, d.what) == \
        ("protection_officer", c.id, TODAY, "case_summary")
    services.consents.withdraw(cw, c.id, TODAY)
    with pytest.raises(RuleViolation):
        services.exports.case_summary_for(cw, case, "protection_officer")
    assert len(services.consents.disclosures(cw, case)) == 1
