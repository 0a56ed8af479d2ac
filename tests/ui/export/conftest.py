"""Set-up shared by the export tests: the progress dialog at once, two governments' records."""

from __future__ import annotations

import pytest

from tests.supportdesk.reports._fixtures import build_two_governments
from ui.export import worker


@pytest.fixture(autouse=True)
def progress_always_shown(monkeypatch):
    """The progress dialog shows at once, however fast this machine is: every test
    goes the same way (a slow export's way)."""
    monkeypatch.setattr(worker, "PROGRESS_DELAY_MS", 0)


@pytest.fixture
def ids(ctx):
    return build_two_governments(ctx.db)
