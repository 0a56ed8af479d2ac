"""Starting worker processes (``worker.py``) with this venv's Python, bounded in time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
TIMEOUT = 120


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    e.pop("SUPPORTDESK_DB", None)
    return e


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.supportdesk.safety.worker", *args],
        cwd=ROOT,
        env=env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_event(proc: subprocess.Popen[str]) -> dict[str, Any]:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.wait(TIMEOUT)
        raise AssertionError(f"worker ended early: {proc.stderr.read() if proc.stderr else ''}")
    event: dict[str, Any] = json.loads(line)
    return event


def send(proc: subprocess.Popen[str], line: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()


def rest_of_output(proc: subprocess.Popen[str]) -> tuple[str, str]:
    """Close the worker's stdin and read what it still writes until it ends: (stdout,
    stderr). Not ``communicate()``: that reads the pipes' descriptors directly and so
    loses what ``readline()`` (``read_event``) has already buffered ahead, which cut a
    line in two when the worker was quick."""
    if proc.stdin is not None and not proc.stdin.closed:
        proc.stdin.close()
    assert proc.stdout is not None and proc.stderr is not None
    stderr = proc.stderr
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.append(stderr.read()), daemon=True)
    reader.start()  # stderr drained beside stdout: a full pipe cannot block the worker
    with proc.stdout:
        out = proc.stdout.read()
    proc.wait(TIMEOUT)
    reader.join(TIMEOUT)
    stderr.close()
    return out, "".join(err)


def finish(proc: subprocess.Popen[str]) -> list[dict[str, Any]]:
    """All remaining events of a worker that ends by itself; fails on a crash."""
    out, err = rest_of_output(proc)
    assert proc.returncode == 0, err
    return [json.loads(line) for line in out.splitlines() if line.strip()]
