"""The questions the app asks, all built by :func:`ask` (and :func:`tell` for a message
with no choice). The questions themselves stay module-level functions, here and in
``ui.export.questions``, ``ui.startup``, ``ui.safety.damaged`` ..., so tests can answer
them (``monkeypatch.setattr(questions, "ask_unsaved", lambda parent: "discard")``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from supportdesk.errors import DomainError, ValidationError
from ui import start_collection

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
RELOAD, KEEP = "reload", "keep"

Role = QMessageBox.ButtonRole
Icon = QMessageBox.Icon
#: one button: the answer it gives, its (translated) text with its mnemonic, its role
Button = tuple[str, str, QMessageBox.ButtonRole]


def ask(
    parent: QWidget | None,
    *,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Sequence[Button],
    default: str,
    escape: str,
    informative: str = "",
    detail: str = "",
    plain: bool = False,
) -> str:
    """Ask with a message box and return the answer of the button clicked; ``escape``
    (Esc, or the box closed) and ``default`` (Enter) name answers among ``buttons``.
    ``plain`` shows ``text`` as typed (a file name may hold ``<`` or ``&``)."""
    box = _box(parent, icon, title, text, informative, plain)
    if detail:
        box.setDetailedText(detail)
    added = {answer: box.addButton(label, role) for answer, label, role in buttons}
    box.setDefaultButton(added[default])
    box.setEscapeButton(added[escape])
    box.exec()
    clicked = box.clickedButton()
    return next((answer for answer, button in added.items() if clicked is button), escape)


def tell(
    parent: QWidget | None,
    *,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    plain: bool = False,
) -> None:
    """A message with only an OK button."""
    _box(parent, icon, title, text, informative, plain).exec()


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str,
    plain: bool,
) -> QMessageBox:
    start_collection.resume()  # a question during the start waits for a person
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    if plain:
        box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def ask_unsaved(parent: QWidget | None) -> str:
    """Unsaved changes: SAVE, DISCARD or CANCEL (stay in the editor)."""
    return ask(
        parent,
        icon=Icon.Question,
        title=QCoreApplication.translate("Questions", "Niet bewaarde wijzigingen"),
        text=QCoreApplication.translate(
            "Questions", "Je hebt wijzigingen die nog niet bewaard zijn."
        ),
        informative=QCoreApplication.translate("Questions", "Wil je ze bewaren?"),
        buttons=[
            (SAVE, QCoreApplication.translate("Questions", "&Bewaren"), Role.AcceptRole),
            (
                DISCARD,
                QCoreApplication.translate("Questions", "&Niet bewaren"),
                Role.DestructiveRole,
            ),
            (CANCEL, QCoreApplication.translate("Questions", "&Verder bewerken"), Role.RejectRole),
        ],
        default=SAVE,
        escape=CANCEL,
    )


def ask_conflict(parent: QWidget | None) -> str:
    """Someone saved the record meanwhile: RELOAD their version or KEEP editing."""
    return ask(
        parent,
        icon=Icon.Warning,
        title=QCoreApplication.translate("Questions", "Intussen gewijzigd"),
        text=QCoreApplication.translate(
            "Questions", "Iemand anders heeft dit record bewaard terwijl jij het bewerkte."
        ),
        informative=QCoreApplication.translate(
            "Questions",
            "Laad hun versie (wat jij typte gaat verloren), of werk verder: wat je typte "
            "blijft staan en als je daarna opnieuw bewaart, vervang je hun versie.",
        ),
        buttons=[
            (
                RELOAD,
                QCoreApplication.translate("Questions", "Hun versie &laden"),
                Role.DestructiveRole,
            ),
            (KEEP, QCoreApplication.translate("Questions", "&Verder bewerken"), Role.RejectRole),
        ],
        default=KEEP,
        escape=KEEP,
    )


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or No before something is removed or replaced; No answers Enter and Esc. The
    question is shown as typed: it often names what the user typed (a file name, a
    participant), which may hold ``<`` or ``&``."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, "", plain=True)
    no = QMessageBox.StandardButton.No
    box.setStandardButtons(QMessageBox.StandardButton.Yes | no)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def refusal_text(exc: DomainError) -> str:
    """What a refused service call says in one message: a ValidationError's field
    messages one after the other, any other refusal its message."""
    if isinstance(exc, ValidationError):
        return " ".join(exc.errors.values())
    return exc.message
