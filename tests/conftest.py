"""Shared fixtures. Server fixtures (PostgreSQL, Secret Service) live in tests/servers.py."""

pytest_plugins = ["servers"]
