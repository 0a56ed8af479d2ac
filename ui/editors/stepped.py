"""A tabbed editor of a record that moves through status steps: a trajectory, a focus
group, an activity.

What they share, here once:

- New: a choice of the first status (``status_choice``); saved: the status bar with a
  button per allowed next step. ``move_to(status)`` asks the step's date, takes the step
  through the service, keeps what is typed in the form, and on a conflict or refusal
  says so beside the status.
- Lists inside the record (participants, actions, feedback …) save on their own through
  their services, so they need the record to exist: ``with_save_first(panel, note)``
  wraps a list in a page that, for a new record, says so with a "Nu bewaren" button.
  After a list saved something, ``reload_lists`` shows the record as stored without
  touching the form.
- ``today()`` (tests fix it with ``today_override``) and ``edit(view)``.

A subclass builds its fields, calls ``status_choice`` where the status row goes, and
says ``ask_step_date``, ``change_status``, ``show_step`` and ``show_lists``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from supportdesk.errors import ConflictError, DomainError
from ui.context import AppContext
from ui.editors.tabbed import TabbedEditor
from ui.widgets.status_steps import StepStatusBar


class StepView(Protocol):
    """What the editor needs of every view: its id and version."""

    @property
    def id(self) -> str: ...

    @property
    def version(self) -> int: ...


V = TypeVar("V", bound=StepView)


class SteppedEditor(TabbedEditor, Generic[V]):
    """``TabbedEditor`` of a record with status steps; ``V`` is its view."""

    def __init__(self, ctx: AppContext, first_tab: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, first_tab, parent)
        self.view: V | None = None
        self.today_override: date | None = None  # tests fix "today"
        self._save_first: list[QWidget] = []
        self._panels: list[QWidget] = []
        self._statuses: list[str] = []

    def today(self) -> date:
        return self.today_override or date.today()

    # -- building ------------------------------------------------------------------
    def status_choice(
        self, statuses: Sequence[tuple[str, str]], tip: str, bar: StepStatusBar
    ) -> QWidget:
        """The status row: for a new record a choice of ``statuses`` (text, code) with
        ``tip``; for a saved one ``bar``, whose step buttons call ``move_to``."""
        self.initial_status = QComboBox()
        self._statuses = [code for _text, code in statuses]
        for text, _code in statuses:
            self.initial_status.addItem(text)
        self.initial_status.setToolTip(tip)
        self.status_bar = bar
        bar.step_requested.connect(self.move_to)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.initial_status)
        layout.addWidget(bar)
        bar.hide()
        return box

    def initial_status_code(self) -> str:
        """The status chosen for a new record."""
        return self._statuses[self.initial_status.currentIndex()]

    def with_save_first(self, panel: QWidget, note_text: str, *, margins: bool = False) -> QWidget:
        """``panel`` in a page that, for a new record, says ``note_text`` above a button
        to save it first; the panel shows once the record is saved."""
        page = QWidget()
        layout = QVBoxLayout(page)
        if not margins:
            layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(note_text)
        note.setWordWrap(True)
        button = QPushButton(self.tr("&Nu bewaren"))
        button.setAutoDefault(False)
        button.clicked.connect(self.save_and_stay)
        layout.addWidget(note)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(panel, 1)
        self._save_first += [note, button]
        self._panels.append(panel)
        return page

    def show_mode(self) -> None:
        """New: the first-status choice and the "save first" lines; saved: the status
        bar and the lists."""
        saved = self.record_id is not None
        self.initial_status.setVisible(not saved)
        self.status_bar.setVisible(saved)
        for widget in self._save_first:
            widget.setVisible(not saved)
        for panel in self._panels:
            panel.setVisible(saved)

    # -- record --------------------------------------------------------------------
    def reload_lists(self) -> None:
        """A list saved something: show it, without touching what is typed in the form."""
        if not self.record_id:
            return
        try:
            view = self.fetch_current()
        except DomainError as exc:
            self.general_error.show_message(exc.message)
            return
        self.view = view
        self.show_lists(view)

    def fetch_current(self) -> V:
        raise NotImplementedError

    def show_lists(self, view: V) -> None:
        """Show the record's lists (and what follows from them) as in ``view``."""
        raise NotImplementedError

    # -- status steps ----------------------------------------------------------------
    def step_default(self, status: str) -> date:
        """The date the step's question starts at."""
        return self.today()

    def ask_step_date(self, status: str, default: date) -> date | None:
        """The date of the step (None: cancelled); the kind's module-level question,
        which tests answer."""
        raise NotImplementedError

    def change_status(self, status: str, when: date) -> V:
        """Take the step through the service (checking ``expected_version``)."""
        raise NotImplementedError

    def show_step(self, view: V, status: str) -> None:
        """Show the step just taken, keeping what else was typed."""
        raise NotImplementedError

    def move_to(self, status: str) -> bool:
        """Take the step to ``status`` (asking its date); the form's typing is kept."""
        if not self.record_id or self.view is None:
            return False
        when = self.ask_step_date(status, self.step_default(status))
        if when is None:
            return False
        try:
            view = self.change_status(status, when)
        except ConflictError:
            self._on_conflict()
            return False
        except DomainError as exc:
            errors = getattr(exc, "errors", {"status": exc.message})
            self.show_errors({"status": " ".join(errors.values())})
            return False
        self.clear_errors()
        self.view = view
        self.expected_version = view.version
        self.show_step(view, status)
        self.ctx.notify_changed(self.kind)
        return True
