"""Composition root: `resettle` starts the desktop application, or the command line with
its services; where things live and the log are resettle.startup's job."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resettle.services.installation import Location


def start_gui(location: Location) -> int:
    from resettle.gui.main import run_gui

    return run_gui(location)


def gui_check() -> str:
    from resettle.gui.startup.selfcheck import qt_offscreen

    return qt_offscreen()


def _plain_gui_start(argv: list[str]) -> tuple[bool, Path | None]:
    """For `resettle`, `resettle gui` and either with `--data-dir DIR`: (True, the data folder
    or None for the default); (False, None) when the command line is anything else."""
    rest, data_dir = list(argv), None
    if rest[:1] == ["--data-dir"] and len(rest) >= 2:
        data_dir, rest = Path(rest[1]), rest[2:]
    return (rest in ([], ["gui"]), data_dir)


def main(argv: list[str]) -> int:
    """The CLI parses; with no command (or `gui`) it starts the desktop application, and
    then straight away: the log-in window shows before the CLI and services load."""
    plain_gui, data_dir = _plain_gui_start(argv)
    if plain_gui:
        from resettle.gui.main import main as gui_main

        return gui_main(data_dir)
    from resettle.cli.main import run

    return run(argv, start_gui, gui_check)
