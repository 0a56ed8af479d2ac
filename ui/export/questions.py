"""What an export asks and tells: where to save, which period, open the PDF?, what
went wrong. Module-level functions, so tests answer them with ``monkeypatch``
(``monkeypatch.setattr(questions, "ask_save_path", lambda parent, title, path: ...)``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.date_edit import OptionalDateEdit
from ui.widgets.editor import ErrorLabel
from ui.widgets.questions import Icon, Role, ask, tell

CONTEXT = "Export"
OPEN, FOLDER, CLOSE = "open", "folder", "close"
SAVE_FIRST, STORED, CANCEL = "save", "stored", "cancel"


def ask_save_path(parent: QWidget | None, title: str, suggested: str) -> str:
    """The save dialog, starting at ``suggested`` (folder and name); "" when cancelled.
    The name always ends in .pdf (a name typed without it gets it)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("Export", "PDF-documenten (*.pdf)")
    )
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def ask_open_file(parent: QWidget | None, title: str, text: str, informative: str) -> str:
    """After a successful export (a PDF, a spreadsheet, an agenda): OPEN the file, show
    its FOLDER, or CLOSE. ``text`` names the file: shown as plain text (< or &)."""
    return ask(
        parent,
        icon=Icon.Information,
        title=title,
        text=text,
        plain=True,
        informative=informative,
        buttons=[
            (OPEN, QCoreApplication.translate("Export", "&Openen"), Role.AcceptRole),
            (FOLDER, QCoreApplication.translate("Export", "&Map tonen"), Role.ActionRole),
            (CLOSE, QCoreApplication.translate("Export", "&Sluiten"), Role.RejectRole),
        ],
        default=OPEN,
        escape=CLOSE,
    )


def ask_open(parent: QWidget | None, path: str) -> str:
    """After a successful PDF export: OPEN the PDF, show its FOLDER, or CLOSE."""
    return ask_open_file(
        parent,
        QCoreApplication.translate("Export", "PDF klaar"),
        QCoreApplication.translate("Export", "De PDF is bewaard als %1.").replace(
            "%1", Path(path).name
        ),
        QCoreApplication.translate("Export", "PDF openen?"),
    )


def ask_unsaved_before_export(parent: QWidget | None) -> str:
    """The editor holds changes not yet saved, and the PDF shows what is stored:
    SAVE_FIRST, export the STORED version, or CANCEL."""
    return ask(
        parent,
        icon=Icon.Question,
        title=QCoreApplication.translate("Export", "Niet bewaarde wijzigingen"),
        text=QCoreApplication.translate(
            "Export", "De PDF toont wat bewaard is; je wijzigingen zijn nog niet bewaard."
        ),
        buttons=[
            (SAVE_FIRST, QCoreApplication.translate("Export", "Eerst &bewaren"), Role.AcceptRole),
            (
                STORED,
                QCoreApplication.translate("Export", "Bewaarde versie e&xporteren"),
                Role.ActionRole,
            ),
            (CANCEL, QCoreApplication.translate("Export", "Annuleren"), Role.RejectRole),
        ],
        default=SAVE_FIRST,
        escape=CANCEL,
    )


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the system's program for it."""
    return QDesktopServices.openUrl(url)


def tell_failure(parent: QWidget | None, title: str, message: str) -> None:
    tell_not_made(
        parent, title, QCoreApplication.translate("Export", "De PDF is niet gemaakt."), message
    )


def tell_not_made(parent: QWidget | None, title: str, headline: str, message: str) -> None:
    """An export failed: ``headline`` (nothing was made) and why, as typed."""
    tell(parent, icon=Icon.Warning, title=title, text=headline, informative=message, plain=True)


class PeriodDialog(QDialog):
    """Before a case summary is saved: all of the history, or only a period
    (either date may stay empty: "vanaf" or "tot en met")."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dossieroverzicht als PDF"))
        intro = QLabel(
            self.tr(
                "Dossieroverzicht van %1. Laat beide data leeg voor de hele geschiedenis, "
                "of beperk het tot een periode."
            ).replace("%1", name)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.date_from = OptionalDateEdit()
        self.date_to = OptionalDateEdit()
        self.date_from.setAccessibleName(self.tr("Vanaf (leeg: van het begin)"))
        self.date_to.setAccessibleName(self.tr("Tot en met (leeg: tot vandaag)"))
        form = QFormLayout()
        from_label = QLabel(self.tr("&Vanaf:"))
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&Tot en met:"))
        to_label.setBuddy(self.date_to)
        form.addRow(from_label, self.date_from.with_message())
        form.addRow(to_label, self.date_to.with_message())
        hint = QLabel(self.tr("Een datum leegmaken: selecteer ze en druk op Delete."))
        hint.setWordWrap(True)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Ver&der…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.date_from.value_changed.connect(self._check)
        self.date_to.value_changed.connect(self._check)
        self.setMinimumWidth(420)
        self.date_from.setFocus()

    def accept(self) -> None:
        if self.date_from.check() and self.date_to.check():
            super().accept()

    def period(self) -> tuple[date | None, date | None]:
        return self.date_from.optional_value(), self.date_to.optional_value()

    def _check(self) -> None:
        if self.date_from.problem() or self.date_to.problem():
            return  # the field says what is wrong; accept() refuses
        start, end = self.period()
        wrong = start is not None and end is not None and start > end
        if wrong:
            self.error.show_message(self.tr("“Vanaf” ligt na “Tot en met”."))
        else:
            self.error.clear_message()
        self.ok_button.setEnabled(not wrong)


def ask_period(parent: QWidget | None, name: str) -> tuple[date | None, date | None] | None:
    """The period of a case summary (None, None = everything); None when cancelled."""
    dialog = PeriodDialog(name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.period()


PARTICIPANTS, INTERNAL = "participants", "internal"


class AudienceDialog(QDialog):
    """Before a focus-group report is saved: for whom? "Voor de deelnemers" (the
    default: no attendance per person, no feedback texts, no internal notes) or
    "Intern" (everything, marked "Intern document" on every page)."""

    def __init__(self, topic: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Focusgroeprapport als PDF"))
        intro = QLabel(self.tr("Voor wie is het rapport van %1?").replace("%1", topic))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.participants = QRadioButton(self.tr("Voor de &deelnemers"))
        self.participants.setToolTip(
            self.tr(
                "Deelnemende besturen, tools en bevindingen, noden en afgesproken stappen; "
                "geen afwezigheden per persoon, geen feedback, geen interne notities."
            )
        )
        self.internal = QRadioButton(self.tr("&Intern"))
        self.internal.setToolTip(
            self.tr(
                "Alles, ook aanwezigheid, feedback en notities; elke pagina draagt "
                "“Intern document”."
            )
        )
        for button in (self.participants, self.internal):
            button.setAccessibleDescription(button.toolTip())
        self.group = QButtonGroup(self)
        self.group.addButton(self.participants)
        self.group.addButton(self.internal)
        self.participants.setChecked(True)
        explain = QLabel(self.participants.toolTip())
        explain.setWordWrap(True)
        self.participants.toggled.connect(
            lambda on: explain.setText((self.participants if on else self.internal).toolTip())
        )
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("&Verder…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.participants)
        layout.addWidget(self.internal)
        layout.addWidget(explain)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.participants.setFocus()

    def audience(self) -> str:
        return INTERNAL if self.internal.isChecked() else PARTICIPANTS


def ask_audience(parent: QWidget | None, topic: str) -> str | None:
    """PARTICIPANTS or INTERNAL for a focus-group report; None when cancelled."""
    dialog = AudienceDialog(topic, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.audience()
