"""Put dist/SupportDesk.app in a compressed disk image with a link to /Applications (CI).

    python packaging/macos/make_dmg.py dist/SupportDesk.app dist/SupportDesk-0.1.0-macos.dmg

Uses macOS's own hdiutil; argument lists only, no shell. The app is not signed or
notarized: the first start is by right-click > Open (see the README).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    app, dmg = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "SupportDesk"
        stage.mkdir()
        shutil.copytree(app, stage / app.name, symlinks=True)
        (stage / "Applications").symlink_to("/Applications")
        dmg.unlink(missing_ok=True)
        subprocess.run(
            ["hdiutil", "create", "-volname", "SupportDesk", "-srcfolder", str(stage),
             "-fs", "HFS+", "-format", "UDZO", "-ov", str(dmg)],
            check=True,
        )  # fmt: skip
        subprocess.run(["hdiutil", "verify", str(dmg)], check=True)
    print(dmg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
