"""Install, use and uninstall the Windows installer as a user without admin rights (CI).

    python packaging/windows/try_installer.py dist/SupportDesk-0.1.0-setup.exe

Installs silently for the current user into a temporary folder, checks the Start-menu
entry, makes demo data in the default database (%LOCALAPPDATA%\\SupportDesk, through
platformdirs as the app finds it), uninstalls, and checks that the program is gone and
the data is still there. Argument lists only, no shell.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import platformdirs


def run(*args: str | Path) -> None:
    print("run:", *args)
    subprocess.run([str(a) for a in args], check=True, timeout=600)


def main() -> int:
    setup = Path(sys.argv[1]).resolve()
    target = Path(tempfile.mkdtemp()) / "SupportDesk"
    run(setup, "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", f"/DIR={target}")
    start_menu = Path(os.environ["APPDATA"], "Microsoft", "Windows", "Start Menu", "Programs")
    assert (start_menu / "SupportDesk.lnk").is_file(), "no Start-menu entry"
    assert (target / "SupportDesk.exe").is_file() and (target / "supportdesk.ico").is_file()

    data = platformdirs.user_data_path("SupportDesk", appauthor=False) / "supportdesk.sqlite3"
    run(target / "supportdesk-cli.exe", "demo")
    assert data.is_file(), f"no database at {data}"

    uninstallers = sorted(target.glob("unins*.exe"))
    assert uninstallers, "no uninstaller"
    run(uninstallers[-1], "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
    for _ in range(60):  # the uninstaller finishes in a copy of itself
        if not (target / "SupportDesk.exe").exists():
            break
        time.sleep(1)
    assert not (target / "SupportDesk.exe").exists(), "program still there after uninstall"
    assert not (start_menu / "SupportDesk.lnk").exists(), "Start-menu entry still there"
    assert data.is_file(), "the uninstaller removed the data"
    print("installer: ok (data kept at", data, ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
