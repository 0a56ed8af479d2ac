"""The Activiteiten and Communicatie pages used as the team would: find the activity that
still needs a word ("te bevestigen"), open it with Enter; note a good practice and an
article about it; keep the network's members and export the current ones for the
newsletter (an inactive contact person leaves the list by itself)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from supportdesk.services.activities import (
    ActivityInput,
    create_activity,
    list_activity_kinds,
)
from supportdesk.services.contacts import ContactInput, create_contact, set_contact_active
from supportdesk.services.network import MembershipInput, add_member
from supportdesk.services.publications import get_publication
from tests.supportdesk.services.helpers import government_id
from tests.ui.keyboard import type_text
from tests.ui.windows import show_page
from ui.editors.activity import ActivityEditor
from ui.pages import communication_members
from ui.pages.activities import ActivitiesPage
from ui.pages.communication import CommunicationPage
from ui.widgets import questions

TODAY = date(2025, 6, 30)


@pytest.fixture(autouse=True)
def no_hanging_questions(monkeypatch):
    monkeypatch.setattr(questions, "ask_unsaved", lambda *_a: questions.DISCARD)
    errors: list[str] = []
    monkeypatch.setattr(communication_members, "tell_error", lambda _p, _t, m: errors.append(m))
    return errors


def kind(ctx, code: str) -> str:
    return next(k.id for k in list_activity_kinds(ctx.db) if k.code == code)


def show(qtbot, page):
    return show_page(qtbot, page, 1200, 700)


def test_the_activity_to_confirm_says_so_and_opens_with_enter(qtbot, ctx):
    info = kind(ctx, "info_session")
    create_activity(ctx.db, ActivityInput(info, date(2025, 3, 4), "Gehouden"), status="held")
    create_activity(ctx.db, ActivityInput(info, date(2025, 6, 2), "Niet bevestigd <&>"))
    create_activity(ctx.db, ActivityInput(info, date(2025, 9, 1), "Later dit jaar"))
    page = ActivitiesPage(ctx)
    page.today_override = TODAY
    show(qtbot, page)
    assert page.model.total() == 3
    statuses = {
        page.model.data(page.model.index(r, 3)): page.model.data(page.model.index(r, 2))
        for r in range(3)
    }
    assert statuses == {
        "Later dit jaar": "gepland",
        "Niet bevestigd <&>": "⚠ te bevestigen",
        "Gehouden": "gehouden",
    }
    page.filters.set_value("status", "attention")
    page.apply_filter()
    assert page.model.total() == 1
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editors[-1]
    assert isinstance(editor, ActivityEditor) and editor.topic.text() == "Niet bevestigd <&>"
    assert "de datum is voorbij" in editor.status_bar.attention.text()
    editor.close_without_asking()


def test_a_good_practice_and_an_article_about_it(qtbot, ctx):
    page = show(qtbot, CommunicationPage(ctx))
    editor = page.new_record()
    assert editor is not None and editor.current_kind() == "good_practice"
    assert not editor.save_button.isEnabled()  # the title is needed
    type_text(qtbot, editor.title_edit, "Digitale inclusie in Gent <&> 🙂")
    type_text(qtbot, editor.government, "Gent")
    editor.government.choose_first()
    editor.published_on.set_value(date(2025, 2, 3))
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    practice = get_publication(ctx.db, editor.record_id or "")
    assert practice.local_government is not None and practice.local_government.name == "Gent"
    assert page.model.total() == 1

    article = page.new_record()
    article.kind_box.setCurrentIndex(article._kinds.index("article"))
    assert article.medium.text() == "Lokaal" and not article.government.isVisibleTo(article)
    type_text(qtbot, article.title_edit, "Zo pakt Gent het aan")
    article.good_practice.setCurrentIndex(1)
    type_text(qtbot, article.link, "https://www.vvsg.be/lokaal/gent")
    article.title_edit.setText("Zo pakt Gent het aan " * 20)  # pasted: 420 characters
    assert not article.try_save()
    assert article.fields["title"].error.text()  # beside the field, nothing saved
    assert article.title_edit.text() == "Zo pakt Gent het aan " * 20
    assert page.model.total() == 1
    article.title_edit.setText("Zo pakt Gent het aan")
    assert article.try_save()
    stored = get_publication(ctx.db, article.record_id or "")
    assert stored.good_practice is not None and stored.good_practice.id == practice.id
    assert page.model.total() == 2


def test_members_and_their_export(qtbot, ctx, tmp_path: Path, monkeypatch, no_hanging_questions):
    gent = government_id(ctx.db, "Gent")
    an = create_contact(ctx.db, ContactInput(gent, "Özdemir", "Ayşe", email="ayse@gent.be"))
    bo = create_contact(ctx.db, ContactInput(gent, "Wójcik", "Łukasz", email="lukasz@gent.be"))
    add_member(ctx.db, MembershipInput(an.id, date(2024, 1, 1)))
    page = show(qtbot, CommunicationPage(ctx))
    members = page.show_members()
    monkeypatch.setattr(
        communication_members,
        "ask_member",
        lambda *_a: MembershipInput(bo.id, date(2025, 1, 1)),
    )
    qtbot.mouseClick(members.new_button, Qt.MouseButton.LeftButton)
    assert [r[0] for r in members.row_texts()] == ["Ayşe Özdemir", "Łukasz Wójcik"]
    assert members.summary.text() == "2 huidige leden bij 1 besturen"

    out = tmp_path / "leden.csv"
    monkeypatch.setattr(communication_members, "ask_csv_path", lambda *_a: str(out))
    qtbot.mouseClick(members.export_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    flat = " ".join(" ".join(r) for r in rows)
    assert "Ayşe Özdemir" in flat and "lukasz@gent.be" in flat

    # An inactive contact person is no current member: the list and the export drop them.
    set_contact_active(ctx.db, bo.id, False)
    members.refresh()
    assert [r[0] for r in members.row_texts()] == ["Ayşe Özdemir"]
    assert members.export_csv() == 1

    # The database itself is never an output, not even through a link to it.
    link = tmp_path / "leden-link.csv"
    link.symlink_to(ctx.db.engine.url.database)
    before = Path(ctx.db.engine.url.database).read_bytes()
    monkeypatch.setattr(communication_members, "ask_csv_path", lambda *_a: str(link))
    assert members.export_csv() is None
    assert no_hanging_questions  # said in a message
    assert Path(ctx.db.engine.url.database).read_bytes() == before


def test_a_contact_joins_and_leaves_the_network_from_the_governments_contacts(
    qtbot, ctx, monkeypatch
):
    from ui.pages.contacts_panel import ContactsPanel
    from ui.widgets import status_steps

    gent = government_id(ctx.db, "Gent")
    create_contact(ctx.db, ContactInput(gent, "Özdemir", "Ayşe", email="ayse@gent.be"))
    panel = ContactsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_contacts(gent, "Gent")
    panel.active.setCurrentRow(0)
    days = iter([date(2025, 1, 6), date(2024, 12, 1), date(2025, 9, 30)])
    monkeypatch.setattr(status_steps, "ask_step_date", lambda *_a: next(days))
    qtbot.mouseClick(panel.network_button, Qt.MouseButton.LeftButton)
    assert panel.active.item(0).text().endswith("lid van het netwerk sinds 06/01/2025")
    # leaving before joining is refused in a message; the membership stays
    panel.active.setCurrentRow(0)
    assert not panel.toggle_network()
    assert "lid van het netwerk" in panel.active.item(0).text()
    panel.active.setCurrentRow(0)
    assert panel.toggle_network()
    assert "lid van het netwerk" not in panel.active.item(0).text()


def test_the_lists_export_what_they_show(qtbot, ctx):
    """Bestand > Exporteren naar Excel/CSV on Activiteiten and Communicatie: the page's
    filter, its columns, participant hours and scores as the page writes them."""
    from supportdesk.services.publications import PublicationInput, create_publication
    from ui.export.table_export import request_for

    info = kind(ctx, "info_session")
    create_activity(
        ctx.db,
        ActivityInput(
            info,
            date(2025, 3, 4),
            "Toegankelijk <&>",
            duration_minutes=150,
            participant_count=23,
            feedback_score=4.3,
        ),
        status="held",
    )
    create_activity(ctx.db, ActivityInput(info, date(2025, 6, 2), "Niet bevestigd"))
    page = ActivitiesPage(ctx)
    page.today_override = TODAY
    show(qtbot, page)
    page.filters.set_value("status", "held")
    page.apply_filter()
    request = request_for(page)
    assert request is not None and request.name == "Activiteiten"
    table = request.build()
    rows = [list(r) for r in table.rows]
    assert table.headers[:3] == ["Datum", "Soort", "Status"]
    assert rows == [
        [
            date(2025, 3, 4),
            "Infosessie",
            "gehouden",
            "Toegankelijk <&>",
            "",
            "VVSG · organisator",
            23,
            "57,5",
            0,
            "4,3",
        ]
    ]

    create_publication(ctx.db, PublicationInput("newsletter", date(2025, 2, 1), "Nieuwsbrief 1"))
    communication = show(qtbot, CommunicationPage(ctx))
    request = request_for(communication)
    assert request is not None
    rows = [list(r) for r in request.build().rows]
    assert rows == [[date(2025, 2, 1), "nieuwsbrief", "Nieuwsbrief 1", "", ""]]


def test_the_status_filter_says_the_statuses_in_the_cores_words(qtbot, ctx, monkeypatch):
    """The activity statuses are named once, in the core's table (the page kept its own
    copy of the three words): another word there is the word in the filter too; "te
    bevestigen" is the page's own."""
    from supportdesk.plan_labels import ACTIVITY_STATUSES
    from ui import labels

    other_words = {code: f"woord voor {code}" for code in ACTIVITY_STATUSES}
    monkeypatch.setitem(labels._LABELS, "activity_status", other_words)
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    combo = page.filters.combo("status")
    shown = [combo.itemText(i) for i in range(1, combo.count())]
    assert shown == [*other_words.values(), "te bevestigen"]
    for index, code in enumerate([*ACTIVITY_STATUSES, "attention"], start=1):
        combo.setCurrentIndex(index)
        assert page.filters.value("status") == code
