"""Registers the bundled Nanum Gothic family (OFL) with ReportLab, once per process."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resettle.bundle import bundled

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Embed-ready TrueType fonts (subset into each PDF); <b> maps to the bold face."""
    fonts = bundled("resources") / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(fonts / "NanumGothic.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "NanumGothicBold.ttf")))
    # The family has no italic faces: italic requests fall back to the upright ones.
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
