"""The cyclic collector's pause while the app starts (``ui.start_collection``): off from
the QApplication's creation until the first page is filled (checked in the app's own
process by ``test_start_first_paint``), on again as soon as something waits for a
person, and never paused by a caller that already has a QApplication (the tests)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.fresh_process import run_python
from ui import start_collection
from ui.app import create_application
from ui.widgets.questions import tell


@pytest.fixture
def collecting() -> Iterator[None]:
    """The collector on before and after the test, no pause left behind."""
    assert gc.isenabled()
    yield
    start_collection.resume()
    assert gc.isenabled()


def test_pause_and_resume_without_freezing(collecting: None) -> None:
    frozen = gc.get_freeze_count()
    start_collection.pause()
    start_collection.pause()  # a second pause changes nothing
    assert not gc.isenabled()
    start_collection.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    start_collection.resume()  # nothing paused: nothing happens
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off(collecting: None) -> None:
    gc.disable()
    try:
        start_collection.pause()
        start_collection.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_question_during_the_start_resumes_collecting(
    qapp: QApplication, collecting: None
) -> None:
    """A message box waits for a person (a database that could not be opened, the
    restore offer): the pause ends before it shows."""
    start_collection.pause()
    seen: list[bool] = []

    def answer() -> None:
        seen.append(gc.isenabled())
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.accept()

    QTimer.singleShot(0, answer)
    tell(None, icon=QMessageBox.Icon.Warning, title="Databank", text="Niet geopend")
    assert seen == [True]


def test_create_application_pauses_nothing_when_an_application_exists(
    qapp: QApplication, collecting: None
) -> None:
    assert create_application(["test"]) is qapp
    assert gc.isenabled()


def test_only_the_apps_start_pauses_collecting_when_it_makes_the_application() -> None:
    """A benchmark, the screenshots or the self-test make their QApplication without
    ever filling a first page: their collector stays on. The app's start asks for the
    pause (``run_app``)."""
    script = (
        "import gc, os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from ui.app import create_application\n"
        "create_application(['test'], pause_collection=sys.argv[1] == 'pause')\n"
        "print(gc.isenabled())\n"
    )
    assert run_python(script, "plain").stdout.split() == ["True"]
    assert run_python(script, "pause").stdout.split() == ["False"]
