"""Contactpersonen importeren: a spreadsheet (.xlsx or .csv) becomes contact persons.

One window, top to bottom as the steps go: the file, the sheet, which column holds
which field (guessed from the header row), the preview with each row's outcome, the
choice for each row that may be someone already there (merge, keep both, skip), and
Importeren, which writes everything in one transaction or nothing at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.contacts_import import (
    FIELDS,
    Decision,
    Mapping,
    Outcome,
    RowPlan,
    Sheet,
    TableFileError,
    guess_mapping,
    import_contacts,
    plan_import,
    read_table,
)
from supportdesk.contacts_import.apply import (
    ImportResult,
    allowed_decisions,
    default_decision,
)
from supportdesk.errors import DomainError
from ui.context import AppContext
from ui.formatting import fill_in
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.dialog_parts import save_and_accept
from ui.widgets.editor import ErrorLabel

FIELD_TEXTS = {
    "last_name": QT_TRANSLATE_NOOP("ContactsImport", "Familienaam (verplicht)"),
    "first_name": QT_TRANSLATE_NOOP("ContactsImport", "Voornaam"),
    "role": QT_TRANSLATE_NOOP("ContactsImport", "Functie"),
    "email": QT_TRANSLATE_NOOP("ContactsImport", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ContactsImport", "Telefoon"),
    "government": QT_TRANSLATE_NOOP(
        "ContactsImport", "Gemeente, NIS-code of vroegere naam (verplicht)"
    ),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("ContactsImport", "Rij"),
    QT_TRANSLATE_NOOP("ContactsImport", "Naam"),
    QT_TRANSLATE_NOOP("ContactsImport", "Lokaal bestuur"),
    QT_TRANSLATE_NOOP("ContactsImport", "E-mail"),
    QT_TRANSLATE_NOOP("ContactsImport", "Uitkomst"),
    QT_TRANSLATE_NOOP("ContactsImport", "Keuze"),
    QT_TRANSLATE_NOOP("ContactsImport", "Toelichting"),
)


RESIZE_PRECISION = 200  # rows measured for the preview's column widths


def outcome_text(outcome: Outcome) -> str:
    return {
        Outcome.NEW: QCoreApplication.translate("ContactsImport", "nieuw"),
        Outcome.UPDATE: QCoreApplication.translate("ContactsImport", "bijwerken"),
        Outcome.UNCHANGED: QCoreApplication.translate("ContactsImport", "al aanwezig"),
        Outcome.DUPLICATE: QCoreApplication.translate("ContactsImport", "mogelijk dubbel"),
        Outcome.ERROR: QCoreApplication.translate("ContactsImport", "fout"),
    }[outcome]


def reason_text(plan: RowPlan) -> str:
    """Why a row has its outcome, in the interface's language. An error's reason is the
    field rule's own message (Dutch, as every validation message of the app)."""
    best = plan.target
    if plan.outcome == Outcome.NEW:
        return QCoreApplication.translate("ContactsImport", "Nieuwe contactpersoon.")
    if best is None:
        return plan.reason
    if plan.outcome == Outcome.UPDATE:
        return fill_in(
            QCoreApplication.translate("ContactsImport", "Bestaat al: %1; wordt bijgewerkt."),
            best.full_name,
        )
    if plan.outcome == Outcome.UNCHANGED:
        return fill_in(
            QCoreApplication.translate("ContactsImport", "Bestaat al: %1, met dezelfde gegevens."),
            best.full_name,
        )
    if plan.outcome == Outcome.DUPLICATE and plan.match == "email":
        if best.government_name == plan.values.government_name:
            return fill_in(
                QCoreApplication.translate("ContactsImport", "Zelfde e-mailadres als %1."),
                best.full_name,
            )
        return fill_in(
            QCoreApplication.translate("ContactsImport", "Zelfde e-mailadres als %1 bij %2."),
            best.full_name,
            best.government_name,
        )
    if plan.outcome == Outcome.DUPLICATE and plan.match == "name":
        return fill_in(
            QCoreApplication.translate("ContactsImport", "Lijkt op %1 bij %2 (%3 %)."),
            best.full_name,
            best.government_name,
            str(best.score),
        )
    return plan.reason


