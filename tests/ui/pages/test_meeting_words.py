"""An activity's and a focus group's place and status in the lists' words: one wording
for both (ui/pages/meeting_words.py), in Dutch and in English."""

from __future__ import annotations

from datetime import date

from supportdesk.queries.activities import ActivityRow
from supportdesk.queries.focus_groups import FocusGroupRow
from ui.i18n import choose_language, install_translation, remove_translation
from ui.pages import activities, focus_groups, meeting_words

ACTIVITY = ActivityRow(
    "a", date(2025, 3, 1), "infosessie", "k", "held", False, "t", "Zaal <1> & Ł", False,
    12, None, "vvsg", "organiser", 0, None, False,
)  # fmt: skip
GROUP = FocusGroupRow("g", date(2025, 1, 1), "t", "Zaal <1> & Ł", True, 0, 0, 0, None, "", (), ())


def _words() -> list[str]:
    return [
        activities.place_text(ACTIVITY),
        activities.place_text(ACTIVITY._replace(online=True, place="")),
        activities.status_text(ACTIVITY),
        activities.status_text(ACTIVITY._replace(status="planned", needs_attention=True)),
        focus_groups.place_text(GROUP),
        focus_groups.status_text(GROUP._replace(status="cancelled")),
        focus_groups.status_text(GROUP._replace(needs_attention=True)),
    ]


def test_both_lists_word_a_meeting_alike(qtbot):
    assert activities.place_text is focus_groups.place_text is meeting_words.place_text
    assert _words() == [
        "Zaal <1> & Ł",
        "online",
        "gehouden",
        "⚠ te bevestigen",
        "online · Zaal <1> & Ł",
        "geannuleerd",
        "⚠ te bevestigen",
    ]


def test_and_alike_in_english(qtbot, ctx):
    translators = install_translation(choose_language("en", ctx.settings()))
    try:
        words = _words()
    finally:
        remove_translation(translators)
    assert words == [
        "Zaal <1> & Ł",
        "online",
        "held",
        "⚠ to confirm",
        "online · Zaal <1> & Ł",
        "cancelled",
        "⚠ to confirm",
    ]


def test_the_focus_group_when_filter_says_statuses_in_the_cores_words(qtbot, ctx, monkeypatch):
    """ "gehouden" and "geannuleerd" in the Wanneer filter are the core's status words
    (the page had its own copy): another word there is the word in the filter too."""
    from ui import labels

    other = {"planned": "p", "held": "woord voor gehouden", "cancelled": "woord voor afgelast"}
    monkeypatch.setitem(labels._LABELS, "focus_group_status", other)
    page = focus_groups.FocusGroupsPage(ctx)
    qtbot.addWidget(page)
    combo = page.filters.combo("when")
    shown = {combo.itemText(i): page.filters._values["when"][i] for i in range(combo.count())}
    assert shown["woord voor gehouden"] == "held"
    assert shown["woord voor afgelast"] == "cancelled"
