"""The page every report shares: A4, a running header with the subject, a footer with
who exported it and "pagina X van Y", tables that repeat their header row when they
split, PDF metadata, and a write that never leaves half a PDF behind.

"pagina X van Y" needs the page count before it is known: the canvas keeps each
page's state and draws header and footer for all pages at ``save`` (the classic
two-pass canvas), so the story is laid out only once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TypedDict, TypeVar, Unpack

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from supportdesk.collection import collection_paused
from supportdesk.reports import pdf_numbers
from supportdesk.reports.errors import ExportError
from supportdesk.reports.labels import fmt_datetime
from supportdesk.reports.language import current_language, in_language, tr
from supportdesk.reports.long_table import LongTable
from supportdesk.reports.styles import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    ZEBRA,
    Styles,
    register_fonts,
    shared_styles,
)
from supportdesk.reports.text import esc, fit_line, plain, printable
from supportdesk.safety.output_files import (
    OutputRefused,
    OutputTarget,
    check_output,
    output_file,
    private_temp,
)

Progress = Callable[[int, int], None]

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
FRAME_PADDING = 6.0  # ReportLab's default padding inside a frame, on each side
#: the width a flowable of the story gets: what ``long_text`` measures its pieces at, so
#: the layout finds them already broken into lines at that width
BODY_W = CONTENT_W - 2 * FRAME_PADDING
APP_NAME = "SupportDesk · digitale inclusie"


@dataclass(frozen=True)
class ReportMeta:
    """What the header, the footer and the PDF's metadata say."""

    title: str  # the document title (metadata)
    subject: str  # the running header: what the report is about
    author: str  # who exported it
    exported_at: datetime


# How PDF string literals write each byte (ReportLab's escapePDF, as a translate table).
_PDF_ESCAPES = {
    c: f"\\{c:03o}" if c < 32 or c >= 127 else ("\\" + chr(c) if chr(c) in "\\()" else chr(c))
    for c in range(256)
}


class _NumberedCanvas(Canvas):
    """Draws header and footer on every page once the page count is known."""

    def __init__(self, *args: Any, meta: ReportMeta, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._meta = meta
        self._pages: list[dict[str, Any]] = []

    def _escape(self, s: bytes | str) -> str:
        """ReportLab's escapePDF in one ``str.translate`` (its pure-Python loop over
        every byte of every line was a tenth of a long report's time)."""
        text = s.decode("latin-1") if isinstance(s, bytes) else s
        return text.translate(_PDF_ESCAPES)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        meta = self._meta
        self.saveState()
        top = PAGE_H - 14 * mm
        self.setFont(FONT_BOLD, 8)
        self.setFillColor(ACCENT)
        self.drawString(
            MARGIN_X, top, fit_line(plain(meta.subject), FONT_BOLD, 8, CONTENT_W * 0.68)
        )
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        self.drawRightString(PAGE_W - MARGIN_X, top, tr(APP_NAME))
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, top - 2.5 * mm, PAGE_W - MARGIN_X, top - 2.5 * mm)
        bottom = 11 * mm
        self.line(MARGIN_X, bottom + 4 * mm, PAGE_W - MARGIN_X, bottom + 4 * mm)
        footer = tr("Geëxporteerd op {when} door {who}").format(
            when=fmt_datetime(meta.exported_at), who=plain(meta.author)
        )
        self.drawString(MARGIN_X, bottom, fit_line(footer, FONT, 8, CONTENT_W * 0.7))
        page = tr("pagina {number} van {total}").format(number=number, total=total)
        self.drawRightString(PAGE_W - MARGIN_X, bottom, page)
        self.restoreState()


