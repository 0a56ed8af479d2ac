"""Choosing the interface language and loading its translation.

The interface is written in Dutch (nl-BE). English comes from
``resources/translations/supportdesk_en.ts`` (committed), compiled to ``.qm`` by
``scripts/build_translations.py``. The ``.qm`` is a build product: a wheel or bundle
carries it as package data (the wheel build compiles it, see ``setup.py``); in a checkout
where it is missing or older than the ``.ts`` (a fresh clone), it is built at start with
``pyside6-lrelease``, which PySide6 ships; if that fails the app stays in Dutch rather
than not starting.

Which language: ``--language``, else the setting ``ui/language`` ("nl" / "en"; empty
means "follow the system"), else English when the system language is English and Dutch
for every other system language.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from supportdesk.resources import resource

LANGUAGES = ("nl", "en")
SETTING = "ui/language"
TRANSLATIONS = resource("translations")
TS_FILE = TRANSLATIONS / "supportdesk_en.ts"
QM_FILE = TRANSLATIONS / "supportdesk_en.qm"
#: Dutch is the source text; this file holds only the plural forms of counts
#: ("1 resultaat" / "3 resultaten" from ``tr("%n resultaten", "", n)``)
NL_TS_FILE = TRANSLATIONS / "supportdesk_nl.ts"
NL_QM_FILE = TRANSLATIONS / "supportdesk_nl.qm"

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Mark ``source_text`` for translation in ``context``; returns it unchanged.

    The same as PySide6's ``QT_TRANSLATE_NOOP`` (lupdate finds the calls by this name,
    so it is kept), but typed: PySide6 declares that one as returning ``object``, which
    made every label table a ``dict[str, object]`` to mypy. Translate the text later
    with ``QCoreApplication.translate(context, text)``.
    """
    return source_text


def choose_language(cli: str | None = None, settings: QSettings | None = None) -> str:
    """The language to use: the command line, else the setting, else the system's."""
    if cli in LANGUAGES:
        return str(cli)
    value = str((settings or QSettings()).value(SETTING, "") or "")
    if value in LANGUAGES:
        return value
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


def lrelease_command() -> list[str] | None:
    """How to run lrelease: the pyside6-lrelease next to this Python, or on the PATH."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    if here.exists():
        return [str(here)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def ensure_qm(ts: Path = TS_FILE, qm: Path = QM_FILE) -> bool:
    """Build ``qm`` from ``ts`` when missing or older; True when an up-to-date .qm exists."""
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return True
    if not ts.exists():
        return False
    command = lrelease_command()
    if command is None:
        log.warning("pyside6-lrelease not found; cannot build %s", qm)
        return qm.exists()
    try:
        subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not build %s: %s", qm, exc)
    return qm.exists()


#: Qt's own texts that Qt's Dutch translation (qtbase_nl) lacks: its file dialog showed
#: "Look in:" and "Files of type:" in English beside "Bestandsnaam:"
QT_GAPS_NL: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
}


class QtGaps(QTranslator):
    """Fills ``QT_GAPS_NL`` (Qt looks here after the translators installed later)."""

    def __init__(self, texts: dict[tuple[str, str], str], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.texts = texts

    def translate(  # Qt's virtual: called for each lookup
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's null string, "not here": an empty string would blank the text.
        return self.texts.get((context, source))

    def isEmpty(self) -> bool:
        return not self.texts


#: the languages installed, last one current (tests install and remove them in turn)
_INSTALLED: list[tuple[list[QTranslator], str]] = []


def current_language() -> str:
    """The interface's language now ("nl" or "en"): the last one installed."""
    return _INSTALLED[-1][1] if _INSTALLED else "nl"


def install_translation(language: str) -> list[QTranslator]:
    """Install the translators for ``language`` on the running application.

    Both load Qt's own strings in that language (file dialog, standard buttons,
    calendar); Dutch also our Dutch plural forms and the nl-BE locale, English our
    translation and the en-BE locale. Returns the
    translators, which must live as long as the application (the caller keeps them).
    """
    app = QCoreApplication.instance()
    assert app is not None
    installed: list[QTranslator] = []
    # Qt's own texts (file dialog, standard buttons, calendar, the text fields' menu)
    # in the same language: qtbase_nl / qtbase_en from Qt's translations folder.
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.warning("Qt's own %s texts not found; Qt's dialogs stay in English", language)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Belgium))
        ours = QTranslator(app)
        if ensure_qm() and ours.load(str(QM_FILE)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("English translation not available; staying in Dutch")
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
        gaps = QtGaps(QT_GAPS_NL, app)
        app.installTranslator(gaps)
        installed.append(gaps)
        plurals = QTranslator(app)
        if ensure_qm(NL_TS_FILE, NL_QM_FILE) and plurals.load(str(NL_QM_FILE)):
            app.installTranslator(plurals)
            installed.append(plurals)
        else:
            log.warning("Dutch plural forms not available; a count of one reads as plural")
    _INSTALLED.append((installed, language))
    return installed


def remove_translation(translators: list[QTranslator]) -> None:
    _INSTALLED[:] = [entry for entry in _INSTALLED if entry[0] is not translators]
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in translators:
        app.removeTranslator(translator)
