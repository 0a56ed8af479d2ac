"""The preview pane beside a list: the selected record's title, status chip, main texts in
full and its follow-up actions, so reading does not require opening it.

The texts are shown exactly as typed (escaped into the read-only view, never read as
markup). The pane is optional: "Voorbeeld" beside the list shows or hides it, remembered
per list in the settings. It follows the selection with a short delay, so arrowing
through a list reads only where the cursor stops.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from supportdesk.errors import DomainError
from supportdesk.queries.preview import Preview, preview
from ui.context import AppContext
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.style.chips import ChipLabel, tone_of

#: the headings of the text fields (``supportdesk.queries.preview.KINDS``)
FIELDS = {
    "question": QT_TRANSLATE_NOOP("PreviewPane", "Vraag"),
    "advice": QT_TRANSLATE_NOOP("PreviewPane", "Advies"),
    "notes": QT_TRANSLATE_NOOP("PreviewPane", "Notities"),
    "needs": QT_TRANSLATE_NOOP("PreviewPane", "Noden"),
    "goals": QT_TRANSLATE_NOOP("PreviewPane", "Doelen"),
    "approach": QT_TRANSLATE_NOOP("PreviewPane", "Aanpak"),
    "new_tool_needs": QT_TRANSLATE_NOOP("PreviewPane", "Noden voor nieuwe tools"),
    "description": QT_TRANSLATE_NOOP("PreviewPane", "Omschrijving"),
    "feedback_text": QT_TRANSLATE_NOOP("PreviewPane", "Feedback"),
}


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class PreviewPane(QWidget):
    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.public_id = ""
        self.shown: Preview | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = ChipLabel()
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setAccessibleName(self.tr("Voorbeeld"))
        self.body.setTabChangesFocus(True)  # Tab leaves it, as everywhere else
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.reload)
        self.show_record("")

    def follow(self, public_id: str) -> None:
        """The selection moved: show ``public_id`` a moment later."""
        self.public_id = public_id
        self._timer.start()

    def show_record(self, public_id: str) -> None:
        self.public_id = public_id
        self.reload()

    def reload(self) -> None:
        found: Preview | None = None
        if self.public_id:
            try:
                found = preview(self.ctx.db, self.kind, self.public_id)
            except DomainError as exc:
                self._say(exc.message)
                return
        self.shown = found
        if found is None:
            self._say(self.tr("Kies een rij om ze hier te lezen."))
            return
        self.title.setText(" · ".join(p for p in (format_date(found.date), found.title) if p))
        self.status.set_status(
            label(found.status_group, found.status), tone_of(found.status_group, found.status)
        )
        self.body.setHtml(self._html(found))
        self.body.setAccessibleDescription(self.title.text())

    def _say(self, text: str) -> None:
        self.title.setText(text)
        self.status.set_status("", tone_of("", ""))
        self.body.clear()

    def _html(self, found: Preview) -> str:
        parts = []
        for field, text in found.texts:
            heading = QCoreApplication.translate("PreviewPane", FIELDS.get(field, field))
            parts.append(f"<h4>{html.escape(heading)}</h4><p>{_escaped(text)}</p>")
        if found.actions:
            parts.append(f"<h4>{html.escape(self.tr('Opvolgacties'))}</h4><ul>")
            for action in found.actions:
                when = format_date(action.done_date or action.due_date)
                state = label("action_state", action.state)
                extra = " · ".join(p for p in (when, state) if p)
                parts.append(f"<li>{_escaped(action.description)} — {html.escape(extra)}</li>")
            parts.append("</ul>")
        if not parts:
            parts.append(f"<p>{html.escape(self.tr('Nog geen tekst.'))}</p>")
        return "".join(parts)
