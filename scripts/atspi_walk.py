"""What a screen reader hears: walk SupportDesk through AT-SPI, the bus Orca reads.

    python3 scripts/atspi_walk.py [--language nl|en] [--out FILE] [--checkout DIR]

Run with Debian's own Python, which has ``pyatspi`` (``apt-get install python3-pyatspi
xvfb``). The script starts a private X server (Xvfb), a session D-Bus and
``at-spi-bus-launcher``, then the app (``.venv/bin/python`` of ``--checkout``, default
this checkout) with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on a demo database. The app
shows every page, editor (each tab), inner editor, dialog and the search results one
after another (``tests/ui/screens.py``); for each, this script walks the app's
accessible tree over D-Bus as Orca would, and prints every interactive object as
"role: name — description", marking those with no name. The last lines count the
interactive objects and the unnamed ones.

``--checkout`` walks another checkout (an older commit unpacked with ``git archive``)
to compare before and after; its ``tests/ui/screens.py`` is used when it has one, else
this one's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: the roles a user acts on (pyatspi role names)
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "list",
    "table",
    "tree table",
    "tree",
    "page tab",
    "link",
    "menu item",
    "slider",
    "table column header",
    "column header",
}
CONTAINERS_WALKED = 40  # rows of a list or table: the first ones say what the rest do


# -- the app side (run by the checkout's own Python) ----------------------------------
def run_app(folder: Path, language: str, checkout: Path) -> int:
    """Show each screen and wait until the walker says it is done with it."""
    sys.path.insert(0, str(checkout))
    if not (checkout / "tests" / "ui" / "screens.py").exists():
        sys.path.append(str(ROOT))  # an older checkout: this checkout's screen list
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(["SupportDesk"])
    app.setApplicationName("SupportDesk")
    app.setOrganizationName("SupportDesk-atspi")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    from supportdesk.database import open_app_database
    from tests.ui.screens import demo_context, walk_screens
    from ui.context import AppContext
    from ui.i18n import install_translation

    try:  # this checkout's style and names, when it has them
        from ui.style import focus

        focus.install(app)
    except ImportError:
        pass
    translators = install_translation(language)
    db = open_app_database(str(folder / "demo.sqlite3"), actor="atspi")
    ctx = demo_context(AppContext(db))
    count = [0]

    def visit(name: str, top: object) -> None:
        count[0] += 1
        number = count[0]
        (folder / f"screen-{number}").write_text(name, encoding="utf-8")
        done = folder / f"done-{number}"
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: done.exists() and loop.quit())
        timer.start(50)
        loop.exec()  # the event loop answers the walker's D-Bus calls meanwhile
        timer.stop()

    walk_screens(ctx, visit)
    (folder / "finished").write_text(str(count[0]), encoding="utf-8")
    db.dispose()
    del translators
    return 0


# -- the walker side (Debian's Python with pyatspi) ------------------------------------
def _state(obj, name: str) -> bool:
    import pyatspi

    return obj.getState().contains(getattr(pyatspi, f"STATE_{name}"))


def walk(obj, lines: list[str], depth: int = 0) -> tuple[int, int]:
    """Print the interactive objects under ``obj``; (interactive, unnamed)."""
    interactive = unnamed = 0
    try:
        role = obj.getRoleName()
        showing = _state(obj, "SHOWING")
    except Exception:
        return 0, 0
    if not showing and depth > 0:
        return 0, 0
    if role in INTERACTIVE:
        name = (obj.name or "").strip()
        description = (obj.description or "").strip()
        interactive += 1
        if not name:
            unnamed += 1
        said = f"{role}: {name or '⟨NO NAME⟩'}"
        label = labelled_by(obj)
        if label and label.rstrip(":") != name:
            said = f"{label.rstrip(':')}: {said}"  # Orca says the label relation first
        if description:
            said += f" — {description}"
        if role in ("table", "tree table", "list", "tree"):
            try:
                table = obj.queryTable()
                said += f" [{table.nRows} rows, {table.nColumns} columns]"
            except Exception:
                said += f" [{obj.childCount} items]"
        lines.append("  " * min(depth, 12) + said)
    elif role == "label" and (obj.description or "").strip():
        # a count or status line: heard by its text, described by what it is
        lines.append("  " * min(depth, 12) + f"label: {obj.name} — {obj.description}")
    count = obj.childCount
    if role in ("table", "tree table", "list", "tree"):
        count = min(count, CONTAINERS_WALKED)
    for index in range(count):
        try:
            child = obj.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            more, silent = walk(child, lines, depth + 1)
            interactive += more
            unnamed += silent
    return interactive, unnamed


def labelled_by(obj) -> str:
    """The text of the label that names ``obj`` (a form label's buddy relation)."""
    import pyatspi

    try:
        for relation in obj.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                target = relation.getTarget(0)
                return (target.name or "").replace("&", "").strip() if target else ""
    except Exception:
        return ""
    return ""


def find_app():
    import pyatspi

    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == "SupportDesk":
            return app
    return None


def walk_screen(name: str, out: list[str]) -> tuple[int, int]:
    app = None
    for _ in range(100):
        app = find_app()
        if app is not None:
            break
        time.sleep(0.1)
    if app is None:
        out.append(f"## {name}: the app is not on the AT-SPI bus")
        return 0, 0
    lines: list[str] = []
    interactive = unnamed = 0
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is None or not _state(window, "SHOWING"):
            continue
        lines.append(f"{window.getRoleName()}: {window.name}")
        more, silent = walk(window, lines, 1)
        interactive += more
        unnamed += silent
    out.append(f"## {name}: {interactive} interactive, {unnamed} without a name")
    out.extend(lines)
    return interactive, unnamed


def _start(command: list[str], env: dict[str, str], **kw: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, env=env, start_new_session=True, **kw)  # type: ignore[call-overload]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="nl", choices=["nl", "en"])
    parser.add_argument("--out", default="")
    parser.add_argument("--checkout", default=str(ROOT))
    parser.add_argument("--app", default="", help=argparse.SUPPRESS)  # the app side
    args = parser.parse_args()
    checkout = Path(args.checkout).resolve()
    if args.app:
        return run_app(Path(args.app), args.language, checkout)

    folder = Path(tempfile.mkdtemp(prefix="sd-atspi-"))
    env = dict(os.environ)
    display = f":{90 + os.getpid() % 100}"
    processes: list[subprocess.Popen[bytes]] = []
    out: list[str] = []
    try:
        processes.append(_start(["Xvfb", display, "-screen", "0", "1366x768x24"], env))
        env["DISPLAY"] = display
        bus = _start(
            ["dbus-daemon", "--session", "--print-address=1", "--nofork"],
            env,
            stdout=subprocess.PIPE,
        )
        processes.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        launcher = shutil.which("at-spi-bus-launcher") or "/usr/libexec/at-spi-bus-launcher"
        processes.append(_start([launcher, "--launch-immediately"], env))
        time.sleep(1.5)
        os.environ.update(env)  # pyatspi talks to this bus
        app_env = dict(
            env,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
        )
        python = checkout / ".venv" / "bin" / "python"
        if not python.exists():
            python = ROOT / ".venv" / "bin" / "python"
        command = [str(python), str(Path(__file__).resolve()), "--app", str(folder)]
        command += ["--language", args.language, "--checkout", str(checkout)]
        app = _start(command, app_env, cwd=str(checkout))
        processes.append(app)
        total = silent_total = screens = 0
        number = 1
        while not (folder / "finished").exists():
            if app.poll() is not None:
                out.append(f"the app stopped (exit {app.returncode})")
                break
            screen = folder / f"screen-{number}"
            if not screen.exists():
                time.sleep(0.05)
                continue
            time.sleep(0.3)  # let the window appear on the bus
            interactive, unnamed = walk_screen(screen.read_text(encoding="utf-8"), out)
            total += interactive
            silent_total += unnamed
            screens += 1
            (folder / f"done-{number}").write_text("", encoding="utf-8")
            number += 1
        out.append(
            f"TOTAL: {screens} screens, {total} interactive objects, {silent_total} without a name"
        )
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        shutil.rmtree(folder, ignore_errors=True)
    text = "\n".join(out) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    sys.stdout.write(text if not args.out else out[-1] + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
