"""User text goes into ReportLab paragraphs literally, whatever it holds."""

from __future__ import annotations

import pytest

from supportdesk.reports.text import REPLACEMENT, esc, plain, printable


@pytest.mark.parametrize(
    ("typed", "markup"),
    [
        ("<b>", "&lt;b&gt;"),
        ("&amp;", "&amp;amp;"),
        ("</para>", "&lt;/para&gt;"),
        ("A & B", "A &amp; B"),
        ("x < y", "x &lt; y"),
        ("a\nb", "a<br/>b"),
        ("a\r\nb", "a<br/>b"),
    ],
)
def test_escaping(typed: str, markup: str) -> None:
    assert esc(typed) == markup


def test_names_and_symbols_are_kept() -> None:
    text = "Łukasz Özdemir Ğ ß € “x” ‘y’ é ñ"
    assert printable(text) == text


def test_what_the_font_lacks_is_replaced_cleanly() -> None:
    # A thumbs-up with a skin tone, a flag, a CJK character, a control character.
    assert printable("ok 👍🏽") == f"ok {REPLACEMENT}"
    assert printable("中") == REPLACEMENT
    assert printable("a\x00b\x07c") == "abc"
    assert "\x0c" not in esc("page\x0cbreak")


def test_none_and_plain() -> None:
    assert esc(None) == ""
    assert plain("  two\nlines  ") == "two lines"


def test_escaped_text_parses_in_reportlab() -> None:
    from reportlab.platypus import Paragraph

    from supportdesk.reports.styles import Styles

    styles = Styles()
    for typed in ["<b>", "</para>", "&", "<", "&amp;", "<font size=40>", "]]>", "&#0;"]:
        p = Paragraph(esc(typed), styles.body)
        # Whatever was typed is what the paragraph holds, character for character.
        assert p.getPlainText() == typed
        p.wrap(200, 100)
