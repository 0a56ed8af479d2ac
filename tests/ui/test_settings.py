"""Instellingen: choosing who I am and the language, by keyboard, from the File menu."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from supportdesk.services.team import TeamMemberInput, create_team_member, set_team_member_active
from tests.ui.windows import show_active
from ui.settings_dialog import SettingsDialog


def open_dialog(qtbot, ctx) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def test_choose_who_i_am_and_the_language(qtbot, ctx):
    an = create_team_member(ctx.db, TeamMemberInput(name="An Peeters"))
    create_team_member(ctx.db, TeamMemberInput(name="Łukasz Özdemir"))
    dialog = open_dialog(qtbot, ctx)
    assert dialog.member.currentText() == "(niemand gekozen)"
    assert dialog.focusWidget() is dialog.member

    qtbot.keyClick(dialog.member, Qt.Key.Key_Down)  # names sorted: An first
    qtbot.keyClick(dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.language
    qtbot.keyClick(dialog.language, Qt.Key.Key_End)  # English
    changed = []
    ctx.changed.connect(changed.append)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.current_member_id() == an.id
    assert QSettings().value("ui/language") == "en"
    assert ctx.db.actor == "An Peeters"  # my name on what I save from now on
    assert changed == ["settings"]


def test_cancel_changes_nothing_and_the_choice_is_shown_again(qtbot, ctx):
    an = create_team_member(ctx.db, TeamMemberInput(name="An Peeters"))
    ctx.settings().setValue("user/team_member_id", an.id)
    ctx.settings().setValue("ui/language", "nl")
    set_team_member_active(ctx.db, an.id, False)  # left the team, still me on this PC
    dialog = open_dialog(qtbot, ctx)
    assert dialog.member.currentText() == "An Peeters"
    assert dialog.language.currentText() == "Nederlands"
    dialog.member.setCurrentIndex(0)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert ctx.current_member_id() == an.id


def test_labels_name_their_fields(qtbot, ctx):
    dialog = open_dialog(qtbot, ctx)
    assert dialog.member.accessibleName() == "Wie ben ik"
    assert dialog.language.accessibleName() == "Taal"
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Taal
    assert dialog.focusWidget() is dialog.language


def test_the_file_menu_opens_the_settings(qtbot, ctx, monkeypatch):
    from ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    texts = [a.text() for a in win.file_menu.actions()]
    assert "&Instellingen…" in texts
    assert texts.index("&Instellingen…") < texts.index("Af&sluiten")
    win.settings_action.trigger()
    assert len(opened) == 1
