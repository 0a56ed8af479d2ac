"""Search results say why they matched and show the matched words in bold (issue 19.2)."""

from __future__ import annotations

from datetime import date

from tests.supportdesk.queries._data import talk
from tests.ui.test_search_box import shown, type_and_wait, window  # noqa: F401 (fixture)
from ui.style.highlight import ELLIPSIS, pieces, place


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


def _eager_place(runs, room, width, elide, ellipsis):
    """The placement as the delegate drew it before, every piece measured first; except
    that a piece cut before the "…" now always ends in it (see the test below)."""
    widths = [width(p, b) for p, b in runs]
    total = sum(widths)
    out, x = [], 0.0
    for i, ((piece, bold), w) in enumerate(zip(runs, widths, strict=True)):
        last = i == len(runs) - 1
        if total > room and x + w > room - (0 if last else ellipsis):
            cut = elide(piece, bold, room - x)
            if not cut.endswith(ELLIPSIS):
                cut = elide(piece + ELLIPSIS, bold, room - x)
            out.append((x, cut or ELLIPSIS, bold))
            break
        out.append((x, piece, bold))
        x += w
    return out


def _fixed_width(piece, bold):
    return len(piece.replace(ELLIPSIS, "")) * (7.5 if bold else 6.25) + 6.0 * piece.count(ELLIPSIS)


def _elide(piece, bold, room):
    """Cut to whole letters that fit with "…", as QFontMetricsF.elidedText does."""
    if _fixed_width(piece, bold) <= room:
        return piece
    n = len(piece)
    if piece.endswith(ELLIPSIS):
        n -= 1
    while n and _fixed_width(piece[:n], bold) + 6.0 > room:
        n -= 1
    return piece[:n] + ELLIPSIS if n else ""


def test_a_row_is_placed_as_when_every_piece_was_measured_first():
    import random

    rng = random.Random(19)
    for _ in range(3000):
        runs = [
            ("".join(rng.choice("ab <&>") for _ in range(rng.randint(0, 12))), i % 2 == 1)
            for i in range(rng.randint(1, 9))
        ]
        room = rng.uniform(0, 400)
        assert place(runs, room, _fixed_width, _elide, 6.0) == _eager_place(
            runs, room, _fixed_width, _elide, 6.0
        ), (runs, room)


def test_the_pieces_past_the_end_of_a_row_are_not_measured():
    """A talk's row (question, government, date, words from its text) runs on far past
    the row's end: only the pieces up to it are measured, on every keystroke."""
    measured: list[str] = []

    def width(piece, bold):
        measured.append(piece)
        return _fixed_width(piece, bold)

    runs = [(f"piece{i} ", i % 2 == 1) for i in range(40)]
    placed = place(runs, 110.0, width, _elide, 6.0)
    assert placed == [(0.0, "piece0 ", False), (43.75, "piece1 ", True), (96.25, "p…", False)]
    assert len(measured) < 6  # not 40
    short = [("Gent", True), (" — Oost-Vlaanderen", False)]
    assert place(short, 400.0, width, _elide, 6.0) == [
        (0.0, "Gent", True),
        (30.0, " — Oost-Vlaanderen", False),
    ]


def test_a_piece_that_fits_but_leaves_no_room_for_the_ellipsis_gives_letters_to_it():
    """The row used to end with such a piece and no "…", as if the text ended there."""
    runs = [(f"piece{i} ", i % 2 == 1) for i in range(40)]
    # "piece0 " 43.75 + "piece1 " 52.5 = 96.25 fits in 100, the "…" after it does not
    placed = place(runs, 100.0, _fixed_width, _elide, 6.0)
    assert placed == [(0.0, "piece0 ", False), (43.75, "piece1…", True)]
    assert sum(_fixed_width(p, b) for _, p, b in placed) <= 100.0
