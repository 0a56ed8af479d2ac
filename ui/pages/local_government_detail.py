"""One local government at a glance: its facts and starting position, partnership
links, contact persons, and its whole history as one timeline, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supportdesk.codes import LgKind
from supportdesk.errors import ConflictError, DomainError
from supportdesk.services.local_governments import (
    LocalGovernmentView,
    get_local_government,
    set_starting_position,
)
from ui.a11y import describe_label
from ui.context import AppContext
from ui.editors.attachments_panel import AttachmentsPanel
from ui.export.actions import export_case_summary, install_export
from ui.labels import choices, label
from ui.pages.contacts_panel import ContactsPanel
from ui.pages.timeline_view import TimelineView
from ui.safety.change_log import ChangeLogDialog
from ui.widgets.dialog_parts import plain_label
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.questions import tell_error

_ID = Qt.ItemDataRole.UserRole + 1


class LocalGovernmentDetail(QWidget):
    """Shows one government; ``show_government(public_id)`` loads it."""

    starting_position_saved = Signal(str)
    #: "new advice talk with this government": (public id, name)
    new_talk_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: LocalGovernmentView | None = None

        self.title = plain_label()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        describe_label(self.title, self.tr("Naam van het lokaal bestuur"))
        self.new_talk_button = QPushButton(self.tr("Nie&uw adviesgesprek…"))
        self.new_talk_button.setToolTip(self.tr("Nieuw adviesgesprek met dit bestuur"))
        self.new_talk_button.setAccessibleDescription(self.new_talk_button.toolTip())
        self.new_talk_button.clicked.connect(
            lambda: self.view and self.new_talk_requested.emit(self.view.id, self.view.name)
        )
        # The change log of this government's own record (starting position, facts).
        self.history_button = QPushButton(self.tr("Ge&schiedenis…"))
        self.history_button.setAccessibleDescription(self.tr("Geschiedenis van dit lokaal bestuur"))
        self.history_button.clicked.connect(self._open_change_log)
        self.empty = QLabel(self.tr("Kies links een lokaal bestuur om het te bekijken."))
        self.empty.setWordWrap(True)

        self.kind = plain_label()
        self.nis = plain_label()
        self.province = plain_label()
        self.aliases = plain_label()
        self.email = plain_label()
        self.phone = plain_label()
        self.notes = plain_label()
        self.position = QComboBox()
        self.position.addItem(self.tr("onbekend"))
        self._positions: list[str | None] = [None]
        for text, code in choices("starting_position"):
            self.position.addItem(text)
            self._positions.append(code)
        self.position.activated.connect(self._save_position)
        position_label = QLabel(self.tr("St&artpositie:"))
        position_label.setBuddy(self.position)
        self.position.setAccessibleName(self.tr("Startpositie"))
        self._fact_rows: list[tuple[QLabel, QLabel]] = []
        self.facts = QGridLayout()
        self.facts.setColumnStretch(1, 1)
        self.facts.setColumnStretch(3, 1)
        self.facts.setHorizontalSpacing(12)
        cells = (
            (self.tr("Soort:"), self.kind, 0, 0),
            (self.tr("NIS-code:"), self.nis, 1, 0),
            (self.tr("Provincie:"), self.province, 2, 0),
            (self.tr("Voormalige gemeenten:"), self.aliases, 0, 2),
            (self.tr("E-mail:"), self.email, 1, 2),
            (self.tr("Telefoon:"), self.phone, 2, 2),
        )
        for caption, widget, row, column in cells:
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            describe_label(widget, caption.rstrip(":"))
            self.facts.addWidget(caption_label, row, column, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(widget, row, column + 1, Qt.AlignmentFlag.AlignTop)
            self._fact_rows.append((caption_label, widget))
        self.facts.addWidget(position_label, 3, 0)
        self.facts.addWidget(self.position, 3, 1)
        notes_label = QLabel(self.tr("Notities:"))
        notes_label.setBuddy(self.notes)
        describe_label(self.notes, self.tr("Notities"))
        self.facts.addWidget(notes_label, 4, 0, Qt.AlignmentFlag.AlignTop)
        self.facts.addWidget(self.notes, 4, 1, 1, 3)
        self._fact_rows.append((notes_label, self.notes))

        self.links_box = QGroupBox()
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Gekoppelde besturen"))
        self.links.itemActivated.connect(self._open_link)
        links_layout = QVBoxLayout(self.links_box)
        links_layout.addWidget(self.links)

        self.contacts = ContactsPanel(ctx)
        self.contacts.fill_when_shown = True

        # The whole history, a page at a time (ui/pages/timeline_view.py).
        self.timeline = TimelineView(ctx)
        self.timeline.open_requested.connect(self.ctx.open_requested.emit)
        self.history = self.timeline.list

        self.attachments_box = QWidget()
        self.attachments = AttachmentsPanel(ctx, "local_government")
        QVBoxLayout(self.attachments_box).addWidget(self.attachments)

        # What there is to read about the government, one tab each, so the timeline
        # gets the room (and a small screen does not squeeze four boxes together).
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, self.tr("Tij&dlijn"))
        self.tabs.addTab(self.contacts, self.tr("&Contactpersonen"))
        # counted once per government (not per row: 640 rows set the tab text 1,280 times)
        self.contacts.counted.connect(self._count_contacts)
        self.tabs.addTab(self.attachments_box, self.tr("Bi&jlagen"))
        self.tabs.addTab(self.links_box, self.tr("Samenwerkingsverbanden"))
        self.tabs.setAccessibleName(self.tr("Over dit bestuur"))

        self.body = QWidget()
        facts_box = QGroupBox(self.tr("Gegevens"))
        facts_box.setLayout(self.facts)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        # The name on a line of its own, the actions beneath it, so neither is cut off.
        body_layout.addWidget(self.title)
        _action, self.export_button = install_export(  # Ctrl+E: the case summary
            ctx.exports,
            self,
            lambda: self.view and export_case_summary(self, ctx, self.view.id, self.view.name),
        )
        # The actions flow onto a second line when the pane is narrow (a 1024-pixel
        # screen), instead of making the pane scroll sideways.
        actions = QWidget()
        flow = FlowLayout(actions)
        for button in (self.new_talk_button, self.history_button, self.export_button):
            flow.addWidget(button)
        body_layout.addWidget(actions)
        body_layout.addWidget(facts_box)
        body_layout.addWidget(self.tabs, 1)

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
        self.timeline.show_government(view.id)

    def _count_contacts(self, shown: int) -> None:
        index = self.tabs.indexOf(self.contacts)
        self.tabs.setTabText(index, self.tr("&Contactpersonen (%1)").replace("%1", str(shown)))

    def _open_change_log(self) -> None:
        if self.view is not None:
            ChangeLogDialog(self.ctx, self.view.id, self).exec()

    def reload(self) -> None:
        if self.view is not None:
            self.show_government(self.view.id)

    def _show_links(self, view: LocalGovernmentView) -> None:
        self.links.clear()
        if view.kind == LgKind.PARTNERSHIP:
            self.links_box.setTitle(self.tr("Gemeenten in dit samenwerkingsverband"))
            linked = view.members
        else:
            self.links_box.setTitle(self.tr("Samenwerkingsverbanden waarin dit bestuur zit"))
            linked = view.partnerships
        for ref in linked:
            item = QListWidgetItem(ref.name)
            item.setData(_ID, ref.id)
            self.links.addItem(item)
        index = self.tabs.indexOf(self.links_box)
        self.tabs.setTabVisible(index, bool(linked) or view.kind == LgKind.PARTNERSHIP)
        self.tabs.setTabText(
            index,
            self.tr("Gemeenten (%1)")
            if view.kind == LgKind.PARTNERSHIP
            else self.tr("Samenwerkingsverbanden (%1)"),
        )
        self.tabs.setTabText(index, self.tabs.tabText(index).replace("%1", str(len(linked))))

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
