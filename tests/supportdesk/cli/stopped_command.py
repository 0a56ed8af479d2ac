"""Run ``supportdesk ARGS...`` (``main.main``) with the last step of every output made
to wait: when the private temporary file is complete and about to be put in place, this
prints ``READY <temp path>`` and sleeps, so a test can stop the process there with a
signal, as a person pressing Ctrl+C or a service manager sending SIGTERM would."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import main
from supportdesk.safety import backups, output_files


def _waiting_publish(tmp: Path, target: output_files.OutputTarget) -> None:
    print(f"READY {tmp}", flush=True)
    time.sleep(60)
    raise AssertionError("not stopped in time")


if __name__ == "__main__":
    output_files.publish = _waiting_publish  # type: ignore[assignment]
    backups.publish = _waiting_publish  # type: ignore[assignment]
    sys.exit(main.main(sys.argv[1:]))
