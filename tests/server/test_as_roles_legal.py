"""tests/services/test_legal.py, each actor as their own PostgreSQL role."""

from server_as_roles import adopt

adopt(globals(), "test_legal")
