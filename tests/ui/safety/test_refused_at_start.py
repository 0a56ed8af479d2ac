"""The app's start, as ``run_app`` runs it: a ``--db`` that is no regular file is
refused before anything else, with the command line's own line, and the user may choose
another file; the device behind a link keeps its mode. A database server that does not
answer gets a window after the connect timeout: try again, or open a local file."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

import db.engine
import main
from db.session import Database
from supportdesk.safety.startup import Opened
from tests.supportdesk.safety.silent_server import closed_port, silent_server
from ui import startup
from ui.app import _remember, open_for_window, run_app

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file kinds and modes")


def as_run_app(location: str | None) -> Database | None:
    """``open_with_recovery`` with the opener ``run_app`` gives it."""
    opened: list[Opened] = []
    return startup.open_with_recovery(location, lambda loc: _remember(opened, open_for_window(loc)))


def special_targets(folder: Path) -> list[Path]:
    fifo = folder / "pijp"
    os.mkfifo(fifo, 0o644)
    made = [fifo]
    if IS_ROOT:
        node = folder / "null-kopie"
        os.mknod(node, 0o666 | stat.S_IFCHR, os.stat("/dev/null").st_rdev)
        node.chmod(0o666)
        made.append(node)
    return made


@posix
def test_run_app_refuses_a_device_or_fifo_behind_a_link_first(
    qapp, tmp_path: Path, monkeypatch, capsys
):
    for target in special_targets(tmp_path):
        link = tmp_path / f"{target.name}.sqlite3"
        link.symlink_to(target)
        mode = stat.S_IMODE(os.stat(target).st_mode)
        asked: list[str] = []

        def ask(location: str, exc: BaseException, asked: list[str] = asked) -> str:
            asked.append(f"{location}: {exc}")
            return startup.QUIT

        monkeypatch.setattr(startup, "ask_database_problem", ask)
        started = time.monotonic()
        assert run_app(str(link)) == 1
        assert time.monotonic() - started < 10
        assert stat.S_IMODE(os.stat(target).st_mode) == mode
        assert not (tmp_path / "backups").exists()
        capsys.readouterr()
        assert main.main(["--db", str(link), "stats"]) != 0
        cli_line = capsys.readouterr().err.strip()
        # The app's words are the command line's line, whichever name it is shown by.
        assert asked and cli_line.endswith(asked[0].split(": ", 1)[1])
        assert "geen databankbestand maar" in asked[0]


@posix
def test_another_file_can_be_chosen_after_the_refusal(qapp, tmp_path: Path, monkeypatch):
    fifo = special_targets(tmp_path)[0]
    good = tmp_path / "goed.sqlite3"
    monkeypatch.setattr(startup, "ask_database_problem", lambda location, exc: startup.OPEN)
    monkeypatch.setattr(startup, "choose_file", lambda mode: str(good))
    database = as_run_app(str(fifo))
    assert database is not None
    database.dispose()
    assert good.is_file()


def test_the_refusal_shows_the_command_line_line(qapp, tmp_path: Path):
    from supportdesk.safety.startup import DatabaseProblem

    problem = DatabaseProblem(
        "special", "geen databankbestand maar een pijp (FIFO); kies…", None, []
    )
    seen: dict[str, str] = {}

    def close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"], seen["info"] = box.text(), box.informativeText()
        QTest.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(50, close)
    assert startup.ask_database_problem("/tmp/x", problem) == startup.QUIT
    assert seen["info"] == "/tmp/x: geen databankbestand maar een pijp (FIFO); kies…"


@pytest.mark.slow
def test_a_silent_server_gets_a_window_to_retry_or_open_a_local_file(
    qapp, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(db.engine, "CONNECT_TIMEOUT_S", 2)
    answers = [startup.RETRY, startup.OPEN]
    asked: list[tuple[float, str]] = []
    started = time.monotonic()

    def ask(location: str, exc: BaseException) -> str:
        asked.append((time.monotonic() - started, str(exc)))
        return answers.pop(0)

    local = tmp_path / "lokaal.sqlite3"
    monkeypatch.setattr(startup, "ask_server_problem", ask)
    monkeypatch.setattr(startup, "choose_file", lambda mode: str(local))
    with silent_server() as port:
        database = as_run_app(f"postgresql+psycopg://sd@127.0.0.1:{port}/supportdesk")
    assert database is not None
    try:
        assert len(asked) == 2 and all("antwoordt niet" in text for _, text in asked)
        assert asked[0][0] < 2 + 8  # the window came after the timeout, not minutes
        assert database.url.startswith("sqlite:") and local.is_file()
    finally:
        database.dispose()


def test_a_refusing_server_window_is_keyboard_driven(qapp, monkeypatch):
    url = f"postgresql+psycopg://sd@127.0.0.1:{closed_port()}/supportdesk"
    seen: dict[str, object] = {}

    def press(key: Qt.Key) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["buttons"] = sorted(
            b.text()
            for b in box.buttons()
            if box.buttonRole(b) != box.ButtonRole.ActionRole or "Lokaal" in b.text()
        )
        seen["info"] = box.informativeText()
        QTest.keyClick(box, key)

    QTimer.singleShot(50, lambda: press(Qt.Key.Key_Escape))
    assert as_run_app(url) is None
    assert seen["buttons"] == sorted(["Opnieuw &proberen", "&Lokaal bestand openen…", "&Afsluiten"])
    assert "weigert de verbinding" in str(seen["info"])
    QTimer.singleShot(50, lambda: press(Qt.Key.Key_Return))  # the default: try again
    assert startup.ask_server_problem(url, RuntimeError("x")) == startup.RETRY
