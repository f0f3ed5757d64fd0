"""The Today page: each role's worklist, a month and week calendar, and its actions."""
