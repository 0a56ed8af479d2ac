"""Search results say why they matched and show the matched words in bold (issue 19.2)."""

from __future__ import annotations

from datetime import date

from tests.supportdesk.queries._data import talk
from tests.ui.test_search_box import shown, type_and_wait, window  # noqa: F401 (fixture)
from ui.style.highlight import pieces


def test_the_matching_prefixes_are_bold_and_the_text_stays_as_typed():
    assert pieces("Digihelpers <&> Łódź", ["digi", "lod"]) == [
        ("Digi", True),
        ("helpers <&> ", False),
        ("Łód", True),
        ("ź", False),
    ]
    assert pieces("a < b", []) == [("a < b", False)]
    assert pieces("", ["a"]) == [("", False)]
    assert pieces("gent", ["gent"]) == [("gent", True)]


def test_a_former_municipality_and_a_match_in_the_text_say_so(qtbot, ctx, window):  # noqa: F811
    talk(ctx.db, "Gent", date(2025, 3, 4), question="Vraag <&>\nStart met digihelpers.")
    box = window.search
    type_and_wait(qtbot, box, "borsbeek")
    assert "Borsbeek → Antwerpen — Antwerpen" in shown(box)
    assert box.placeholderText() == "Zoek overal (Ctrl+K)"
    box.clear()
    type_and_wait(qtbot, box, "digihelp")
    line = next(x for x in shown(box) if x.startswith("Gent · 04/03/2025"))
    assert line.startswith("Gent · 04/03/2025 — Vraag <&> · in de tekst: ")
    assert "digihelpers" in line.split("in de tekst: ")[1]
    assert box.results.terms == ["digihelp"]
    assert not box.results.grab().isNull()  # the bold painting works
