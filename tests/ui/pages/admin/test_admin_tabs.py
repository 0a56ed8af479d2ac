"""The Beheer tabs by keyboard: bad input refused beside the field with nothing lost,
themes and tools (order, archive, catalogue fields), organisations and former names,
and people made inactive leaving the pickers."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from supportdesk.services.follow_ups import FollowUpInput, create_follow_up, get_follow_up
from supportdesk.services.local_governments import (
    LocalGovernmentInput,
    complete_local_governments,
    create_local_government,
    get_local_government,
    list_local_governments_brief,
)
from supportdesk.services.team import (
    TeamMemberInput,
    create_team_member,
    list_team_members,
    list_themes,
    list_tools,
)
from tests.ui.keyboard import type_text
from tests.ui.pages.admin.keys import active_editor, press
from tests.ui.windows import show_page
from ui.editors.follow_up import FollowUpEditor
from ui.pages.admin.page import AdminPage
from ui.settings_dialog import SettingsDialog
from ui.widgets import questions

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def admin(qtbot, ctx):
    return show_page(qtbot, AdminPage(ctx), 1100, 700, active=False)


def save(qtbot, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)


def error_of(editor, field: str) -> str:
    error = editor.fields[field].error
    return error.text() if error.isVisibleTo(editor) else ""


# -- team ----------------------------------------------------------------------------


def test_a_duplicate_name_or_email_is_refused_beside_the_field(qtbot, ctx, admin):
    create_team_member(ctx.db, TeamMemberInput("Łukasz Wójcik", "lukasz@example.be"))
    admin.refresh()
    press(qtbot, admin.team.list.new_button)
    editor = active_editor(qtbot)
    type_text(qtbot, editor.name, "ŁUKASZ WÓJCIK ")  # other case, a space too
    qtbot.keyClick(editor.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.email, "an@example.be")
    save(qtbot, editor)
    assert editor.isVisible()
    assert "Er is al een medewerker" in error_of(editor, "name")
    assert editor.name.text() == "ŁUKASZ WÓJCIK "  # nothing typed is lost
    assert len(list_team_members(ctx.db, include_inactive=True)) == 1

    editor.name.selectAll()
    type_text(qtbot, editor.name, "An Peeters")
    editor.email.selectAll()
    qtbot.keyClicks(editor.email, "lukasz@example.be")
    save(qtbot, editor)
    assert editor.isVisible()
    assert "lukasz@example.be" in error_of(editor, "email")
    assert not error_of(editor, "name")
    assert len(list_team_members(ctx.db, include_inactive=True)) == 1

    editor.email.selectAll()
    qtbot.keyClicks(editor.email, "an@example.be")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert [m.name for m in list_team_members(ctx.db)] == ["An Peeters", "Łukasz Wójcik"]


def test_an_inactive_member_leaves_the_pickers_but_stays_on_old_records(qtbot, ctx, admin):
    me = create_team_member(ctx.db, TeamMemberInput("An Peeters"))
    gone = create_team_member(ctx.db, TeamMemberInput("Bert Vos"))
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    action = create_follow_up(
        ctx.db,
        FollowUpInput(description="Bellen", owner_id=gone.id, due_date=date(2026, 1, 5)),
        local_government_id=gent,
    )
    admin.refresh()
    assert admin.team.list.select(gone.id)
    admin.team.list.tree.setFocus()
    qtbot.keyClick(admin.team.list.tree, Qt.Key.Key_Return)  # opens the member
    editor = active_editor(qtbot)
    assert editor.archive_button.text() == "Niet meer actief"
    press(qtbot, editor.archive_button)
    assert [m.name for m in list_team_members(ctx.db)] == ["An Peeters"]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert gone.id not in admin.team.list.ids()  # the list shows who is active
    press(qtbot, admin.team.list.show_archived)
    assert admin.team.list.row_texts(gone.id)[2] == "niet meer actief"

    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    offered = [settings.member.itemText(i) for i in range(settings.member.count())]
    assert "Bert Vos" not in offered and "An Peeters" in offered

    new = FollowUpEditor(ctx, "local_government", gent)
    qtbot.addWidget(new)
    assert "Bert Vos" not in [new.owner.itemText(i) for i in range(new.owner.count())]
    old = FollowUpEditor(ctx, "local_government", gent)
    qtbot.addWidget(old)
    old.edit(get_follow_up(ctx.db, action.id))
    assert old.owner.currentText() == "Bert Vos"  # an existing record keeps its owner
    assert me.id


# -- themes and tools ------------------------------------------------------------------


def test_a_theme_name_that_exists_is_refused_case_and_accents_ignored(qtbot, ctx, admin):
    existing = list_themes(ctx.db)[1].name
    shouted = existing.upper().replace("E", "É", 1)
    admin.tabs.setCurrentWidget(admin.catalogue)
    press(qtbot, admin.catalogue.themes.new_button)
    editor = active_editor(qtbot)
    type_text(qtbot, editor.name, shouted)
    qtbot.keyClick(editor.name, Qt.Key.Key_Tab)
    type_text(qtbot, editor.description, "Iets <nieuws> & anders")
    save(qtbot, editor)
    assert editor.isVisible()
    assert "Er is al een thema" in error_of(editor, "name")
    assert editor.name.text() == shouted
    assert editor.description.toPlainText() == "Iets <nieuws> & anders"
    assert len(list_themes(ctx.db, include_archived=True)) == len(list_themes(ctx.db))


def test_themes_are_renamed_reordered_and_archived(qtbot, ctx, admin):
    themes = admin.catalogue.themes
    first, second = list_themes(ctx.db)[:2]
    assert themes.ids()[:2] == [first.id, second.id]
    themes.select(first.id)
    themes.tree.setFocus()
    qtbot.keyClick(themes.tree, Qt.Key.Key_Down, ALT)  # one place down
    assert [t.id for t in list_themes(ctx.db)][:2] == [second.id, first.id]
    assert themes.current_id() == first.id
    qtbot.keyClick(themes.tree, Qt.Key.Key_Up, ALT)
    assert [t.id for t in list_themes(ctx.db)][:2] == [first.id, second.id]

    qtbot.keyClick(themes.tree, Qt.Key.Key_Return)
    editor = active_editor(qtbot)
    editor.name.selectAll()
    type_text(qtbot, editor.name, "Digitale inclusie in het HR-beleid")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert list_themes(ctx.db)[0].name == "Digitale inclusie in het HR-beleid"
    assert themes.row_texts(first.id)[0] == "Digitale inclusie in het HR-beleid"

    themes.tree.setFocus()
    qtbot.keyClick(themes.tree, Qt.Key.Key_Return)
    editor = active_editor(qtbot)
    press(qtbot, editor.archive_button)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert first.id not in [t.id for t in list_themes(ctx.db)]
    assert first.id not in themes.ids()
    press(qtbot, themes.show_archived)
    assert themes.row_texts(first.id)[0].startswith("(gearchiveerd) ")


def test_a_tool_with_the_catalogue_fields(qtbot, ctx, admin):
    tools = admin.catalogue.tools
    press(qtbot, tools.new_button)
    editor = active_editor(qtbot)
    type_text(qtbot, editor.name, "Gids digitale drempels")
    editor.tool_kind.setFocus()
    qtbot.keyClicks(editor.tool_kind, "publicatie")
    editor.owner.setFocus()
    qtbot.keyClicks(editor.owner, "Mediawijs")
    editor.link.setFocus()
    qtbot.keyClicks(editor.link, "mediawijs")  # not a web address
    editor.status.setFocus()
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)  # beschikbaar -> in ontwikkeling
    save(qtbot, editor)
    assert editor.isVisible()
    assert error_of(editor, "link")
    assert editor.link.text() == "mediawijs"
    editor.link.selectAll()
    qtbot.keyClicks(editor.link, "https://www.mediawijs.be/gids")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    tool = next(t for t in list_tools(ctx.db) if t.name == "Gids digitale drempels")
    assert (tool.kind, tool.owner, tool.status, tool.link) == (
        "publication",
        "Mediawijs",
        "in_development",
        "https://www.mediawijs.be/gids",
    )
    texts = tools.row_texts(tool.id)
    assert texts[1].startswith("publicatie") and texts[2] == "Mediawijs"
    assert texts[3] == "in ontwikkeling"


# -- local governments -----------------------------------------------------------------


def test_a_partnership_without_members_is_refused_beside_the_list(qtbot, ctx, admin):
    before = len(list_local_governments_brief(ctx.db))
    press(qtbot, admin.governments.new_partnership_button)
    editor = active_editor(qtbot)
    type_text(qtbot, editor.name, "Regio Zuid & Oost")
    assert "Leden" in editor.missing_label.text()  # said before saving, too
    save(qtbot, editor)
    assert editor.isVisible()
    assert "Kies minstens één gemeente" in error_of(editor, "member_ids")
    assert editor.name.text() == "Regio Zuid & Oost"
    assert len(list_local_governments_brief(ctx.db)) == before
    # the service refuses it as well (a save that skips the form's own check)
    from supportdesk.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        editor.save_input(editor.collect())
    assert "member_ids" in refused.value.errors
    assert len(list_local_governments_brief(ctx.db)) == before


def test_an_organisation_and_its_kind(qtbot, ctx, admin):
    press(qtbot, admin.governments.list.new_button)
    editor = active_editor(qtbot)
    type_text(qtbot, editor.name, "Digibank Oostende")
    editor.organisation_kind.setFocus()
    qtbot.keyClicks(editor.organisation_kind, "Digibank")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    found = complete_local_governments(ctx.db, "Digibank Oostende", 1)[0]
    view = get_local_government(ctx.db, found.id)
    assert (view.kind, view.organisation_kind) == ("organisation", "digibank")
    assert admin.governments.list.current_id() == found.id
    # the same name again: refused beside the name
    press(qtbot, admin.governments.list.new_button)
    again = active_editor(qtbot)
    type_text(qtbot, again.name, "digibank oostende")
    save(qtbot, again)
    assert again.isVisible() and "Er is al een organisatie" in error_of(again, "name")
    again.close_without_asking()

    # archived from its editor: gone from the list, back with "Toon gearchiveerd"
    governments = admin.governments.list
    governments.select(found.id)
    editor = governments.edit_current()
    assert editor is not None and editor.archive_button.text() == "Archiveren"
    press(qtbot, editor.archive_button)
    assert get_local_government(ctx.db, found.id).archived
    editor.close_without_asking()
    assert found.id not in governments.ids()
    press(qtbot, governments.show_archived)
    assert governments.row_texts(found.id)[0] == "(gearchiveerd) Digibank Oostende"


def test_former_names_make_search_find_a_municipality(qtbot, ctx, admin):
    admin.tabs.setCurrentWidget(admin.governments)
    qtbot.keyClicks(admin.governments.search, "Deinze")
    deinze = complete_local_governments(ctx.db, "Deinze", 1)[0].id
    version = get_local_government(ctx.db, deinze).version
    assert admin.governments.list.ids() == [deinze]
    qtbot.keyClick(admin.governments.search, Qt.Key.Key_Return)  # to the list
    qtbot.keyClick(admin.governments.list.tree, Qt.Key.Key_Return)  # open it
    editor = active_editor(qtbot)
    editor.aliases.setFocus()
    editor.aliases.moveCursor(editor.aliases.textCursor().MoveOperation.End)
    existing = editor.aliases.toPlainText()
    if existing:
        qtbot.keyClick(editor.aliases, Qt.Key.Key_Return)
    type_text(qtbot, editor.aliases, "Grammene")
    qtbot.keyClick(editor.aliases, Qt.Key.Key_Return)
    type_text(qtbot, editor.aliases, "Gent")
    save(qtbot, editor)
    assert editor.isVisible()
    message = error_of(editor, "aliases")
    lines = len([n for n in existing.split("\n") if n]) + 2 if existing else 2
    assert f"regel {lines}" in message and "Gent" in message
    assert "Grammene" not in [a.name for a in get_local_government(ctx.db, deinze).aliases]

    cursor = editor.aliases.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.StartOfLine, cursor.MoveMode.KeepAnchor)
    editor.aliases.setTextCursor(cursor)
    qtbot.keyClick(editor.aliases, Qt.Key.Key_Backspace)  # the "Gent" line emptied
    save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    stored = get_local_government(ctx.db, deinze)
    assert "Grammene" in [a.name for a in stored.aliases]
    assert stored.version == version + 1  # one change: the names (the rest was as it was)
    found = complete_local_governments(ctx.db, "gramm", 5)
    assert found and found[0].id == deinze and found[0].matched_alias == "Grammene"


def test_leaving_with_an_unsaved_editor_asks(qtbot, ctx, admin, monkeypatch):
    press(qtbot, admin.team.list.new_button)
    editor = active_editor(qtbot)
    type_text(qtbot, editor.name, "Half getypt")
    monkeypatch.setattr(questions, "ask_unsaved", lambda _p: questions.CANCEL)
    assert not admin.confirm_close()
    assert editor.isVisible() and editor.name.text() == "Half getypt"
    monkeypatch.setattr(questions, "ask_unsaved", lambda _p: questions.SAVE)
    assert admin.confirm_close()
    assert [m.name for m in list_team_members(ctx.db)] == ["Half getypt"]


def test_a_partnership_from_the_service_shows_its_members(qtbot, ctx, admin):
    ids = [complete_local_governments(ctx.db, n, 1)[0].id for n in ("Zulte", "Deinze")]
    made = create_local_government(
        ctx.db, LocalGovernmentInput("Leiestreek", kind="partnership", member_ids=tuple(ids))
    )
    admin.governments.refresh()
    assert admin.governments.list.select(made.id)
    editor = admin.governments.list.edit_current()
    assert editor is not None
    assert set(editor.members.value()) == set(ids)
    assert "2 gekozen" in editor.members.chosen.text()
    assert not editor.fields["organisation_kind"].label.isVisibleTo(editor)
