"""The wheel carries every run-time file (reference data, fonts, compiled translation,
migrations, icons, desktop files, licences) and nothing of the tests."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_wheel_holds_every_run_time_file(tmp_path: Path) -> None:
    done = subprocess.run(
        # sdist, then the wheel from it (as pip would from PyPI): nothing is written to
        # build/ in the checkout, where stale files would end up in later wheels.
        [sys.executable, "-m", "build", "--outdir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = tmp_path.glob("supportdesk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        qm = archive.read("resources/translations/supportdesk_en.qm")
    expected = {
        "main.py",
        "resources/__init__.py",
        "resources/data/reference.json",
        "resources/data/municipalities-flanders-2025.csv",
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/fonts/DejaVuSans-Oblique.ttf",
        "resources/fonts/LICENSE",
        "resources/LICENSE",
        "resources/icons/supportdesk.svg",
        "resources/icons/png/supportdesk-16.png",
        "resources/icons/png/supportdesk-512.png",
        "resources/desktop/be.supportdesk.SupportDesk.desktop",
        "resources/desktop/be.supportdesk.SupportDesk.metainfo.xml",
        "resources/translations/supportdesk_en.qm",
        "db/migrations/env.py",
        "db/migrations/script.py.mako",
    }
    assert expected <= names, sorted(expected - names)
    revisions = sorted(p.name for p in (ROOT / "db" / "migrations" / "versions").glob("*.py"))
    assert revisions and all(f"db/migrations/versions/{r}" in names for r in revisions)
    assert qm[:4] == b"\x3c\xb8\x64\x18"  # Qt's .qm magic: compiled by setup.py
    assert not any(n.startswith(("tests/", "benchmarks/", "scripts/")) for n in names)
    assert not any(n.endswith(".ts") for n in names)
