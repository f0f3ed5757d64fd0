"""Windows .ico and macOS .icns from the rendered PNGs (Pillow, in the build venv).

    python packaging/make-icons.py

Run after packaging/linux/render-icons.py; both outputs are committed so Windows and macOS
builds need neither Qt's SVG renderer nor this script."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
PNG = HERE / "linux" / "icons" / "hicolor" / "{0}x{0}" / "apps" / "org.resettle.Resettle.png"


def main() -> None:
    big = Image.open(str(PNG).format(512)).convert("RGBA")
    big.save(HERE / "windows" / "resettle.ico", format="ICO",
             sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(HERE / "macos" / "resettle.icns", format="ICNS")
    print("packaging/windows/resettle.ico, packaging/macos/resettle.icns")


if __name__ == "__main__":
    main()
