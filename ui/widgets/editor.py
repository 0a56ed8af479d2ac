"""The base of every editor: fields with a label and an error line under each, saving
through a service, and nothing lost.

A subclass builds its form with ``add_field(name, label, widget)``, where ``name`` is the
field name the service's ValidationError uses; implements ``collect()`` (widgets ->
service Input), ``save_input(data)`` (calls the service, returns the View) and
``load(view)`` (View -> widgets); and may implement ``local_errors()`` for checks that
need no database (a required field left empty).

- Save (the button, Ctrl+S, Ctrl+Enter) runs ``local_errors`` first, then the service.
  Errors appear under the fields they name, focus goes to the first; everything typed
  stays. The Save button is disabled while ``local_errors`` finds something, and the
  line beside it says what is still needed.
- A ConflictError (someone saved meanwhile) asks: load their version, or keep editing;
  after "keep editing" the next save replaces theirs, knowingly.
- Esc, Cancel or closing the window with changes asks first (save, discard, stay).
- A saved record of a kind that is archived (``ui.widgets.archiving``, by ``kind``) gets
  Archiveren / Terugzetten (or, for people, inactive / active again). It is a change
  like a save: the version is checked (someone else saved: the conflict question), the
  change log records it, pages reload; with unsaved changes it asks first. The editor
  stays open and says the record is archived, so bringing it back is one key away.
  Whether a record is archived is read from each View given to ``load`` (its
  ``archived`` or ``active``): subclasses need do nothing for it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supportdesk.database import Database
from supportdesk.errors import ConflictError, DomainError, ValidationError
from ui.context import AppContext
from ui.style.scheme import show_as_error
from ui.widgets import questions
from ui.widgets.archiving import actions_for
from ui.widgets.dialog_parts import column, scroll_area
from ui.widgets.screen_fit import fit_to_screen


@dataclass
class Field:
    name: str
    widget: QWidget
    label: QLabel
    error: ErrorLabel


class ErrorLabel(QLabel):
    """A field's error: a warning sign and words (never colour alone), hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a message may quote what was typed
        show_as_error(self)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText("⚠ " + message)
        self.setAccessibleName(message)
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def changed_signals(widget: QWidget) -> list[Any]:
    """The signals that say the user changed ``widget``'s value."""
    signals: list[Any] = []
    if hasattr(widget, "value_changed"):
        signals.append(widget.value_changed)
    if isinstance(widget, QLineEdit):
        signals.append(widget.textEdited)
    elif isinstance(widget, QPlainTextEdit):
        signals.append(widget.textChanged)
    elif isinstance(widget, QComboBox):
        signals.append(widget.currentIndexChanged)
    elif isinstance(widget, QAbstractButton):
        signals.append(widget.toggled)
    elif isinstance(widget, QSpinBox):
        signals.append(widget.valueChanged)
    return signals


