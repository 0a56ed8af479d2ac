"""Mail and spreadsheets from outside: drop .eml/.msg files on the window (or the
advice-talk list) or use Bestand > Nieuw uit e-mail…, and each mail opens as a new,
unsaved advice talk; Bestand > Contactpersonen importeren… reads a spreadsheet.

``install(window, ctx)`` adds the menu items and the drop handling to the main window;
the main window itself stays unaware of mail.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from supportdesk.errors import DomainError
from ui.context import AppContext
from ui.widgets.questions import tell_error

if TYPE_CHECKING:
    from ui.editors.advice_talk import AdviceTalkEditor
    from ui.main_window import MainWindow


def open_mails(window: MainWindow, ctx: AppContext, paths: list[Path]) -> list[AdviceTalkEditor]:
    """One new advice-talk editor per mail; a file that is not a mail (or too large) gives
    a message naming it, and the others still open. Nothing is stored until saved."""
    # Imported here, not at start: the mail reader and the advice-talk page are not
    # on the first screen (issue 15, start-up).
    from supportdesk.mail_import import draft_for, read_mail
    from ui.pages.advice_talks import AdviceTalksPage

    editors: list[AdviceTalkEditor] = []
    problems: list[str] = []
    for path in paths:
        try:
            draft = draft_for(ctx.db, read_mail(path))
        except DomainError as exc:
            problems.append(exc.message)
            continue
        page = window.show_page("advice_talk")
        assert isinstance(page, AdviceTalksPage)
        editor = page.new_record()
        editor.fill_from_mail(draft)
        editors.append(editor)
    if problems:
        tell_error(
            window, QCoreApplication.translate("MailDrop", "E-mail openen"), "\n\n".join(problems)
        )
    return editors


def choose_mails(window: MainWindow, ctx: AppContext) -> list[AdviceTalkEditor]:
    names, _filter = QFileDialog.getOpenFileNames(
        window,
        QCoreApplication.translate("MailDrop", "Nieuw adviesgesprek uit e-mail"),
        "",
        QCoreApplication.translate("MailDrop", "E-mails (*.eml *.msg);;Alle bestanden (*)"),
    )
    return open_mails(window, ctx, [Path(n) for n in names]) if names else []


class MailDropFilter(QObject):
    """Accepts a drag of mail files anywhere in the main window that does not take it
    itself (an attachments list does), and opens them on drop."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDropEvent
        ):
            if _mail_files(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            mails = _mail_files(event)
            if mails:
                event.acceptProposedAction()
                open_mails(self.window, self.ctx, mails)
                return True
        return False


def _mail_files(event: QDropEvent) -> list[Path]:
    """The mail files among the dragged ones (their modules load at the first drag)."""
    from supportdesk.mail_import import is_mail_file
    from ui.editors.attachments_panel import local_files

    return [p for p in local_files(event) if is_mail_file(p)]


def _watch_drops(widget: QWidget, drop_filter: MailDropFilter) -> None:
    widget.setAcceptDrops(True)
    widget.installEventFilter(drop_filter)


@dataclass(frozen=True)
class MailTools:
    """What ``install`` adds to the main window, for the window to keep."""

    mail_action: QAction
    import_contacts_action: QAction
    drop_filter: MailDropFilter


def install(window: MainWindow, ctx: AppContext) -> MailTools:
    """Bestand > Nieuw uit e-mail… and Contactpersonen importeren…, and mail drops."""
    menu = window.file_menu
    first = menu.actions()[1] if len(menu.actions()) > 1 else None
    from_mail = QAction(QCoreApplication.translate("MailDrop", "Nieuw uit &e-mail…"), window)
    from_mail.setShortcut("Ctrl+Shift+M")
    from_mail.triggered.connect(lambda: choose_mails(window, ctx))
    import_contacts = QAction(
        QCoreApplication.translate("MailDrop", "&Contactpersonen importeren…"), window
    )
    import_contacts.triggered.connect(lambda: open_contacts_import(window, ctx))
    for action in (from_mail, import_contacts):
        if first is not None:
            menu.insertAction(first, action)
        else:
            menu.addAction(action)
    drop_filter = MailDropFilter(window, ctx)
    _watch_drops(window, drop_filter)
    return MailTools(from_mail, import_contacts, drop_filter)


def open_contacts_import(window: QWidget, ctx: AppContext) -> QWidget:
    from ui.dialogs.contacts_import import ContactsImportDialog

    dialog = ContactsImportDialog(ctx, window)
    dialog.open()
    return dialog
