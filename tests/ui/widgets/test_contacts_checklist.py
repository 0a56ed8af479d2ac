"""One contacts checklist in the advice-talk and trajectory editors: the same
contacts offered, an inactive contact still ticked on the record marked "(inactief)"
in both (the trajectory editor did not mark it), an inactive one not ticked left out."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWidget

from supportdesk.services.advice import AdviceTalkInput, create_advice_talk, get_advice_talk
from supportdesk.services.contacts import ContactInput, create_contact, set_contact_active
from supportdesk.services.local_governments import complete_local_governments
from supportdesk.services.trajectories import TrajectoryInput, create_trajectory, get_trajectory
from tests.ui.editor_windows import discard_unsaved  # noqa: F401
from ui.editors.advice_talk import AdviceTalkEditor
from ui.editors.trajectory import TrajectoryEditor
from ui.widgets.contacts_checklist import ContactsChecklist

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def people(ctx):
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    active = create_contact(ctx.db, ContactInput(gent, "Özdemir", "Łukasz", role="schepen")).id
    left = create_contact(ctx.db, ContactInput(gent, "Peeters", "An <&>")).id
    gone = create_contact(ctx.db, ContactInput(gent, "Janssens", "Carl")).id
    return gent, active, left, gone


def deactivate(ctx, *ids):
    for public_id in ids:
        set_contact_active(ctx.db, public_id, False, on=date(2025, 1, 2))


def talk_view(ctx, gent, contacts):
    talk = create_advice_talk(
        ctx.db,
        AdviceTalkInput(
            date=date(2025, 1, 1),
            local_government_id=gent,
            channel="phone",
            question="Vraag",
            contact_ids=contacts,
        ),
    )
    return get_advice_talk(ctx.db, talk.id)


def trajectory_view(ctx, gent, contacts):
    made = create_trajectory(ctx.db, TrajectoryInput(gent, title="T", contact_ids=contacts))
    return get_trajectory(ctx.db, made.id)


@pytest.mark.parametrize(
    ("editor_class", "make_view"),
    [(AdviceTalkEditor, talk_view), (TrajectoryEditor, trajectory_view)],
)
def test_both_editors_mark_an_inactive_contact(qtbot, ctx, people, editor_class, make_view):
    gent, active, left, gone = people
    view = make_view(ctx, gent, (active, left))
    deactivate(ctx, left, gone)
    host = QWidget()
    qtbot.addWidget(host)
    editor = editor_class(ctx, host)
    editor.edit(view)
    assert isinstance(editor.contact_choice, ContactsChecklist)
    texts = [editor.contacts.item(i).text() for i in range(editor.contacts.count())]
    assert texts == ["Łukasz Özdemir (schepen)", "An <&> Peeters (inactief)"]
    assert editor.contacts.checked_ids() == [active, left]
    assert not editor.no_contacts.isVisibleTo(editor)
    editor.close_without_asking()


def test_the_line_instead_of_an_empty_list(qtbot, ctx, people):
    gent, *_ = people
    box = ContactsChecklist(ctx)
    qtbot.addWidget(box)
    box.load("")
    assert box.empty.isVisibleTo(box) and not box.list.isVisibleTo(box)
    assert box.empty.text() == "Kies eerst een lokaal bestuur."
    other = complete_local_governments(ctx.db, "Aalst", 1)[0].id
    box.load(other)
    assert box.empty.text() == "Nog geen contactpersonen bij dit bestuur."
    box.load(gent)
    assert box.list.isVisibleTo(box) and not box.empty.isVisibleTo(box)
    assert box.list.count() == 3 and box.list.checked_ids() == []
