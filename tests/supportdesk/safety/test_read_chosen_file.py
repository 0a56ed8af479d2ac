"""The one reader of a file a person chose to read in (a mail, a contacts list): the
size is checked before a byte is read, and every way it cannot be read is one line in
the caller's own error, the same for each caller."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from supportdesk.contacts_import.reading import TableFileError, read_table
from supportdesk.mail_import import MailError, read_mail
from supportdesk.safety import open_files
from supportdesk.safety.open_files import read_chosen_file


class Refused(Exception):
    pass


def _refuse(size: int) -> Exception:
    return Refused(f"te groot: {size}")


def test_the_bytes_of_a_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "Łukasz & Özdemir <1>.eml"
    path.write_bytes(b"abc\x00\xff")
    assert read_chosen_file(path, 5, Refused, _refuse) == b"abc\x00\xff"


def test_too_large_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "groot.csv"
    path.write_bytes(b"123456")
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read"))
    with pytest.raises(Refused, match="te groot: 6"):
        read_chosen_file(path, 5, Refused, _refuse)


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_unreadable_is_one_line_in_the_callers_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "lijst.xlsx"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(Refused) as raised:
        read_chosen_file(path, 10**9, Refused, _refuse)
    message = str(raised.value)
    assert message.startswith("lijst.xlsx kan niet gelezen worden: ")
    assert "\n" not in message


def test_a_file_this_process_holds_open_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "supportdesk.sqlite3"
    path.write_bytes(b"x")
    monkeypatch.setattr(open_files, "held_open_problem", lambda p: f"{p.name}: de databank")
    with pytest.raises(Refused, match=r"^supportdesk\.sqlite3: de databank$"):
        read_chosen_file(path, 100, Refused, _refuse)


@pytest.mark.parametrize(
    ("reader", "error"), [(read_mail, MailError), (read_table, TableFileError)]
)
def test_the_mail_and_contacts_readers_say_the_same(
    tmp_path: Path, reader: Callable[[Path], object], error: type[Exception]
) -> None:
    missing = tmp_path / "weg.eml"
    with pytest.raises(error, match=r"^weg\.eml kan niet gelezen worden: "):
        reader(missing)
