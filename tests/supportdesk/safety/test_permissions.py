"""The database file, its side files and its backups are readable by their owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from supportdesk.database import open_app_database
from supportdesk.safety.backups import make_backup
from supportdesk.safety.permissions import database_files, mode_of
from supportdesk.services.contacts import ContactInput, create_contact
from tests.supportdesk.safety.conftest import government_ids

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def test_any_opened_database_becomes_owner_only(new_file: Path):
    new_file.chmod(0o644)
    old = os.umask(0o022)
    try:
        db = open_app_database(str(new_file), seed=False)  # as the CLI opens it
        create_contact(db, ContactInput(government_ids(db, 1)[0], "Peeters"))
        files = [p for p in database_files(new_file) if p.exists()]
        assert len(files) >= 2  # the file and its WAL while open
        assert all(mode_of(p) == 0o600 for p in files), [oct(mode_of(p)) for p in files]
        backup = make_backup(new_file)
        assert mode_of(backup) == 0o600 and mode_of(backup.parent) == 0o700
        db.dispose()
    finally:
        os.umask(old)
    assert not new_file.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO)
