"""Screenshots of the main screens with demo data, for the README (docs/screenshots/).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--language nl]

Makes a throw-away database with the demo generator (scale 1), opens the main window
offscreen at 1280x800 and saves one PNG per page, plus the search results, the
settings dialog and the advice-talk editor when those exist. A page that is not built
yet is skipped with a note, so the script can run at any stage. Look at each picture
before committing it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from scripts._shots import arguments, demo_app, out_folder  # noqa: E402

SIZE = (1280, 800)


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def _with_modal(app: QApplication, path: Path, start: Callable[[], object]) -> bool:
    """Run ``start``, which opens a dialog (modal or not); save the dialog and close it."""
    done: list[bool] = []

    def dialog_shown() -> QWidget | None:
        modal = app.activeModalWidget()
        if modal is not None:
            return modal
        dialogs = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        return dialogs[-1] if dialogs else None

    def grab() -> None:
        if done:
            return
        dialog = dialog_shown()
        if dialog is None:
            QTimer.singleShot(50, grab)
            return
        done.append(True)
        _settle(app)
        _save(dialog, path)
        dialog.close()

    QTimer.singleShot(200, grab)
    start()
    _settle(app)
    if not done:  # a dialog that does not block: it is open now
        grab()
    if not done:
        done.append(False)  # stop polling
        print(f"  (no dialog opened for {path.name})")
    return done[0]


def main() -> int:
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument(
        "--size", default="x".join(map(str, SIZE)), help="window size WxH (small screens: 1024x640)"
    )
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    out = out_folder(args)
    demo = demo_app(args.language, args.scheme)
    app, db, ctx = demo.app, demo.db, demo.ctx
    from supportdesk.queries.follow_ups import follow_up_groups
    from supportdesk.services.team import list_team_members
    from ui.main_window import MainWindow
    from ui.pages.registry import PAGES

    members = list_team_members(db)
    if members:  # "I" am the busiest team member, as after choosing in Instellingen
        busiest = max(
            members, key=lambda m: sum(g.count for g in follow_up_groups(db, owner_id=m.id).groups)
        )
        ctx.settings().setValue("user/team_member_id", busiest.id)

    window = MainWindow(ctx)
    window.resize(width, height)
    window.show()
    _settle(app)

    print("Screenshots:")
    for number, key in enumerate((entry.key for entry in PAGES), start=1):
        try:
            window.show_page(key)
        except (ImportError, AttributeError) as exc:
            print(f"  (skipped {key}: {exc})")
            continue
        # what the page reads in a worker thread (the Overzicht), applied before the shot
        getattr(window.page(key), "finish_reading", lambda: None)()
        if key == "follow_up_action":  # the whole team's follow-ups: every group has rows
            owner = window.page(key).owner
            owner.setCurrentIndex(owner.findText("Iedereen"))
        _settle(app)
        _save(window, out / f"{number:02d}-{key}.png")
        if key == "local_government":  # the detail of the government of the newest talk
            from supportdesk.queries.advice_talks import AdviceTalkFilter, list_advice_talks

            newest = list_advice_talks(db, AdviceTalkFilter(), limit=1)
            if newest:
                window.page(key).open_record(newest[0].local_government_id)
                _settle(app)
                _save(window, out / f"{number:02d}-{key}-detail.png")
        if key in ("overview", "activity", "publication"):
            _plan_shots(app, window, db, out / f"{number:02d}-{key}")
        if key == "admin":
            _admin_shots(app, window, db, out / f"{number:02d}-{key}")
        if key in ("advice_talk", "trajectory", "focus_group"):
            page = window.page(key)
            first_id = _first_id(page)
            if first_id:
                _with_modal(
                    app,
                    out / f"{number:02d}-{key}-editor.png",
                    lambda p=page, i=first_id: p.open_record(i),
                )

    window.show_page(PAGES[0].key)
    window.search_box.activate()
    window.search_box.setText("digi")
    window.search_box.run_search()
    _settle(app)
    _save(window, out / "10-search.png")
    window.search_box.clear()

    from ui.settings_dialog import SettingsDialog

    _with_modal(app, out / "11-settings.png", lambda: SettingsDialog(ctx, window).exec())
    window.close()
    db.dispose()
    del demo
    return 0


def _plan_shots(app: QApplication, window: QWidget, db: object, stem: Path) -> None:
    """The action plan's own screens (issue 14): the list behind a figure of the
    Overzicht, a held activity's participants, the network's members."""
    from supportdesk.queries.activities import ActivityFilter, activities_page

    key = stem.name.split("-", 1)[1]
    page = window.page(key)  # type: ignore[attr-defined]
    if key == "overview":
        page.plan.select_key("info_session_hours")
        dialog = page.open_plan_item("info_session_hours")
        if dialog is not None:
            _settle(app)
            _save(dialog, stem.with_name(stem.name + "-list.png"))
            dialog.close()
    elif key == "activity":
        rows, _total = activities_page(db, ActivityFilter(status="held"), limit=50)  # type: ignore[arg-type]
        named = [r for r in rows if r.governments >= 2]
        if named:
            editor = page.open_record(named[0].id)
            editor.tabs.setCurrentIndex(1)
            _settle(app)
            _save(editor, stem.with_name(stem.name + "-participants.png"))
            editor.close_without_asking()
    elif key == "publication":
        page.show_members()
        _settle(app)
        _save(window, stem.with_name(stem.name + "-members.png"))
        page.tabs.setCurrentIndex(0)


def _admin_shots(app: QApplication, window: QWidget, db: object, stem: Path) -> None:
    """Beheer (issue 12): themes and tools, local governments, a partnership's editor,
    and an archived talk found again with "Toon gearchiveerd"."""
    page = window.page("admin")  # type: ignore[attr-defined]
    for tab, name in ((page.catalogue, "catalogue"), (page.governments, "governments")):
        page.show_tab(tab)
        _settle(app)
        _save(window, stem.with_name(f"{stem.name}-{name}.png"))
    partnerships = [r for r in page.governments.list._rows.values() if r.kind == "partnership"]
    if partnerships:
        page.governments.list.select(partnerships[0].id)
        editor = page.governments.list.edit_current()
        if editor is not None:
            _settle(app)
            _save(editor, stem.with_name(f"{stem.name}-partnership.png"))
            editor.close_without_asking()
    page.show_tab(page.team)
    talks = window.show_page("advice_talk")  # type: ignore[attr-defined]
    first_id = _first_id(talks)
    if first_id:
        from supportdesk.services.advice import archive_advice_talk

        archive_advice_talk(db, first_id)  # type: ignore[arg-type]
        talks.show_archived.setChecked(True)
        talks.table.select_id(first_id)
        editor = talks.open_record(first_id)
        _settle(app)
        _save(window, stem.with_name(f"{stem.name}-archived-list.png"))
        if editor is not None:
            _save(editor, stem.with_name(f"{stem.name}-archived-editor.png"))
            editor.close_without_asking()
    window.show_page("admin")  # type: ignore[attr-defined]


def _first_id(page: QWidget) -> str:
    """The public id of the first row of a page's list, if it has one."""
    from PySide6.QtWidgets import QAbstractItemView

    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or model.rowCount() == 0:
            continue
        index = model.index(0, 0)
        for role in range(256, 264):  # the pages keep the public id in a user role
            value = model.data(index, role)
            if isinstance(value, str) and len(value) == 36 and value.count("-") == 4:
                return value
    return ""


if __name__ == "__main__":
    raise SystemExit(main())