class EditorDialog(QDialog):
    """A record's editor window. See the module docstring for what subclasses provide."""

    #: the record kind announced through ``AppContext.notify_changed`` after a save
    kind = ""
    saved = Signal(object)  # the View the service returned
    archived_changed = Signal(object)  # the View after Archiveren / Terugzetten

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """A subclass's ``load`` also tells the base whether the record is archived."""
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("load")
        if own is None or getattr(own, "notes_archived", False):
            return

        @functools.wraps(own)
        def load(self: EditorDialog, view: Any) -> None:
            own(self, view)
            self._note_archived(view)

        load.notes_archived = True  # type: ignore[attr-defined]
        cls.load = load  # type: ignore[method-assign]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.expected_version: int | None = None
        self.fields: dict[str, Field] = {}
        self._aliases: dict[str, str] = {}
        self._dirty = False
        self._loading = 0
        self._closing_ok = False
        self._staying_open = False
        self.archive_actions = actions_for(self.kind)
        self.archived = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.general_error = ErrorLabel()
        self._columns = QHBoxLayout()
        self.form = self._new_form()
        # Tab goes from field to field, past the scroll area
        scroll = scroll_area(column(self.general_error, self._columns), tab_past=True)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Bewaren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Bewaren (Ctrl+S of Ctrl+Enter)"))
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.try_save)
        self.cancel_button.clicked.connect(self.reject)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.archive_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.archive_button.setAutoDefault(False)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.archive_button.hide()  # after addButton, which shows it: a saved record only
        self.archived_note = QLabel()
        self.archived_note.setWordWrap(True)
        self.archived_note.setStyleSheet("font-weight: bold;")
        self.archived_note.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)  # first: TabbedEditor moves it into its first tab
        layout.addWidget(self.archived_note)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.buttons)

        for sequence in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.try_save)
        from ui.safety.change_log import install_history_button

        install_history_button(self)  # "Geschiedenis…": the record's change log

    def _new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._columns.addLayout(form, 1)
        return form

    def add_column(self) -> QFormLayout:
        """Start a second column of fields; ``add_field`` then fills it (tab order follows)."""
        self._columns.addSpacing(16)
        self.form = self._new_form()
        return self.form

    def _geometry_key(self) -> str:
        return f"editors/{type(self).__name__}/geometry"

    def present(self) -> None:
        """Show the editor as the active window (at the size it had last time)."""
        self._show_archive_state()
        geometry = self.ctx.settings().value(self._geometry_key())
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        fit_to_screen(self)  # never taller or wider than the screen it opens on
        self.show()
        self.raise_()
        self.activateWindow()

    # -- building ------------------------------------------------------------------
    def add_field(
        self, name: str, label: str, widget: QWidget, *, focus: QWidget | None = None
    ) -> Field:
        """A form row: ``label`` (with ``&`` mnemonic, buddy of ``focus`` or ``widget``),
        the widget, and an error line under it for errors named ``name``."""
        caption = QLabel(label)
        target = focus or widget
        caption.setBuddy(target)
        caption_text = label.replace("&", "").rstrip(": ")
        if isinstance(target, QAbstractButton) and target.text():
            # A button or check box is heard by what it says; the form's label (also
            # its buddy relation) goes in its description.
            if not target.accessibleDescription():
                target.setAccessibleDescription(caption_text)
        elif not target.accessibleName():
            target.setAccessibleName(caption_text)
        error = ErrorLabel()
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        box_layout.addWidget(error)
        self.form.addRow(caption, box)
        field = Field(name, target, caption, error)
        self.fields[name] = field
        self.watch(widget)
        if focus is not None and focus is not widget:
            self.watch(focus)
        return field

    def register_field(
        self, name: str, widget: QWidget, label: QLabel, error: ErrorLabel, *, watch: bool = True
    ) -> Field:
        """A field placed by the subclass itself (rows of a sub-form, such as new
        follow-up actions named ``new_follow_ups.<n>.description``)."""
        field = Field(name, widget, label, error)
        self.fields[name] = field
        if watch:
            self.watch(widget)
        return field

    def forget_fields(self, prefix: str) -> None:
        """Drop registered fields whose name starts with ``prefix`` (a removed row)."""
        for name in [n for n in self.fields if n.startswith(prefix)]:
            del self.fields[name]

    def alias_error(self, service_field: str, form_field: str) -> None:
        """Show the service's errors on ``service_field`` under ``form_field``."""
        self._aliases[service_field] = form_field

    def watch(self, widget: QWidget) -> None:
        """Count changes of ``widget`` as unsaved changes (``add_field`` does this)."""
        for signal in changed_signals(widget):
            signal.connect(self.mark_dirty)
        if hasattr(widget, "problem_changed"):  # a date field's typed text that is no date
            widget.problem_changed.connect(lambda message: self._show_problem(widget, message))

    def _show_problem(self, widget: QWidget, message: str) -> None:
        for field in self.fields.values():
            if field.widget is widget:
                field.error.show_message(message) if message else field.error.clear_message()

    def input_problems(self) -> dict[str, str]:
        """Fields whose typed text cannot be read (a date field's ``problem()``)."""
        return {
            f.name: problem
            for f in self.fields.values()
            if hasattr(f.widget, "problem") and (problem := f.widget.problem())
        }

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Set widgets from a record without marking the editor dirty."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1
        self.update_save_state()

    def mark_dirty(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self.update_save_state()

    def is_dirty(self) -> bool:
        return self._dirty

    # -- for subclasses -----------------------------------------------------------
    def edit(self, view: Any) -> None:
        """Show a stored record: the window titled ``edit_title(view)`` (when it names
        one), the fields filled by ``load`` (which is no change to save)."""
        title = self.edit_title(view)
        if title:
            self.setWindowTitle(title)
        self.show_stored(view)

    def show_stored(self, view: Any) -> None:
        """Fill the form with the stored record ``view`` (no change to save): its id and
        the version the next save is checked against, then the editor's ``load``."""
        self.record_id = view.id
        self.expected_version = view.version
        with self.loading():
            self.load(view)

    def edit_title(self, view: Any) -> str:
        """The window's title while a stored record is edited; "" keeps the title
        (``load`` may set one)."""
        return ""

    def collect(self) -> Any:
        raise NotImplementedError

    # the service's update of a stored record (a ``staticmethod``):
    # ``update_record(db, public_id, data, expected_version) -> View``
    update_record: Callable[[Database, str, Any, int | None], Any]

    def save_input(self, data: Any) -> Any:
        """Update the stored record (``update_record``, refused when someone else saved
        it meanwhile), or make the new one (``create_record``)."""
        if self.record_id:
            return self.update_record(self.ctx.db, self.record_id, data, self.expected_version)
        return self.create_record(data)

    def create_record(self, data: Any) -> Any:
        """Make the new record from ``data`` (the service's create); its View."""
        raise NotImplementedError

    def load(self, view: Any) -> None:
        raise NotImplementedError

    def fetch_current(self) -> Any:
        """The stored version of the record (for "load their version")."""
        raise NotImplementedError

    def local_errors(self) -> dict[str, str]:
        return {}

    # -- errors ----------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.general_error.clear_message()
        for field in self.fields.values():
            field.error.clear_message()
            field.widget.setAccessibleDescription("")

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field (or on top when no field has that name);
        focus moves to the first field in error."""
        self.clear_errors()
        first: QWidget | None = None
        general: list[str] = []
        for name, message in errors.items():
            field = self.fields.get(self._aliases.get(name, name))
            if field is None:
                general.append(message)
                continue
            field.error.show_message(message)
            field.widget.setAccessibleDescription(message)
            if first is None:
                first = field.widget
        if general:
            self.general_error.show_message(" ".join(general))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_save_state(self) -> None:
        missing = self.local_errors()
        self.save_button.setEnabled(not missing)
        if missing:
            names = [
                self.fields[n].label.text().replace("&", "").rstrip(":")
                for n in missing
                if n in self.fields
            ]
            self.missing_label.setText(
                self.tr("Nog nodig om te bewaren: %1").replace("%1", ", ".join(names))
            )
        else:
            self.missing_label.clear()

    # -- saving ----------------------------------------------------------------------
    def try_save(self) -> bool:
        """Save through the service; True if it succeeded (the editor then closes)."""
        missing = {**self.input_problems(), **self.local_errors()}
        if missing:
            self.show_errors(missing)
            return False
        try:
            data = self.collect()
            view = self.save_input(data)
        except DomainError as exc:
            self.show_refusal(exc)
            return False
        self.clear_errors()
        self._dirty = False
        self.record_id = getattr(view, "id", self.record_id)
        self.expected_version = getattr(view, "version", self.expected_version)
        self.saved.emit(view)
        if self.kind:
            self.ctx.notify_changed(self.kind)
        self._closing_ok = True
        self.accept()
        return True

    def show_refusal(self, exc: DomainError) -> None:
        """What the service refused: field errors beside their fields, someone else's
        save as the conflict question, anything else (not found, the database) on top."""
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        elif isinstance(exc, ConflictError):
            self._on_conflict()
        else:
            self.clear_errors()
            self.general_error.show_message(exc.message)

    def _on_conflict(self) -> None:
        choice = questions.ask_conflict(self)
        try:
            current = self.fetch_current()
        except DomainError as exc:
            self.general_error.show_message(exc.message)
            return
        if choice == questions.RELOAD:
            self.clear_errors()
            self.show_stored(current)
            self._dirty = False
            self.update_save_state()
        else:
            # Keep what was typed; the next save is knowingly based on their version.
            self.expected_version = getattr(current, "version", self.expected_version)
            self.general_error.show_message(
                self.tr(
                    "Iemand anders heeft dit record intussen gewijzigd. Wat jij typte staat "
                    "er nog; als je opnieuw bewaart, vervang je hun versie."
                )
            )

    # -- archiving --------------------------------------------------------------------
    def _note_archived(self, view: Any) -> None:
        if self.archive_actions is not None:
            self.archived = self.archive_actions.is_archived(view)
        self._show_archive_state()

    def _show_archive_state(self) -> None:
        actions = self.archive_actions
        if actions is None or not self.record_id:
            self.archive_button.hide()
            self.archived_note.hide()
            return
        text = actions.text("bring_back_text" if self.archived else "archive_text")
        self.archive_button.setText(text)
        self.archive_button.setAccessibleName(text.replace("&", ""))
        self.archive_button.show()
        note = actions.text("state_text") if self.archived else ""
        self.archived_note.setText(note)
        self.archived_note.setAccessibleName(note)
        self.archived_note.setVisible(bool(note))

    def toggle_archived(self) -> bool:
        """Archive the record, or bring it back; True when that was stored.

        Unsaved changes are asked about first (save them, leave them, or stay); a
        record someone else saved meanwhile gives the conflict question, as a save does.
        """
        actions = self.archive_actions
        if actions is None or not self.record_id:
            return False
        discard = False
        if self._dirty:
            choice = questions.ask_unsaved(self)
            if choice == questions.CANCEL:
                return False
            if choice == questions.SAVE and not self.save_staying_open():
                return False
            discard = choice == questions.DISCARD
        change = actions.bring_back if self.archived else actions.archive
        try:
            view = change(self.ctx.db, self.record_id, self.expected_version)
        except DomainError as exc:
            self.show_refusal(exc)
            return False
        self.clear_errors()
        if discard:
            self.show_stored(view)
            self._dirty = False
            self.update_save_state()
        else:
            self._note_archived(view)
        self.expected_version = getattr(view, "version", self.expected_version)
        self.archived_changed.emit(view)
        if self.kind:
            self.ctx.notify_changed(self.kind)
        return True

    def save_staying_open(self) -> bool:
        """Save as ``try_save`` does, but keep the editor open (to archive next, or to
        go on with a record's lists: ``TabbedEditor.save_and_stay``)."""
        self._staying_open = True
        try:
            ok = self.try_save()
        finally:
            self._staying_open = False
        if ok:
            self._closing_ok = False
        return ok

    def accept(self) -> None:
        if self._staying_open:
            return
        super().accept()

    # -- closing ---------------------------------------------------------------------
    def confirm_close(self) -> bool:
        """True when the editor may close: nothing unsaved, saved now, or discarded."""
        if self._closing_ok or not self._dirty:
            return True
        choice = questions.ask_unsaved(self)
        if choice == questions.SAVE:
            return self.try_save()
        if choice == questions.DISCARD:
            self._dirty = False
            return True
        return False

    def close_without_asking(self) -> None:
        """Close after the question was already answered elsewhere."""
        self._closing_ok = True
        self.close()

    def reject(self) -> None:
        """Esc and Cancel: ask first when something was typed."""
        if not self.confirm_close():
            return
        if self.result() == QDialog.DialogCode.Accepted and self._closing_ok:
            return  # "save" was chosen and the save closed the editor
        self._closing_ok = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_ok or self.confirm_close():
            self._closing_ok = True
            event.accept()
            super().closeEvent(event)
        else:
            event.ignore()


def confirm_close_editors(parent: QWidget) -> bool:
    """Before ``parent`` (a page, the main window) closes: every open editor under it
    with changes asks (save, discard, stay). True when all may close; they are then
    closed, so no editor window outlives the main window."""
    editors = [e for e in parent.findChildren(EditorDialog) if e.isVisible()]
    if not all(editor.confirm_close() for editor in editors):
        return False
    for editor in editors:
        editor.close_without_asking()
    return True
