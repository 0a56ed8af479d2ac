"""The Adviesgesprekken page and editor, used by keyboard as an advisor would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from supportdesk.queries.advice_talks import AdviceTalkFilter, list_advice_talks
from supportdesk.services.advice import (
    AdviceTalkInput,
    create_advice_talk,
    get_advice_talk,
    update_advice_talk,
)
from supportdesk.services.team import TeamMemberInput, create_team_member, list_themes
from tests.supportdesk.services.helpers import government_id
from tests.ui.keyboard import type_text
from tests.ui.windows import show_page
from ui.pages.advice_talks import COL_GOVERNMENT, COL_QUESTION, AdviceTalksPage
from ui.widgets import questions

CTRL = Qt.KeyboardModifier.ControlModifier


def talk(ctx, name, when, question, **kw):
    return create_advice_talk(
        ctx.db,
        AdviceTalkInput(
            date=when,
            local_government_id=government_id(ctx.db, name),
            channel=kw.pop("channel", "phone"),
            question=question,
            **kw,
        ),
    )


@pytest.fixture
def page(qtbot, ctx):
    return show_page(qtbot, AdviceTalksPage(ctx), 1200, 700, active=False)


def open_new(qtbot, page):
    editor = page.new_record()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_empty_list_says_how_to_start(page):
    assert page.model.rowCount() == 0
    assert "Ctrl+N" in page.empty.text() and page.empty.isVisible()


def test_log_a_phone_call_by_keyboard_alone(qtbot, ctx, page):
    editor = open_new(qtbot, page)
    assert editor.government.hasFocus()
    assert not editor.save_button.isEnabled()  # nothing chosen yet
    assert "Lokaal bestuur" in editor.missing_label.text()
    qtbot.keyClicks(editor.government, "Gen")
    qtbot.keyClick(editor.government, Qt.Key.Key_Down)
    popup = editor.government.completer_.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.government.name() == "Genk" or editor.government.name() == "Gent"
    chosen = editor.government.name()
    editor.question.setFocus()
    type_text(qtbot, editor.question, "Hoe werven we digihelpers? <&> Łukasz 🙂")
    assert editor.save_button.isEnabled()
    qtbot.keyClick(editor.question, Qt.Key.Key_S, CTRL)
    assert not editor.isVisible()
    rows = list_advice_talks(ctx.db)
    assert len(rows) == 1 and rows[0].question == "Hoe werven we digihelpers? <&> Łukasz 🙂"
    assert rows[0].date == date.today() and rows[0].channel == "phone"
    assert page.model.rowCount() == 1
    assert page.model.index(0, COL_GOVERNMENT).data() == chosen
    assert page.model.index(0, COL_QUESTION).data() == rows[0].question


def test_former_municipality_and_nis_code_complete(qtbot, ctx, page):
    editor = open_new(qtbot, page)
    qtbot.keyClicks(editor.government, "Borsbeek")
    qtbot.keyClick(editor.government, Qt.Key.Key_Tab)
    assert editor.government.name() == "Antwerpen"
    editor.government.clear()
    editor.government.setFocus()
    qtbot.keyClicks(editor.government, "44021")
    qtbot.keyClick(editor.government, Qt.Key.Key_Return)
    assert editor.government.name() == "Gent"
    editor.close_without_asking()


def test_ctrl_enter_saves_and_service_errors_show_under_the_field(qtbot, ctx, page):
    editor = open_new(qtbot, page)
    qtbot.keyClicks(editor.government, "Aalst")
    qtbot.keyClick(editor.government, Qt.Key.Key_Return)
    editor.question.setFocus()
    qtbot.keyClicks(editor.question, "Vraag")
    row = editor.follow_ups.add_row(focus=True)  # a follow-up left without description
    qtbot.keyClick(editor.question, Qt.Key.Key_Return, CTRL)
    assert editor.isVisible()
    assert row.error.isVisible() and "omschrijving" in row.error.text().lower()
    assert list_advice_talks(ctx.db) == []  # nothing saved
    assert editor.question.toPlainText() == "Vraag"  # nothing lost
    qtbot.keyClicks(row.description, "Brochure opsturen")
    qtbot.keyClick(row.description, Qt.Key.Key_Return, CTRL)
    assert not editor.isVisible()
    [saved] = list_advice_talks(ctx.db)
    assert saved.open_actions == 1


def test_esc_asks_only_when_something_was_typed(qtbot, ctx, page, monkeypatch):
    asked = []
    monkeypatch.setattr(
        questions, "ask_unsaved", lambda parent: asked.append(1) or questions.CANCEL
    )
    editor = open_new(qtbot, page)
    qtbot.keyClick(editor.government, Qt.Key.Key_Escape)
    assert not editor.isVisible() and asked == []
    editor = open_new(qtbot, page)
    qtbot.keyClicks(editor.government, "Gent")
    qtbot.keyClick(editor.government, Qt.Key.Key_Escape)
    qtbot.keyClick(editor.government, Qt.Key.Key_Escape)  # first Esc may close the popup
    assert asked and editor.isVisible()
    assert editor.government.text() == "Gent"
    monkeypatch.setattr(questions, "ask_unsaved", lambda parent: questions.DISCARD)
    editor.reject()
    assert not editor.isVisible()
    assert list_advice_talks(ctx.db) == []


def test_edit_every_field_and_conflict(qtbot, ctx, page, monkeypatch):
    theme = list_themes(ctx.db)[0]
    v = talk(
        ctx,
        "Gent",
        date(2025, 3, 4),
        "Oude vraag",
        theme_ids=(theme.id,),
        signal=True,
        signal_note="voor Digibanken",
    )
    page.refresh()
    editor = page.open_record(v.id)
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.question.toPlainText() == "Oude vraag"
    assert editor.themes.checked_ids() == [theme.id]
    assert editor.signal.isChecked() and editor.signal_note.text() == "voor Digibanken"
    assert editor.date.value() == date(2025, 3, 4)
    # Someone else saves meanwhile.
    update_advice_talk(
        ctx.db,
        v.id,
        AdviceTalkInput(
            date=v.date,
            local_government_id=v.local_government.id,
            channel="phone",
            question="Hun vraag",
        ),
        v.version,
    )
    editor.question.selectAll()
    qtbot.keyClicks(editor.question, "Mijn vraag")
    monkeypatch.setattr(questions, "ask_conflict", lambda parent: questions.KEEP)
    qtbot.keyClick(editor.question, Qt.Key.Key_S, CTRL)
    assert editor.isVisible() and editor.question.toPlainText() == "Mijn vraag"
    assert "intussen gewijzigd" in editor.general_error.text()
    assert get_advice_talk(ctx.db, v.id).question == "Hun vraag"  # not overwritten silently
    monkeypatch.setattr(questions, "ask_conflict", lambda parent: questions.RELOAD)
    update_advice_talk(
        ctx.db,
        v.id,
        AdviceTalkInput(
            date=v.date,
            local_government_id=v.local_government.id,
            channel="email",
            question="Derde vraag",
        ),
        None,
    )
    qtbot.keyClick(editor.question, Qt.Key.Key_S, CTRL)
    assert editor.question.toPlainText() == "Derde vraag" and not editor.is_dirty()
    editor.question.selectAll()
    qtbot.keyClicks(editor.question, "Mijn vraag")
    qtbot.keyClick(editor.question, Qt.Key.Key_S, CTRL)
    assert not editor.isVisible()
    assert get_advice_talk(ctx.db, v.id).question == "Mijn vraag"


def test_new_contact_person_from_inside_the_talk(qtbot, ctx, page):
    editor = open_new(qtbot, page)
    qtbot.keyClicks(editor.government, "Aalst")
    qtbot.keyClick(editor.government, Qt.Key.Key_Return)
    assert editor.new_contact.isEnabled()
    contact_editor = editor.add_contact()
    qtbot.waitUntil(contact_editor.isActiveWindow)
    type_text(qtbot, contact_editor.last_name, "Özdemir")
    qtbot.keyClick(contact_editor.last_name, Qt.Key.Key_S, CTRL)
    assert not contact_editor.isVisible()
    assert len(editor.contacts.checked_ids()) == 1
    editor.question.setPlainText("Vraag")
    assert editor.try_save()
    [row] = list_advice_talks(ctx.db)
    assert get_advice_talk(ctx.db, row.id).contacts[0].name == "Özdemir"


def test_filters_run_in_sql(qtbot, ctx, page):
    ann = create_team_member(ctx.db, TeamMemberInput("Ann"))
    theme = list_themes(ctx.db)[0]
    talk(
        ctx,
        "Gent",
        date(2025, 3, 4),
        "Digihelpers",
        team_member_ids=(ann.id,),
        theme_ids=(theme.id,),
    )
    talk(ctx, "Aalst", date(2024, 5, 6), "Website", channel="email", info_session_idea=True)
    page.refresh()
    assert page.model.total() == 2
    page.filters.set_value("year", 2024)
    assert page.model.total() == 1 and page.model.row_at(0).local_government == "Aalst"
    page.filters.reset()
    page.filters.set_value("member", ann.id)
    assert [page.model.row_at(r).question for r in range(page.model.rowCount())] == ["Digihelpers"]
    page.filters.reset()
    page.filters.set_value("theme", theme.id)
    assert page.model.total() == 1
    page.filters.reset()
    page.filters.set_value("channel", "email")
    assert page.model.total() == 1
    page.filters.reset()
    page.filters.set_value("flag", "info_session_idea")
    assert page.model.total() == 1
    page.filters.reset()
    page.filters.set_value("government", government_id(ctx.db, "Gent"))
    assert page.model.total() == 1
    page.filters.reset()
    page.filters.search.setFocus()
    with qtbot.waitSignal(page.filters.changed):
        qtbot.keyClicks(page.filters.search, "websi")
    assert page.model.total() == 1
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    assert page.table.hasFocus() and page.table.current_id()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editors and page.editors[-1].question.toPlainText() == "Website"
    page.filters.reset()
    page.filters.set_value("year", 2023)
    assert page.model.total() == 0 or page.filters.value("year") is None


def test_model_checks(qtmodeltester, ctx, page):
    talk(ctx, "Gent", date(2025, 3, 4), "Vraag")
    page.refresh()
    qtmodeltester.check(page.model)
    assert AdviceTalkFilter() == page.current_filter()
