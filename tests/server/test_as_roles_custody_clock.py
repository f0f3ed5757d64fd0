"""tests/services/test_custody_clock.py, each actor as their own PostgreSQL role."""

from server_as_roles import adopt

adopt(globals(), "test_custody_clock")
