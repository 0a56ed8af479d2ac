"""One service pattern: every edit, archive, unarchive and delete goes through the
shapes in ``supportdesk.services._base`` (load, refuse a stale version, change, save),
and services share no Session-taking helpers through each other's modules: what several
services use inside their transaction lives in a shared module (``_base``, ``_*``)."""

from __future__ import annotations

import ast
from pathlib import Path

import supportdesk.services as services_package

SERVICES = Path(services_package.__file__).parent
#: functions that check two versions or return another record's view, by design
OWN_VERSION_CHECK = {
    ("contacts.py", "merge_contacts"),  # two records, each with its own version
    ("focus_groups.py", "remove_participant"),  # deletes a participant, shows its group
}


def _modules() -> dict[str, ast.Module]:
    return {
        p.name: ast.parse(p.read_text(encoding="utf-8"))
        for p in sorted(SERVICES.glob("*.py"))
        if p.name != "__init__.py"
    }


def _calls(node: ast.AST, name: str) -> bool:
    return any(
        isinstance(n, ast.Call)
        and (getattr(n.func, "id", None) == name or getattr(n.func, "attr", None) == name)
        for n in ast.walk(node)
    )


def test_the_version_check_is_written_once():
    hand_written = []
    for file, tree in _modules().items():
        if file == "_base.py":
            continue
        for fn in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
            compares_version = any(
                isinstance(n, ast.Compare)
                and any(
                    getattr(side, "attr", None) == "version" for side in (n.left, *n.comparators)
                )
                for n in ast.walk(fn)
            )
            by_hand = _calls(fn, "check_version") or _calls(fn, "ConflictError") or compares_version
            if by_hand and (file, fn.name) not in OWN_VERSION_CHECK:
                hand_written.append(f"{file}:{fn.name}")
    assert hand_written == []


def _session_helpers(tree: ast.Module) -> set[str]:
    names = set()
    for fn in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        annotations = [a.annotation for a in (*fn.args.args, *fn.args.kwonlyargs)]
        if any(isinstance(a, ast.Name) and a.id == "Session" for a in annotations if a):
            names.add(fn.name)
    return names


def test_services_share_no_session_helpers_through_each_other():
    modules = _modules()
    shared = []
    for file, tree in modules.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or not node.module:
                continue
            if not node.module.startswith("supportdesk.services."):
                continue
            other = node.module.rsplit(".", 1)[1] + ".py"
            if other not in modules or other.startswith("_"):
                continue  # a shared module: that is where such helpers belong
            helpers = _session_helpers(modules[other])
            shared += [f"{file} <- {other}:{a.name}" for a in node.names if a.name in helpers]
    assert shared == []
