"""``supportdesk table KIND`` and ``supportdesk calendar``: real files from a demo
database, read back; bad input gives one line and writes nothing."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar

from supportdesk.tables import KINDS
from tests.supportdesk.cli.conftest import Run
from tests.supportdesk.cli.test_bad_input import assert_refused


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_to_xlsx_and_csv(cli: Callable[..., Run], demo_file: Path, out: Path, kind):
    r = cli("--db", str(demo_file), "table", kind, "--year", "2025", "--out", str(out / "t.xlsx"))
    if kind in ("lokale-besturen", "opvolgacties"):  # no year filter on these pages
        assert_refused(r, "--year", kind)
        r = cli("--db", str(demo_file), "table", kind, "--out", str(out / "t.xlsx"))
    assert r.code == 0, r.err
    ws = openpyxl.load_workbook(out / "t.xlsx").active
    assert ws.freeze_panes == "A2" and ws.max_row > 1
    rows = int(r.out.split()[0])
    assert ws.max_row == rows + 1
    r = cli("--db", str(demo_file), "table", kind, "--out", str(out / "t.csv"))
    assert r.code == 0, r.err
    with (out / "t.csv").open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    assert lines[0] == [c.value for c in next(ws.iter_rows(max_row=1))]


def test_filters_mirror_the_page(cli: Callable[..., Run], demo_file: Path, out: Path):
    r = cli("--db", str(demo_file), "table", "adviesgesprekken", "--out", str(out / "all.csv"))
    every = int(r.out.split()[0])
    r = cli(
        "--db", str(demo_file), "table", "adviesgesprekken", "--channel", "email",
        "--sort", "local_government", "--asc", "--delimiter", ",", "--out", str(out / "mail.csv"),
    )  # fmt: skip
    assert r.code == 0, r.err
    with (out / "mail.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    assert 0 < len(rows) < every
    assert {row[2] for row in rows} == {"e-mail"}
    names = [row[1] for row in rows]
    assert names == sorted(names)
    r = cli(
        "--db", str(demo_file), "table", "trajecten", "--status", "open,finished",
        "--out", str(out / "t.xlsx"),
    )  # fmt: skip
    assert r.code == 0, r.err
    statuses = {row[0] for row in openpyxl.load_workbook(out / "t.xlsx").active.iter_rows(
        min_row=2, values_only=True)}  # fmt: skip
    assert statuses <= {"aanvraag", "intake", "lopend", "afgerond"}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("table", "klanten", "--out", "x.xlsx"), ("klanten",)),
        (
            ("table", "adviesgesprekken", "--province", "Limburg", "--out", "x.xlsx"),
            ("--province",),
        ),
        (("table", "trajecten", "--status", "bezig", "--out", "x.xlsx"), ("--status", "bezig")),
        (("table", "adviesgesprekken", "--sort", "kleur", "--out", "x.xlsx"), ("--sort",)),
        (("table", "adviesgesprekken", "--member", "Niemand", "--out", "x.xlsx"), ("Niemand",)),
        (("table", "cijfers", "--out", "x.txt"), (".xlsx", ".csv")),
        (("table", "cijfers", "--out", ""), ()),
        (("table", "cijfers", "--out", "nergens/x.xlsx"), ("bestaat niet",)),
        (("table", "cijfers", "--out", "x" * 300 + ".xlsx"), ("File name too long",)),
        (("calendar", "--out", "y" * 300 + ".ics"), ("File name too long",)),
        (("calendar", "--out", "x.txt"), (".ics",)),
        (("calendar", "--mine", "--out", "x.ics"), ("--as",)),
        (("calendar", "--mine", "--as", "Niemand", "--out", "x.ics"), ("Niemand",)),
    ],
)
def test_bad_input_one_line_nothing_written(
    cli: Callable[..., Run], demo_file: Path, out: Path, monkeypatch, args, words
):
    monkeypatch.chdir(out)
    r = cli("--db", str(demo_file), *args)
    assert_refused(r, *words)
    assert list(out.iterdir()) == []


def test_existing_file_needs_force_and_a_symlink_is_never_followed(
    cli: Callable[..., Run], demo_file: Path, out: Path
):
    target = out / "cijfers.xlsx"
    target.write_bytes(b"mine")
    r = cli("--db", str(demo_file), "table", "cijfers", "--out", str(target))
    assert_refused(r, "bestaat al", "--force")
    assert target.read_bytes() == b"mine"
    r = cli("--db", str(demo_file), "table", "cijfers", "--out", str(target), "--force")
    assert r.code == 0 and openpyxl.load_workbook(target).active.max_row == 4
    victim = out / "victim.txt"
    victim.write_text("keep")
    (out / "link.ics").symlink_to(victim)
    r = cli("--db", str(demo_file), "calendar", "--out", str(out / "link.ics"), "--force")
    assert_refused(r, "symbolische koppeling")
    assert victim.read_text() == "keep"


def test_an_unwritable_folder(cli: Callable[..., Run], demo_file: Path, out: Path, monkeypatch):
    """A folder we may not write in (as root every folder is writable, so the refusal
    the system would give is given by the file creation itself)."""
    from supportdesk.safety import output_files

    def refused(path: Path) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(output_files, "create_private", refused)
    for args in (("table", "cijfers", "--out", str(out / "c.csv")),
                 ("calendar", "--out", str(out / "a.ics"))):  # fmt: skip
        r = cli("--db", str(demo_file), *args)
        assert_refused(r, "kan niet schrijven", "Permission denied")
    assert list(out.iterdir()) == []


def test_calendar_of_the_team_and_of_one_member(
    cli: Callable[..., Run], demo_file: Path, out: Path
):
    r = cli("--db", str(demo_file), "calendar", "--out", str(out / "team.ics"))
    assert r.code == 0, r.err
    team = Calendar.from_ical((out / "team.ics").read_bytes()).walk("VEVENT")
    assert len(team) == int(r.out.split()[0]) + int(r.out.split()[3]) > 0
    owner = next(
        line.split(": ", 1)[1]
        for e in team
        for line in str(e["DESCRIPTION"]).splitlines()
        if line.startswith("Eigenaar: ") and line != "Eigenaar: niemand"
    )
    r = cli(
        "--db", str(demo_file), "calendar", "--mine", "--as", owner, "--out", str(out / "m.ics")
    )
    assert r.code == 0, r.err
    mine = Calendar.from_ical((out / "m.ics").read_bytes()).walk("VEVENT")
    assert 0 < len(mine) < len(team)
    assert {str(e["UID"]) for e in mine} <= {str(e["UID"]) for e in team}
