"""One name per concept in every layer (README, "Working on it"; issue 11 point 6):
follow-ups are follow_up(s) — never "inbox" or "followup(s)" —, local governments are
local_government(s) — never an "organisation(s)" module (an organisation is one kind of
local government) —, and a benchmark is named for what it measures, not a ticket.

Checked on every identifier (names in code, not prose) and every file name of the
packages, tests, benchmarks and scripts."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("supportdesk", "ui", "db", "tests", "benchmarks", "scripts")
#: identifiers that name a concept by another word than the one the layers agree on
WRONG_NAME = re.compile(r"(?:^|_)inbox|Inbox|(?:^|_)followups?(?:$|_)|Followups?(?![a-z])")
#: module names of concepts that have their own word
WRONG_MODULE = re.compile(r"^(organisations?|followups?|inbox\w*|\w*issue\d+\w*)\.py$")


def _python_files() -> list[Path]:
    return [p for folder in FOLDERS for p in sorted((ROOT / folder).rglob("*.py"))]


def wrong_identifiers(source: str) -> list[tuple[int, str]]:
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [
        (tok.start[0], tok.string)
        for tok in tokens
        if tok.type == tokenize.NAME and WRONG_NAME.search(tok.string)
    ]


def test_the_check_sees_the_old_names():
    source = "from x import InboxRow, inbox_page\nfollowups = load_followup()\n"
    assert [name for _line, name in wrong_identifiers(source)] == [
        "InboxRow",
        "inbox_page",
        "followups",
        "load_followup",
    ]
    assert wrong_identifiers("FollowUpList(follow_up_rows, FollowUps, QSpinBox)") == []
    assert WRONG_MODULE.match("organisations.py") and WRONG_MODULE.match("bench_lists_issue4.py")
    assert not WRONG_MODULE.match("local_governments.py")


def test_identifiers_use_the_agreed_names():
    wrong = [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for path in _python_files()
        if path != Path(__file__).resolve()
        for line, name in wrong_identifiers(path.read_text(encoding="utf-8"))
    ]
    assert wrong == []


def test_modules_use_the_agreed_names():
    wrong = [str(p.relative_to(ROOT)) for p in _python_files() if WRONG_MODULE.match(p.name)]
    assert wrong == []
