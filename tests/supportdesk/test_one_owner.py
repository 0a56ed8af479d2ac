"""Things defined once in the core: the backup error and the known schema revisions."""

from __future__ import annotations

import ast
from pathlib import Path

import supportdesk
import supportdesk.backup as backup
import supportdesk.safety.backups as backups
from db.migrate import known_revisions

CORE = Path(supportdesk.__file__).parent


def _definitions(name: str) -> list[str]:
    found = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and node.name == name:
                found.append(str(path.relative_to(CORE)))
    return found


def test_one_backup_error():
    assert backup.BackupError is backups.BackupError
    assert _definitions("BackupError") == ["safety/backups.py"]


def test_known_revisions_are_read_in_one_place():
    assert _definitions("_known_revisions") == []
    assert _definitions("known_revisions") == []  # db.migrate owns it
    assert known_revisions()  # the migration files' revision ids
