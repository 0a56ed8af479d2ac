"""Every text of the interface reaches lupdate, and so the English translation.

lupdate reads ``tr("…")``, ``translate("Context", "…")`` and ``QT_TRANSLATE_NOOP("Context",
"…")`` with literal strings. A private wrapper (``def _tr(text): return
QCoreApplication.translate(CONTEXT, text)``) hid its callers' texts: "&Ja, die komt nog"
and ten other texts of the trajectory's status line were never in the .ts and stayed
Dutch in the English interface.
"""

from __future__ import annotations

import ast
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from supportdesk.queries.focus_groups import FocusGroupRow
from supportdesk.services.follow_ups import FollowUpInput
from supportdesk.services.local_governments import complete_local_governments
from supportdesk.services.trajectories import TrajectoryInput, change_status, create_trajectory
from ui.editors import focus_group_parts, trajectory_status
from ui.i18n import choose_language, install_translation, remove_translation
from ui.pages import focus_groups

UI = Path(__file__).resolve().parents[2] / "ui"
TRANSLATING = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _calls() -> list[tuple[str, ast.AST, ast.Call]]:
    """(file:line, enclosing function or module, call) for each translating call in ui/."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes: list[ast.AST] = [tree]
        scopes += [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for scope in scopes:
            for node in ast.walk(scope):
                if isinstance(node, ast.Call) and _called(node) in TRANSLATING:
                    found.append((f"{path.relative_to(UI)}:{node.lineno}", scope, node))
    return found


def test_no_function_hands_its_parameter_to_translate():
    """A function that translates the text it is given hides its callers' texts."""
    wrappers = set()
    for where, scope, call in _calls():
        if not isinstance(scope, ast.FunctionDef):
            continue
        params = {a.arg for a in scope.args.args + scope.args.kwonlyargs}
        if _called(call) == "translate":
            context, text = call.args[0], call.args[1]
            if isinstance(context, ast.Name) and context.id in params:
                continue  # a translator handed to the core: its callers name the context
        else:
            text = call.args[0]
        if isinstance(text, ast.Name) and text.id in params:
            wrappers.add(f"{where} {scope.name}({text.id})")
    assert sorted(wrappers) == []


def test_a_literal_text_has_a_literal_context():
    """``translate(CONTEXT, "…")``: lupdate does not know what CONTEXT holds."""
    found = []
    for where, _scope, call in _calls():
        if _called(call) not in ("translate", "QT_TRANSLATE_NOOP") or len(call.args) < 2:
            continue
        context, text = call.args[0], call.args[1]
        if isinstance(text, ast.Constant) and not isinstance(context, ast.Constant):
            found.append(where)
    assert found == []


def _trajectories(ctx):
    """One finished with two late actions and no feedback, one running past its end."""
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    late = tuple(
        FollowUpInput(what, due_date=date.today() - timedelta(days=3)) for what in ("A", "B")
    )
    done = create_trajectory(
        ctx.db,
        TrajectoryInput(gent, "Klaar", start_date=date(2025, 1, 6), new_follow_ups=late),
        status="running",
    )
    done = change_status(ctx.db, done.id, "finished", date(2025, 3, 1))
    running = create_trajectory(
        ctx.db,
        TrajectoryInput(
            gent, "Loopt", start_date=date(2025, 1, 6), planned_end_date=date(2025, 2, 1)
        ),
        status="running",
    )
    return done, running


def test_the_status_words_in_english(qtbot, ctx, monkeypatch):
    done, running = _trajectories(ctx)
    today = date.today()
    asked: dict = {}
    monkeypatch.setattr(trajectory_status, "ask", lambda _p, **kw: asked.update(kw) or "none")
    host = QWidget()
    qtbot.addWidget(host)
    online = FocusGroupRow("x", date(2025, 1, 1), "t", "", True, 0, 0, 0, None, "", (), ())
    trajectory_status.ask_feedback_coming(host)
    assert asked["buttons"][0][1] == "&Ja, die komt nog"
    translators = install_translation(choose_language("en", ctx.settings()))
    try:
        words = trajectory_status.attention_words(done, today)
        words += trajectory_status.attention_words(running, today)
        trajectory_status.ask_feedback_coming(host)
        place = focus_groups.place_text(online._replace(place="Zaal 1"))
        attention = focus_groups.status_text(online._replace(needs_attention=True))
        finding = focus_group_parts.QCoreApplication.translate("FocusGroupParts", "&Bevindingen:")
    finally:
        remove_translation(translators)
    assert words == [
        "⚠ 2 follow-up actions overdue",
        "⚠ feedback missing",
        "⚠ planned end date 01/02/2025 has passed",
    ]
    assert asked["title"] == "Feedback from the local government"
    assert [text for _a, text, _r in asked["buttons"]] == [
        "&Yes, it is still to come",
        "&Note it now",
        "N&o, no feedback will come",
    ]
    assert (place, attention, finding) == ("online · Zaal 1", "⚠ to confirm", "&Findings:")
