"""The advice talk editor: every field of an advice talk, quick by keyboard alone.

Ctrl+N (anywhere) opens it with the cursor in "Lokaal bestuur": type a few letters of
the name, a NIS code or a former municipality's name, Enter picks; the date is today and
the channel is phone; Tab to the question, type, Ctrl+S. Contact persons come from the
chosen government (with "new contact person" beside them), themes, team members and
tools are ticked from lists, and new follow-up actions are typed inside the talk and
saved with it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supportdesk.codes import Channel
from supportdesk.errors import DomainError
from supportdesk.mail_import import MailDraft
from supportdesk.services.advice import (
    AdviceTalkInput,
    AdviceTalkView,
    create_advice_talk,
    get_advice_talk,
    update_advice_talk,
)
from supportdesk.services.attachments import NewFile
from supportdesk.services.contacts import ContactView
from supportdesk.services.team import list_team_members, list_themes, list_tools
from supportdesk.services.trajectories import start_trajectory_from_advice_talk
from ui.context import AppContext
from ui.editors.attachments_panel import AttachmentsPanel
from ui.editors.contact_person import ContactPersonEditor
from ui.editors.follow_up_rows import NewFollowUps
from ui.formatting import format_date
from ui.labels import choices, label
from ui.widgets.check_list import CheckList
from ui.widgets.contacts_checklist import ContactsChecklist
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import text_box
from ui.widgets.editor import EditorDialog, ErrorLabel
from ui.widgets.government_field import GovernmentField


class AdviceTalkEditor(EditorDialog):
    """``AdviceTalkEditor(ctx)`` logs a new talk; ``.edit(view)`` edits one."""

    kind = "advice_talk"
    update_record = staticmethod(update_advice_talk)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Nieuw adviesgesprek"))
        self.view: AdviceTalkView | None = None
        self._contacts_loaded_for = ""

        # Created in tab order: the form's rows follow it.
        self.government = GovernmentField(ctx)
        self.date = DateEdit()
        self.channel = QComboBox()
        self._channels = [code for _text, code in choices("channel")]
        for text, _code in choices("channel"):
            self.channel.addItem(text)
        self.channel.setCurrentIndex(self._channels.index(Channel.PHONE))
        self.duration = QSpinBox()
        self.duration.setRange(0, 100_000)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("niet ingevuld"))
        self.duration.setSingleStep(5)

        contacts_box = ContactsChecklist(ctx)
        self.contacts = contacts_box.list
        self.no_contacts = contacts_box.empty
        self.new_contact = QPushButton(self.tr("Nieu&we contactpersoon…"))
        self.new_contact.clicked.connect(self.add_contact)
        contacts_box.add_below(self.new_contact)
        self.contact_choice = contacts_box

        self.members = CheckList(rows=7)  # a team is a handful: all in sight
        self.question = text_box(fixed=110)
        self.advice = text_box(fixed=110)
        self.themes = CheckList(rows=7)
        self.tools = CheckList(rows=7)
        self.follow_ups = NewFollowUps(self)
        self.existing_follow_ups = QListWidget()
        self.existing_follow_ups.setAccessibleName(self.tr("Bestaande opvolgacties"))
        self.existing_follow_ups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.existing_follow_ups.setTextElideMode(Qt.TextElideMode.ElideRight)
        follow_box = QWidget()
        follow_layout = QVBoxLayout(follow_box)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.addWidget(self.existing_follow_ups)
        follow_layout.addWidget(self.follow_ups)
        self.existing_follow_ups.hide()

        self.info_session = QCheckBox(self.tr("&Idee voor een infosessie"))
        self.info_session_note = QLineEdit()
        self.policy_dossier = QCheckBox(self.tr("Input voor een beleid&sdossier"))
        self.policy_dossier_note = QLineEdit()
        self.signal = QCheckBox(self.tr("Signaal voor een ander bestuur o&f dienstverlener"))
        self.signal_note = QLineEdit()
        self.experienced = GovernmentField(ctx)
        flags_box = QWidget()
        flags = QGridLayout(flags_box)
        flags.setContentsMargins(0, 0, 0, 0)
        flags.setColumnStretch(1, 1)
        flags.setColumnMinimumWidth(0, 24)
        flags.setVerticalSpacing(2)
        self._flag_errors: dict[str, ErrorLabel] = {}
        for row, (box, note, what, name) in enumerate(
            (
                (
                    self.info_session,
                    self.info_session_note,
                    self.tr("welke infosessie?"),
                    "info_session",
                ),
                (
                    self.policy_dossier,
                    self.policy_dossier_note,
                    self.tr("welk dossier?"),
                    "policy_dossier",
                ),
                (self.signal, self.signal_note, self.tr("waarover, voor wie?"), "signal"),
            )
        ):
            note.setPlaceholderText(what)
            note.setAccessibleName(box.text().replace("&", "") + ": " + what)
            note.setEnabled(False)
            box.toggled.connect(note.setEnabled)
            # The note sits under its box, indented, so both get the full width.
            flags.addWidget(box, 3 * row, 0, 1, 2)
            flags.addWidget(note, 3 * row + 1, 1)
            self._flag_errors[name] = ErrorLabel()
            flags.addWidget(self._flag_errors[name], 3 * row + 2, 1)
        experienced_label = QLabel(self.tr("&Ervaren bestuur betrokken:"))
        experienced_label.setBuddy(self.experienced)
        self.experienced.setAccessibleName(self.tr("Ervaren lokaal bestuur dat betrokken werd"))
        self.experienced.setPlaceholderText(self.tr("geen (of typ een naam)"))
        experienced_error = ErrorLabel()
        flags.addWidget(experienced_label, 9, 0, 1, 2)
        flags.addWidget(self.experienced, 10, 1)
        flags.addWidget(experienced_error, 11, 1)
        self.notes = text_box(fixed=60)

        self.add_field("local_government_id", self.tr("&Lokaal bestuur:"), self.government)
        self.add_field("date", self.tr("&Datum:"), self.date)
        self.add_field("channel", self.tr("&Kanaal:"), self.channel)
        self.add_field("duration_minutes", self.tr("D&uur:"), self.duration)
        self.add_field(
            "contact_ids", self.tr("Contactpe&rsonen:"), contacts_box, focus=self.contacts
        )
        self.add_field("team_member_ids", self.tr("&Medewerkers:"), self.members)
        self.add_field("question", self.tr("&Vraag:"), self.question)
        self.add_field("advice", self.tr("&Advies:"), self.advice)
        self.add_column()
        self.add_field("theme_ids", self.tr("&Thema's:"), self.themes)
        self.add_field("tool_ids", self.tr("Aanbevolen t&ools:"), self.tools)
        self.add_field(
            "new_follow_ups",
            self.tr("O&pvolgacties:"),
            follow_box,
            focus=self.follow_ups.add_button,
        )
        flags_label = QLabel(self.tr("Vlaggen uit het actieplan:"))
        self.form.addRow(flags_label, flags_box)
        # The label names the group of check boxes (a label relation, the group's name)
        # and is in each box's description, so it is heard with each of them.
        flags_label.setBuddy(flags_box)
        flags_box.setAccessibleName(flags_label.text().rstrip(": "))
        for box in (self.info_session, self.policy_dossier, self.signal):
            box.setAccessibleDescription(flags_box.accessibleName())
        for name, box, note in (
            ("info_session", self.info_session, self.info_session_note),
            ("policy_dossier", self.policy_dossier, self.policy_dossier_note),
            ("signal", self.signal, self.signal_note),
        ):
            self.register_field(name + "_note", note, flags_label, self._flag_errors[name])
            self.watch(box)
        self.alias_error("info_session_idea", "info_session_note")
        self.alias_error("policy_dossier_input", "policy_dossier_note")
        self.alias_error("signal", "signal_note")
        self.register_field(
            "experienced_government_id", self.experienced, experienced_label, experienced_error
        )
        self.add_field("notes", self.tr("&Notities:"), self.notes)
        self.attachments = AttachmentsPanel(ctx, "advice_talk")
        self.add_field("attachments", self.tr("Bijlagen:"), self.attachments)
        self.attachments.changed.connect(self._attachments_changed)

        self.trajectory_button = QPushButton(self.tr("Tra&ject starten…"))
        self.trajectory_button.setAutoDefault(False)
        self.trajectory_button.setToolTip(
            self.tr("Een traject starten: bestuur, contactpersonen en thema's gaan mee")
        )
        self.trajectory_button.clicked.connect(self.start_or_open_trajectory)
        self.buttons.addButton(self.trajectory_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.trajectory_button.hide()  # after addButton, which shows it: only for a saved talk

        self.government.value_changed.connect(self._government_changed)
        self.question.textChanged.connect(self.update_save_state)
        self._fill_lists()
        self._load_contacts("")
        self.resize(1180, 760)
        self.government.setFocus()
        self.update_save_state()

    # -- lists ---------------------------------------------------------------------
    def _fill_lists(self, view: AdviceTalkView | None = None) -> None:
        db = self.ctx.db
        me = self.ctx.current_member_id()
        members = [(m.id, m.name) for m in list_team_members(db)]
        themes = [(t.id, t.name) for t in list_themes(db)]
        tools = [(t.id, t.name) for t in list_tools(db)]
        if view is None:
            self.members.set_items(members, [me] if me else [])
            self.themes.set_items(themes)
            self.tools.set_items(tools)
            return
        # Keep what the talk has even when it is no longer offered (inactive, archived).
        self.members.offer(members, [(r.id, r.name) for r in view.team_members])
        self.themes.offer(themes, [(r.id, r.name) for r in view.themes])
        self.tools.offer(tools, [(r.id, r.name) for r in view.tools])

    def _government_changed(self, public_id: str) -> None:
        self._load_contacts(public_id, keep=self.contacts.checked_ids())

    def _load_contacts(self, government_id: str, keep: list[str] | tuple[str, ...] = ()) -> None:
        self.contact_choice.load(government_id, keep)
        self._contacts_loaded_for = government_id
        self.new_contact.setEnabled(bool(government_id))
        self.update_save_state()

    def add_contact(self) -> ContactPersonEditor | None:
        """ "New contact person" for the chosen government; saved, it is ticked here."""
        if not self.government.value():
            self.government.setFocus()
            return None
        editor = ContactPersonEditor(
            self.ctx, self.government.value(), self.government.name(), self
        )
        editor.saved.connect(self._contact_added)
        editor.present()
        return editor

    def _contact_added(self, view: ContactView) -> None:
        keep = [*self.contacts.checked_ids(), view.id]
        self._load_contacts(self.government.value(), keep=keep)
        self.mark_dirty()
        self.contacts.setFocus()

    # -- record ----------------------------------------------------------------------
    def load(self, view: AdviceTalkView) -> None:
        self.view = view
        self.attachments.set_record(view.id)
        self._show_trajectory_button(view.trajectory_id)
        self.setWindowTitle(
            self.tr("Adviesgesprek van %1 met %2")
            .replace("%1", format_date(view.date))
            .replace("%2", view.local_government.name)
        )
        self.government.set_value(view.local_government.id, view.local_government.name)
        self._load_contacts(view.local_government.id, keep=[c.id for c in view.contacts])
        self.date.set_value(view.date)
        if view.channel in self._channels:
            self.channel.setCurrentIndex(self._channels.index(view.channel))
        self.duration.setValue(view.duration_minutes or 0)
        self.question.setPlainText(view.question)
        self.advice.setPlainText(view.advice)
        self.notes.setPlainText(view.notes)
        self.info_session.setChecked(view.info_session_idea)
        self.info_session_note.setText(view.info_session_note)
        self.policy_dossier.setChecked(view.policy_dossier_input)
        self.policy_dossier_note.setText(view.policy_dossier_note)
        self.signal.setChecked(view.signal)
        self.signal_note.setText(view.signal_note)
        if view.experienced_government is not None:
            self.experienced.set_value(
                view.experienced_government.id, view.experienced_government.name
            )
        else:
            self.experienced.clear_value()
        self._fill_lists(view)
        self.follow_ups.clear()
        self.existing_follow_ups.clear()
        for fu in view.follow_ups:
            state = label(
                "action_state", "done" if fu.is_done else ("overdue" if fu.is_overdue() else "open")
            )
            # Date and state first: a narrow editor (1024 px) elides the description's
            # end, never the due date; the whole line is the item's tooltip.
            when = " · ".join(filter(None, (format_date(fu.due_date), state)))
            owner = f" ({fu.owner.name})" if fu.owner else ""
            text = f"{when} — {fu.description}{owner}"
            self.existing_follow_ups.addItem(text)
            item = self.existing_follow_ups.item(self.existing_follow_ups.count() - 1)
            if item is not None:
                item.setToolTip(text)
        self.existing_follow_ups.setVisible(bool(view.follow_ups))
        shown = max(1, min(len(view.follow_ups), 4))
        row = self.existing_follow_ups.sizeHintForRow(0) if view.follow_ups else 20
        self.existing_follow_ups.setFixedHeight(
            row * shown + 2 * self.existing_follow_ups.frameWidth() + 8
        )

    def _show_trajectory_button(self, trajectory_id: str | None) -> None:
        self.trajectory_button.setText(
            self.tr("Tra&ject openen") if trajectory_id else self.tr("Tra&ject starten…")
        )
        self.trajectory_button.show()

    def start_or_open_trajectory(self) -> None:
        """One action: the talk becomes a trajectory request (its government, contacts
        and themes carry over, the question is the first need; both stay linked), which
        opens in its editor. A talk that already led to one opens that one."""
        if self.view is None:
            return
        trajectory_id = self.view.trajectory_id
        if not trajectory_id:
            try:
                trajectory_id = start_trajectory_from_advice_talk(self.ctx.db, self.view.id).id
            except DomainError as exc:
                self.general_error.show_message(exc.message)
                return
            self.view = replace(self.view, trajectory_id=trajectory_id)
            self._show_trajectory_button(trajectory_id)
            self.ctx.notify_changed("trajectory")
        self.ctx.open_requested.emit("trajectory", trajectory_id)

    def fetch_current(self) -> AdviceTalkView:
        assert self.record_id
        return get_advice_talk(self.ctx.db, self.record_id)

    def local_errors(self) -> dict[str, str]:
        errors = self.government.required_errors()
        if not self.question.toPlainText().strip():
            errors["question"] = self.tr("De vraag is verplicht.")
        if self.experienced.text().strip() and not self.experienced.value():
            errors["experienced_government_id"] = self.tr("Kies het ervaren bestuur uit de lijst.")
        return errors

    def try_save(self) -> bool:
        # What was typed but not yet picked from the list counts, when it is unambiguous.
        self.government.choose_first()
        self.experienced.choose_first()
        return super().try_save()

    def collect(self) -> AdviceTalkInput:
        duration = self.duration.value()
        return AdviceTalkInput(
            date=self.date.value(),
            local_government_id=self.government.value(),
            channel=self._channels[self.channel.currentIndex()],
            question=self.question.toPlainText(),
            advice=self.advice.toPlainText(),
            notes=self.notes.toPlainText(),
            duration_minutes=duration or None,
            info_session_idea=self.info_session.isChecked(),
            info_session_note=self.info_session_note.text(),
            policy_dossier_input=self.policy_dossier.isChecked(),
            policy_dossier_note=self.policy_dossier_note.text(),
            signal=self.signal.isChecked(),
            signal_note=self.signal_note.text(),
            experienced_government_id=self.experienced.value() or None,
            contact_ids=tuple(self.contacts.checked_ids()),
            team_member_ids=tuple(self.members.checked_ids()),
            theme_ids=tuple(self.themes.checked_ids()),
            tool_ids=tuple(self.tools.checked_ids()),
            new_follow_ups=self.follow_ups.inputs(),
        )

    def create_record(self, data: AdviceTalkInput) -> AdviceTalkView:
        view = create_advice_talk(self.ctx.db, data, self.attachments.pending_files())
        self.attachments.clear_pending()  # stored with the talk, in the same transaction
        return view

    # -- from a mail -------------------------------------------------------------------
    def _attachments_changed(self) -> None:
        if self.attachments.pending_files():
            self.mark_dirty()

    def fill_from_mail(self, draft: MailDraft) -> None:
        """A new talk from a mail: its date, channel e-mail, the sender (when known as a
        contact person, with the government), subject and body as the question, and the
        mail itself waiting as an attachment. Nothing is saved until the person saves."""
        self.date.set_value(draft.date)
        self.channel.setCurrentIndex(self._channels.index(draft.channel))
        if draft.contact is not None:
            self.government.set_value(draft.local_government_id, draft.local_government_name)
            self._load_contacts(draft.local_government_id, keep=[draft.contact.id])
        self.question.setPlainText(draft.question)
        mail = draft.mail
        self.attachments.add_pending(
            NewFile(
                mail.file_name,
                mail.raw,
                mail.media_type,
                draft.contact.id if draft.contact else None,
            )
        )
        sender = mail.sender_address or self.tr("onbekende afzender")
        self.setWindowTitle(self.tr("Nieuw adviesgesprek uit e-mail van %1").replace("%1", sender))
        self.mark_dirty()
        self.update_save_state()
