"""Fonts and paragraph styles of every report.

The shipped DejaVu Sans (``resources/fonts``, with its licence) is embedded so that
every name prints, whatever fonts the reader's computer has. ReportLab is imported
here, so import this module only when a PDF is being made (it costs ~0.15 s).
"""

from __future__ import annotations

from functools import cache
from typing import Any
from weakref import ReferenceType, ref

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from db.paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#0b5d7a")
ACCENT_LIGHT = colors.HexColor("#e3f0f5")
RULE = colors.HexColor("#b8c4ce")
ZEBRA = colors.HexColor("#f5f7f9")
GOOD = colors.HexColor("#2f7d32")
SHORT = colors.HexColor("#c05621")


class _MeasuredFont(TTFont):
    """A TTFont that remembers the width of each string it measured.

    ReportLab measures every word of every line it breaks, in pure Python unless the
    optional C accelerator (``rl_accel``) is installed; in a long report most of the
    time went there. Words repeat, so a width per string (at size 1, scaled) saves it.
    """

    _LIMIT = 200_000

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[object, float] = {}
        # the document last drawn in, its subset state and the translate table of its
        # first subset (as long as the subset holds ``size`` characters): one report
        # draws tens of thousands of lines, each for the same document
        self._last: tuple[ReferenceType[Any], Any, int, frozenset[str], dict[int, str]] | None
        self._last = None

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > self._LIMIT:
                self._widths.clear()
            width = self._widths[text] = super().stringWidth(text, 1000.0, encoding) / 1000.0
        return width * size

    def splitString(
        self, text: str, doc: object, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        """ReportLab's split of a line into font-subset codes, with a fast path.

        When every character of ``text`` already has a code in the first subset (after
        the first page, nearly always), one ``str.translate`` replaces ReportLab's
        per-character loop; anything else goes the original way.
        """
        if text and isinstance(text, str):
            last = self._last
            if last is None or last[0]() is not doc or last[2] != len(last[1].assignments):
                last = self._remember(doc)
            if last is not None and last[3].issuperset(text):
                return [(0, text.translate(last[4]).encode("latin-1"))]
        result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        return result

    def _remember(
        self, doc: object
    ) -> tuple[ReferenceType[Any], Any, int, frozenset[str], dict[int, str]] | None:
        state = self.state.get(doc)
        if state is None:
            return None  # nothing drawn in this document yet: ReportLab's way first
        table = {cp: chr(n) for cp, n in state.assignments.items() if n < 256}
        self._last = (ref(doc), state, len(state.assignments), frozenset(map(chr, table)), table)
        return self._last


@cache
def register_fonts() -> frozenset[int]:
    """Register the shipped fonts once; return the code points all of them can draw."""
    faces = {
        FONT: "DejaVuSans.ttf",
        FONT_BOLD: "DejaVuSans-Bold.ttf",
        FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    }
    covered: set[int] | None = None
    for name, filename in faces.items():
        font = _MeasuredFont(name, str(resource("fonts", filename)))
        pdfmetrics.registerFont(font)
        chars = set(font.face.charToGlyph)
        covered = chars if covered is None else covered & chars
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    return frozenset(covered or ())


class Styles:
    """The paragraph styles, made once per report (ParagraphStyle objects are cheap)."""

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle(
            "body",
            fontName=FONT,
            fontSize=9.5,
            leading=13,
            textColor=INK,
            alignment=TA_LEFT,
            splitLongWords=True,
            bulletFontName=FONT,  # ReportLab's default is Helvetica, which is not embedded
        )
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=FONT_BOLD)
        self.cell_alert = ParagraphStyle(
            "cell_alert", parent=self.cell, fontName=FONT_BOLD, textColor=SHORT
        )
        self.cell_head = ParagraphStyle(
            "cell_head", parent=self.cell, fontName=FONT_BOLD, textColor=colors.white
        )
        self.cell_head_right = ParagraphStyle(
            "cell_head_right", parent=self.cell_head, alignment=TA_RIGHT
        )
        self.title = ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=25, textColor=ACCENT
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontSize=11, leading=15, textColor=MUTED, spaceAfter=6
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=True,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=9,
            spaceAfter=2,
            keepWithNext=True,
        )
        self.entry = ParagraphStyle(
            "entry",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            backColor=ACCENT_LIGHT,
            borderPadding=(3, 4, 3, 4),
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=True,
        )
        self.label = ParagraphStyle(
            "label",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            spaceBefore=3,
            keepWithNext=True,
        )
        self.text = ParagraphStyle("text", parent=base, spaceBefore=2, spaceAfter=2)
        self.facts = ParagraphStyle(
            "facts", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=1
        )
        self.hanging = ParagraphStyle(
            "hanging",
            parent=base,
            leftIndent=62,
            bulletIndent=0,
            bulletFontName=FONT_BOLD,
            bulletFontSize=8,
            bulletColor=MUTED,
            spaceBefore=2,
            spaceAfter=2,
        )
        self.bullet = ParagraphStyle(
            "bullet", parent=base, fontSize=8.5, leading=11.5, leftIndent=10, bulletIndent=1
        )
        self.bullet_alert = ParagraphStyle(
            "bullet_alert", parent=self.bullet, fontName=FONT_BOLD, textColor=SHORT
        )
        self.figure = ParagraphStyle(
            "figure", parent=base, fontName=FONT_BOLD, fontSize=18, leading=22, textColor=ACCENT
        )


@cache
def shared_styles() -> Styles:
    """The one set of styles every report uses: made once per process, so what is
    cached per style (fragment templates) does not grow with each export."""
    return Styles()
