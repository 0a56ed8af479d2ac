"""``supportdesk team``: the team members, for administrators and scripts.

    supportdesk [--db D] team list [--all] [--json]
    supportdesk [--db D] team add NAME [--email E]
    supportdesk [--db D] team deactivate WHO
    supportdesk [--db D] team reactivate WHO

WHO is a member's id, name or e-mail address (case and accents ignored). An inactive
member keeps their name on what they did and leaves the app's pickers. Bad input (a
name or e-mail already on the team, an invalid address, nobody or several people
matching WHO) is one line on stderr and exit code 1; nothing is saved.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from supportdesk.cli.app import CliError
from supportdesk.cli.common import open_db
from supportdesk.errors import ValidationError

#: the words for the services' field names in a one-line error
FIELD_WORDS = {"name": "naam", "email": "e-mail"}


def field_error(exc: ValidationError, words: dict[str, str]) -> CliError:
    """A ValidationError as one line: "naam: Er is al een medewerker “An”."."""
    return CliError(
        "; ".join(f"{words.get(field, field)}: {message}" for field, message in exc.errors.items())
    )


def register(sub: Any) -> None:
    p = sub.add_parser(
        "team",
        help="de medewerkers: tonen, toevoegen, inactief maken",
        description="De medewerkers van het team. Wie inactief is, blijft in de geschiedenis "
        "staan maar verdwijnt uit de keuzelijsten.",
    )
    actions = p.add_subparsers(dest="team_action", metavar="ACTIE", required=True)
    ls = actions.add_parser("list", help="toon de medewerkers")
    ls.add_argument("--all", action="store_true", help="ook wie inactief is")
    ls.add_argument("--json", action="store_true", help="uitvoer als JSON")
    ls.set_defaults(handler=run_list)
    add = actions.add_parser("add", help="voeg een medewerker toe")
    add.add_argument("name", metavar="NAAM")
    add.add_argument("--email", default="", metavar="E", help="e-mailadres")
    add.set_defaults(handler=run_add)
    for name, help_text, active in (
        ("deactivate", "maak een medewerker inactief (blijft in de geschiedenis)", False),
        ("reactivate", "maak een inactieve medewerker weer actief", True),
    ):
        a = actions.add_parser(name, help=help_text)
        a.add_argument("who", metavar="WIE", help="id, naam of e-mailadres")
        a.set_defaults(handler=run_set_active, active=active)


def run_list(args: argparse.Namespace) -> int:
    from supportdesk.services.team import list_team_members

    db = open_db(args)
    try:
        members = list_team_members(db, include_inactive=args.all)
    finally:
        db.dispose()
    if args.json:
        rows = [{"id": m.id, "name": m.name, "email": m.email, "active": m.active} for m in members]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not members:
        print("Nog geen medewerkers. Voeg er een toe met 'supportdesk team add NAAM'.")
        return 0
    width = max(len(m.name) for m in members)
    for m in members:
        state = "" if m.active else "  (inactief)"
        print(f"{m.id}  {m.name.ljust(width)}  {m.email}{state}".rstrip())
    return 0


def run_add(args: argparse.Namespace) -> int:
    from supportdesk.services.team import TeamMemberInput, create_team_member

    db = open_db(args, write=True)
    try:
        member = create_team_member(db, TeamMemberInput(args.name, args.email))
    except ValidationError as exc:
        raise field_error(exc, FIELD_WORDS) from None
    finally:
        db.dispose()
    print(f"Toegevoegd: {member.name} ({member.id})")
    return 0


def run_set_active(args: argparse.Namespace) -> int:
    from supportdesk.services.team import find_team_member, set_team_member_active

    db = open_db(args, write=True)
    try:
        member = find_team_member(db, args.who)
        if member is None:
            raise CliError(
                f"geen medewerker {args.who!r} (of meer dan één): geef de id uit "
                "'supportdesk team list --all'"
            )
        if member.active == args.active:
            print(f"{member.name} is al {'actief' if member.active else 'inactief'}.")
            return 0
        member = set_team_member_active(db, member.id, args.active, member.version)
    finally:
        db.dispose()
    print(f"{member.name} is nu {'actief' if member.active else 'inactief'}.")
    return 0
