"""Consent: which recipient, from when, until when, withdrawn from when."""

from datetime import date

import pytest

from resettle.domain import consent as dc
from resettle.domain.errors import InvalidInput, RuleViolation

C = dc.Consent(1, dc.RecipientKind.SUPPORT_CENTRE, date(2026, 1, 10), date(2026, 12, 31))


def test_covers_its_recipient_within_its_period() -> None:
    assert C.covers(dc.RecipientKind.SUPPORT_CENTRE, date(2026, 1, 10))
    assert C.covers(dc.RecipientKind.SUPPORT_CENTRE, date(2026, 12, 31))
    assert not C.covers(dc.RecipientKind.SUPPORT_CENTRE, date(2026, 1, 9))
    assert not C.covers(dc.RecipientKind.SUPPORT_CENTRE, date(2027, 1, 1))
    assert not C.covers(dc.RecipientKind.LAWYER, date(2026, 5, 1))


def test_withdrawal_ends_it_from_that_day() -> None:
    w = dc.Consent(2, dc.RecipientKind.RELATIVE, date(2026, 1, 1), None, date(2026, 3, 1))
    assert w.covers(dc.RecipientKind.RELATIVE, date(2026, 2, 28))
    assert not w.covers(dc.RecipientKind.RELATIVE, date(2026, 3, 1))
    with pytest.raises(RuleViolation):
        dc.check_withdrawal(w, date(2026, 4, 1))


def test_covering_refuses_with_the_recipient_and_day() -> None:
    assert dc.covering([C], dc.RecipientKind.SUPPORT_CENTRE, date(2026, 5, 1)) is C
    with pytest.raises(RuleViolation) as e:
        dc.covering([C], dc.RecipientKind.PROTECTION_OFFICER, date(2026, 5, 1))
    assert e.value.message == "disclosure_not_consented"
    assert e.value.params["recipient"] == "protection_officer"


def test_bad_input_names_the_field() -> None:
    with pytest.raises(InvalidInput) as e:
        dc.recipient("neighbour")
    assert (e.value.field, e.value.rule) == ("recipient", "one_of")
    with pytest.raises(InvalidInput) as e:
        dc.check_period(date(2026, 2, 1), date(2026, 1, 1))
    assert e.value.field == "valid_until"
    with pytest.raises(InvalidInput) as e:
        dc.check_withdrawal(C, date(2026, 1, 1))
    assert e.value.field == "withdrawn_on"
