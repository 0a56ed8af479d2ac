"""``render_pdf``, the steps every report takes: the report's language is set for the
whole render (the contents and the page decoration), and Python's cyclic garbage
collector is off while the contents are read and laid out (its collections walked the
tens of thousands of objects of a long report again and again, a fifth of the case
summary of the busiest government at 100,000 talks) and as it was afterwards, also
when the render fails.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable

from supportdesk.reports.errors import ExportError
from supportdesk.reports.language import current_language, tr
from supportdesk.reports.layout import Contents, collection_paused, para, render_pdf
from supportdesk.reports.styles import shared_styles

AT = datetime(2026, 3, 4, 10, 30)


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _contents(seen: dict[str, object]) -> Contents:
    def contents(at: datetime) -> tuple[str, str, Sequence[Flowable]]:
        seen["collecting"] = gc.isenabled()
        seen["language"] = current_language()
        seen["at"] = at
        return (
            "Titel",
            tr("pagina {number} van {total}"),
            [para("Łukasz & <b>", shared_styles().body)],
        )

    return contents


def test_collector_off_while_rendering_and_on_again(collector_on: None, tmp_path: Path) -> None:
    seen: dict[str, object] = {}
    out = render_pdf(tmp_path / "r.pdf", _contents(seen), exported_by="An", exported_at=AT)
    assert seen == {"collecting": False, "language": "nl", "at": AT}
    assert gc.isenabled()
    assert "Łukasz & <b>" in PdfReader(str(out)).pages[0].extract_text()


def test_collector_on_again_after_a_failed_render(collector_on: None, tmp_path: Path) -> None:
    def failing(at: datetime) -> tuple[str, str, Sequence[Flowable]]:
        assert not gc.isenabled()
        raise ExportError("kapot")

    with pytest.raises(ExportError, match="kapot"):
        render_pdf(tmp_path / "r.pdf", failing, exported_by="An", exported_at=AT)
    assert gc.isenabled()
    assert not (tmp_path / "r.pdf").exists()


def test_a_collector_switched_off_by_the_caller_stays_off(collector_on: None) -> None:
    gc.disable()
    with collection_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
    gc.enable()
    with collection_paused(), collection_paused():  # nested: on only at the outer end
        pass
    assert gc.isenabled()


def test_language_holds_for_the_contents_and_the_pages(tmp_path: Path) -> None:
    seen: dict[str, object] = {}
    out = render_pdf(
        tmp_path / "r.pdf", _contents(seen), exported_by="An", exported_at=AT, language="en"
    )
    assert seen["language"] == "en"
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Exported on" in text and "page 1 of 1" in text
    assert current_language() == "nl"  # only for that render


def test_unknown_language_refused_before_any_work(tmp_path: Path) -> None:
    seen: dict[str, object] = {}
    with pytest.raises(ValueError, match="unknown report language"):
        render_pdf(tmp_path / "r.pdf", _contents(seen), exported_by="An", language="de")
    assert seen == {}
    assert gc.isenabled()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"exported_by": "An", "langauge": "en"}, "unexpected keyword argument 'langauge'"),
        ({"language": "en"}, "missing required keyword argument 'exported_by'"),
    ],
)
def test_a_wrong_option_fails_as_a_wrong_keyword_would(
    tmp_path: Path, options: dict[str, str], message: str
) -> None:
    seen: dict[str, object] = {}
    with pytest.raises(TypeError, match=message):
        render_pdf(tmp_path / "r.pdf", _contents(seen), **options)  # type: ignore[arg-type]
    assert seen == {}
    assert not list(tmp_path.iterdir())
