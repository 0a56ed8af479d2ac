"""One local government at a glance: its facts and starting position, partnership
links, contact persons, and its whole history as one timeline, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import ConflictError, DomainError
from supportdesk.queries.timeline import TimelineEntry, timeline
from supportdesk.services.local_governments import (
    LocalGovernmentView,
    get_local_government,
    set_starting_position,
)
from ui.context import AppContext
from ui.editors.attachments_panel import AttachmentsPanel
from ui.export.actions import export_case_summary, install_export
from ui.formatting import format_date, format_file_size
from ui.labels import choices, label
from ui.pages.contacts_panel import ContactsPanel
from ui.safety.change_log import ChangeLogDialog
from ui.widgets.questions import tell_error

_ID = Qt.ItemDataRole.UserRole + 1
_KIND = Qt.ItemDataRole.UserRole + 2
_STATE_GROUP = {
    "advice_talk": "channel",
    "trajectory": "trajectory_status",
    "focus_group": "attendance",
    "follow_up_action": "action_state",
}


def _plain(text: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return widget


class LocalGovernmentDetail(QWidget):
    """Shows one government; ``show_government(public_id)`` loads it."""

    starting_position_saved = Signal(str)
    #: "new advice talk with this government": (public id, name)
    new_talk_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: LocalGovernmentView | None = None

        self.title = _plain()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Naam van het lokaal bestuur"))
        self.new_talk_button = QPushButton(self.tr("Nieuw &adviesgesprek met dit bestuur…"))
        self.new_talk_button.clicked.connect(
            lambda: self.view and self.new_talk_requested.emit(self.view.id, self.view.name)
        )
        # The change log of this government's own record (starting position, facts).
        self.history_button = QPushButton(self.tr("&Geschiedenis…"))
        self.history_button.setAccessibleName(self.tr("Geschiedenis van dit lokaal bestuur"))
        self.history_button.clicked.connect(self._open_change_log)
        self.empty = QLabel(self.tr("Kies links een lokaal bestuur om het te bekijken."))
        self.empty.setWordWrap(True)

        self.facts = QFormLayout()
        self.kind = _plain()
        self.nis = _plain()
        self.province = _plain()
        self.aliases = _plain()
        self.email = _plain()
        self.phone = _plain()
        self.notes = _plain()
        self.position = QComboBox()
        self.position.addItem(self.tr("onbekend"))
        self._positions: list[str | None] = [None]
        for text, code in choices("starting_position"):
            self.position.addItem(text)
            self._positions.append(code)
        self.position.activated.connect(self._save_position)
        position_label = QLabel(self.tr("&Startpositie:"))
        position_label.setBuddy(self.position)
        self.position.setAccessibleName(self.tr("Startpositie"))
        self._fact_rows: list[tuple[QLabel, QLabel]] = []
        for caption, widget in (
            (self.tr("Soort:"), self.kind),
            (self.tr("NIS-code:"), self.nis),
            (self.tr("Provincie:"), self.province),
            (self.tr("Voormalige gemeenten:"), self.aliases),
            (self.tr("E-mail:"), self.email),
            (self.tr("Telefoon:"), self.phone),
            (self.tr("Notities:"), self.notes),
        ):
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            widget.setAccessibleName(caption.rstrip(":"))
            self.facts.addRow(caption_label, widget)
            self._fact_rows.append((caption_label, widget))
        self.facts.addRow(position_label, self.position)

        self.links_box = QGroupBox()
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Gekoppelde besturen"))
        self.links.itemActivated.connect(self._open_link)
        links_layout = QVBoxLayout(self.links_box)
        links_layout.addWidget(self.links)

        self.contacts = ContactsPanel(ctx)

        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setUniformRowHeights(True)
        self.history.setAlternatingRowColors(True)
        self.history.setAccessibleName(self.tr("Geschiedenis"))
        self.history.setHeaderLabels(
            [self.tr("Datum"), self.tr("Soort"), self.tr("Omschrijving"), self.tr("Status")]
        )
        header = self.history.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 170)
        self.history.itemActivated.connect(self._open_entry)
        self.history_empty = QLabel(
            self.tr("Nog geen adviesgesprekken, trajecten, focusgroepen of opvolgacties.")
        )
        self.history_empty.setWordWrap(True)
        history_box = QGroupBox(self.tr("&Geschiedenis (nieuwste eerst)"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_empty)
        history_layout.addWidget(self.history)

        self.body = QWidget()
        top = QHBoxLayout()
        facts_box = QGroupBox(self.tr("Gegevens"))
        facts_box.setLayout(self.facts)
        left = QVBoxLayout()
        left.addWidget(facts_box)
        left.addWidget(self.links_box)
        self.attachments_box = QGroupBox(self.tr("Bijlagen"))
        self.attachments = AttachmentsPanel(ctx, "local_government")
        QVBoxLayout(self.attachments_box).addWidget(self.attachments)
        left.addWidget(self.attachments_box)
        top.addLayout(left, 1)
        top.addWidget(self.contacts, 1)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        # The name on a line of its own, the actions beneath it, so neither is cut off.
        body_layout.addWidget(self.title)
        title_row = QHBoxLayout()
        title_row.addWidget(self.new_talk_button)
        title_row.addWidget(self.history_button)
        _action, self.export_button = install_export(  # Ctrl+E: the case summary
            ctx.exports,
            self,
            lambda: self.view and export_case_summary(self, ctx, self.view.id, self.view.name),
        )
        title_row.addWidget(self.export_button)
        title_row.addStretch(1)
        body_layout.addLayout(title_row)
        body_layout.addLayout(top)
        body_layout.addWidget(history_box, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.body.hide()

    # -- loading ---------------------------------------------------------------------
    def current_id(self) -> str:
        return self.view.id if self.view else ""

    def show_government(self, public_id: str) -> None:
        if not public_id:
            self.view = None
            self.body.hide()
            self.empty.show()
            return
        try:
            view = get_local_government(self.ctx.db, public_id)
        except DomainError as exc:
            tell_error(self, self.tr("Lokaal bestuur"), exc.message)
            return
        self.view = view
        self.empty.hide()
        self.body.show()
        self.title.setText(view.name)
        self.kind.setText(label("lg_kind", view.kind))
        self.nis.setText(view.nis_code or "—")
        place = view.province
        if view.arrondissement and view.arrondissement != view.province:
            place = f"{view.province} ({self.tr('arrondissement')} {view.arrondissement})"
        self.province.setText(place or "—")
        self.aliases.setText(", ".join(a.name for a in view.aliases) or "—")
        self.email.setText(view.email or "—")
        self.phone.setText(view.phone or "—")
        self.notes.setText(view.notes or "—")
        self.position.setCurrentIndex(self._positions.index(view.starting_position))
        self._show_links(view)
        self.contacts.show_contacts(view.id, view.name)
        self.attachments.set_record(view.id)
        self._show_history(timeline(self.ctx.db, view.id))

    def _open_change_log(self) -> None:
        if self.view is not None:
            ChangeLogDialog(self.ctx, self.view.id, self).exec()

    def reload(self) -> None:
        if self.view is not None:
            self.show_government(self.view.id)

    def _show_links(self, view: LocalGovernmentView) -> None:
        self.links.clear()
        if view.kind == "partnership":
            self.links_box.setTitle(self.tr("Gemeenten in dit samenwerkingsverband"))
            linked = view.members
        else:
            self.links_box.setTitle(self.tr("Samenwerkingsverbanden waarin dit bestuur zit"))
            linked = view.partnerships
        for ref in linked:
            item = QListWidgetItem(ref.name)
            item.setData(_ID, ref.id)
            self.links.addItem(item)
        self.links_box.setVisible(bool(linked) or view.kind == "partnership")

    def _files_text(self, entry: TimelineEntry) -> str:
        """ "Bijlage: a.pdf (1,2 MB)" in the interface's language (names and sizes only)."""
        if not entry.files:
            return ""
        names = ", ".join(f"{f.file_name} ({format_file_size(f.size)})" for f in entry.files)
        if len(entry.files) == 1:
            return self.tr("Bijlage: %1").replace("%1", names)
        return self.tr("Bijlagen: %1").replace("%1", names)

    def _show_history(self, entries: list[TimelineEntry]) -> None:
        self.history.clear()
        items = []
        for entry in entries:
            state = label(_STATE_GROUP.get(entry.kind, ""), entry.state)
            if entry.kind == "focus_group" and entry.status not in ("", "held"):
                # "geannuleerd · uitgenodigd": a cancelled or planned group did not happen
                state = f"{label('focus_group_status', entry.status)} · {state}"
            for part in (entry.detail, self._files_text(entry)):
                if part:
                    state = f"{state} · {part}" if state else part
            item = QTreeWidgetItem(
                [format_date(entry.date), label("record_kind", entry.kind), entry.title, state]
            )
            item.setData(0, _ID, entry.id)
            item.setData(0, _KIND, entry.kind)
            item.setToolTip(2, entry.title)
            item.setToolTip(3, state)
            items.append(item)
        self.history.addTopLevelItems(items)
        self.history_empty.setVisible(not entries)
        self.history.setVisible(bool(entries))

    # -- actions ---------------------------------------------------------------------
    def _save_position(self, index: int) -> None:
        if self.view is None:
            return
        code = self._positions[index]
        if code == self.view.starting_position:
            return
        try:
            self.view = set_starting_position(self.ctx.db, self.view.id, code, self.view.version)
        except ConflictError as exc:
            tell_error(self, self.tr("Intussen gewijzigd"), exc.message)
            self.reload()
            return
        except DomainError as exc:
            tell_error(self, self.tr("Startpositie"), exc.message)
            self.reload()
            return
        self.starting_position_saved.emit(self.view.id)
        self.ctx.notify_changed("local_government")

    def _open_link(self, item: QListWidgetItem) -> None:
        public_id = item.data(_ID)
        if public_id:
            self.ctx.open_requested.emit("local_government", str(public_id))

    def _open_entry(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        public_id, kind = item.data(0, _ID), item.data(0, _KIND)
        if public_id and kind:
            self.ctx.open_requested.emit(str(kind), str(public_id))
