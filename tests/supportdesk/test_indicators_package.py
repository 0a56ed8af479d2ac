"""``supportdesk.indicators`` is a package of small files named for what they hold, and
its public names (what the app, reports and the command line import) each have one
owner among them and still import from the package."""

from __future__ import annotations

import ast
from pathlib import Path

import supportdesk.indicators as indicators

PACKAGE = Path(indicators.__file__).parent
PARTS = ("rules", "item_rules", "figures", "plan_figures")


def test_the_package_is_split_into_small_files():
    files = sorted(p.stem for p in PACKAGE.glob("*.py"))
    assert files == sorted(("__init__", *PARTS))
    for part in PARTS:
        lines = (PACKAGE / f"{part}.py").read_text("utf-8").count("\n")
        assert lines <= 300, (part, lines)


def test_every_public_name_imports_from_the_package_and_has_one_owner():
    wanted = {
        # what the app imports from supportdesk.indicators
        "ACTIVITY_MINUTES", "ADVICE_TALKS", "FOCUS_GROUPS", "KEYS", "LABELS", "PLAN_ITEMS",
        "TRAJECTORIES", "Indicator", "IndicatorRecord", "PlanFigure",
        "focus_group_needs_attention", "focus_groups_condition", "indicator_records",
        "is_mail_only", "mail_only_condition", "minutes_to_hours", "plan_item_months",
        "plan_item_records", "talks_condition", "trajectories_condition", "year_bounds",
        "year_indicators", "year_plan_figures",
    }  # fmt: skip
    assert wanted <= set(indicators.__all__)
    for name in indicators.__all__:
        assert getattr(indicators, name) is not None
        owners = [p for p in PARTS if name in _defined(p)]
        assert len(owners) == 1, (name, owners)


def _defined(part: str) -> set[str]:
    """The names a part defines at its top level (functions, classes, constants)."""
    tree = ast.parse((PACKAGE / f"{part}.py").read_text("utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names
