"""Service-test helpers: a case inserted directly (intake itself is tested on its own)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from resettle.domain.names import name_keys
from resettle.storage.models import Case, Person, StageEvent

_seq = itertools.count(1)


def insert_case(services, *, family="김", given="설화", family_latin="Kim",
                given_latin="Sol-hwa", stage="intake", arrival=date(2026, 1, 5),
                sex="F", birth="1990") -> str:
    """A person and their case at `stage`, with one stage event; returns the case number."""
    keys = name_keys(family, given, family_latin, given_latin)
    case_no = f"R-{arrival.year}-{next(_seq):05d}"
    with services.db.writer() as s, s.begin():
        person = Person(family_name=family, given_name=given, family_name_latin=family_latin,
                        given_name_latin=given_latin, **keys.columns(),
                        birth_date=birth, birth_precision="year", birth_year=int(birth[:4]),
                        sex=sex)
        case = Case(case_no=case_no, person=person, stage=stage, stage_date=arrival,
                    arrival_date=arrival, arrival_year=arrival.year)
        s.add(case)
        s.flush()
        s.add(StageEvent(case_id=case.id, from_stage=None, to_stage=stage,
                         effective_date=arrival))
    return case_no


@pytest.fixture
def new_case(services):
    return lambda **kw: insert_case(services, **kw)
