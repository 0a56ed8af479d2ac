"""Help > Over SupportDesk: version, the open database and its schema revision, licences.

What an administrator needs to answer "which SupportDesk, on which data?" on a user's
computer. The licence texts come from the package data (``resources/LICENSE``,
``resources/fonts/LICENSE``), so they are the ones shipped with this build.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supportdesk import __version__
from supportdesk.database import Database, database_location, database_revision
from supportdesk.resources import resource
from ui.a11y import describe_label
from ui.app_icon import app_icon


def schema_revision(db: Database) -> str | None:
    try:
        return database_revision(db)
    except Exception:  # the dialog shows what it can; a dropped connection is not fatal
        return None


class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over SupportDesk"))
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)

        title = QLabel(f"<h2>SupportDesk {html.escape(__version__)}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("CRM voor digitale inclusie bij lokale besturen")))

        form = QFormLayout()
        self.version_label = self._value(__version__, self.tr("Versie"))
        form.addRow(self.tr("Versie:"), self.version_label)
        self.database_label = self._value(database_location(db), self.tr("Databank"))
        form.addRow(self.tr("Databank:"), self.database_label)
        revision = schema_revision(db) or self.tr("onbekend")
        self.revision_label = self._value(revision, self.tr("Schemaversie"))
        form.addRow(self.tr("Schemaversie:"), self.revision_label)
        self.licence_label = self._value(
            self.tr("MIT-licentie"), self.tr("Licentie van SupportDesk")
        )
        form.addRow(self.tr("Licentie:"), self.licence_label)
        self.fonts_label = self._value(
            self.tr(
                "DejaVu Sans: Bitstream Vera-licentie, DejaVu-wijzigingen in het publieke domein"
            ),
            self.tr("Licentie van de lettertypes"),
        )
        form.addRow(self.tr("Lettertypes:"), self.fonts_label)
        layout.addLayout(form)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Licentieteksten"))
        for label, parts in (
            (self.tr("&Licentie"), ("LICENSE",)),
            (self.tr("Lettert&ypes"), ("fonts", "LICENSE")),
        ):
            text = QPlainTextEdit(resource(*parts).read_text("utf-8"))
            text.setReadOnly(True)
            text.setAccessibleName(label.replace("&", ""))
            self.tabs.addTab(text, label)
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def _value(self, text: str, accessible: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setWordWrap(True)
        describe_label(label, accessible)
        return label
