"""The English interface is English everywhere (issue 13.5): every page, editor (each
tab), inner editor and dialog of ``tests/ui/screens.py`` in English shows no text the
Dutch catalogue holds with another English translation; Qt's own dialogs follow the
interface's language in both directions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from tests.ui.a11y_checks import plain
from tests.ui.language_checks import Catalogue, untranslated
from tests.ui.screens import demo_context, settle, walk_screens
from ui.i18n import install_translation, remove_translation


@pytest.mark.slow  # opens every window of the app (tests/ui/screens.py)
def test_every_screen_in_english_is_english(qtbot, ctx):
    demo_context(ctx)
    catalogue = Catalogue()
    found: list[str] = []
    translators = install_translation("en")
    try:
        names = walk_screens(
            ctx,
            lambda name, top: found.extend(f"{name}: {t}" for t in untranslated(top, catalogue)),
        )
    finally:
        remove_translation(translators)
    assert "missing-feedback question" in names and "trajectory editor opened" in names
    unique = sorted(set(found))
    assert not unique, "\n".join(unique)


def test_the_check_sees_dutch_inside_a_status_line():
    catalogue = Catalogue()
    assert catalogue.dutch_in("Bewaren")
    assert catalogue.dutch_in("lopend, gestart op 03/11/2026")
    assert catalogue.dutch_in("⚠ 1 opvolgactie te laat · ⚠ feedback ontbreekt")
    assert catalogue.dutch_in("running, started on 03/11/2026") == ""
    assert catalogue.dutch_in("Status") == ""  # the same word in both languages
    assert catalogue.dutch_in("Hoe starten we met digihelpers?") == ""  # record data
    # the words of an interface text inside a sentence of record data are data too
    assert catalogue.dutch_in("OD 1.1 · Bijeenkomsten van het netwerk digitale inclusie") == ""


def _file_dialog_labels(qtbot) -> list[str]:
    dialog = QFileDialog(None, "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    return [plain(label.text()) for label in dialog.findChildren(QLabel) if label.text()]


def test_qt_dialogs_speak_the_interface_language(qtbot):
    translators = install_translation("nl")
    try:
        assert "Zoeken in:" in _file_dialog_labels(qtbot)
    finally:
        remove_translation(translators)
    translators = install_translation("en")
    try:
        # Qt's own English next to ours (the dialog itself is not checked here: a Dutch
        # translator another test left installed would answer what qtbase_en leaves out)
        files = [Path(t.filePath()).name for t in translators]
        assert files == ["qtbase_en.qm", "supportdesk_en.qm"]
    finally:
        remove_translation(translators)
