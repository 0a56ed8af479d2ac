"""Screenshots of issue 16's dialogs with demo data, for the README (docs/screenshots/).

    .venv/bin/python scripts/screenshots_exchange.py [--out docs/screenshots] [--language nl]

Offscreen, on a throw-away demo database, at the size of a 1366x768 laptop screen:
the contacts import (file chosen, a possible duplicate chosen, a file refused), the
merge of two contact persons, and the attachments of an advice talk and of a
trajectory. Look at each picture before committing it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from scripts._shots import arguments, demo_app, out_folder  # noqa: E402

SCREEN = (1366, 768)
DATA = ROOT / "tests" / "data"


def _settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(app: QApplication, widget: QWidget, path: Path) -> None:
    _settle(app)
    assert widget.width() <= SCREEN[0] and widget.height() <= SCREEN[1], widget.size()
    widget.grab().save(str(path))
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main() -> int:
    args = arguments(__doc__.splitlines()[0]).parse_args()
    out = out_folder(args)
    demo = demo_app(args.language, args.scheme)
    app, db, ctx = demo.app, demo.db, demo.ctx
    from sqlalchemy import select

    from db.models import LocalGovernment
    from supportdesk.queries.advice_talks import AdviceTalkFilter, list_advice_talks
    from supportdesk.queries.trajectories import TrajectoryFilter, list_trajectories
    from supportdesk.services.attachments import NewFile, add_attachments
    from supportdesk.services.contacts import ContactInput, create_contact
    from supportdesk.services.trajectories import get_trajectory
    from ui.dialogs.contacts_import import ContactsImportDialog
    from ui.dialogs.merge_contacts import MergeContactsDialog
    from ui.editors.advice_talk import AdviceTalkEditor
    from ui.editors.trajectory import TrajectoryEditor

    with db.read() as s:
        antwerpen = s.scalar(
            select(LocalGovernment.public_id).where(LocalGovernment.nis_code == "11002")
        )
    assert antwerpen
    keep = create_contact(
        db, ContactInput(antwerpen, "Özdemir", "Łukasz", "Schepen", "lukasz@antwerpen.be")
    )
    twin = create_contact(db, ContactInput(antwerpen, "Ozdemir", "Lukasz", phone="03 222 11 00"))
    print("Screenshots:")

    dialog = ContactsImportDialog(ctx)
    dialog.show()
    dialog.load_file(DATA / "contacts" / "contacten_openpyxl.xlsx")
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 0)
    _save(app, dialog, out / "12-contacts-import.png")
    dialog.load_file(DATA / "contacts" / "zonder_kopregel.csv")
    _save(app, dialog, out / "12-contacts-import-refused.png")
    dialog.close()

    merge = MergeContactsDialog(ctx, keep.id, [keep, twin])
    merge.show()
    _save(app, merge, out / "14-merge-contacts.png")
    merge.close()

    [talk] = list_advice_talks(db, AdviceTalkFilter(), limit=1)
    mail = (DATA / "mail" / "question_with_attachments.eml").read_bytes()
    add_attachments(
        db,
        "advice_talk",
        talk.id,
        [
            NewFile("Vraag over digihelpers.eml", mail),
            NewFile("Łukasz verslag <werksessie> 😀.pdf", b"%PDF-1.4\n" * 30000),
        ],
    )
    editor = AdviceTalkEditor(ctx)
    from supportdesk.services.advice import get_advice_talk

    editor.edit(get_advice_talk(db, talk.id))
    editor.show()
    _settle(app)
    from PySide6.QtWidgets import QScrollArea

    for area in editor.findChildren(QScrollArea):  # the panel and its buttons in view
        if area.isAncestorOf(editor.attachments):
            area.ensureWidgetVisible(editor.attachments)
    editor.attachments.list.setFocus()
    editor.attachments.list.setCurrentRow(0)
    _save(app, editor, out / "13-attachments.png")
    editor.close_without_asking()

    trajectories = list_trajectories(db, TrajectoryFilter(), limit=1)
    if trajectories:
        trajectory = get_trajectory(db, trajectories[0].id)
        add_attachments(
            db, "trajectory", trajectory.id, [NewFile("plan van aanpak.docx", b"x" * 48000)]
        )
        t_editor = TrajectoryEditor(ctx)
        t_editor.edit(get_trajectory(db, trajectory.id))
        t_editor.show()
        tabs = t_editor.tabs
        tabs.setCurrentIndex(tabs.count() - 1)
        _save(app, t_editor, out / "13-attachments-trajectory.png")
        t_editor.close_without_asking()
    db.dispose()
    del demo
    return 0


if __name__ == "__main__":
    sys.exit(main())
