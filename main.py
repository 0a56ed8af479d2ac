"""SupportDesk's composition root: with no command it opens the desktop app, with a
command it runs that command of the command line. The ``supportdesk`` script (and the
frozen app of ``packaging/``) lands here.
"""

from __future__ import annotations

import os
import sys

NO_DISPLAY = (
    "supportdesk: geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn niet gezet); "
    "gebruik de opdrachtregel, bv. 'supportdesk stats' (zie 'supportdesk --help')"
)


def display_missing() -> bool:
    """True on Linux (and other X11/Wayland systems) without a display to open a window
    on, where Qt would abort with a long message; Windows and macOS always have one.
    ``QT_QPA_PLATFORM`` (e.g. ``offscreen``) means the caller chose a platform."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    """The program: ``argv`` None means the process's own arguments, and that the
    process ends when this returns (the ``supportdesk`` script, ``python main.py``)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl+C while Python was still importing or parsing
        print("supportdesk: onderbroken", file=sys.stderr)
        return 130
    finally:
        if argv is None:
            ending_process()


def ending_process() -> None:
    """Spare the end of the process a walk over every object it holds.

    At exit Python collects cyclic garbage over all objects still alive: SQLAlchemy,
    the models, the command's modules, some hundreds of thousands of objects that die
    with the process anyway; ~150 ms CPU, a quarter of ``supportdesk stats``. Frozen
    objects are left out of that walk; exit handlers, buffered output, open files and
    database connections are finished as before. Only when the process ends: a caller
    that goes on (the tests run ``main([...])`` in their own process) would keep every
    frozen object's garbage for good."""
    import gc

    gc.freeze()


def _main(argv: list[str] | None) -> int:
    from supportdesk.collection import collection_paused

    with collection_paused():  # imports: long-lived objects only (supportdesk.collection)
        from supportdesk.cli.app import build_parser, run_command

        arguments = sys.argv[1:] if argv is None else argv
        parser = build_parser(arguments)  # only the named command's module is imported
        parser.add_argument(
            "--self-test",
            action="store_true",
            help="controleer deze installatie (venster, vertaling, lettertypes, migraties) "
            "op een tijdelijke databank (of --db) en stop",
        )
        args = parser.parse_args(arguments)
    if getattr(args, "command", None) is None:
        if args.self_test:
            from ui.self_test import run_self_test

            return run_self_test(args.db, language=getattr(args, "language", None))
        if display_missing():
            print(NO_DISPLAY, file=sys.stderr)
            return 2
        from ui.app import run_app

        return run_app(args.db, language=getattr(args, "language", None))
    if args.self_test:
        parser.error("--self-test gaat niet samen met een opdracht")
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
