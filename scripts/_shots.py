"""What the screenshot scripts share: their command line (``--out``, ``--language``),
the offscreen application with throw-away settings and the interface's language, and a
demo database (scale 1) with its application context.

Imported by ``scripts/screenshots*.py`` after they put the repository on ``sys.path``.
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent


def arguments(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--language", default="nl", choices=["nl", "en"])
    parser.add_argument(
        "--scheme", default="light", choices=["light", "dark"], help="the colours (Instellingen)"
    )
    return parser


def out_folder(args: argparse.Namespace) -> Path:
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    return out


@dataclass
class DemoApp:
    app: QApplication
    workdir: Path  # the throw-away settings and database
    translators: Any  # kept alive while the app runs
    db: Any  # supportdesk.database.Database
    ctx: Any  # ui.context.AppContext


def demo_app(language: str, scheme: str = "light") -> DemoApp:
    """The application offscreen, settings in a temporary folder, the interface in
    ``language`` and colour ``scheme``, and a fresh demo database. (200 % scaling: run
    with ``QT_SCALE_FACTOR=2``.)"""
    from ui.app import create_application
    from ui.style import focus
    from ui.style import scheme as colours

    app = create_application(["screenshots"])
    colours.apply(app, scheme)
    focus.install(app)
    workdir = Path(tempfile.mkdtemp(prefix="sd-shots-"))
    app.setOrganizationName("SupportDesk-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir))
    from ui.i18n import install_translation

    translators = install_translation(language)
    from supportdesk.database import open_app_database
    from supportdesk.demo import generate_demo
    from ui.context import AppContext

    db = open_app_database(str(workdir / "demo.sqlite3"), actor="demo")
    generate_demo(db, scale=1)
    return DemoApp(app, workdir, translators, db, AppContext(db))
