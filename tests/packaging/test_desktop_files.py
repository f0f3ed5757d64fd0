"""Linux desktop integration: the .desktop file and AppStream metainfo pass Debian's validators,
and the icons and screenshots they name exist.

The validators come from Debian's desktop-file-utils and appstream packages; without them the
two validator tests skip, or fail when RESETTLE_REQUIRE_SERVICES=1 (as in CI)."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET  # noqa: S405 - parses the repository's own files
from pathlib import Path

from servers import unavailable

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.resettle.Resettle"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = LINUX / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def validator(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        unavailable(f"{name} not found (Debian: apt-get install {package})")
    assert path is not None
    return path


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = validator("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = validator("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", "--no-color", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "E:" not in output and "W:" not in output, output


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_and_metainfo_name_the_same_application() -> None:
    entry = desktop_entry()
    root = ET.parse(METAINFO).getroot()  # noqa: S314
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == root.findtext("provides/binary") == "resettle"
    assert "ko" in {n.get("{http://www.w3.org/XML/1998/namespace}lang")
                    for n in root.findall("summary")}


def test_metainfo_screenshots_are_files_in_packaging_screenshots() -> None:
    images = [i.text or "" for i in ET.parse(METAINFO).getroot().iter("image")]  # noqa: S314
    assert images
    shots = ROOT / "packaging" / "screenshots"
    missing = [url for url in images if not (shots / url.rsplit("/", 1)[-1]).is_file()]
    assert missing == []


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_icons_exist_in_every_standard_size() -> None:
    assert (ICONS / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    ET.parse(ICONS / "scalable" / "apps" / f"{APP_ID}.svg")  # noqa: S314 - well-formed
    for size in SIZES:
        assert png_size(ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
