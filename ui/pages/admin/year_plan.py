"""Beheer → Jaarplan: the action plan of a year, item by item.

A year is chosen at the top; its items are listed under their strategic goals (SD1, SD2,
SD3) with their code (OD 1.2), words and target, or a milestone's state. The chosen
item is edited in the form beside the list and saved with Bewaren: its target, what it
counts (which records, which kinds of activity, held only, a count or participant
hours), a milestone's state and note, and the short text the year report prints under
it. An error (a negative target, an unknown kind) appears beside its field and what was
typed stays. A year without a plan of its own starts as a copy of the last one
("Kopiëren van vorig jaar"); a new item is added with "Nieuw item".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import ConflictError, DomainError, ValidationError
from supportdesk.services.activities import list_activity_kinds
from supportdesk.services.plan import (
    PlanItemInput,
    PlanItemView,
    copy_plan,
    create_plan_item,
    delete_plan_item,
    ensure_year,
    list_plan_items,
    plan_years,
    update_plan_item,
)
from supportdesk.validation import whole_number
from ui.a11y import describe_label
from ui.context import AppContext
from ui.labels import choices, label
from ui.pages.admin.activity_kinds import show_activity_kinds
from ui.pages.overview_plan import grouped_rows
from ui.widgets import questions
from ui.widgets.check_list import CheckList
from ui.widgets.dialog_parts import scroll_area, text_box
from ui.widgets.editor import ErrorLabel
from ui.widgets.flat_list import KEY_ROLE, current_key, flat_list, select_key


def target_text(item: PlanItemView) -> str:
    if item.is_milestone:
        return label("milestone_state", item.milestone_state)
    if item.target is None:
        return "—"
    unit = label("measure", item.measure) if item.measure == "participant_hours" else ""
    return f"{item.target} {unit}".strip()


class YearPlanTab(QWidget):
    """The Jaarplan tab. ``refresh()`` reloads; ``show_year(y)`` chooses a year."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items_by_key: dict[str, PlanItemView] = {}
        self.new_mode = False  # the form holds a new item, not the chosen one
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Jaar van het plan"))
        year_label = QLabel(self.tr("J&aar:"))
        year_label.setBuddy(self.year)
        self.copy_button = QPushButton(self.tr("&Kopiëren van vorig jaar"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_previous_year)
        self.new_button = QPushButton(self.tr("&Nieuw item"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_item)
        self.delete_button = QPushButton(self.tr("&Item verwijderen"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_current)
        self.kinds_button = QPushButton(self.tr("Soorten activiteit…"))
        self.kinds_button.setAutoDefault(False)
        self.kinds_button.setToolTip(
            self.tr("De soorten activiteit van het plan: hernoemen, toevoegen, archiveren")
        )
        self.kinds_button.clicked.connect(lambda: show_activity_kinds(self, self.ctx))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        describe_label(self.state, self.tr("Stand van het jaarplan"))
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.copy_button)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.kinds_button)
        top.addStretch(1)

        self.items = flat_list(
            QTreeWidget(),
            self.tr("Items van het jaarplan"),
            [self.tr("Plan"), self.tr("Item"), self.tr("Doel")],
        )
        self.items.setItemsExpandable(False)
        self.items.setColumnWidth(0, 70)
        self.items.setColumnWidth(1, 330)
        self.items.currentItemChanged.connect(lambda *_a: self._show_current())
        self.items.itemActivated.connect(lambda *_a: self.focus_form())

        self._build_form()
        body = QHBoxLayout()
        body.addWidget(self.items, 3)
        body.addWidget(self.form_scroll, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addLayout(body, 1)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.refresh()

    # -- the form of one item ------------------------------------------------------------
    def _build_form(self) -> None:
        form = QWidget()
        self.form_layout = QVBoxLayout(form)
        self.errors: dict[str, ErrorLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.item_title = QLabel()
        self.item_title.setWordWrap(True)
        self.item_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.item_title.font()
        font.setBold(True)
        self.item_title.setFont(font)
        self.form_layout.addWidget(self.item_title)
        self.goal = QComboBox()
        self._goals = [code for _t, code in choices("goal")]
        for text, _code in choices("goal"):
            self.goal.addItem(text)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("bv. OD 1.2"))
        self.text = QLineEdit()
        self.counted = QComboBox()
        self._counted = [code for _t, code in choices("counted_record")]
        for text, _code in choices("counted_record"):
            self.counted.addItem(text)
        self.kinds = CheckList(rows=4)
        self.publication_kind = QComboBox()
        self._publication_kinds = [code for _t, code in choices("publication_kind")]
        for text, _code in choices("publication_kind"):
            self.publication_kind.addItem(text)
        self.measure = QComboBox()
        self._measures = [code for _t, code in choices("measure")]
        for text, _code in choices("measure"):
            self.measure.addItem(text)
        self.held_only = QCheckBox(self.tr("Enkel geho&uden activiteiten"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("een getal, bv. 8; leeg: geen doel"))
        self.milestone_state = QComboBox()
        self._states = [code for _t, code in choices("milestone_state")]
        for text, _code in choices("milestone_state"):
            self.milestone_state.addItem(text)
        self.note = text_box(maximum=70)
        self.report_text = text_box(minimum=90)
        self.report_text.setPlaceholderText(
            self.tr("wat het jaarrapport onder dit item zegt (kort)")
        )
        for name, caption, widget in (
            ("goal", self.tr("St&rategische doelstelling:"), self.goal),
            ("code", self.tr("&Code:"), self.code),
            ("text", self.tr("&Wat het plan vraagt:"), self.text),
            ("counted", self.tr("Telt:"), self.counted),
            ("activity_kind_ids", self.tr("&Soorten activiteit:"), self.kinds),
            ("publication_kind", self.tr("Soort &publicatie:"), self.publication_kind),
            ("measure", self.tr("&Maat:"), self.measure),
            ("held_only", "", self.held_only),
            ("target", self.tr("&Doel:"), self.target),
            ("milestone_state", self.tr("Stand:"), self.milestone_state),
            ("note", self.tr("Notitie:"), self.note),
            ("report_text", self.tr("Tekst &voor het jaarrapport:"), self.report_text),
        ):
            self._add(name, caption, widget)
        self.save_button = QPushButton(self.tr("B&ewaren"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_current)
        self.general_error = ErrorLabel()
        self.form_layout.addWidget(self.general_error)
        self.form_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.form_layout.addStretch(1)
        self.counted.currentIndexChanged.connect(lambda _i: self._show_counted())
        self.target.returnPressed.connect(self.save_current)
        self.form_scroll = scroll_area(form, wraps=True)

    def _add(self, name: str, caption: str, widget: QWidget) -> None:
        if caption:
            text_label = QLabel(caption)
            text_label.setBuddy(widget)
            self.form_layout.addWidget(text_label)
            widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
            self.widgets[name + ".label"] = text_label
        if isinstance(widget, QComboBox):  # long words must not widen the form
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(16)
        self.form_layout.addWidget(widget)
        error = ErrorLabel()
        self.form_layout.addWidget(error)
        self.errors[name] = error
        self.widgets[name] = widget

    def _set_shown(self, name: str, shown: bool) -> None:
        for key in (name, name + ".label"):
            widget = self.widgets.get(key)
            if widget is not None:
                widget.setVisible(shown)

    def _show_counted(self) -> None:
        counted = self._counted[self.counted.currentIndex()] if self._counted else ""
        milestone = counted == "milestone"
        self._set_shown("activity_kind_ids", counted == "activity")
        self._set_shown("held_only", counted == "activity")
        self._set_shown("publication_kind", counted == "publication")
        self._set_shown("measure", counted == "activity")
        self._set_shown("target", not milestone)
        self._set_shown("milestone_state", milestone)
        self._set_shown("note", milestone)

    def focus_form(self) -> None:
        widget = self.milestone_state if self.target.isHidden() else self.target
        widget.setFocus()

    # -- loading ------------------------------------------------------------------------
    def show_year(self, year: int) -> None:
        if self.year.value() != year:
            self.year.setValue(year)  # reloads
        else:
            self.refresh()

    def refresh(self) -> None:
        year = self.year.value()
        keep = self._current_key()
        items = list_plan_items(self.ctx.db, year)
        own = bool(items) and all(i.id for i in items)
        self.items_by_key = {i.key: i for i in items}
        self.items.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for item in items:
            group = groups.get(item.goal)
            if group is None:
                group = QTreeWidgetItem([label("goal", item.goal)])
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.items.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)  # once in the tree
                groups[item.goal] = group
            row = QTreeWidgetItem([item.code, item.text, target_text(item)])
            row.setData(0, KEY_ROLE, item.key)
            row.setToolTip(1, item.text)
            group.addChild(row)
        self.items.expandAll()
        years = [y for y in plan_years(self.ctx.db) if y < year]
        if own:
            self.state.setText(
                self.tr("Het plan van %1 heeft %2 items.")
                .replace("%1", str(year))
                .replace("%2", str(len(items)))
            )
        else:
            self.state.setText(
                self.tr(
                    "%1 heeft nog geen eigen jaarplan: hieronder staat wat het zou worden. "
                    "Kies “Kopiëren van vorig jaar” of bewaar een item om het te beginnen."
                ).replace("%1", str(year))
            )
        self.copy_button.setEnabled(not own and bool(years))
        self.delete_button.setEnabled(own)
        if not self._select(keep):
            self._select(items[0].key if items else "")
        self._show_current()

    def _rows(self) -> list[QTreeWidgetItem]:
        return grouped_rows(self.items)

    def _select(self, key: str) -> bool:
        return select_key(self.items, key, self._rows())

    def _current_key(self) -> str:
        return current_key(self.items)

    def current_item(self) -> PlanItemView | None:
        return self.items_by_key.get(self._current_key())

    def _show_current(self) -> None:
        self._clear_errors()
        item = self.current_item()
        kinds = [(k.id, k.name) for k in list_activity_kinds(self.ctx.db)]
        if item is None:
            self.kinds.set_items(kinds)
            self._show_counted()
            return
        self.new_mode = False
        self.item_title.setText(f"{item.code} · {item.text}")
        if item.goal in self._goals:
            self.goal.setCurrentIndex(self._goals.index(item.goal))
        self.code.setText(item.code)
        self.text.setText(item.text)
        if item.counted in self._counted:
            self.counted.setCurrentIndex(self._counted.index(item.counted))
        known = {i for i, _n in kinds}
        kinds += [(k.id, k.name) for k in item.activity_kinds if k.id not in known]
        self.kinds.set_items(kinds, [k.id for k in item.activity_kinds])
        if item.publication_kind in self._publication_kinds:
            self.publication_kind.setCurrentIndex(
                self._publication_kinds.index(item.publication_kind)
            )
        if item.measure in self._measures:
            self.measure.setCurrentIndex(self._measures.index(item.measure))
        self.held_only.setChecked(item.held_only)
        self.target.setText("" if item.target is None else str(item.target))
        if item.milestone_state in self._states:
            self.milestone_state.setCurrentIndex(self._states.index(item.milestone_state))
        self.note.setPlainText(item.note)
        self.report_text.setPlainText(item.report_text)
        self._show_counted()

    # -- saving -------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        self.general_error.clear_message()
        for name, error in self.errors.items():
            error.clear_message()
            widget = self.widgets[name]
            widget.setAccessibleDescription("")

    def _show_errors(self, errors: dict[str, str]) -> None:
        self._clear_errors()
        first: QWidget | None = None
        for name, message in errors.items():
            error = self.errors.get(name)
            if error is None or self.widgets[name].isHidden():
                self.general_error.show_message(message)
                continue
            error.show_message(message)
            self.widgets[name].setAccessibleDescription(message)
            first = first or self.widgets[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _input(self) -> PlanItemInput | None:
        text = self.target.text().strip()
        target: int | None = None
        if text:
            target = whole_number(text)
            if target is None:
                self._show_errors(
                    {"target": self.tr("Het doel is een geheel getal van 0 of meer, bv. 8.")}
                )
                return None
        counted = self._counted[self.counted.currentIndex()]
        return PlanItemInput(
            goal=self._goals[self.goal.currentIndex()],
            code=self.code.text(),
            text=self.text.text(),
            counted=counted,
            activity_kind_ids=tuple(self.kinds.checked_ids()) if counted == "activity" else (),
            publication_kind=self._publication_kinds[self.publication_kind.currentIndex()]
            if counted == "publication"
            else None,
            measure=self._measures[self.measure.currentIndex()]
            if counted == "activity"
            else "count",
            held_only=self.held_only.isChecked(),
            target=None if counted == "milestone" else target,
            milestone_state=self._states[self.milestone_state.currentIndex()],
            note=self.note.toPlainText(),
            report_text=self.report_text.toPlainText(),
        )

    def save_current(self) -> bool:
        data = self._input()
        if data is None:
            return False
        year = self.year.value()
        item = None if self.new_mode else self.current_item()
        try:
            if item is None or not item.id:
                ensure_year(self.ctx.db, year)
                fresh = {i.key: i for i in list_plan_items(self.ctx.db, year)}
                stored = fresh.get(item.key) if item is not None else None
                if stored is None:
                    view = create_plan_item(self.ctx.db, year, data)
                else:
                    view = update_plan_item(self.ctx.db, stored.id, data, stored.version)
            else:
                view = update_plan_item(self.ctx.db, item.id, data, item.version)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except ConflictError as exc:
            self._show_errors({"": exc.message})
            return False
        except DomainError as exc:
            self._show_errors({"": exc.message})
            return False
        self.ctx.notify_changed("plan_item")
        self.ctx.notify_changed("target")
        self._reload_at(view.key)
        self.saved.emit()
        return True

    def _reload_at(self, key: str) -> None:
        self.refresh()
        self._select(key)
        self._show_current()

    def new_item(self) -> None:
        """An empty form for a new item of this year (saved with Bewaren)."""
        self.items.clearSelection()
        self.items.setCurrentIndex(QModelIndex())
        self._show_current()
        self.new_mode = True
        for widget in (self.code, self.text, self.target):
            widget.clear()
        self.note.clear()
        self.report_text.clear()
        self.item_title.setText(
            self.tr("Nieuw item van het plan %1").replace("%1", str(self.year.value()))
        )
        self.code.setFocus()

    def delete_current(self) -> bool:
        item = self.current_item()
        if item is None or not item.id:
            return False
        question = (
            self.tr("Het item “%1” uit het plan van %2 verwijderen?")
            .replace("%1", item.text)
            .replace("%2", str(self.year.value()))
        )
        if not questions.confirm(self, self.tr("Item verwijderen"), question):
            return False
        try:
            delete_plan_item(self.ctx.db, item.id, item.version)
        except DomainError as exc:
            self._show_errors({"": exc.message})
            return False
        self.ctx.notify_changed("plan_item")
        self.refresh()
        return True

    def copy_previous_year(self) -> bool:
        """This year's plan as a copy of the last year that has one."""
        year = self.year.value()
        years = [y for y in plan_years(self.ctx.db) if y < year]
        if not years:
            self.state.setText(self.tr("Er is geen vorig jaarplan om over te nemen."))
            return False
        try:
            copy_plan(self.ctx.db, max(years), year)
        except DomainError as exc:
            self._show_errors({"": exc.message})
            return False
        self.ctx.notify_changed("plan_item")
        self.ctx.notify_changed("target")
        self.refresh()
        self.saved.emit()
        return True
