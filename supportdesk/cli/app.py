"""Argument parsing and dispatch. Each command lives in its own module under
``supportdesk.cli`` with ``register(subparsers)``, which sets ``handler`` on its parser;
the handler takes the parsed arguments and returns the exit code.

Errors the user can act on become one line on stderr and a non-zero exit; never a
traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn

from sqlalchemy.exc import SQLAlchemyError

from supportdesk import __version__
from supportdesk.errors import DomainError

# Modules under supportdesk.cli that register a command; add new ones here.
COMMAND_MODULES: list[str] = [
    "demo",
    "export",
    "import_",  # the "import" command (import is a Python keyword)
    "search",
    "stats",
    "check",
    "backup",
    "pdf",
    "restore",
    "person",
    "table",
    "calendar",
    "team",
    "target",
    "network",
]
#: the command a module of COMMAND_MODULES registers, where it is not the module's name
COMMAND_NAMES = {"import_": "import"}
#: the global options that take a value (``--db D``, ``--language L``)
_VALUED_OPTIONS = ("--db", "--language")


class CliError(Exception):
    """A problem to report as one line, with the exit code to end with; ``detail`` is
    shown under it with ``--verbose``."""

    def __init__(self, message: str, code: int = 1, detail: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.detail = detail


class Terminated(KeyboardInterrupt):
    """SIGTERM (a service manager stopping us, ``kill PID``), raised where the program is
    so that, like Ctrl+C, every ``finally`` runs: temporary files are removed and an open
    transaction is rolled back instead of the process vanishing mid-write."""


def _terminated(signum: int, frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second one must not cut the cleanup
    raise Terminated


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """While the block runs, SIGTERM raises :class:`Terminated` (in the main thread only,
    where Python runs signal handlers); the previous handler comes back afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"supportdesk: fout: {message} (zie 'supportdesk --help')\n")


def command_modules(argv: Sequence[str] | None) -> list[str]:
    """The modules of COMMAND_MODULES to import and register for ``argv``: the one of
    the command it names (``stats`` for ``--db x stats``); none when it names no command
    (the app opens); every one for help, an unknown command, ``--`` or no ``argv``.

    Each command's module brings its own imports (search: the ORM's mapper
    configuration; person, demo, table, pdf...), which ``supportdesk stats`` as a process
    spent most of its time on, and the app's start paid for too."""
    if argv is None:
        return list(COMMAND_MODULES)
    modules = {COMMAND_NAMES.get(m, m): m for m in COMMAND_MODULES}
    tokens = iter(argv)
    for token in tokens:
        if token in ("-h", "--help") or token == "--":
            return list(COMMAND_MODULES)
        if token.startswith("-"):
            name = token.split("=", 1)[0]
            # argparse takes an unambiguous prefix (--d for --db): its value is next
            if (
                "=" not in token
                and len(name) > 2
                and any(o.startswith(name) for o in _VALUED_OPTIONS)
            ):
                next(tokens, None)
            continue
        chosen = modules.get(token)
        return [chosen] if chosen is not None else list(COMMAND_MODULES)
    return []


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``argv``, only the command modules it needs are
    imported and registered (``command_modules``): parsing ``argv`` gives the same
    result, and ``--help`` or an unknown command still get every command."""
    parser = _Parser(
        prog="supportdesk",
        description="SupportDesk: CRM voor digitale inclusie bij lokale besturen. "
        "Zonder opdracht opent de app.",
    )
    parser.add_argument(
        "--db",
        metavar="D",
        help="databank: een bestandspad (SQLite) of een SQLAlchemy-URL "
        "(standaard: $SUPPORTDESK_DB, anders een bestand in je gegevensmap)",
    )
    parser.add_argument("--language", choices=["nl", "en"], help="taal van de app")
    parser.add_argument("--verbose", action="store_true", help="toon bij een fout ook de details")
    parser.add_argument("--version", action="version", version=f"SupportDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    for name in command_modules(argv):
        module: Any = importlib.import_module(f"supportdesk.cli.{name}")
        module.register(sub)
    return parser


def report(args: argparse.Namespace, message: str, detail: str = "") -> None:
    """One line on stderr; the rest of a multi-line message, and ``detail``, only with
    ``--verbose`` (a PostgreSQL refusal or an integrity report has several lines)."""
    first, *rest = (message.strip() or "onbekende fout").splitlines()
    print(f"supportdesk: {first}", file=sys.stderr)
    if getattr(args, "verbose", False):
        more = [*rest, *(detail.splitlines() if detail and detail != message else [])]
        for line in more:
            print(f"  {line}", file=sys.stderr)


def run_command(args: argparse.Namespace) -> int:
    """Run the chosen command; map expected failures to one line on stderr."""
    from supportdesk.cli.common import database_error, refuse_special_file

    try:
        with sigterm_as_interrupt():  # temp files removed, transaction rolled back
            refuse_special_file(args)  # a FIFO as --db would block every command forever
            code: int = args.handler(args)
        return code
    except CliError as exc:
        report(args, str(exc), exc.detail)
        return exc.code
    except DomainError as exc:
        report(args, exc.message, getattr(exc, "detail", ""))
        return 1
    except KeyboardInterrupt as exc:
        print("supportdesk: onderbroken", file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130
    except BrokenPipeError:  # output piped into head, say: not an error of ours
        sys.stderr.close()
        return 0
    except SQLAlchemyError as exc:
        # The database failed in a way no command foresaw (gone, locked, refused, a
        # damaged page met while reading): one line, not a traceback; each command runs
        # in one transaction, so nothing changed.
        message, detail = database_error(args, exc)
        report(args, message, detail)
        return 1
