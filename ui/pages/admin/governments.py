"""Beheer → Lokale besturen: add an organisation (a partner such as Mediawijs, a
Digibank, the administration) or a partnership (samenwerkingsverband) with its member
municipalities, and give any government its former names so search finds it by them.

The 285 municipalities come with every database; here they get former names (a merged
municipality: Sint-Amandsberg is Gent's). A partnership without members is refused
beside the member list, a name that exists already beside the name; what was typed
stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportdesk.codes import LgKind
from supportdesk.services.local_governments import (
    LocalGovernmentInput,
    LocalGovernmentView,
    create_local_government,
    get_local_government,
    list_local_governments_brief,
    set_aliases,
    update_local_government,
)
from supportdesk.validation import fold
from ui.context import AppContext
from ui.labels import choices, label
from ui.pages.admin.named_editor import NamedRecordEditor
from ui.pages.admin.record_list import RecordList
from ui.widgets.check_list import CheckList
from ui.widgets.dialog_parts import text_box

ALIASES = "aliases"


class GovernmentRow(NamedTuple):
    id: str
    name: str
    kind: str
    nis_code: str | None
    archived: bool


class _FilterField(QLineEdit):
    """A search line whose Enter stays its own: it ticks the match, it does not reach
    the dialog (whose default button would save the half-chosen partnership)."""

    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.enter.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class MemberPicker(QWidget):
    """The municipalities of a partnership: type to narrow the list of 285, Space ticks;
    the line under it names those ticked (also the ones the filter hides)."""

    value_changed = Signal()

    def __init__(self, municipalities: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.filter = _FilterField()
        self.filter.setPlaceholderText(self.tr("typ om de lijst te verkorten, Enter kiest"))
        self.filter.setAccessibleName(self.tr("Gemeenten zoeken"))
        self.filter.setClearButtonEnabled(True)
        self.list = CheckList(rows=9)
        self.list.setAccessibleName(self.tr("Gemeenten die lid zijn"))
        self.list.set_items(municipalities)
        self._names = dict(municipalities)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.filter.textChanged.connect(self._narrow)
        self.filter.enter.connect(self._tick_only_match)
        self.list.value_changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.filter)
        self._show_chosen()

    def _narrow(self, text: str) -> None:
        wanted = fold(text.strip())
        first = -1
        for row in range(self.list.count()):
            hidden = bool(wanted) and wanted not in fold(self.list.item(row).text())
            self.list.setRowHidden(row, hidden)
            if not hidden and first < 0:
                first = row
        if first >= 0:
            self.list.setCurrentRow(first)

    def _visible_rows(self) -> list[int]:
        return [r for r in range(self.list.count()) if not self.list.isRowHidden(r)]

    def _tick_only_match(self) -> None:
        """Enter in the search field ticks the one municipality left, and clears it."""
        rows = self._visible_rows()
        if len(rows) == 1:
            self.list.item(rows[0]).setCheckState(Qt.CheckState.Checked)
            self.filter.clear()
        elif rows:
            self.list.setFocus()

    def _changed(self) -> None:
        self._show_chosen()
        self.value_changed.emit()

    def _show_chosen(self) -> None:
        names = [self._names.get(i, i) for i in self.list.checked_ids()]
        text = (
            self.tr("%n gekozen: ", "", len(names)) + ", ".join(names)
            if names
            else self.tr("nog geen gemeente gekozen")
        )
        self.chosen.setText(text)
        self.chosen.setAccessibleName(text)

    def set_value(self, ids: Sequence[str]) -> None:
        """Tick ``ids``; the ticked municipalities come first, so they are in sight."""
        chosen = set(ids)
        items = sorted(self._names.items(), key=lambda item: item[0] not in chosen)
        self.list.set_items(items, ids)
        self._show_chosen()

    def value(self) -> tuple[str, ...]:
        return tuple(self.list.checked_ids())


class GovernmentEditor(NamedRecordEditor):
    """An organisation, a partnership or a municipality: its name, what kind of
    organisation, a partnership's members, former names and contact details."""

    kind = "local_government"

    def __init__(
        self, ctx: AppContext, lg_kind: str = LgKind.ORGANISATION, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.lg_kind = lg_kind
        self.view: LocalGovernmentView | None = None
        self._loaded: LocalGovernmentInput | None = None  # the form as loaded
        self.kind_label = QLabel(label("lg_kind", lg_kind))
        self.organisation_kind = QComboBox()
        self._organisation_kinds: list[str | None] = [None]
        self.organisation_kind.addItem(self.tr("(niet gezegd)"))
        for text, code in choices("organisation_kind"):
            self.organisation_kind.addItem(text)
            self._organisation_kinds.append(code)
        municipalities = [
            (g.id, g.name)
            for g in list_local_governments_brief(ctx.db)
            if g.kind == LgKind.MUNICIPALITY
        ]
        self.members = MemberPicker(municipalities)
        self.aliases = text_box(fixed=80)
        self.aliases.setPlaceholderText(self.tr("één naam per regel"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.notes = text_box(fixed=70)

        self.add_field("name", self.tr("&Naam:"), self.name)
        self.add_field("kind", self.tr("Soort:"), self.kind_label)
        self.add_field("organisation_kind", self.tr("&Soort organisatie:"), self.organisation_kind)
        members = self.add_field("member_ids", self.tr("&Leden (gemeenten):"), self.members)
        members.label.setBuddy(self.members.filter)
        self.add_field(ALIASES, self.tr("&Vroegere namen:"), self.aliases)
        self.add_field("email", self.tr("&E-mail:"), self.email)
        self.add_field("phone", self.tr("&Telefoon:"), self.phone)
        self.add_field("notes", self.tr("N&otities:"), self.notes)
        self.members.value_changed.connect(self.update_save_state)
        self._show_kind()
        self.resize(560, 640)
        self.update_save_state()

    def _show_kind(self) -> None:
        self.setWindowTitle(
            {
                LgKind.PARTNERSHIP: self.tr("Nieuw samenwerkingsverband"),
                LgKind.MUNICIPALITY: self.tr("Gemeente"),
            }.get(LgKind(self.lg_kind), self.tr("Nieuwe organisatie"))
        )
        self.kind_label.setText(label("lg_kind", self.lg_kind))
        for name, shown in (
            ("organisation_kind", self.lg_kind == LgKind.ORGANISATION),
            ("member_ids", self.lg_kind == LgKind.PARTNERSHIP),
        ):
            field = self.fields[name]
            field.label.setVisible(shown)
            box = field.error.parentWidget()
            if box is not None:
                box.setVisible(shown)

    # -- record ----------------------------------------------------------------------
    def load(self, view: LocalGovernmentView) -> None:
        self.view = view
        self.lg_kind = view.kind
        self._show_kind()
        self.setWindowTitle(view.name)
        self.name.setText(view.name)
        index = self._organisation_kinds.index(view.organisation_kind)
        self.organisation_kind.setCurrentIndex(max(index, 0))
        self.members.set_value([m.id for m in view.members])
        self.aliases.setPlainText("\n".join(a.name for a in view.aliases))
        self.email.setText(view.email)
        self.phone.setText(view.phone)
        self.notes.setPlainText(view.notes)
        self._loaded = self.collect()

    def local_errors(self) -> dict[str, str]:
        """The name, and a partnership's members: both needed before saving."""
        errors = super().local_errors()
        if self.lg_kind == LgKind.PARTNERSHIP and not self.members.value():
            errors["member_ids"] = self.tr(
                "Kies minstens één gemeente die lid is van het samenwerkingsverband."
            )
        return errors

    def fetch_current(self) -> LocalGovernmentView:
        assert self.record_id
        return get_local_government(self.ctx.db, self.record_id)

    def _alias_lines(self) -> list[str]:
        return self.aliases.toPlainText().split("\n")

    def collect(self) -> LocalGovernmentInput:
        view = self.view
        partnership = self.lg_kind == LgKind.PARTNERSHIP
        return LocalGovernmentInput(
            name=self.name.text(),
            kind=self.lg_kind,
            nis_code=view.nis_code if view else None,
            province=view.province if view else "",
            arrondissement=view.arrondissement if view else "",
            starting_position=view.starting_position if view else None,
            email=self.email.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
            organisation_kind=(
                self._organisation_kinds[self.organisation_kind.currentIndex()]
                if self.lg_kind == LgKind.ORGANISATION
                else None
            ),
            member_ids=self.members.value() if partnership else None,
        )

    def _aliases_changed(self) -> bool:
        before = [a.name for a in self.view.aliases] if self.view else []
        return [n.strip() for n in self._alias_lines() if n.strip()] != before

    def save_input(self, data: LocalGovernmentInput) -> LocalGovernmentView:
        """The record, then its former names when they changed (two steps: the service
        keeps names apart; a refused name leaves the rest saved and the names typed)."""
        if self.record_id and self.view is not None and data == self._loaded:
            view = self.view  # only the former names changed: no empty change of the rest
        elif self.record_id:
            view = update_local_government(self.ctx.db, self.record_id, data, self.expected_version)
        else:
            view = create_local_government(self.ctx.db, data)
        self.record_id, self.expected_version, self.view = view.id, view.version, view
        if self._aliases_changed():
            view = set_aliases(self.ctx.db, view.id, self._alias_lines(), view.version)
            self.expected_version, self.view = view.version, view
        return view

    def show_errors(self, errors: dict[str, str]) -> None:
        """A refused former name (``aliases.N``) under the names, with its line number."""
        merged: dict[str, str] = {}
        lines: list[str] = []
        for name, message in errors.items():
            if name.startswith(ALIASES + "."):
                number = int(name.split(".", 1)[1]) + 1
                lines.append(
                    self.tr("regel %1: %2").replace("%1", str(number)).replace("%2", message)
                )
            else:
                merged[name] = message
        if lines:
            merged[ALIASES] = " ".join(lines)
        super().show_errors(merged)


class GovernmentsTab(QWidget):
    """Every local government, narrowed by typing; new organisations and partnerships."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("naam of NIS-code"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Lokale besturen zoeken"))
        search_label = QLabel(self.tr("&Zoeken:"))
        search_label.setBuddy(self.search)
        self.list = RecordList(
            ctx,
            title=self.tr("Lokale be&sturen"),
            headers=[self.tr("Naam"), self.tr("Soort"), self.tr("NIS-code")],
            archived_text=self.tr("Toon gea&rchiveerd"),
            new_text=self.tr("Nieu&we organisatie…"),
            load=self._rows,
            cells=lambda g: [g.name, label("lg_kind", g.kind), g.nis_code or ""],
            open_editor=self._editor,
        )
        self.new_partnership_button = QPushButton(self.tr("Nieuw s&amenwerkingsverband…"))
        self.new_partnership_button.clicked.connect(self.new_partnership)
        self.list.button_row.insertWidget(1, self.new_partnership_button)
        self.search.textChanged.connect(lambda _t: self.list.refresh())
        self.search.returnPressed.connect(self.list.tree.setFocus)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)

    def _rows(self, include_archived: bool) -> list[GovernmentRow]:
        db = self.ctx.db
        active = {g.id for g in list_local_governments_brief(db)}
        everyone = list_local_governments_brief(db, include_archived=include_archived)
        wanted = fold(self.search.text().strip())
        return [
            GovernmentRow(g.id, g.name, g.kind, g.nis_code, g.id not in active)
            for g in everyone
            if not wanted or wanted in fold(g.name) or (g.nis_code or "").startswith(wanted)
        ]

    def _editor(self, row: GovernmentRow | None) -> GovernmentEditor:
        editor = GovernmentEditor(self.ctx, LgKind.ORGANISATION, self)
        if row is not None:
            editor.edit(get_local_government(self.ctx.db, row.id))
        return editor

    def new_partnership(self) -> GovernmentEditor:
        editor = GovernmentEditor(self.ctx, LgKind.PARTNERSHIP, self)
        self.list.track(editor)
        editor.present()
        return editor

    def refresh(self) -> None:
        self.list.refresh()

    def confirm_close(self) -> bool:
        return self.list.confirm_close()
