"""tests/services/test_release.py, each actor as their own PostgreSQL role."""

from server_as_roles import adopt

adopt(globals(), "test_release")
