"""Ctrl+E in the app never writes the PDF over the database, its side files or backups,
through a symlink or into a FIFO; it says why, in one line naming the file (issue 9.6).
Replacing an ordinary PDF is allowed: the save dialog has asked."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt

from db.engine import sqlite_path
from tests.supportdesk.cli.conftest import digest
from tests.supportdesk.reports._fixtures import build_two_governments
from tests.ui.export.test_export import Answers, activate, press_ctrl_e
from ui.export import worker

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symlinks and FIFOs: POSIX")


def test_the_app_refuses_to_export_over_the_database_or_through_a_link(
    qtbot, ctx, window, tmp_path, monkeypatch
):
    monkeypatch.setattr(worker, "PROGRESS_DELAY_MS", 0)
    ids = build_two_governments(ctx.db)
    db_file = sqlite_path(ctx.db.url)
    assert db_file is not None
    folder = db_file.parent
    (folder / "backups").mkdir(exist_ok=True)
    (folder / "link.pdf").symlink_to(db_file)
    (folder / "elders.pdf").symlink_to(tmp_path / "nowhere.pdf")
    os.mkfifo(folder / "pipe.pdf")
    (folder / "map.pdf").mkdir()
    refused = {
        str(db_file): "databank zelf",
        str(folder / "link.pdf"): "databank zelf",
        f"{db_file}-wal": "hulpbestand",
        str(folder / "backups" / "dossier.pdf"): "reservekopieën",
        str(folder / "elders.pdf"): "koppeling",
        str(folder / "pipe.pdf"): "FIFO",
        str(folder / "map.pdf"): "map",
    }
    before = digest(db_file)
    answers = Answers(monkeypatch, folder)
    activate(qtbot, window)
    page = window.show_page("local_government")
    page.open_record(ids.home)
    for path, why in refused.items():
        answers.path = path
        answers.failures.clear()
        page.detail.history.setFocus()
        qtbot.keyClick(page.detail.history, "e", Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda: bool(answers.failures) and not window.ctx.exports.running(), timeout=30000
        )
        assert len(answers.failures) == 1, path
        assert answers.failures[0].startswith(f"{path}: ") and why in answers.failures[0]
    assert digest(db_file) == before
    assert not (folder / "backups" / "dossier.pdf").exists()
    assert not (tmp_path / "nowhere.pdf").exists()

    mine = folder / "dossier.pdf"
    mine.write_text("oude versie")
    answers.path = str(mine)
    answers.failures.clear()
    task, _progress = press_ctrl_e(qtbot, page.detail.history)
    assert not task.error and not answers.failures
    assert mine.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(mine.stat().st_mode) == 0o600
