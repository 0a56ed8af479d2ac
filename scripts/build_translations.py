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

Dutch is the source language, but a count needs its plural: ``tr("%n resultaten", "", n)``
must read "1 resultaat". ``supportdesk_nl.ts`` holds only those plural entries
(``lupdate -pluralonly``), each with its Dutch singular and plural forms; the Dutch
interface loads it. Its entries still to fill are listed too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "supportdesk_en.ts"
QM = TS.with_suffix(".qm")
#: the Dutch plural forms of the counts (the rest of Dutch is the source text)
NL_TS = TS.with_name("supportdesk_nl.ts")
NL_QM = NL_TS.with_suffix(".qm")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def sources() -> list[str]:
    # supportdesk/labels.py: the core's words for the stored codes, marked for lupdate
    ui = [str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")]
    return sorted([*ui, "supportdesk/labels.py", "supportdesk/plan_labels.py"])


def lupdate() -> None:
    TS.parent.mkdir(parents=True, exist_ok=True)
    for ts, language, only in ((TS, "en", []), (NL_TS, "nl_BE", ["-pluralonly"])):
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                *only,
                "-locations",
                "none",
                "-source-language",
                "nl_BE",
                "-target-language",
                language,
                *sources(),
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )


def lrelease() -> None:
    for ts, qm in ((TS, QM), (NL_TS, NL_QM)):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def untranslated(ts: Path = TS) -> list[str]:
    """ "context: source" of every entry still to translate (unfinished or empty)."""
    import xml.etree.ElementTree as ET

    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
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
    missing = untranslated() + [f"(nl plural) {m}" for m in untranslated(NL_TS)]
    for line in missing:
        print(f"untranslated: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