def decision_text(decision: Decision, outcome: Outcome) -> str:
    if decision == Decision.SKIP:
        return QCoreApplication.translate("ContactsImport", "overslaan")
    if decision == Decision.MERGE:
        return (
            QCoreApplication.translate("ContactsImport", "bijwerken")
            if outcome == Outcome.UPDATE
            else QCoreApplication.translate("ContactsImport", "samenvoegen")
        )
    return (
        QCoreApplication.translate("ContactsImport", "beide houden")
        if outcome != Outcome.NEW
        else QCoreApplication.translate("ContactsImport", "toevoegen")
    )


class ContactsImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Contactpersonen importeren"))
        self.sheets: list[Sheet] = []
        self.plans: list[RowPlan] = []
        self.decisions: dict[int, Decision] = {}
        self.import_result: ImportResult | None = None  # not "result": QDialog.result()

        # 1. the file
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("Gekozen bestand"))
        self.browse = QPushButton(self.tr("&Bestand kiezen…"))
        self.browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        self.file_error = ErrorLabel()

        # 2. the sheet
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        sheet_label = QLabel(self.tr("B&lad:"))
        sheet_label.setBuddy(self.sheet)

        # 3. the columns
        self.mapping_box = QGroupBox(self.tr("Kolommen"))
        grid = QGridLayout(self.mapping_box)
        self.columns: dict[str, QComboBox] = {}
        for row, name in enumerate(FIELDS):
            combo = QComboBox()
            label = QLabel(QCoreApplication.translate("ContactsImport", FIELD_TEXTS[name]) + ":")
            label.setBuddy(combo)
            combo.setAccessibleName(QCoreApplication.translate("ContactsImport", FIELD_TEXTS[name]))
            combo.currentIndexChanged.connect(self._mapping_changed)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.columns[name] = combo
        self.mapping_error = ErrorLabel()

        # 4. the preview
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ContactsImport", c) for c in COLUMNS]
        )
        self.table.setAccessibleName(self.tr("Voorbeeld van de import"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Column widths from the first rows only: measuring 20,000 rows took seconds.
        self.table.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION)
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.table.currentCellChanged.connect(lambda *_a: self._show_choice())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.choice = QComboBox()
        self.choice_label = QLabel(self.tr("&Keuze voor deze rij:"))
        self.choice_label.setBuddy(self.choice)
        self.choice.activated.connect(self._choice_made)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choice_label)
        choice_row.addWidget(self.choice)
        choice_row.addStretch(1)
        self.import_error = ErrorLabel()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Bestand:"), file_row)
        form.addRow("", self.file_error)
        form.addRow(sheet_label, self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.mapping_error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(choice_row)
        layout.addWidget(self.import_error)
        layout.addWidget(self.buttons)
        self.resize(1000, 700)
        self._update_state()

    # -- file and sheet -----------------------------------------------------------------
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Lijst van contactpersonen kiezen"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv);;Alle bestanden (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        self.file_error.clear_message()
        try:
            sheets = read_table(path)
        except TableFileError as exc:
            self.file_error.show_message(exc.message)
            return False
        self.path.setText(str(path))
        self.sheets = sheets
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for s in sheets:
            self.sheet.addItem(s.name)
        # The first sheet with a recognisable header, else the first.
        start = 0
        for i, s in enumerate(sheets):
            try:
                guess_mapping(s)
            except TableFileError:
                continue
            start = i
            break
        self.sheet.setCurrentIndex(start)
        self.sheet.blockSignals(False)
        self._sheet_changed()
        return True

    def current_sheet(self) -> Sheet | None:
        index = self.sheet.currentIndex()
        return self.sheets[index] if 0 <= index < len(self.sheets) else None

    def _sheet_changed(self, *_args: object) -> None:
        sheet = self.current_sheet()
        self.mapping_error.clear_message()
        self.header_row = 0
        self.government_fallbacks: tuple[int, ...] = ()
        guessed = Mapping()
        headers: tuple[str, ...] = ()
        if sheet is not None:
            try:
                guessed = guess_mapping(sheet)
                headers = sheet.rows[guessed.header_row]
                self.header_row = guessed.header_row
                self.government_fallbacks = guessed.government_fallbacks
            except TableFileError as exc:
                self.mapping_error.show_message(exc.message)
        for name, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(niet gebruiken)"), -1)
            for i, header in enumerate(headers):
                combo.addItem(header or self.tr("kolom %1").replace("%1", str(i + 1)), i)
            combo.setCurrentIndex(guessed.columns.get(name, -1) + 1)
            combo.blockSignals(False)
        self._mapping_changed()

    # -- mapping and preview --------------------------------------------------------------
    def current_mapping(self) -> Mapping:
        columns = {
            name: int(combo.currentData())
            for name, combo in self.columns.items()
            if combo.currentData() is not None and int(combo.currentData()) >= 0
        }
        return Mapping(
            columns,
            getattr(self, "header_row", 0),
            getattr(self, "government_fallbacks", ()),
        )

    def _mapping_changed(self, *_args: object) -> None:
        self.plans = []
        self.decisions = {}
        self.summary.clear()  # nothing of an earlier file or mapping stays in view
        self.import_error.clear_message()
        sheet = self.current_sheet()
        mapping = self.current_mapping()
        if sheet is not None and not self.mapping_error.text():
            missing = mapping.missing()
            if missing:
                self.summary.setText(
                    self.tr("Kies nog de kolom voor: %1.").replace(
                        "%1",
                        ", ".join(
                            QCoreApplication.translate("ContactsImport", FIELD_TEXTS[m])
                            for m in missing
                        ),
                    )
                )
            else:
                try:
                    self.plans = plan_import(self.ctx.db, sheet, mapping)
                except DomainError as exc:
                    self.import_error.show_message(exc.message)
                self.decisions = {p.row_number: default_decision(p) for p in self.plans}
        self._fill_table()

    def _fill_table(self) -> None:
        self.table.setUpdatesEnabled(False)
        try:
            self._fill_rows()
        finally:
            self.table.setUpdatesEnabled(True)
        if self.plans:
            self.table.setCurrentCell(0, 0)
        self._update_state()
        self._show_choice()

    def _fill_rows(self) -> None:
        self.table.setRowCount(len(self.plans))
        for r, plan in enumerate(self.plans):
            v = plan.values
            cells = (
                str(plan.row_number),
                v.full_name,
                v.government_name or v.government_text,
                v.email,
                outcome_text(plan.outcome),
                decision_text(self.decisions[plan.row_number], plan.outcome),
                reason_text(plan),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _show_choice(self) -> None:
        row = self.table.currentRow()
        self.choice.clear()
        if not 0 <= row < len(self.plans):
            self.choice.setEnabled(False)
            self.choice_label.setText(self.tr("&Keuze voor deze rij:"))
            return
        plan = self.plans[row]
        for decision in allowed_decisions(plan):
            self.choice.addItem(decision_text(decision, plan.outcome), decision.value)
        self.choice.setCurrentIndex(
            max(0, self.choice.findData(self.decisions[plan.row_number].value))
        )
        self.choice.setEnabled(self.choice.count() > 1)
        self.choice_label.setText(
            self.tr("&Keuze voor rij %1:").replace("%1", str(plan.row_number))
        )

    def _choice_made(self, index: int) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.plans) or index < 0:
            return
        plan = self.plans[row]
        self.decisions[plan.row_number] = Decision(self.choice.itemData(index))
        cell = self.table.item(row, 5)
        if cell is not None:
            cell.setText(decision_text(self.decisions[plan.row_number], plan.outcome))
        self._update_state()

    def counts(self) -> dict[str, int]:
        out = {"create": 0, "merge": 0, "skip": 0, "error": 0}
        for plan in self.plans:
            if plan.outcome == Outcome.ERROR:
                out["error"] += 1
            out[self.decisions[plan.row_number].value] += 1
        return out

    def _update_state(self) -> None:
        counts = self.counts()
        writes = counts["create"] + counts["merge"]
        self.import_button.setEnabled(writes > 0)
        self.mapping_box.setEnabled(bool(self.sheets))
        self.sheet.setEnabled(len(self.sheets) > 1)
        if self.plans:
            self.summary.setText(
                self.tr(
                    "%1 rijen: %2 toevoegen, %3 bijwerken of samenvoegen, %4 overslaan "
                    "(waarvan %5 met een fout)."
                )
                .replace("%1", str(len(self.plans)))
                .replace("%2", str(counts["create"]))
                .replace("%3", str(counts["merge"]))
                .replace("%4", str(counts["skip"]))
                .replace("%5", str(counts["error"]))
            )

    # -- import -----------------------------------------------------------------------------
    def run_import(self) -> bool:
        self.import_error.clear_message()
        self.import_result = save_and_accept(
            self,
            self.ctx,
            "contact_person",
            self.import_error,
            lambda: import_contacts(self.ctx.db, self.plans, self.decisions),
        )
        return self.import_result is not None
