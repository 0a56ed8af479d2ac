"""Instellingen: who I am (a team member), the interface language and the colours
(light, dark or the system's, applied at once: ``ui.style.scheme``).

Both are QSettings values: ``user/team_member_id`` (a team member's public id, read by
``AppContext.current_member_id()``; it makes "mine" the default in the follow-up list
and stamps my name on what I save) and ``ui/language`` ("" = the system's language,
"nl" or "en"; read at start-up, so a change takes effect at the next start).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from supportdesk.database import default_actor
from supportdesk.queries.start import member_name
from ui.context import AppContext
from ui.safety.settings_field import add_backup_field, save_backup_field
from ui.style import focus, scheme
from ui.widgets.dialog_parts import form_with_ok_cancel

MEMBER_KEY = "user/team_member_id"
LANGUAGE_KEY = "ui/language"


def apply_member_as_actor(ctx: AppContext) -> None:
    """Stamp the chosen team member's name on what is saved from now on (created_by,
    updated_by); without a choice the database keeps the system user's name."""
    member_id = ctx.current_member_id()
    if not member_id:
        return
    name = member_name(ctx.db, member_id)  # a Core query: the window's start loads no ORM
    if name is not None:
        ctx.db.actor = name


class SettingsDialog(QDialog):
    """Pick who you are and the language; OK stores both and tells the pages."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Instellingen"))
        settings = ctx.settings()

        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Wie ben ik"))
        self.member.addItem(self.tr("(niemand gekozen)"), "")
        current = ctx.current_member_id() or ""
        from supportdesk.services.team import list_team_members  # the ORM, once opened

        for m in list_team_members(ctx.db, include_inactive=bool(current)):
            if m.active or m.id == current:
                self.member.addItem(m.name, m.id)
        index = self.member.findData(current)
        self.member.setCurrentIndex(max(index, 0))

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Taal"))
        self.language.addItem(self.tr("Taal van het systeem"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        index = self.language.findData(str(settings.value(LANGUAGE_KEY, "") or ""))
        self.language.setCurrentIndex(max(index, 0))

        self.scheme = QComboBox()
        self.scheme.setAccessibleName(self.tr("Kleuren"))
        self.scheme.addItem(self.tr("Zoals het systeem"), "")
        self.scheme.addItem(self.tr("Licht"), "light")
        self.scheme.addItem(self.tr("Donker"), "dark")
        self.scheme.setCurrentIndex(max(self.scheme.findData(scheme.chosen(settings)), 0))

        form = QFormLayout()
        member_label = QLabel(self.tr("&Wie ben ik:"))
        member_label.setBuddy(self.member)
        form.addRow(member_label, self.member)
        language_label = QLabel(self.tr("&Taal:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        scheme_label = QLabel(self.tr("&Kleuren:"))
        scheme_label.setBuddy(self.scheme)
        form.addRow(scheme_label, self.scheme)
        self.backups_to_keep = add_backup_field(form)  # ui.safety: start backups kept

        note = QLabel(
            self.tr(
                "Je naam wordt bewaard bij wat je vastlegt, en de opvolgacties tonen "
                "standaard de jouwe. Een andere taal geldt vanaf de volgende start."
            )
        )
        note.setWordWrap(True)

        form_with_ok_cancel(self, form, note)
        self.member.setFocus()

    def accept(self) -> None:
        settings = self.ctx.settings()
        before = self.ctx.current_member_id() or ""
        member_id = str(self.member.currentData() or "")
        settings.setValue(MEMBER_KEY, member_id)
        settings.setValue(LANGUAGE_KEY, str(self.language.currentData() or ""))
        colours = str(self.scheme.currentData() or "")
        if colours != scheme.chosen(settings):
            settings.setValue(scheme.SETTING, colours)
            app = QApplication.instance()
            if isinstance(app, QApplication):  # at once, not at the next start
                scheme.apply(app, colours)
                focus.install(app)
        save_backup_field(settings, self.backups_to_keep)
        settings.sync()
        if member_id:
            apply_member_as_actor(self.ctx)
        else:
            self.ctx.db.actor = default_actor()
        super().accept()
        if member_id != before:
            self.ctx.notify_changed("settings")
