"""Before the main window: first-run set-up, log-in, recovery, the lock page, self-checks."""
