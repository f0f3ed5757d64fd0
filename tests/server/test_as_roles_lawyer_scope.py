"""tests/services/test_lawyer_scope.py with each actor connected as their own PostgreSQL role."""

from server_as_roles import adopt

adopt(globals(), "test_lawyer_scope")
