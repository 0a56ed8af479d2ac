"""``supportdesk table KIND [filters] --out F.xlsx|F.csv``: a list of the app as a
spreadsheet, filtered and sorted as the page would (every row).

    supportdesk [--db D] table adviesgesprekken --year 2025 --out gesprekken.xlsx
    supportdesk [--db D] table lokale-besturen --province Limburg --out besturen.csv
    supportdesk [--db D] table cijfers --year 2025 --out cijfers.xlsx

The format follows the name (.xlsx or .csv); a .csv has ``;`` between fields unless
``--delimiter ,``. An existing file is replaced only with ``--force``; a symlink,
a folder or the database itself never. An option the list has no filter for, an
unknown value or a file that cannot be written: one line on stderr, exit code 1 or 2,
nothing written.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from supportdesk.cli.app import CliError
from supportdesk.cli.common import open_db
from supportdesk.cli.output import add_force, out_target

#: which options each list understands (beyond --out, --force, --delimiter)
OPTIONS: dict[str, tuple[str, ...]] = {
    "lokale-besturen": ("filter", "province", "kind", "starting_position", "sort", "descending"),
    "adviesgesprekken": (
        "filter",
        "year",
        "member",
        "government",
        "channel",
        "sort",
        "descending",
    ),
    "trajecten": ("filter", "year", "member", "status", "attention", "sort", "descending"),
    "focusgroepen": ("filter", "year", "member", "government", "when", "sort", "descending"),
    "opvolgacties": ("member",),
    "cijfers": ("year",),
}
_FLAG = {
    "filter": "--filter",
    "year": "--year",
    "member": "--member",
    "government": "--government",
    "channel": "--channel",
    "province": "--province",
    "kind": "--kind",
    "starting_position": "--starting-position",
    "status": "--status",
    "attention": "--attention",
    "when": "--when",
    "sort": "--sort",
    "descending": "--desc/--asc",
}


def register(sub: Any) -> None:
    from supportdesk.queries.focus_groups import WHEN
    from supportdesk.tables import KINDS

    p = sub.add_parser(
        "table",
        help="een lijst als spreadsheet (.xlsx of .csv)",
        description="Schrijf een lijst van de app, gefilterd en gesorteerd zoals de pagina, "
        "met alle rijen, als Excel-werkmap (.xlsx) of CSV (.csv).",
        epilog="Een .csv is UTF-8 met BOM en ';' als scheidingsteken (Belgische Excel), "
        "tenzij --delimiter ','. Opvolgacties zijn de open acties (van iedereen, of van "
        "--member). --member, --government: naam of id.",
    )
    p.add_argument("kind", metavar="SOORT", choices=KINDS, help="|".join(KINDS))
    p.add_argument("--out", metavar="BESTAND", required=True, help="F.xlsx of F.csv")
    add_force(p)
    p.add_argument(
        "--delimiter",
        choices=[";", ","],
        default=";",
        metavar="TEKEN",
        help="tussen de velden van een .csv: ';' (standaard) of ','",
    )
    p.add_argument("--year", type=int, metavar="JAAR", help="alleen dit jaar")
    p.add_argument("--filter", metavar="TEKST", help="zoektekst, zoals het zoekveld van de pagina")
    p.add_argument("--member", metavar="NAAM", help="medewerker / begeleider / eigenaar")
    p.add_argument("--government", metavar="NIS_OF_NAAM", help="één lokaal bestuur")
    p.add_argument("--channel", help="kanaal: email, phone, online, on_site")
    p.add_argument("--province", help="provincie")
    p.add_argument("--kind", dest="lg_kind", help="soort: municipality, partnership, organisation")
    p.add_argument(
        "--starting-position",
        help="startpositie: starting, growing, experienced, of '' voor onbekend",
    )
    p.add_argument(
        "--status",
        help="status(sen), met komma's: request, intake, running, finished, stopped, "
        "of open / closed",
    )
    p.add_argument("--attention", choices=["any", "overdue", "feedback_missing"])
    p.add_argument(
        "--when",
        choices=WHEN,
        help="focusgroepen: " + ", ".join(WHEN) + " (zoals de filter Wanneer)",
    )
    p.add_argument("--sort", metavar="SLEUTEL", help="sorteer op deze kolom (zoals de pagina)")
    order = p.add_mutually_exclusive_group()
    order.add_argument("--desc", dest="descending", action="store_true", default=None)
    order.add_argument("--asc", dest="descending", action="store_false")
    p.set_defaults(handler=run)


def _given(args: argparse.Namespace) -> list[str]:
    names = {
        "filter": args.filter,
        "year": args.year,
        "member": args.member,
        "government": args.government,
        "channel": args.channel,
        "province": args.province,
        "kind": args.lg_kind,
        "starting_position": args.starting_position,
        "status": args.status,
        "attention": args.attention,
        "when": args.when,
        "sort": args.sort,
        "descending": args.descending,
    }
    return [name for name, value in names.items() if value is not None]


def run(args: argparse.Namespace) -> int:
    from supportdesk.tables import write_table
    from supportdesk.tables.writer import format_of

    for name in _given(args):
        if name not in OPTIONS[args.kind]:
            raise CliError(f"{_FLAG[name]} geldt niet voor {args.kind}", 2)
    if args.year is not None and not 1900 <= args.year <= 9999:
        raise CliError(f"--year {args.year}: geen geldig jaar", 2)
    format_of(args.out)  # a wrong name fails before the database is opened
    target = out_target(args)
    db = open_db(args)
    try:
        table = build(db, args)
        count = write_table(table, target, delimiter=args.delimiter)
    finally:
        db.dispose()
    print(f"{count} rijen geschreven naar {args.out}")
    return 0


def _sort(args: argparse.Namespace, keys: tuple[str, ...], default: str, desc: bool) -> Any:
    sort = args.sort or default
    if sort not in keys:
        raise CliError(f"--sort {sort}: kies uit {', '.join(keys)}", 2)
    descending = desc if args.descending is None else bool(args.descending)
    return {"sort": sort, "descending": descending}


def _member(db: Any, who: str | None) -> str | None:
    if who is None:
        return None
    from supportdesk.calendar_export import find_member

    return find_member(db, who)[0]


def _government(db: Any, ref: str | None) -> str | None:
    if ref is None:
        return None
    from supportdesk.reports.data.common import find_local_government

    with db.read() as session:
        return str(find_local_government(session, ref).public_id)


def _choice(value: str | None, allowed: tuple[str, ...], flag: str) -> str | None:
    if value is None or value in allowed:
        return value
    raise CliError(f"{flag} {value}: kies uit {', '.join(allowed)}", 2)


def build(db: Any, args: argparse.Namespace) -> Any:
    """The table of ``args.kind`` with the page's filter made from the options."""
    from supportdesk import tables
    from supportdesk.codes import CLOSED_TRAJECTORY_STATUSES, TRAJECTORY_STATUSES
    from supportdesk.queries import advice_talks as q_talks
    from supportdesk.queries import focus_groups as q_groups
    from supportdesk.queries import local_governments as q_lg
    from supportdesk.queries import trajectories as q_traj
    from supportdesk.tables import (
        advice_talks,
        figures,
        focus_groups,
        follow_ups,
        local_governments,
        trajectories,
    )
    from supportdesk.tables.labels import LABELS

    assert args.kind in tables.KINDS
    text = args.filter or ""
    if args.kind == "lokale-besturen":
        f_lg = q_lg.LocalGovernmentFilter(
            text=text,
            province=args.province,
            kind=_choice(args.lg_kind, tuple(LABELS["lg_kind"]), "--kind"),
            starting_position=_choice(
                args.starting_position, (*LABELS["starting_position"], ""), "--starting-position"
            ),
        )
        return local_governments.table(db, f_lg, **_sort(args, q_lg.SORT_KEYS, "name", False))
    if args.kind == "adviesgesprekken":
        f_talks = q_talks.AdviceTalkFilter(
            year=args.year,
            local_government_id=_government(db, args.government),
            team_member_id=_member(db, args.member),
            channel=_choice(args.channel, tuple(LABELS["channel"]), "--channel"),
            text=text,
        )
        return advice_talks.table(db, f_talks, **_sort(args, q_talks.SORT_KEYS, "date", True))
    if args.kind == "trajecten":
        statuses: tuple[str, ...] = ()
        if args.status:
            for word in (s.strip() for s in args.status.split(",") if s.strip()):
                if word == "open":
                    statuses += q_traj.OPEN_STATUSES
                elif word == "closed":
                    statuses += CLOSED_TRAJECTORY_STATUSES
                elif word in TRAJECTORY_STATUSES:
                    statuses += (word,)
                else:
                    allowed = ", ".join((*TRAJECTORY_STATUSES, "open", "closed"))
                    raise CliError(f"--status {word}: kies uit {allowed}", 2)
        f_traj = q_traj.TrajectoryFilter(
            statuses=tuple(dict.fromkeys(statuses)),
            coach_id=_member(db, args.member),
            year=args.year,
            attention=args.attention,
            text=text,
        )
        return trajectories.table(db, f_traj, **_sort(args, q_traj.SORT_KEYS, "status", False))
    if args.kind == "focusgroepen":
        f_groups = q_groups.FocusGroupFilter(
            year=args.year,
            when=args.when,
            organiser_id=_member(db, args.member),
            local_government_id=_government(db, args.government),
            text=text,
        )
        return focus_groups.table(db, f_groups, **_sort(args, q_groups.SORT_KEYS, "date", True))
    if args.kind == "opvolgacties":
        return follow_ups.table(db, _member(db, args.member))
    year = args.year if args.year is not None else date.today().year
    return figures.table(db, year)
