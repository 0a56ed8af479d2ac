"""Global search typed letter by letter, at 10,000 and 100,000 advice talks.

    .venv/bin/python benchmarks/bench_search_keys.py              # both sizes
    .venv/bin/python benchmarks/bench_search_keys.py --talks 100000 --repeat 3
    .venv/bin/python benchmarks/bench_search_keys.py --talks 100000 --box   # the box too

Each of ``QUERIES`` is typed one letter at a time; every prefix ("d", "di", "dig", ...)
is one search, as the search box runs it after the typing pause. Reported: median, p95
and max per keystroke, wall and CPU, and the ratio to the baseline measured in the
same run: one FTS5 (SQLite) MATCH for a whole word, first 50 rowids, nothing ranked.
The slowest keystrokes are listed with their text.

``--box``: the same keystrokes typed into the search box in a window's toolbar
(1280x800, offscreen), each followed by the search, the result list filled, shown
and painted (its rows drawn by the highlight delegate), as a person sees it. The
event loop paints the list once per keystroke, as in the app; the list is painted
by hand only where it did not (it always did so far: "forced" says how often).
``--box-twice`` also paints it a second time per keystroke, as this benchmark did
up to 1cb7dd6 (a repaint after the event loop's own paint), to compare with that.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _databases import demo_database  # noqa: E402
from _timing import Samples  # noqa: E402
from sqlalchemy import text  # noqa: E402

from db.migrate import open_database  # noqa: E402
from db.session import Database  # noqa: E402
from supportdesk.search import search  # noqa: E402

# What people type: municipalities, contact names (with and without accents), themes
# and words from the talks, two-word queries.
QUERIES = [
    "gent",
    "antwerpen",
    "sint-niklaas",
    "digihelpers",
    "digitale inclusie",
    "ozdemir",
    "Özdemir",
    "van belle",
    "de rycke",
    "bibliotheek",
    "ocmw senioren",
    "cyberveiligheid",
    "phishing",
    "itsme",
    "website toegankelijk",
    "vrijwilligers",
    "onthaal",
    "afspraakmodule",
    "personeelsplatform",
    "kaartlezer",
    "fraude",
    "baarle hertog",
]


def baseline(db: Database, repeat: int) -> Samples:
    out = Samples()
    with db.read() as session:
        conn = session.connection()
        if conn.dialect.name != "sqlite":
            return out
        for _ in range(repeat):
            for word in ("gemeente", "digihelpers", "bibliotheek"):
                with out.timing():
                    conn.execute(
                        text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q LIMIT 50"),
                        {"q": word},
                    ).all()
    return out


def keystrokes(db: Database, repeat: int) -> tuple[Samples, list[tuple[float, str]]]:
    out = Samples()
    slow: list[tuple[float, str]] = []
    for _ in range(repeat):
        for query in QUERIES:
            for i in range(1, len(query) + 1):
                typed = query[:i]
                one = Samples()
                with one.timing():
                    search(db, typed, limit=50)
                out.extend(one)
                slow.append((one.cpu[0], typed))
    slow.sort(reverse=True)
    return out, slow[:8]


@dataclass
class BoxSamples(Samples):
    #: keystrokes after which the event loop had not painted the list
    forced: int = 0


def search_box(db: Database, twice: bool = False) -> BoxSamples:
    """Per keystroke: the key, the search, the list filled, laid out and painted.

    Painted once, by the event loop, as the app's list is after each search; a
    repaint by hand only if the loop did not paint the list (``forced`` counts
    those), or always with ``twice`` (the old measure: the list painted two times).
    """
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolBar

    from ui.context import AppContext
    from ui.search_box import SearchBox

    app = QApplication.instance() or QApplication(["bench"])
    win = QMainWindow()
    bar = QToolBar()
    win.addToolBar(bar)
    box = SearchBox(AppContext(db))
    bar.addWidget(box)
    win.setCentralWidget(QLabel("SupportDesk"))
    win.resize(1280, 800)
    win.show()
    app.processEvents()

    class PaintCount(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    paints = PaintCount()
    out = BoxSamples()
    for query in QUERIES:
        box.clear()
        app.processEvents()
        for ch in query:
            with out.timing():
                QTest.keyClick(box, ch)
                box.run_search()
                assert box.results is not None
                viewport = box.results.view.viewport()
                viewport.installEventFilter(paints)
                before = paints.count
                app.processEvents()
                if twice or paints.count == before:
                    out.forced += paints.count == before
                    viewport.repaint()
    win.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--talks", type=int, action="append")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--db", help="an SQLite file to use instead of the demo databases")
    parser.add_argument("--box", action="store_true", help="also the search box, painted")
    parser.add_argument(
        "--box-twice", action="store_true", help="also the box with the list painted twice"
    )
    args = parser.parse_args()
    for talks in [0] if args.db else args.talks or [10_000, 100_000]:
        if args.db:
            path = Path(args.db)
            meta = {"counts": {"search_document": 0}}
        else:
            path, meta = demo_database(talks)
        db = open_database(str(path), actor="bench")
        search(db, "warm up")
        base = baseline(db, 5)
        keys, slow = keystrokes(db, args.repeat)
        print(f"== {talks:,} talks ({meta['counts']['search_document']:,} search documents) ==")
        print(f"  baseline FTS5 MATCH, 50 rowids: {base.line()}")
        print(f"  search per keystroke ({len(QUERIES)} queries): {keys.line(baseline=base)}")
        print("  slowest (CPU ms): " + ", ".join(f"{q!r} {ms:.0f}" for ms, q in slow))
        if args.box:
            box = search_box(db)
            print(f"  search box in a toolbar, list painted: {box.line()}; forced {box.forced}")
        if args.box_twice:
            print(f"  the same, list painted twice: {search_box(db, twice=True).line()}")
        db.dispose()


if __name__ == "__main__":
    main()
