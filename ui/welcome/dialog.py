"""Welkom: the one dialog a new database shows (not a wizard).

Who am I (name, e-mail: becomes a team member and "me"), who else is on the team
(optional rows; more can be added later in Beheer), the language, and this year's
targets (proposed from the plan or copied from the last year that has them, and
editable). "Demogegevens verkennen" opens a separate demo database instead.

Every problem is shown under its field and nothing is saved until all is right; what
was typed stays. Escape (or closing the window) asks first when something was typed.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportdesk.codes import INDICATORS
from supportdesk.errors import DomainError, ValidationError
from supportdesk.services.first_start import StartingTargets, save_welcome, starting_targets
from supportdesk.services.team import TeamMemberInput, TeamMemberView
from ui.context import AppContext
from ui.labels import label
from ui.widgets.dialog_parts import column, scroll_area
from ui.widgets.editor import ErrorLabel
from ui.widgets.questions import Icon, Role, ask

#: what the user chose: saved the team, explore the demo, or not now
SAVED, DEMO, LATER = "saved", "demo", "later"
STAY, LEAVE = "stay", "leave"
LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


def ask_leave_welcome(parent: QWidget | None) -> str:
    """Something was typed: STAY in the welcome, or LEAVE without saving it."""
    return ask(
        parent,
        icon=Icon.Question,
        title=QCoreApplication.translate("Welcome", "Welkom"),
        text=QCoreApplication.translate("Welcome", "Wat je typte, is nog niet bewaard."),
        informative=QCoreApplication.translate(
            "Welcome", "Zonder bewaren verschijnt dit welkom de volgende keer opnieuw, leeg."
        ),
        buttons=[
            (
                STAY,
                QCoreApplication.translate("Welcome", "&Terug naar het welkom"),
                Role.RejectRole,
            ),
            (
                LEAVE,
                QCoreApplication.translate("Welcome", "&Niet bewaren"),
                Role.DestructiveRole,
            ),
        ],
        default=STAY,
        escape=STAY,
    )


@dataclass
class PersonRow:
    """One colleague's row: name and e-mail, each with its error line."""

    name: QLineEdit
    email: QLineEdit
    name_error: ErrorLabel
    email_error: ErrorLabel


