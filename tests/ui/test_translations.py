"""The English translation: complete, and used when asked for with --language en."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, Qt

from supportdesk.cli.app import build_parser
from ui.i18n import TS_FILE, choose_language, install_translation, remove_translation
from ui.main_window import MainWindow


def test_every_text_has_an_english_translation():
    """Run scripts/build_translations.py after adding texts, then translate the new ones."""
    missing = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                (f or "").strip() for f in forms
            ):
                missing.append(f"{name}: {source!r}")
    assert missing == []


def test_language_en_shows_english_titles(qtbot, ctx):
    args = build_parser().parse_args(["--language", "en"])
    translators = install_translation(choose_language(args.language, ctx.settings()))
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles == [
            "Overview",
            "Local governments",
            "Advice talks",
            "Trajectories",
            "Focus groups",
            "Follow-up actions",
            "Activities",
            "Communication",
            "Administration",
        ]
        assert window.menuBar().actions()[0].text() == "&File"
        page = window.show_page("advice_talk")
        header = page.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "Date"
        assert page.filters.count_label.text() == "0 results"
        assert QCoreApplication.translate("Labels", "telefoon") == "phone"
    finally:
        remove_translation(translators)
