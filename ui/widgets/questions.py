"""The questions editors ask. Module-level functions so tests can answer them
(``monkeypatch.setattr(questions, "ask_unsaved", lambda parent: "discard")``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
RELOAD, KEEP = "reload", "keep"


def ask_unsaved(parent: QWidget | None) -> str:
    """Unsaved changes: SAVE, DISCARD or CANCEL (stay in the editor)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Questions", "Niet bewaarde wijzigingen"))
    box.setText(
        QCoreApplication.translate("Questions", "Je hebt wijzigingen die nog niet bewaard zijn.")
    )
    box.setInformativeText(QCoreApplication.translate("Questions", "Wil je ze bewaren?"))
    save = box.addButton(
        QCoreApplication.translate("Questions", "&Bewaren"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Questions", "&Niet bewaren"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("Questions", "&Verder bewerken"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SAVE
    if clicked is discard:
        return DISCARD
    return CANCEL


def ask_conflict(parent: QWidget | None) -> str:
    """Someone saved the record meanwhile: RELOAD their version or KEEP editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Questions", "Intussen gewijzigd"))
    box.setText(
        QCoreApplication.translate(
            "Questions", "Iemand anders heeft dit record bewaard terwijl jij het bewerkte."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Questions",
            "Laad hun versie (wat jij typte gaat verloren), of werk verder: wat je typte "
            "blijft staan en als je daarna opnieuw bewaart, vervang je hun versie.",
        )
    )
    reload_button = box.addButton(
        QCoreApplication.translate("Questions", "Hun versie &laden"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("Questions", "&Verder bewerken"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return RELOAD if box.clickedButton() is reload_button else KEEP


def tell_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)
