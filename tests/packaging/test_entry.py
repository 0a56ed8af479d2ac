"""The composition root's own cases: no display, --self-test, bad input; one line each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import main as entry
from tests.conftest import make_newer_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)


def test_without_a_display_one_line_says_to_use_the_command_line(no_display, capsys) -> None:
    assert entry.display_missing()
    assert entry.main([]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1
    assert "opdrachtregel" in err and "supportdesk --help" in err


@pytest.mark.parametrize(
    "env", [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "offscreen"}]
)
def test_a_display_or_a_chosen_platform_is_enough(no_display, monkeypatch, env) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert not entry.display_missing()


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_always_have_a_display(no_display, monkeypatch, platform) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert not entry.display_missing()


def test_self_test_with_a_command_is_one_line(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        entry.main(["--self-test", "stats"])
    assert stopped.value.code == 2
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_version_comes_from_the_package(capsys) -> None:
    from supportdesk import __version__

    with pytest.raises(SystemExit):
        entry.main(["--version"])
    assert capsys.readouterr().out.strip() == f"SupportDesk {__version__}"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is Linux's data folder")
def test_demo_in_a_data_folder_that_cannot_be_made(tmp_path, monkeypatch, capsys) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker / "data"))
    monkeypatch.delenv("SUPPORTDESK_DB", raising=False)
    assert entry.main(["demo"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err and "a-file" in err
    assert blocker.read_text("utf-8") == "not a folder"


def _self_test(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", "import sys, main; sys.exit(main.main())", "--self-test", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


@pytest.mark.slow
def test_self_test_opens_the_window_in_english(tmp_path: Path) -> None:
    done = _self_test("--db", str(tmp_path / "new.sqlite3"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok    interface language en" in done.stdout
    assert "ok    about dialog: version and schema revision" in done.stdout
    assert "FOUT" not in done.stdout


@pytest.mark.slow
def test_self_test_refuses_a_newer_database_unchanged(tmp_path: Path) -> None:
    path = make_newer_database(tmp_path / "newer.sqlite3")
    before = path.read_bytes()
    done = _self_test("--db", str(path))
    assert done.returncode == 1
    assert "nieuwere SupportDesk" in done.stderr
    assert path.read_bytes() == before


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is Linux's data folder")
def test_demo_in_a_read_only_data_folder(tmp_path, monkeypatch, capsys) -> None:
    """As root every folder is writable, so the read-only answer is simulated here;
    scripts/smoke-app.sh tries the real thing as another user."""
    import supportdesk.cli.common as common

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("SUPPORTDESK_DB", raising=False)
    monkeypatch.setattr(common.os, "access", lambda *_args, **_kw: False)
    assert entry.main(["demo"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "map is niet schrijfbaar" in err
    assert not (tmp_path / "data" / "SupportDesk" / "supportdesk.sqlite3").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is Linux's data folder")
def test_demo_where_the_data_folder_may_not_be_made(tmp_path, monkeypatch, capsys) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("SUPPORTDESK_DB", raising=False)
    monkeypatch.setattr(Path, "mkdir", refuse)
    assert entry.main(["demo"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "map kan niet gemaakt worden" in err
