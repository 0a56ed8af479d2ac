"""SupportDesk's composition root: with no command it opens the desktop app, with a
command it runs that command of the command line. The ``supportdesk`` script lands here.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from supportdesk.cli.app import build_parser, run_command

    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if getattr(args, "command", None) is None:
        from ui.app import run_app

        return run_app(args.db, language=getattr(args, "language", None))
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
