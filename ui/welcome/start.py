"""The first-start hook of ``ui.app.run_app``: on a database nobody has joined yet the
welcome shows before the main window; its outcome says what the app does next.

- Saved: the new member becomes "me" (``user/team_member_id``, stamped on what I save)
  and the language chosen is stored (``ui/language``) and applied at once, before the
  main window is built, so the whole window is in that language.
- "Demogegevens verkennen": the demo database beside the real one is made (and filled)
  when needed and opened instead; the real database stays as it is.
- Later: the app opens as it is; the welcome shows again at the next start.

A demo database says so in the window title (``mark_demo``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from supportdesk.demo_file import is_demo_database
from supportdesk.errors import DomainError
from supportdesk.queries.start import has_team_members
from ui import start_collection
from ui.context import AppContext
from ui.i18n import SETTING as LANGUAGE_KEY
from ui.settings_dialog import MEMBER_KEY, apply_member_as_actor
from ui.widgets.questions import tell_error


@dataclass(frozen=True)
class FirstStart:
    """What the welcome decided: open ``next_location`` instead (the demo database),
    and/or switch to ``language``; both None when nothing changes."""

    next_location: str | None = None
    language: str | None = None


def first_start(ctx: AppContext, language: str, parent: QWidget | None = None) -> FirstStart:
    """Show the welcome on a database without team members; act on what was chosen.

    The check is one Core query; the welcome's modules (its dialog, the services that
    save it) load only when it shows, so a start with a team loads none of them."""
    if has_team_members(ctx.db):
        return FirstStart()
    from ui.welcome.dialog import DEMO, SAVED, WelcomeDialog

    start_collection.resume()  # the welcome waits for a person
    dialog = WelcomeDialog(ctx, language, parent)
    dialog.exec()
    if dialog.outcome == DEMO:
        return FirstStart(next_location=open_demo(ctx, parent))
    if dialog.outcome != SAVED or dialog.me is None:
        return FirstStart()
    settings = ctx.settings()
    settings.setValue(MEMBER_KEY, dialog.me.id)
    settings.setValue(LANGUAGE_KEY, dialog.language())
    settings.sync()
    apply_member_as_actor(ctx)
    for kind in ("team_member", "target", "settings"):
        ctx.notify_changed(kind)
    chosen = dialog.language()
    return FirstStart(language=chosen if chosen != language else None)


def open_demo(ctx: AppContext, parent: QWidget | None = None) -> str | None:
    """The demo database's location, made and filled first when needed (a wait cursor
    meanwhile); None, with the reason told, when it could not be made."""
    from supportdesk.database import NewerDatabase, NotSupportDeskDatabase, UnreadableDatabase
    from supportdesk.services.first_start import prepare_demo

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return prepare_demo(ctx.db.url)
    except (DomainError, OSError, NotSupportDeskDatabase, NewerDatabase, UnreadableDatabase) as exc:
        problem = getattr(exc, "message", None) or str(exc)
    finally:
        QGuiApplication.restoreOverrideCursor()
    tell_error(parent, QCoreApplication.translate("Welcome", "Demogegevens"), problem)
    return None


def mark_demo(window: QWidget, ctx: AppContext) -> None:
    """A demo database says so in the title, so nobody takes it for the real one."""
    if is_demo_database(ctx.db):
        window.setWindowTitle(
            QCoreApplication.translate(
                "Welcome", "SupportDesk — DEMO (demogegevens, niet je echte databank)"
            )
        )