class _KeepWithNext(KeepTogether):
    """ReportLab's group of a heading (``keepWithNext``) and what follows, measured
    without its deep copy of the frame: ``_listWrapOn`` copies the frame (and all it
    holds) for each group in case a member adds content to it while measured, which
    none of the flowables the reports use does; that copy was a tenth of a long case
    summary. A group holding anything else is measured as ReportLab does."""

    _PLAIN = (Paragraph, Table, Spacer, LongTable)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        doc: Any = getattr(self.canv, "_doctemplate", None)
        frame = getattr(doc, "frame", None)
        if frame is None or not all(isinstance(f, self._PLAIN) for f in self._content):
            return super().wrap(aW, aH)
        doc.frame = None  # _listWrapOn copies the frame only when there is one
        try:
            return super().wrap(aW, aH)
        finally:
            doc.frame = frame


class _Doc(BaseDocTemplate):
    """One frame per page; reports progress as flowables are laid out."""

    def __init__(
        self, filename: str | BinaryIO, meta: ReportMeta, progress: Progress | None, total: int
    ):
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=plain(meta.title),
            author=plain(meta.author),
            subject=plain(meta.subject),
            creator="SupportDesk",
            lang="en" if current_language() == "en" else "nl-BE",
            initialFontName=FONT,  # else every PDF names Helvetica, unembedded
            keepTogetherClass=_KeepWithNext,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=FRAME_PADDING,
            rightPadding=FRAME_PADDING,
            topPadding=FRAME_PADDING,
            bottomPadding=FRAME_PADDING,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._progress = progress
        self._total = max(total, 1)
        self._done = 0
        self._step = max(1, self._total // 100)
        self.story: list[Flowable] = []

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        """Lay out the next flowable, then report how much of the story is done.

        Progress counts the story's items still waiting: a table split over pages puts
        its remainder back, so progress waits on it and never runs ahead.
        """
        super().handle_flowable(flowables)
        if self._progress is None or flowables is not self.story:
            return  # ReportLab also handles lists of its own (e.g. at a page's start)
        done = max(0, self._total - len(flowables))
        if done != self._done and (done - self._done >= self._step or done == self._total):
            self._done = done
            self._progress(done, self._total)


def build_pdf(
    out_path: str | os.PathLike[str],
    meta: ReportMeta,
    story: Sequence[Flowable],
    progress: Progress | None = None,
) -> Path:
    """Lay out ``story`` into ``out_path``: written to a private (0600) temporary file in
    the same folder and put in place at the end, so a failed export leaves no half PDF.

    ``out_path`` may be a checked ``OutputTarget`` (the command line: never over an
    existing file without ``--force``, never the database); a plain path may replace a
    regular file (the app's save dialog asked), never a symlink, folder or device.
    """
    register_fonts()
    # Plain deflated streams: the ASCII85 layer on top only makes the file bigger and,
    # in pure Python, costs a tenth of the time.
    rl_config.useA85 = 0
    pdf_numbers.install()  # the same PDF, numbers formatted once each
    target = _target(out_path)
    try:
        with output_file(target) as fh:
            doc = _Doc(fh, meta, progress, len(story))
            doc.story = list(story)
            doc.build(doc.story, canvasmaker=partial(_NumberedCanvas, meta=meta))
    except OSError as exc:
        raise ExportError(f"{target}: kan niet schrijven ({exc.strerror or exc}).") from exc
    return target.path


#: what a report makes once it knows when it is exported: its title, running header
#: (subject) and story
Contents = Callable[[datetime], tuple[str, str, Sequence[Flowable]]]


class _Exporter(TypedDict):
    exported_by: str  # who exports it: the footer and the PDF's author


class ExportOptions(_Exporter, total=False):
    """The options every report's ``render_*`` function takes (as keywords)."""

    exported_at: datetime | None  # when: now, to the second, unless given
    progress: Progress | None  # called with (done, total) while the PDF is laid out
    language: str  # "nl" (the default) or "en"


def render_pdf(
    out_path: str | os.PathLike[str], contents: Contents, **options: Unpack[ExportOptions]
) -> Path:
    """The steps every report takes, in its language: refuse an unwritable
    ``out_path`` before any work, stamp the export time, read and lay out the
    contents, and write the PDF (``build_pdf``)."""
    _check_options(options)
    with in_language(options.get("language", "nl")):
        check_writable(out_path)
        when = options.get("exported_at") or datetime.now().replace(microsecond=0)
        with collection_paused():
            title, subject, story = contents(when)
            meta = ReportMeta(title, subject, author=options["exported_by"], exported_at=when)
            path = build_pdf(out_path, meta, story, options.get("progress"))
            # Freed before the collector is back on: its first collection then walks
            # only what is left (it walked the whole story, a tenth of the time).
            del story
        return path


_Data = TypeVar("_Data")
_In = TypeVar("_In", contravariant=True)


class Builder(Protocol[_In]):
    """Makes a report's story from its data (``build_case_summary`` and the like)."""

    def __call__(
        self, data: _In, styles: Styles, /, *, exported_by: str, exported_at: datetime
    ) -> list[Flowable]: ...


def render_report(
    out_path: str | os.PathLike[str],
    read: Callable[[], _Data],
    build: Builder[_Data],
    titles: Callable[[_Data], tuple[str, str]],
    **options: Unpack[ExportOptions],
) -> Path:
    """A report in three steps inside ``render_pdf``: ``read`` its data, ``build`` its
    story in the shared styles, and name it (``titles``: the PDF's title and the
    running header)."""

    def contents(at: datetime) -> tuple[str, str, list[Flowable]]:
        data = read()
        story = build(data, shared_styles(), exported_by=options["exported_by"], exported_at=at)
        title, subject = titles(data)
        return title, subject, story

    return render_pdf(out_path, contents, **options)


def _check_options(options: Mapping[str, object]) -> None:
    """A misspelt or missing option fails as a wrong keyword argument would."""
    unknown = sorted(
        set(options) - ExportOptions.__required_keys__ - ExportOptions.__optional_keys__
    )
    if unknown:
        raise TypeError(f"unexpected keyword argument {unknown[0]!r}")
    missing = sorted(ExportOptions.__required_keys__ - set(options))
    if missing:
        raise TypeError(f"missing required keyword argument {missing[0]!r}")


def check_writable(out_path: str | os.PathLike[str]) -> None:
    """Fail before any work when the PDF cannot be written where asked."""
    target = _target(out_path)
    try:
        with private_temp(target.path):
            pass
    except OSError as exc:
        raise ExportError(f"{target}: kan hier niet schrijven ({exc.strerror}).") from exc


def _target(out_path: str | os.PathLike[str]) -> OutputTarget:
    """``out_path`` checked by ``output_files`` (an ``OutputTarget`` stays as it is)."""
    try:
        return check_output(out_path, force=True)
    except OutputRefused as exc:
        raise ExportError(exc.message) from exc


# --- building blocks -------------------------------------------------------------------


_TEMPLATES: dict[int, tuple[Any, Any]] = {}


def para(text: object, style: Any, bullet: str | None = None) -> Paragraph:
    """A paragraph of user text in one style, printed literally.

    Built from ReportLab's text fragments directly, so the text never goes through the
    markup parser: ``<b>``, ``&amp;`` or ``</para>`` cannot be taken as markup, and the
    parser's cost (a tenth of a long report) is saved. ``bullet`` is a fixed label.
    """
    key = id(style)
    if key not in _TEMPLATES:
        _TEMPLATES[key] = (style, Paragraph("x", style).frags[0])
    frag = _TEMPLATES[key][1]
    value = printable("" if text is None else str(text).replace("\r\n", "\n"))
    frags = []
    for i, line in enumerate(value.replace("\t", "    ").split("\n")):
        if i:
            frags.append(frag.clone(text="", lineBreak=True, link=[], us_lines=[]))
        frags.append(frag.clone(text=line, link=[], us_lines=[]))
    return _WrapOnce(value, style, bulletText=bullet, frags=frags)


class _WrapOnce(Paragraph):
    """A paragraph that breaks its lines once per width: ReportLab wraps a table cell's
    paragraph to measure the row and again to draw it, and a paragraph that does not
    fit at a page end again to split it (two thirds of a case summary's line breaking).
    ``Paragraph.wrap`` depends on the width only."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.__dict__.get("_wrapped_at") == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


def markup(text: str, style: Any) -> Paragraph:
    """A paragraph of our own markup (whatever user text it holds was passed to ``esc``),
    broken into lines once per width like ``para``."""
    return _WrapOnce(text, style)


CELL_PADDING = 6.0  # ReportLab's default left + right padding of a cell
TABLE_PADDING = 3  # top and bottom padding of a table cell
LONG_LIST_ROWS = 60  # more rows than fit on one page: laid out as a LongTable


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: Styles,
    *,
    numeric: Sequence[int] = (),
    split_rows: bool = True,
) -> Table | LongTable:
    """A ruled table whose header row repeats on every page it spans.

    Cells given as text print literally: text that fits on one line is drawn as a plain
    string (fast, never parsed as markup), longer text becomes a wrapping paragraph.
    ``split_rows`` lets one tall row (a long text) continue on the next page; lists of
    one-line rows switch it off, which saves copying the whole list at each page end.
    A list longer than a page is a ``LongTable``: laid out one page-sized table at a
    time, so a list of 40,000 rows costs 1,000 times one of 40, not a million times.
    """
    header = [tr(h) for h in header]  # the column names are the report's own words
    col_w = [w * CONTENT_W for w in widths]
    head = [
        para(h, styles.cell_head_right if i in numeric else styles.cell_head)
        for i, h in enumerate(header)
    ]
    body = [
        [_cell(v, col_w[i], styles) if isinstance(v, str) else v for i, v in enumerate(row)]
        for row in rows
    ]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), styles.cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), styles.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), styles.cell.textColor),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), TABLE_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), TABLE_PADDING),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
    ]
    for col in numeric:
        commands.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
    if len(body) > LONG_LIST_ROWS:
        return LongTable(
            head,
            body,
            col_w,
            commands,
            min_row_height=styles.cell.leading + 2 * TABLE_PADDING,
            split_rows=split_rows,
        )
    t = Table(
        [head, *body],
        colWidths=col_w,
        repeatRows=1,
        splitInRow=1 if split_rows else 0,
        # Pieces of a split table keep the row heights already measured instead of
        # measuring every remaining row again on each page.
        longTableOptimize=1,
        hAlign="LEFT",
    )
    t.setStyle(TableStyle(commands))
    return t


def _cell(value: str, width: float, styles: Styles) -> Any:
    text = printable(value.replace("\r\n", "\n")).replace("\t", "    ")
    if "\n" in text or stringWidth(text, FONT, styles.cell.fontSize) > width - CELL_PADDING:
        return para(text, styles.cell)
    return text


def cells(values: Sequence[object], styles: Styles) -> list[str]:
    """One table row of user text (``table`` decides per cell how to print it)."""
    return ["" if v is None else str(v) for v in values]


def _or_dash(value: object) -> object:
    return "—" if value is None or str(value).strip() == "" else value


def fields(pairs: Sequence[tuple[str, object]], styles: Styles, label_w: float = 0.26) -> Table:
    """Label / value lines (a record's facts), values printed literally."""
    rows = [
        [Paragraph(esc(tr(k)), styles.label), Paragraph(esc(v) or "—", styles.cell)]
        for k, v in pairs
    ]
    t = Table(
        rows,
        colWidths=[label_w * CONTENT_W, (1 - label_w) * CONTENT_W],
        splitInRow=1,
        hAlign="LEFT",
    )
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


def text_block(label_text: str, value: str, styles: Styles) -> list[Flowable]:
    """A labelled block of free text (question, advice, needs): splits across pages."""
    if not value.strip():
        return []
    from supportdesk.reports.blocks import long_text  # blocks builds on this module

    return [para(tr(label_text), styles.label), *long_text(value, styles.text, styles)]


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)
