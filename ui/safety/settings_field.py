"""The "keep N backups" setting, as a field the settings dialog adds to its form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox

from ui.safety.damaged import KEEP_KEY, backups_to_keep

MAX_KEEP = 100


def add_backup_field(form: QFormLayout) -> QSpinBox:
    """A "Reservekopieën bewaren" spin box (1-100), filled from the settings."""
    spin = QSpinBox()
    spin.setRange(1, MAX_KEEP)
    spin.setValue(min(backups_to_keep(), MAX_KEEP))
    spin.setAccessibleName(
        QCoreApplication.translate("BackupSetting", "Aantal reservekopieën bij het starten")
    )
    spin.setToolTip(
        QCoreApplication.translate(
            "BackupSetting",
            "Bij elke start wordt een kopie van de databank bewaard; oudere vallen weg.",
        )
    )
    label = QLabel(QCoreApplication.translate("BackupSetting", "&Reservekopieën bewaren:"))
    label.setBuddy(spin)
    form.addRow(label, spin)
    return spin


def save_backup_field(settings: QSettings, spin: QSpinBox) -> None:
    settings.setValue(KEEP_KEY, spin.value())
