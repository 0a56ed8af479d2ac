"""Long texts of every shape print in time linear in their length: a bounded number of
pages per text, "(ingekort, zie de app)" where a text is cut, and what is printed
before that is exactly the start of the text as typed (markup characters included).

Timing is not asserted (the machine is shared); a talk of 50,000 short lines used to
take longer than 300 s and now takes well under a few seconds.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from db.models import (
    ContactMoment,
    Feedback,
    FollowUpAction,
    Trajectory,
)
from db.session import Database
from supportdesk.reports import render_case_summary, render_trajectory_report
from supportdesk.reports.blocks import MAX_PAGES_PER_TEXT, TRUNCATED
from supportdesk.reports.text import pieces
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from tests.supportdesk.reports._fixtures import gent, gent_phone_talk, pdf_text

# 50,000 numbered lines, markup in each: any line lost, doubled or altered shows.
NUMBERED = "\n".join(f"r{i}<b>&amp;</b>" for i in range(50_000))
FURNITURE = ("pagina", "SupportDesk", "Dossieroverzicht", "Geëxporteerd")  # header, footer
LINE = re.compile(r"(?:^|\s)r(\d+)<b>&amp;</b>$")  # the first after its label (Vraag)


def _printed_prefix(text: str) -> int:
    """How many of NUMBERED's lines the PDF shows; asserts they are exactly the first
    ones, in order, followed by the truncation marker."""
    numbers = [int(m.group(1)) for line in text.splitlines() if (m := LINE.search(line.strip()))]
    assert numbers == list(range(len(numbers)))  # the start of the text, nothing skipped
    after = text[text.index(f"r{numbers[-1]}<b>&amp;</b>") :]
    assert " ".join(TRUNCATED.split()) in " ".join(after.split())
    return len(numbers)


def test_a_talk_of_50000_lines_is_cut_after_a_page_limit(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.write() as s:
        gent_phone_talk(s, question=NUMBERED, advice="Het advies na de lange vraag <&>")
    out = render_case_summary(sqlite_db, "44021", tmp_path / "case.pdf", exported_by="t")
    reader = PdfReader(str(out))
    assert len(reader.pages) <= MAX_PAGES_PER_TEXT + 3
    text = pdf_text(out)
    shown = _printed_prefix(text)
    assert shown > 20 * 40  # many pages of it printed, not just a first page
    assert "Het advies na de lange vraag <&>" in text  # what follows the text still prints


def test_the_longest_text_the_services_accept(sqlite_db: Database, tmp_path: Path) -> None:
    """100,000 characters as 50,000 lines, through the service: accepted, printed in
    part, cut with the marker; the printed lines are the typed ones."""
    with sqlite_db.read() as s:
        lg = gent(s).public_id
    question = "<&\n" * 33_333 + "x"
    assert len(question) == 100_000
    create_advice_talk(sqlite_db, AdviceTalkInput(date(2025, 3, 1), lg, "phone", question))
    out = render_case_summary(sqlite_db, "44021", tmp_path / "case.pdf", exported_by="t")
    assert len(PdfReader(str(out)).pages) <= MAX_PAGES_PER_TEXT + 3
    text = pdf_text(out)
    assert TRUNCATED in text
    body = text[text.index("<&") : text.index(TRUNCATED)]
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    assert {x for x in lines if not any(w in x for w in FURNITURE)} == {"<&"}
    assert lines.count("<&") > 20 * 40


def test_one_huge_word_and_odd_characters_print_whole(sqlite_db: Database, tmp_path: Path) -> None:
    """Shapes under the page limit print entirely: one 60,000-character word, control
    characters, tabs and emoji (replaced, as everywhere)."""
    word = "Łukasz" * 10_000
    with sqlite_db.write() as s:
        gent_phone_talk(
            s,
            question=word,
            advice="\x07\x1b\x0b" * 300 + "einde <b>",
            notes="\t" * 50_000 + "na de tabs 🙂 &amp;",
        )
    out = render_case_summary(sqlite_db, "44021", tmp_path / "case.pdf", exported_by="t")
    text = pdf_text(out)
    assert TRUNCATED not in text
    body = "\n".join(x for x in text.splitlines() if not any(w in x for w in FURNITURE))
    assert word in "".join(body.split())  # across pages, the running header left out
    assert "einde <b>" in text
    assert "na de tabs ? &amp;" in " ".join(text.split())


def test_long_texts_in_tables_and_feedback(sqlite_db: Database, tmp_path: Path) -> None:
    """Contact-moment notes, a follow-up's notes and feedback: each in pieces (table rows
    or paragraphs), each cut after the page limit with the marker."""
    with sqlite_db.write() as s:
        lg = gent(s)
        traj = Trajectory(
            local_government=lg, title="Traject", status="running", start_date=date(2025, 1, 1)
        )
        s.add(traj)
        s.flush()
        s.add(ContactMoment(trajectory=traj, date=date(2025, 2, 1), form="phone", notes=NUMBERED))
        s.add(
            FollowUpAction(
                description="Opvolgen", notes=NUMBERED, trajectory=traj, local_government=lg
            )
        )
        s.add(Feedback(score=4, text=NUMBERED, given_on=date(2025, 6, 1), trajectory=traj))
        traj_id = traj.public_id
    out = render_trajectory_report(sqlite_db, traj_id, tmp_path / "t.pdf", exported_by="t")
    assert len(PdfReader(str(out)).pages) <= 3 * (MAX_PAGES_PER_TEXT + 5)
    text = pdf_text(out)
    assert text.count(TRUNCATED) == 3
    for part in text.split(TRUNCATED)[:3]:
        last = part[part.rindex("r0<b>&amp;</b>") :]
        _printed_prefix(last + TRUNCATED)


@settings(max_examples=int(os.environ.get("SUPPORTDESK_HYPOTHESIS_EXAMPLES", "100")), deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab \n\t<&"), max_size=400),
    lines=st.integers(1, 6),
    chars=st.integers(2, 30),
)
def test_pieces_cover_the_text_in_order(text: str, lines: int, chars: int) -> None:
    """Pieces are the text itself, cut at line breaks (dropped) or inside a long line
    (nothing dropped), each within its bounds."""
    parts = pieces(text, lines=lines, chars=chars)
    pos = 0
    for i, part in enumerate(parts):
        assert text.startswith(part, pos)
        assert part.count("\n") < lines
        assert len(part) <= chars
        pos += len(part)
        if i < len(parts) - 1 and text[pos : pos + 1] == "\n":
            pos += 1
    assert pos == len(text)
