"""Build hook: compile the translations (``.ts`` -> ``.qm``) into the wheel.

The ``.qm`` files are build products, not committed. ``build_py`` runs Qt's
``lrelease`` (from PySide6-Essentials, a build requirement in ``pyproject.toml``) on
every ``resources/translations/*.ts`` and writes the ``.qm`` beside the other package
data in the build folder, so a wheel (also one built from the sdist) always carries
them. A build that cannot compile them fails, rather than shipping a Dutch-only app.
Everything else about the package is in ``pyproject.toml``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "resources" / "translations"
# PySide6's own wrapper finds its lrelease binary on every platform (lrelease.exe on
# Windows); "python -c CODE ARGS" hands ARGS to it as sys.argv[1:].
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        sources = sorted(TRANSLATIONS.glob("*.ts"))
        if not sources:
            raise SystemExit(f"no translations (*.ts) found in {TRANSLATIONS}")
        for ts in sources:
            qm = target / ts.with_suffix(".qm").name
            subprocess.run(
                [sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True
            )
            if not qm.is_file():
                raise SystemExit(f"lrelease did not write {qm}")


setup(cmdclass={"build_py": BuildPyWithTranslations})
