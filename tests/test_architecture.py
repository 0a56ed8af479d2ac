"""The layers import one way only: ``ui`` -> ``supportdesk`` -> ``db``.

Every ``.py`` file of the three packages is parsed with ``ast`` and every import is
checked, wherever it stands: at module level, inside a function or method, under
``if TYPE_CHECKING:``, relative (``from ..x import y``) or through
``importlib.import_module("...")`` with a literal name. So a lazy import in a function
cannot slip past the rule the way it slips past a look at the top of the file.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Top-level names a layer must not import. The interface reaches the database only
# through the core (supportdesk.database, supportdesk.resources); the core knows no Qt
# and no interface; the database layer knows neither the core nor the interface.
FORBIDDEN: dict[str, frozenset[str]] = {
    "ui": frozenset({"db", "sqlalchemy", "alembic", "psycopg", "sqlite3"}),
    "supportdesk": frozenset({"PySide6", "shiboken6", "ui"}),
    "db": frozenset({"supportdesk", "ui", "PySide6", "shiboken6"}),
}


@dataclass(frozen=True)
class Violation:
    file: str
    line: int
    imported: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line} imports {self.imported}"


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The absolute module a (possibly relative) ``from ... import`` names."""
    if not node.level:
        return node.module or ""
    package = module.split(".") if is_package else module.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
    return ".".join([*base, *([node.module] if node.module else [])])


def imported_modules(source: str, module: str, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import anywhere in ``source``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module, is_package)
            if base:
                found.append((node.lineno, base))
            else:  # "from . import x" at the top of a tree: x is the module
                found.extend((node.lineno, alias.name) for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (
                    isinstance(node.func, ast.Name)
                    and node.func.id in {"import_module", "__import__"}
                )
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def violations(
    layer: str, source: str, file: str, module: str, is_package: bool
) -> list[Violation]:
    forbidden = FORBIDDEN[layer]
    return [
        Violation(file, line, name)
        for line, name in imported_modules(source, module, is_package)
        if name.split(".")[0] in forbidden
    ]


def layer_files(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer: str) -> None:
    files = layer_files(layer)
    assert len(files) > 5, f"no sources found under {layer}/"
    found: list[Violation] = []
    for path in files:
        found += violations(
            layer,
            path.read_text(encoding="utf-8"),
            str(path.relative_to(ROOT)),
            module_name(path),
            path.name == "__init__.py",
        )
    assert not found, "\n".join(map(str, found))


# The checker itself: each way of writing an import is caught.
@pytest.mark.parametrize(
    ("layer", "module", "source", "caught"),
    [
        ("ui", "ui.x", "from db.session import Database\n", "db.session"),
        ("ui", "ui.x", "import sqlalchemy as sa\n", "sqlalchemy"),
        ("ui", "ui.x", "def f():\n    from db import paths\n", "db"),
        (
            "ui",
            "ui.x",
            "class A:\n    def m(self):\n        import sqlalchemy.orm\n",
            "sqlalchemy.orm",
        ),
        (
            "ui",
            "ui.x",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from db.session import D\n",
            "db.session",
        ),
        ("ui", "ui.x", "import importlib\nimportlib.import_module('db.migrate')\n", "db.migrate"),
        ("supportdesk", "supportdesk.x", "from PySide6.QtCore import QObject\n", "PySide6.QtCore"),
        ("supportdesk", "supportdesk.a.b", "def f():\n    import PySide6\n", "PySide6"),
        ("supportdesk", "supportdesk.x", "from ui.labels import X\n", "ui.labels"),
        ("db", "db.x", "from supportdesk.errors import DomainError\n", "supportdesk.errors"),
        ("db", "db.models.x", "def f():\n    import supportdesk.search\n", "supportdesk.search"),
    ],
)
def test_checker_catches(layer: str, module: str, source: str, caught: str) -> None:
    found = violations(layer, source, "x.py", module, False)
    assert [v.imported for v in found] == [caught]


def test_checker_resolves_relative_imports() -> None:
    # Inside the db package, "from .. import x" climbs no further than db itself.
    assert imported_modules("from ..session import D\n", "db.models.x") == [(1, "db.session")]
    assert imported_modules("from . import base\n", "db", is_package=True) == [(1, "db")]
    assert imported_modules("from .base import B\n", "ui.pages", is_package=True) == [
        (1, "ui.pages.base")
    ]


def test_checker_allows_the_ways_down() -> None:
    allowed = (
        "from supportdesk.database import Database\n"
        "from PySide6.QtCore import QObject\n"
        "def f():\n    import supportdesk.resources\n"
    )
    assert violations("ui", allowed, "x.py", "ui.x", False) == []
    assert (
        violations("supportdesk", "from db.session import Database\n", "x", "supportdesk.x", False)
        == []
    )
