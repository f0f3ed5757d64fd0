"""A case-number prefix on PostgreSQL is also a range in the database's own collation (so the
unique case_no index serves it): the range must hold every case number with the prefix, in
whatever collation an office's server uses. LIKE beside it removes what else it holds."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from resettle.services.case_query import case_no_bounds


@pytest.mark.parametrize("no,high", [
    ("R-2", "R-3"), ("R-20", "R-21"), ("R-2019", "R-202"), ("R-2019-", "R-202"),
    ("R-2019-0", "R-2019-1"), ("R-2019-09", "R-2019-1"), ("R-2024-01234", "R-2024-01235"),
    ("R-9", None), ("R-99-9", None), ("R-1999", "R-2"),
])
def test_bounds(no: str, high: str | None) -> None:
    assert case_no_bounds(no) == (no, high)


def _numbers() -> list[str]:
    years = ("1999", "2000", "2009", "2019", "2020", "2025", "2099")
    seqs = ("00000", "00001", "00099", "01234", "09999", "10000", "99999", "100000")
    return [f"R-{y}-{s}" for y, s in itertools.product(years, seqs)]


def _prefixes(numbers: list[str]) -> list[str]:
    out = {n[:k] for n in numbers for k in range(3, len(n) + 1)}
    return sorted(p for p in out if p[-1] != "-") + sorted(p for p in out if p[-1] == "-")


@pytest.mark.postgres
def test_the_range_holds_every_match_in_every_collation(pg_server: Any, pg_url: str) -> None:
    """Every collation the server has (ICU's 800, C, POSIX, the database default), and ICU
    with punctuation ignored ("shifted", as glibc's locales treat the hyphen)."""
    import psycopg
    from psycopg import sql

    numbers = _numbers()
    prefixes = _prefixes(numbers)
    bounds = [case_no_bounds(p) for p in prefixes]
    from sqlalchemy.engine import make_url

    dbname = make_url(pg_url).database or ""
    with psycopg.connect(pg_server.dsn(dbname), autocommit=True) as conn:
        conn.execute("CREATE COLLATION shifted (provider = icu, locale = 'und-u-ka-shifted')")
        collations = [name for (name,) in conn.execute(
            "SELECT collname FROM pg_collation WHERE collencoding IN (-1, 6)"
            " AND collname <> 'default' ORDER BY collname")]
        assert "shifted" in collations and "C" in collations
        missed: list[tuple[str, str, str]] = []
        for name in [*collations, None]:  # None: the database's default collation
            c = sql.SQL("") if name is None else sql.SQL(" COLLATE {}").format(
                sql.Identifier(name))
            query = sql.SQL(
                "SELECT p.no, s.v FROM unnest(%s::text[]) AS s(v),"
                " unnest(%s::text[], %s::text[], %s::text[]) AS p(no, low, high)"
                " WHERE left(s.v, length(p.no)) = p.no AND NOT ("
                "  s.v{c} >= p.low{c} AND (p.high IS NULL OR s.v{c} < p.high{c}))").format(c=c)
            for no, v in conn.execute(query, (numbers, prefixes, [lo for lo, _ in bounds],
                                              [hi for _, hi in bounds])):
                missed.append((name or "default", no, v))
        assert not missed, missed[:20]
