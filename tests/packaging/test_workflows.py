"""The Windows and macOS workflows cannot run here; at least every file they name exists
and every bundle step uses the one spec."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_every_file_a_workflow_names_exists(workflow: Path) -> None:
    text = workflow.read_text("utf-8")
    named = set(re.findall(r"(?:packaging|scripts)[/\\][\w/\\.-]+\.(?:py|spec|iss|sh)", text))
    assert named, "the workflow names no project file"
    for name in named:
        assert (ROOT / name.replace("\\", "/")).is_file(), name
    assert "packaging/supportdesk.spec" in text


def test_there_is_a_workflow_for_windows_and_for_macos() -> None:
    runners = {m for w in WORKFLOWS for m in re.findall(r"runs-on: (\S+)", w.read_text("utf-8"))}
    assert {"windows-latest", "macos-latest"} <= runners


def test_the_installer_is_per_user_and_keeps_the_data() -> None:
    iss = (ROOT / "packaging" / "windows" / "supportdesk.iss").read_text("utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "[UninstallDelete]" not in iss  # nothing beyond the installed files is removed
    assert re.search(r"^Name: \"\{autoprograms\}\\SupportDesk\"", iss, re.MULTILINE)
