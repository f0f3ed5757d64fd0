"""The administration page: users, settings, audit log and backups."""
