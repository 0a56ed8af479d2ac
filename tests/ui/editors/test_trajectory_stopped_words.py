"""A trajectory stopped before it started says so in its editor, in Dutch and English:
it never ran, and it does not count for the plan."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from supportdesk.services.local_governments import complete_local_governments
from supportdesk.services.trajectories import TrajectoryInput, change_status, create_trajectory
from ui.editors.trajectory import TrajectoryEditor
from ui.i18n import choose_language, install_translation, remove_translation


def _editor_words(qtbot, ctx, view) -> str:
    host = QWidget()
    qtbot.addWidget(host)
    editor = TrajectoryEditor(ctx, host)
    editor.edit(view)
    text = editor.status_bar.words.text()
    editor.close()
    return text


def _trajectories(ctx):
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    never = create_trajectory(
        ctx.db,
        TrajectoryInput(
            gent, "Nooit begonnen", requested_on=date(2025, 1, 5), start_date=date(2025, 3, 1)
        ),
    )
    never = change_status(ctx.db, never.id, "stopped", date(2025, 2, 1))
    ran = create_trajectory(
        ctx.db, TrajectoryInput(gent, "Liep", start_date=date(2025, 1, 6)), status="running"
    )
    ran = change_status(ctx.db, ran.id, "stopped", date(2025, 4, 1))
    return never, ran


def test_stopped_before_starting_says_so(qtbot, ctx):
    never, ran = _trajectories(ctx)
    assert _editor_words(qtbot, ctx, never) == "stopgezet zonder te starten, op 01/02/2025"
    assert _editor_words(qtbot, ctx, ran) == "stopgezet, stopgezet op 01/04/2025"


def test_in_english(qtbot, ctx):
    never, ran = _trajectories(ctx)
    translators = install_translation(choose_language("en", ctx.settings()))
    try:
        assert _editor_words(qtbot, ctx, never) == "stopped without starting, on 01/02/2025"
        assert _editor_words(qtbot, ctx, ran).endswith("stopped on 01/04/2025")
    finally:
        remove_translation(translators)
