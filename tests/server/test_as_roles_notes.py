"""tests/services/test_notes.py, each actor as their own PostgreSQL role."""

from server_as_roles import adopt

adopt(globals(), "test_notes", {
    "test_restricted_attachments": "row-level security hides a restricted attachment from a "
    "caseworker's or lawyer's role, so the service answers 'not found' where the file mode "
    "answers 'permission denied' (the row is never read)"})
