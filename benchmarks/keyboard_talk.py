"""An advice talk with a follow-up action, logged by keyboard alone: how many keys?

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/keyboard_talk.py

Opens the real main window on a fresh database (in a temporary folder), goes to
Adviesgesprekken and logs a complete talk as an advisor would after a phone call:
Ctrl+N, the government (a few letters, Tab chooses), the date ("vandaag"), the
duration, the question and the advice, one theme ticked, a follow-up action with its
due date ("+7"), Ctrl+S. Every key goes through QTest key events to the widget that has
the focus, never a setter; where the way to a field is Tab presses, the script presses
Tab until the field has the focus and counts each press, so the count follows the
editor's real Tab order. An event filter counts every mouse event the application
receives: the run fails if there is one, or if the talk and its action are not in the
database as typed.

Printed: the keystrokes (a shortcut such as Ctrl+N is one), split into typed
characters and other keys, and the time a practised user needs: typed characters at
60 words a minute (5 characters a second) and 0.4 s for each other key (Tab, Enter, a
shortcut: a glance at the screen). The aim (issue 13) is under 60 s.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

CHARS_PER_SECOND = 5.0  # 60 words a minute
SECONDS_PER_OTHER_KEY = 0.4
AIM_SECONDS = 60.0

GOVERNMENT = "Gent"
QUESTION = "Hoe bereiken we senioren zonder smartphone voor de digitale loketten?"
ADVICE = "Start met een inloopmoment in de bib en werk samen met de dienstencentra."
ACTION = "Contactgegevens dienstencentra doorsturen"

MOUSE_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class MouseWatch(QObject):
    """Counts the mouse events the application receives (there must be none)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE_EVENTS:
            self.count += 1
        return False


@dataclass
class Keyboard:
    """Presses keys on whatever has the focus, counting them."""

    app: QApplication
    typed: int = 0
    other: int = 0
    log: list[str] = field(default_factory=list)

    def target(self) -> QWidget:
        widget = self.app.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for ch in text:
            QTest.keyClicks(self.target(), ch)
            self.app.processEvents()
        self.typed += len(text)
        self.log.append(f"type {text!r}")

    def press(
        self,
        key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        name: str = "",
    ) -> None:
        QTest.keyClick(self.target(), key, modifiers)
        self.app.processEvents()
        self.other += 1
        self.log.append(name or str(key).rsplit(".", 1)[-1])

    def tab_to(self, widget: QWidget, limit: int = 40) -> None:
        """Tab until ``widget`` (or its focus proxy's child) has the focus."""
        for _ in range(limit):
            focus = self.app.focusWidget()
            if focus is widget or (focus is not None and widget.isAncestorOf(focus)):
                return
            self.press(Qt.Key.Key_Tab, name="Tab")
        raise AssertionError(f"Tab never reached {widget.accessibleName() or widget}")

    @property
    def total(self) -> int:
        return self.typed + self.other


def log_a_talk(window: object, ctx: object, keys: Keyboard) -> object:
    """The talk, by keys only; returns the editor (closed after the save)."""
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    ctrl = Qt.KeyboardModifier.ControlModifier
    keys.press(Qt.Key.Key_3, ctrl, "Ctrl+3 (Adviesgesprekken)")
    keys.press(Qt.Key.Key_N, ctrl, "Ctrl+N")
    page = window.page("advice_talk")
    editor = page.editors[-1]  # type: ignore[attr-defined]
    QTest.qWaitForWindowActive(editor)
    assert editor.government.hasFocus(), "a new talk starts in Lokaal bestuur"
    keys.type(GOVERNMENT)
    keys.press(Qt.Key.Key_Tab, name="Tab (chooses the government)")
    keys.tab_to(editor.date)
    keys.type("vandaag")
    keys.tab_to(editor.duration)
    keys.press(Qt.Key.Key_A, ctrl, "Ctrl+A")
    keys.type("25")
    keys.tab_to(editor.question)
    keys.type(QUESTION)
    keys.tab_to(editor.advice)
    keys.type(ADVICE)
    keys.tab_to(editor.themes)
    keys.press(Qt.Key.Key_Space, name="Space (ticks the first theme)")
    keys.tab_to(editor.follow_ups.add_button)
    keys.press(Qt.Key.Key_Space, name="Space (Opvolgactie toevoegen)")
    row = editor.follow_ups.rows()[-1]
    assert row.description.hasFocus(), "a new follow-up row starts in its description"
    keys.type(ACTION)
    keys.tab_to(row.due)
    keys.type("+7")
    keys.press(Qt.Key.Key_S, ctrl, "Ctrl+S")
    return editor


def main() -> int:
    from supportdesk.database import open_app_database
    from supportdesk.queries.advice_talks import AdviceTalkFilter, list_advice_talks
    from supportdesk.services.advice import get_advice_talk
    from supportdesk.services.team import TeamMemberInput, create_team_member, list_themes
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        app.setOrganizationName("SupportDesk-benchmark")
        db = open_app_database(str(Path(folder) / "talk.sqlite3"), actor="benchmark")
        ctx = AppContext(db)
        me = create_team_member(db, TeamMemberInput("Özlem Janssens")).id
        ctx.settings().setValue("user/team_member_id", me)
        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        window.nav.setFocus()

        mouse = MouseWatch()
        app.installEventFilter(mouse)
        keys = Keyboard(app)
        editor = log_a_talk(window, ctx, keys)
        app.processEvents()
        app.removeEventFilter(mouse)

        closed = not shiboken6.isValid(editor) or not editor.isVisible()  # type: ignore[arg-type]
        assert closed, "Ctrl+S did not save and close the talk"
        talks = list_advice_talks(db, AdviceTalkFilter())
        assert len(talks) == 1, f"{len(talks)} talks saved"
        talk = get_advice_talk(db, talks[0].id)
        assert talk.local_government.name == GOVERNMENT
        assert talk.date == date.today() and talk.duration_minutes == 25
        assert talk.question == QUESTION and talk.advice == ADVICE
        assert [t.name for t in talk.themes] == [list_themes(db)[0].name]
        actions = talk.follow_ups
        assert [(a.description, a.due_date) for a in actions] == [
            (ACTION, date.today() + timedelta(days=7))
        ], actions
        assert mouse.count == 0, f"{mouse.count} mouse events"
        window.close()
        db.engine.dispose()

    seconds = keys.typed / CHARS_PER_SECOND + keys.other * SECONDS_PER_OTHER_KEY
    print("Advice talk with one follow-up action, by keyboard alone (no mouse event)")
    print(
        f"  keystrokes:      {keys.total} ({keys.typed} typed characters, {keys.other} other keys)"
    )
    print(f"  other keys:      {', '.join(k for k in keys.log if not k.startswith('type'))}")
    print(
        f"  practised time:  {seconds:.0f} s (typing at {CHARS_PER_SECOND:.0f} characters/s, "
        f"{SECONDS_PER_OTHER_KEY} s per other key); aim < {AIM_SECONDS:.0f} s"
    )
    return 0 if seconds < AIM_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
