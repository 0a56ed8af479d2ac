"""Update the English translation source and build the compiled translation.

    .venv/bin/python scripts/build_translations.py            # lupdate + lrelease
    .venv/bin/python scripts/build_translations.py --release  # lrelease only

``pyside6-lupdate`` reads every Python file under ``ui/`` for ``tr()``,
``QCoreApplication.translate()`` and ``QT_TRANSLATE_NOOP`` and updates
``resources/translations/supportdesk_en.ts`` (committed; translate new entries with Qt
Linguist or by editing the XML); obsolete entries are dropped. ``pyside6-lrelease`` then
builds ``supportdesk_en.qm`` (not committed; the app also builds it at start). Entries
still to translate are listed at the end (exit code 1 while there are any);
``tests/ui/test_translations.py`` fails on them too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "supportdesk_en.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def sources() -> list[str]:
    # supportdesk/labels.py: the core's words for the stored codes, marked for lupdate
    ui = [str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")]
    return sorted([*ui, "supportdesk/labels.py"])


def lupdate() -> None:
    TS.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "nl_BE",
            "-target-language",
            "en",
            *sources(),
            "-ts",
            str(TS.relative_to(ROOT)),
        ],
        check=True,
        cwd=ROOT,
    )


def lrelease() -> None:
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, cwd=ROOT)


def untranslated() -> list[str]:
    """ "context: source" of every entry still to translate (unfinished or empty)."""
    import xml.etree.ElementTree as ET

    missing = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all((f or "").strip() for f in forms):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm")
    args = parser.parse_args(argv)
    if not args.release:
        lupdate()
    lrelease()
    missing = untranslated()
    for line in missing:
        print(f"untranslated: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
