"""What the log-in window needs before any service is imported: is there a database, which mode.

Reads the data folder's files directly (names and the `mode` field of keystore.json) so the
window can appear before SQLAlchemy loads; everything else goes through the services."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

from resettle.startup import default_data_dir, env

DB_FILE, KEY_FILE = "resettle.db", "keystore.json"


class Place(NamedTuple):
    """Where the data lives, with the same fields as services.installation.Location (a
    NamedTuple: `dataclasses` is not loaded before the log-in window, ~4 ms)."""

    data_dir: Path
    url: str | None = None
    server_password: str | None = None


def from_environment(data_dir: Path | None = None) -> Place:
    return Place(data_dir or default_data_dir(), env("RESETTLE_DB_URL"),
                 env("RESETTLE_DB_PASSWORD"))


def is_initialised(place: Any) -> bool:
    return place.url is not None or (Path(place.data_dir) / DB_FILE).exists()


def key_mode(place: Any) -> str | None:
    """keyring, passphrase or server; None when the key file is missing or unreadable (the
    log-in then offers recovery)."""
    if place.url:
        return "server"
    try:
        mode = json.loads((Path(place.data_dir) / KEY_FILE).read_text(encoding="utf-8"))["mode"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return str(mode)


def location(place: Any) -> Any:
    """The services' Location for a Place (imports the services: call it after the window)."""
    from resettle.services.installation import Location

    if isinstance(place, Location):
        return place
    return Location(Path(place.data_dir), place.url, place.server_password)
