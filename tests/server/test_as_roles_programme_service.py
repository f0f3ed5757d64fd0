"""tests/services/test_programme_service.py, each actor as their own PostgreSQL role."""

from server_as_roles import adopt

adopt(globals(), "test_programme_service")
