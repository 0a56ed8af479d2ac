"""A database server that does not answer, refuses, or is of an unknown kind: one line
and a non-zero exit, within the connect timeout (~10 s), never a two-minute wait or a
traceback; the driver's several lines only with ``--verbose``."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from db.engine import CONNECT_TIMEOUT_S
from tests.supportdesk.cli.conftest import Run
from tests.supportdesk.safety import processes
from tests.supportdesk.safety.silent_server import closed_port, silent_server

ROOT = Path(__file__).resolve().parents[3]


def one_line(r: Run, *words: str) -> str:
    assert r.code != 0, r.out
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("supportdesk: "), r.err
    assert "Traceback" not in r.err
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.slow
def test_a_silent_server_is_given_up_after_the_timeout():
    with silent_server() as port:
        url = f"postgresql+psycopg://sd@127.0.0.1:{port}/supportdesk"
        started = time.monotonic()
        r = subprocess.run(
            [sys.executable, "main.py", "--db", url, "stats"],
            cwd=ROOT,
            env={**processes.env(), "PGCONNECT_TIMEOUT": "0"},  # 0: libpq would wait forever
            capture_output=True,
            text=True,
            timeout=60,
        )
        took = time.monotonic() - started
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        f"supportdesk: {url}: de databankserver antwoordt niet (binnen {CONNECT_TIMEOUT_S} s)"
    ]
    assert CONNECT_TIMEOUT_S <= took < CONNECT_TIMEOUT_S + 10


def test_a_refusing_server_is_one_line_and_details_with_verbose(cli: Callable[..., Run]):
    url = f"postgresql+psycopg://sd@127.0.0.1:{closed_port()}/supportdesk"
    for command in (["stats"], ["check"], ["export"], ["demo"]):
        one_line(cli("--db", url, *command), "weigert de verbinding")
    r = cli("--db", url, "--verbose", "stats")
    lines = r.err.strip().splitlines()
    assert r.code == 1 and "weigert de verbinding" in lines[0] and len(lines) >= 2
    assert "refused" in r.err.lower()


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg2://sd@127.0.0.1/supportdesk",
        "mysql://sd@127.0.0.1/supportdesk",
        "mysql+pymysql://sd@127.0.0.1/supportdesk",
        "oracle://sd@127.0.0.1/supportdesk",
        "nosuchdb://x",
        "mssql+pyodbc://sd@dsn",
    ],
)
def test_an_unknown_kind_of_database_is_one_line(cli: Callable[..., Run], url: str):
    for command in (["stats"], ["check"], ["backup", "x.sqlite3"], ["demo"]):
        one_line(cli("--db", url, *command), "onbekend databanktype")