class WelcomeDialog(QDialog):
    """See the module docstring. ``outcome`` is SAVED, DEMO or LATER after it closes;
    ``me`` the team member made (SAVED), ``language`` the language chosen."""

    def __init__(
        self,
        ctx: AppContext,
        language: str,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome = LATER
        self.me: TeamMemberView | None = None
        self.year = year or date.today().year
        self.setWindowTitle(self.tr("Welkom bij SupportDesk"))
        self.setAccessibleName(self.tr("Welkom bij SupportDesk"))
        self.errors: dict[str, ErrorLabel] = {}
        self.inputs: dict[str, QLineEdit] = {}

        intro = QLabel(
            self.tr(
                "Deze databank is nog nieuw. Vertel wie je bent, dan kan je beginnen. "
                "Collega's, thema's en tools kan je ook later toevoegen in Beheer."
            )
        )
        intro.setWordWrap(True)

        boxes = (
            self._me_box(),
            self._team_box(),
            self._language_box(language),
            self._targets_box(starting_targets(ctx.db, self.year)),
        )
        self.general_error = ErrorLabel()
        scroll = scroll_area(column(intro, *boxes, self.general_error), wraps=True)

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("&Beginnen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.demo_button = buttons.addButton(
            self.tr("&Demogegevens verkennen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.demo_button.setToolTip(
            self.tr(
                "Opent een aparte demodatabank naast deze; je eigen gegevens blijven gescheiden."
            )
        )
        self.later_button = buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.start_button.clicked.connect(self.accept)
        self.demo_button.clicked.connect(self.choose_demo)
        self.later_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.start_button.setDefault(True)  # Enter: Beginnen (once it is in the dialog)
        self.resize(620, 720)
        self._chain_tab_order()
        self.my_name.setFocus()

    # -- building --------------------------------------------------------------------
    def _line(self, field: str, accessible: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        error = ErrorLabel()
        self.inputs[field] = edit
        self.errors[field] = error
        edit.textEdited.connect(lambda _text, f=field: self.errors[f].clear_message())
        return edit

    def _add_row(self, form: QFormLayout, field: str, caption: str, edit: QLineEdit) -> None:
        caption_label = QLabel(caption)
        caption_label.setBuddy(edit)
        caption_label.setWordWrap(True)  # a plan item's words can be long
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(edit)
        box_layout.addWidget(self.errors[field])
        form.addRow(caption_label, box)

    def _me_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wie ben ik"))
        form = QFormLayout(box)
        self.my_name = self._line("name", self.tr("Mijn naam"), self.tr("bv. An Peeters"))
        self.my_email = self._line(
            "email", self.tr("Mijn e-mailadres"), self.tr("bv. an.peeters@vvsg.be")
        )
        self._add_row(form, "name", self.tr("&Naam:"), self.my_name)
        self._add_row(form, "email", self.tr("&E-mail:"), self.my_email)
        return box

    def _team_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wie zit er nog in het team? (mag ook later)"))
        layout = QVBoxLayout(box)
        self.rows_grid = QGridLayout()
        name_head = QLabel(self.tr("Naam"))
        email_head = QLabel(self.tr("E-mail"))
        self.rows_grid.addWidget(name_head, 0, 0)
        self.rows_grid.addWidget(email_head, 0, 1)
        layout.addLayout(self.rows_grid)
        self.rows: list[PersonRow] = []
        self.add_colleague_button = QPushButton(self.tr("Nog een &collega"))
        self.add_colleague_button.clicked.connect(lambda: self.add_colleague())
        layout.addWidget(self.add_colleague_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_colleague(focus=False)
        return box

    def add_colleague(self, *, focus: bool = True) -> PersonRow:
        """One more empty colleague row (its name field gets the cursor)."""
        n = len(self.rows)
        number = str(n + 1)
        name = self._line(
            f"others.{n}.name",
            self.tr("Naam van collega %1").replace("%1", number),
        )
        email = self._line(
            f"others.{n}.email",
            self.tr("E-mailadres van collega %1").replace("%1", number),
        )
        row = PersonRow(
            name, email, self.errors[f"others.{n}.name"], self.errors[f"others.{n}.email"]
        )
        grid_row = 1 + 2 * n
        self.rows_grid.addWidget(name, grid_row, 0)
        self.rows_grid.addWidget(email, grid_row, 1)
        self.rows_grid.addWidget(row.name_error, grid_row + 1, 0)
        self.rows_grid.addWidget(row.email_error, grid_row + 1, 1)
        self.rows.append(row)
        if focus:  # the dialog is built: put the new row in the Tab order
            self._chain_tab_order()
            name.show()
            email.show()
            name.setFocus()
        return row

    def _chain_tab_order(self) -> None:
        """Tab goes down the form as it reads: me, each colleague (name, e-mail), the
        button for another, the language, the targets, then the buttons."""
        chain: list[QWidget] = [self.my_name, self.my_email]
        for row in self.rows:
            chain += [row.name, row.email]
        chain += [self.add_colleague_button, self.language_box]
        chain += [self.inputs[f"target.{code}"] for code in self.target_codes]
        chain += [self.start_button, self.demo_button, self.later_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _language_box(self, language: str) -> QGroupBox:
        box = QGroupBox(self.tr("Taal"))
        form = QFormLayout(box)
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Taal van SupportDesk"))
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        caption = QLabel(self.tr("&Taal:"))
        caption.setBuddy(self.language_box)
        form.addRow(caption, self.language_box)
        return box

    def _targets_box(self, start: StartingTargets) -> QGroupBox:
        box = QGroupBox(self.tr("Doelen voor %1").replace("%1", str(start.year)))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if start.stored:
            where = self.tr("Uit het jaarplan van %1. Pas ze aan waar nodig.")
        else:
            where = self.tr(
                "Voorgesteld uit het vorige jaarplan. Pas ze aan waar nodig; de rest van het "
                "jaarplan staat in Beheer."
            )
        note = QLabel(where.replace("%1", str(start.year)))
        note.setWordWrap(True)
        form.addRow(note)
        self.target_codes = [row.key for row in start.rows]
        self.proposed = {
            f"target.{row.key}": "" if row.value is None else str(row.value) for row in start.rows
        }
        for row in start.rows:
            words = label("indicator", row.key) if row.key in INDICATORS else row.text
            edit = self._line(f"target.{row.key}", words, self.tr("geen doel"))
            edit.setText(self.proposed[f"target.{row.key}"])
            edit.setMaximumWidth(120)
            caption = f"{row.code} · {words}:" if row.code else f"{words}:"
            self._add_row(form, f"target.{row.key}", caption, edit)
        return box

    # -- what was typed ----------------------------------------------------------------
    def typed_something(self) -> bool:
        """Whether anything was typed: a name, an address, or a target changed from the
        one proposed."""
        return any(
            edit.text() != self.proposed.get(field, "") for field, edit in self.inputs.items()
        )

    def language(self) -> str:
        return str(self.language_box.currentData())

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field; the cursor to the first field in error."""
        for error in self.errors.values():
            error.clear_message()
        self.general_error.clear_message()
        for field, message in errors.items():
            if field in self.errors:
                self.errors[field].show_message(message)
            else:
                self.general_error.show_message(message)
        first = next((edit for field, edit in self.inputs.items() if field in errors), None)
        if first is not None:  # in the order of the form
            first.setFocus()

    # -- closing ---------------------------------------------------------------------
    def accept(self) -> None:
        """Beginnen: save me, the colleagues and the targets, or show what is wrong."""
        me = TeamMemberInput(self.my_name.text(), self.my_email.text())
        others = [TeamMemberInput(r.name.text(), r.email.text()) for r in self.rows]
        targets = {code: self.inputs[f"target.{code}"].text() for code in self.target_codes}
        try:
            self.me = save_welcome(self.ctx.db, me, others, self.year, targets)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except DomainError as exc:
            self.show_errors({"": exc.message})
            return
        self.outcome = SAVED
        super().accept()

    def choose_demo(self) -> None:
        if self.typed_something() and ask_leave_welcome(self) != LEAVE:
            return
        self.outcome = DEMO
        super().accept()

    def reject(self) -> None:
        """Later, Escape or the window closed (QDialog routes both here): asks first
        when something was typed."""
        if self.typed_something() and ask_leave_welcome(self) != LEAVE:
            return
        self.outcome = LATER
        super().reject()
