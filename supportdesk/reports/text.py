"""User text into ReportLab paragraphs, exactly as typed.

ReportLab's Paragraph reads a small XML-like markup, so a typed ``<b>``, ``&amp;``,
``</para>`` or a lone ``&`` or ``<`` would be taken as markup and either change the
layout or stop the export. Every piece of user text therefore goes through ``esc``:
XML-escaped, line breaks kept, control characters dropped, and any character the
shipped fonts cannot draw (emoji, rare scripts) replaced by ``?`` so the PDF shows no
black box and ReportLab never fails on it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from supportdesk.reports.styles import register_fonts

REPLACEMENT = "?"
_XML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\t": "    "})
# Joiners, variation selectors and skin-tone modifiers belong to a character we replace
# anyway: drop them rather than print a second "?".
_INVISIBLE = {0x200D, 0xFE0E, 0xFE0F, *range(0x1F3FB, 0x1F400)}


@cache
def _covered() -> frozenset[int]:
    return register_fonts()


def printable(value: str) -> str:
    """``value`` with what the fonts cannot draw replaced; no markup escaping."""
    if _unprintable().search(value) is None:
        return value  # the usual case: nothing to replace
    return _replaced(value)


@cache
def _unprintable() -> re.Pattern[str]:
    """One character class of every character ``_replaced`` would change: one scan in C
    tells the usual text (nothing to replace) apart, where a set of its characters
    checked against the covered code points was a twentieth of a long report."""
    keep = sorted(cp for cp in _covered() if not _controls(chr(cp)))
    ranges: list[str] = []
    start = prev = -2
    for cp in [*keep, -2]:
        if cp != prev + 1:
            if start >= 0:
                ranges.append(f"\\U{start:08x}-\\U{prev:08x}")
            start = cp
        prev = cp
    return re.compile("[^\\t\\n" + "".join(ranges) + "]")


def _replaced(value: str) -> str:
    """``value`` character by character: what ``printable`` returns."""
    covered = _covered()
    out: list[str] = []
    for ch in value:
        cp = ord(ch)
        if ch in "\n\t":
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            # Control characters never print; the line-ending ones become a line break.
            out.append("\n" if ch in "\u2028\u2029\r\x0b\x0c\x85" else "")
        elif cp in covered:
            out.append(ch)
        elif cp in _INVISIBLE or 0xE0000 <= cp <= 0xE007F or unicodedata.category(ch) == "Cf":
            continue
        else:
            out.append(REPLACEMENT)
    return "".join(out)


# Control and separator characters (tab and newline aside), and lone surrogates.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _controls(value: str) -> bool:
    return _CONTROLS.search(value) is not None


def esc(value: object, *, breaks: bool = True) -> str:
    """Paragraph markup that prints ``value`` literally (None prints as empty)."""
    if value is None:
        return ""
    text = printable(str(value).replace("\r\n", "\n"))
    text = text.translate(_XML)
    if breaks:
        return text.replace("\n", "<br/>")
    return text.replace("\n", " ")


def plain(value: object) -> str:
    """For canvas strings (header, footer, metadata): printable, one line, unescaped."""
    if value is None:
        return ""
    return " ".join(printable(str(value)).split())


# A piece of a long text: small enough that ReportLab lays it out quickly (it measures
# and splits one paragraph as a whole, so its cost grows faster than the paragraph).
PIECE_LINES = 40
PIECE_CHARS = 3000


def pieces(value: str, *, lines: int = PIECE_LINES, chars: int = PIECE_CHARS) -> list[str]:
    """``value`` (already ``printable``) cut into paragraph-sized pieces, in order.

    Cut at line breaks (which a piece boundary replaces), at most ``lines`` lines and
    about ``chars`` characters a piece; a longer line is cut at a space where it has
    one (the space stays at the end of the first piece), else anywhere. Linear in the
    length of ``value``, whatever its shape: no line is copied more than twice.
    """
    out: list[str] = []
    buf: list[str] = []
    size = 0
    for line in value.split("\n"):
        start = 0
        while len(line) - start > chars:
            cut = line.rfind(" ", start + chars // 2, start + chars)
            end = cut + 1 if cut >= 0 else start + chars
            if buf:  # the lines gathered so far make one piece, this line's head the next
                out.append("\n".join(buf))
                buf, size = [], 0
            out.append(line[start:end])
            start = end
        rest = line[start:] if start else line
        if buf and (len(buf) >= lines or size + len(rest) > chars):
            out.append("\n".join(buf))
            buf, size = [], 0
        buf.append(rest)
        size += len(rest) + 1
    if buf:
        out.append("\n".join(buf))
    return out


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """Shorten one line with an ellipsis so it never runs off the page."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
