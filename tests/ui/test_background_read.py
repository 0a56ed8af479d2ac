"""Reads in a worker thread, applied on the GUI thread (``ui.background_read``), and
the navigation counts read that way after a change."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QObject
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from supportdesk.errors import StorageError
from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
from supportdesk.services.local_governments import complete_local_governments
from tests.ui.reads import wait_read
from ui.background_read import BackgroundRead, wait_for_reads
from ui.navigation import BADGE_ROLE, NavigationBar
from ui.pages.registry import PAGES


def test_the_result_is_applied_on_the_gui_thread_and_only_the_newest(qtbot) -> None:
    owner = QObject()
    reader: BackgroundRead[str] = BackgroundRead("test", owner)
    release = threading.Event()
    applied: list[tuple[str, bool]] = []

    def apply(value: str) -> None:
        applied.append((value, threading.current_thread() is threading.main_thread()))

    def slow() -> str:
        release.wait(2)
        return "oud"

    reader.start(slow, apply)
    reader.start(lambda: "nieuw", apply)  # supersedes the one under way
    qtbot.waitUntil(lambda: bool(applied), timeout=2000)
    assert applied == [("nieuw", True)]
    release.set()
    wait_for_reads()
    qtbot.wait(20)
    assert applied == [("nieuw", True)] and not reader.running()


def test_a_domain_error_is_handed_on_and_finish_applies_at_once(qtbot) -> None:
    owner = QObject()
    reader: BackgroundRead[int] = BackgroundRead("test", owner)
    failures: list[object] = []
    reader.failed.connect(failures.append)

    def fails() -> int:
        raise StorageError("De databank is bezet.")

    reader.start(fails, lambda _v: pytest.fail("applied"))
    reader.finish()  # waits for the worker and hands its outcome on now
    assert len(failures) == 1 and str(failures[0]) == "De databank is bezet."
    shown: list[int] = []
    reader.start(lambda: 7, shown.append)
    reader.finish()
    assert shown == [7] and not reader.running()
    qtbot.wait(20)  # the queued arrival comes too late: not applied twice
    assert shown == [7]


def test_a_bug_in_a_read_is_raised_on_the_gui_thread(qtbot) -> None:
    owner = QObject()
    reader: BackgroundRead[int] = BackgroundRead("test", owner)

    def bug() -> int:
        return 1 // 0

    with qtbot.captureExceptions() as raised:
        reader.start(bug, lambda _v: None)
        qtbot.waitUntil(lambda: not reader.running(), timeout=2000)
    assert raised and raised[0][0] is ZeroDivisionError


def test_the_navigation_counts_a_change_in_the_background(qtbot, ctx) -> None:
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    bar = NavigationBar(ctx, PAGES)
    qtbot.addWidget(bar)
    bar.show()
    item = bar.item([e.key for e in PAGES].index("follow_up_action"))
    assert item.data(BADGE_ROLE) is None
    yesterday = date.today() - timedelta(days=1)
    create_follow_up(
        ctx.db, FollowUpInput("Bel <&> terug", due_date=yesterday), local_government_id=gent
    )
    ctx.notify_changed("follow_up_action")
    qtbot.waitUntil(lambda: item.data(BADGE_ROLE) is not None, timeout=3000)
    assert item.data(BADGE_ROLE)[0] == "1"

    def locked(*_args: Any) -> None:
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    event.listen(ctx.db.engine, "before_cursor_execute", locked)
    try:
        bar.count_in_background()
        wait_read(qtbot, bar)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", locked)
    assert bar.counts is None and item.data(BADGE_ROLE) is None  # no figure we cannot vouch for


def test_reads_asked_before_a_failure_fail_with_it_without_waiting_again(qtbot) -> None:
    """A locked file makes each read wait its busy timeout (15 s): the reads queued
    behind the first that failed fail with its message at once; a read asked later
    tries the database again."""
    owner = QObject()
    readers = [BackgroundRead[str](f"test {i}", owner) for i in range(3)]
    release = threading.Event()
    tried: list[int] = []
    failures: list[str] = []
    for reader in readers:
        reader.failed.connect(lambda error: failures.append(str(error)))

    def locked(number: int) -> str:
        tried.append(number)
        release.wait(2)
        raise StorageError("De databank is bezet.")

    for number, reader in enumerate(readers):
        reader.start(lambda n=number: locked(n), lambda _v: pytest.fail("applied"))
    release.set()
    for reader in readers:
        reader.finish()
    assert tried == [0]
    assert failures == ["De databank is bezet."] * 3
    shown: list[str] = []
    readers[1].start(lambda: "weer open", shown.append)
    readers[1].finish()
    assert shown == ["weer open"]
