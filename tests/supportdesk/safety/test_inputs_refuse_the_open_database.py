"""Issue 9.1 for user-chosen inputs: choosing the open database, its ``-wal`` or ``-shm``
(or a link to one) as an attachment, a mail to import or a contacts list is refused in
one line, and this process keeps SQLite's locks on the database. Before, each reader
read the file with a fresh descriptor and closed it, which drops every POSIX lock the
process holds on that file (then another program may delete the ``-wal`` the app still
writes into)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from supportdesk.contacts_import.reading import read_table
from supportdesk.errors import DomainError
from supportdesk.mail_import import read_mail
from supportdesk.services.attachments import read_file
from tests.supportdesk.safety.test_live_locks import held_open, linux_only, locks_of

READERS: dict[str, Callable[[Path], object]] = {
    "attachment": read_file,
    "mail": read_mail,
    "contacts list": read_table,
}


@linux_only
@pytest.mark.parametrize("reader", sorted(READERS))
def test_the_open_database_is_not_an_input(new_file: Path, tmp_path: Path, reader: str) -> None:
    with held_open(new_file):
        pid = os.getpid()
        shm = Path(f"{new_file}-shm")
        before = (locks_of(pid, new_file), locks_of(pid, shm))
        assert before[0] or before[1]
        other = tmp_path / "elders"
        other.mkdir()
        (other / "koppeling.eml").symlink_to(new_file)
        os.link(new_file, other / "harde-koppeling.csv")
        names = [new_file, Path(f"{new_file}-wal"), shm, other / "koppeling.eml"]
        names.append(other / "harde-koppeling.csv")
        for name in names:
            with pytest.raises(DomainError) as refused:
                READERS[reader](name)
            message = str(getattr(refused.value, "message", refused.value))
            assert "geopende databank" in message and "\n" not in message, message
            assert (locks_of(pid, new_file), locks_of(pid, shm)) == before, name


def test_a_file_not_open_here_is_read(tmp_path: Path) -> None:
    """A copy of a database nobody has open is an ordinary file (an attachment)."""
    path = tmp_path / "kopie.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(100))
    assert read_file(path).content == path.read_bytes()
