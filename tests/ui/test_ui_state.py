"""No module state in the UI: pages registered by class, the main window's attributes
set by the window itself, no ``global`` rebinding and no importlib in ``ui/``."""

from __future__ import annotations

import ast
from pathlib import Path

from ui.main_window import MainWindow
from ui.pages.base import Page
from ui.pages.registry import PAGES

UI = Path(__file__).resolve().parents[2] / "ui"


def modules() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(UI.rglob("*.py"))]


def test_pages_are_registered_by_class():
    keys = [entry.key for entry in PAGES]
    assert len(set(keys)) == len(keys) >= 6  # pages come with new kinds of record
    for entry in PAGES:
        cls = entry.page_class()
        assert isinstance(cls, type) and issubclass(cls, Page), entry.key
        assert cls.key == entry.key


def test_no_global_statements_nor_importlib_in_ui():
    found = []
    for path, tree in modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Global):
                found.append(f"{path.name}:{node.lineno} global {', '.join(node.names)}")
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", "") or ""]
                if any(n == "importlib" or n.startswith("importlib.") for n in names):
                    found.append(f"{path.name}:{node.lineno} importlib")
    assert found == []


def test_only_the_window_sets_its_attributes(qtbot, ctx):
    """Other modules return what they build; ``window.x = ...`` outside the window's
    own class is an attribute the class does not declare."""
    found = []
    for path, tree in modules():
        if path.name == "main_window.py":
            continue
        for node in ast.walk(tree):
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign | ast.AugAssign):
                targets = [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "window"
                ):
                    found.append(f"{path.name}:{node.lineno} window.{target.attr}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "setattr"
                and node.args
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id == "window"
            ):
                found.append(f"{path.name}:{node.lineno} setattr(window, …)")
    assert found == []
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for name in ("search_box", "settings_action", "import_contacts_action", "mail_action"):
        assert name in vars(window), name


def test_each_context_owns_its_exports(qtbot, ctx, tmp_path, monkeypatch):
    """The running exports and the started signal belong to the context, not a module."""
    from ui.context import AppContext
    from ui.export import questions, worker

    monkeypatch.setattr(questions, "ask_open", lambda *_a: questions.CLOSE)
    other = AppContext(ctx.db)
    assert ctx.exports is not other.exports
    seen: list[object] = []
    other.exports.started.connect(seen.append)
    out = tmp_path / "x.pdf"

    def render(progress):
        out.write_bytes(b"%PDF-1.4")
        return out

    with qtbot.waitSignal(ctx.exports.started) as started:
        task = worker.start_export(ctx.exports, None, "Test", render)
    assert started.args == [task] and seen == []
    assert other.exports.running() == []
    if ctx.exports.running():
        assert ctx.exports.running() == [task]
        with qtbot.waitSignal(task.finished, timeout=10000):
            pass
    qtbot.waitUntil(lambda: ctx.exports.running() == [])
