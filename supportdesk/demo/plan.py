"""Demo data for the whole action plan: this year's plan (a copy of the last one, as
the team would have typed it in January), activities of every kind with participants,
feedback and follow-up actions, communication (good practices, articles about them,
newsletters, website updates) and the network's members.

At scale 1 a year holds about what the plan asks (a few network meetings, info sessions,
trainings, nine newsletters); ``scale`` multiplies the records, so the benchmarks have
100,000 records to count at scale 2,500.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, select

from db.models import ActivityKind, PlanItem, Target, plan_item_activity_kind
from supportdesk.demo.builder import Workbench
from supportdesk.demo.people import Municipality, Person

# (kind code, per year per scale unit, topics, duration range in minutes, online share)
KINDS: tuple[tuple[str, int, tuple[str, ...], tuple[int, int], float], ...] = (
    (
        "network_general",
        4,
        ("Netwerkdag digitale inclusie", "Voorjaarsbijeenkomst van het netwerk", "Najaarsnetwerk"),
        (120, 180),
        0.5,
    ),
    (
        "network_specific",
        3,
        (
            "Digibanken en lokale besturen",
            "Netwerk voor samenwerkingsverbanden",
            "Regie in kleine gemeenten",
        ),
        (90, 150),
        0.6,
    ),
    (
        "info_session",
        3,
        (
            "De European Accessibility Act",
            "Digitale inclusie in het meerjarenplan",
            "Cyberveiligheid voor digitale starters",
        ),
        (90, 150),
        0.7,
    ),
    (
        "inspiration",
        2,
        ("Inspiratiedag digitale inclusie", "Online inspiratiedag"),
        (300, 420),
        0.5,
    ),
    (
        "talk_on_request",
        6,
        (
            "Workshop digihelpers",
            "Presentatie op de OCMW-raad",
            "Sessie op de welzijnsdag",
            "Gastles aan de hogeschool",
        ),
        (45, 120),
        0.3,
    ),
    ("multi_day_training", 1, ("Opleiding digitale-inclusiemedewerker",), (720, 1080), 0.2),
    (
        "integrated_training",
        2,
        (
            "Klantvriendelijk loket (met digitale inclusie)",
            "Diverscity: inclusief personeelsbeleid",
        ),
        (180, 360),
        0.3,
    ),
    (
        "thematic_training",
        2,
        (
            "Toegankelijke websites maken",
            "Omgaan met digitaal kwetsbare burgers",
            "Regie digitale inclusie",
        ),
        (180, 360),
        0.4,
    ),
)
PLACES = ("VVSG, Brussel", "Provinciehuis Leuven", "Stadhuis Gent", "Cultuurcentrum Hasselt")
FEEDBACK = (
    "Heel bruikbaar, graag meer voorbeelden uit kleine gemeenten.",
    "Goede sprekers; de zaal was wat klein.",
    "Het deel over regie was te kort.",
    "Interessant om collega's van andere besturen te ontmoeten.",
)
ACTIONS = (
    "Presentaties en opname delen met de deelnemers",
    "Vragen uit de sessie bundelen voor de nieuwsbrief",
    "Volgende bijeenkomst inplannen",
)
NEWS_ITEMS = (
    "Nieuwe inspiratiegids digihelpers",
    "Terugblik op de netwerkdag",
    "Oproep: goede praktijken gezocht",
    "Subsidies digitale inclusie",
    "Infosessie toegankelijkheid",
)
MEDIA = ("Lokaal", "Lokaal", "Lokaal", "Sociaal.Net")


@dataclass(frozen=True)
class PlanCatalog:
    """The activity kinds (code -> id), the last year with plan items and its items
    (each a dict of its columns plus ``kind_ids``), and the years that have targets."""

    kinds: dict[str, int]
    last_year: int | None
    items: list[dict[str, Any]]
    target_years: set[int]


def read_plan_catalog(conn: Connection) -> PlanCatalog:
    kinds = dict(conn.execute(select(ActivityKind.code, ActivityKind.id)).all())
    last = conn.scalar(select(PlanItem.year).order_by(PlanItem.year.desc()).limit(1))
    items: list[dict[str, Any]] = []
    if last is not None:
        t = PlanItem.__table__
        links = conn.execute(
            select(
                plan_item_activity_kind.c.plan_item_id, plan_item_activity_kind.c.activity_kind_id
            )
        ).all()
        for row in conn.execute(select(t).where(t.c.year == last).order_by(t.c.position)):
            item = dict(row._mapping)
            item["kind_ids"] = [k for i, k in links if i == item["id"]]
            item["target"] = conn.scalar(
                select(Target.value).where(Target.year == last, Target.indicator == item["key"])
            )
            items.append(item)
    years = set(conn.scalars(select(Target.year).distinct()))
    return PlanCatalog(kinds, last, items, years)


#: this year's targets the team chose for the three figures counted before the plan
#: items (the rest as last year)
OWN_TARGETS = {"advice_talks": 10, "trajectories": 3, "focus_groups": 2}


def make_year_plan(wb: Workbench, catalog: PlanCatalog, actor: str) -> None:
    """This year's plan as a copy of the last year's, typed in January, with targets."""
    year = wb.today.year
    if catalog.last_year is None or catalog.last_year >= year:
        return
    typed = date(year, 1, 15)
    copy = ("key", "position", "goal", "code", "text", "counted", "publication_kind")
    for item in catalog.items:
        row = wb.record(
            "plan_item",
            typed,
            actor,
            year=year,
            **{k: item[k] for k in copy},
            measure=item["measure"],
            held_only=item["held_only"],
            milestone_state="started" if item["counted"] == "milestone" else "open",
            note="Mediawijs levert een eerste versie in het najaar."
            if item["counted"] == "milestone"
            else "",
            report_text="",
        )
        for kind_id in item["kind_ids"]:
            wb.link("plan_item_activity_kind", plan_item_id=row["id"], activity_kind_id=kind_id)
        value = OWN_TARGETS.get(item["key"], item["target"])
        if value is not None and year not in catalog.target_years:
            wb.record("target", typed, actor, year=year, indicator=item["key"], value=value)


def _minutes(wb: Workbench, low: int, high: int) -> int:
    return (low + wb.between(0, (high - low) // 15) * 15) if high > low else low


def make_activities(
    wb: Workbench,
    scale: int,
    munis: list[Municipality],
    team: list[Person],
    catalog: PlanCatalog,
    themes: list[int],
) -> None:
    """Activities of every kind over last year and this year: held ones up to today,
    planned ones after, now and then a cancelled one; named participants of the
    municipalities' contact persons, participant hours, feedback and follow-ups."""
    first = date(wb.today.year - 1, 1, 8)
    last = date(wb.today.year, 12, 18)
    with_contacts = [m for m in munis if m.contacts] or munis
    for code, per_year, topics, (low, high), online_share in KINDS:
        kind_id = catalog.kinds.get(code)
        if kind_id is None:
            continue
        for _ in range(per_year * 2 * scale):
            day = wb.day_between(first, last)
            status = "held" if day <= wb.today else "planned"
            if wb.chance(0.06):
                status = "cancelled"
            _activity(
                wb,
                kind_id,
                code,
                day,
                status,
                topics,
                (low, high),
                online_share,
                with_contacts,
                team,
                themes,
            )


def _activity(
    wb: Workbench,
    kind_id: int,
    code: str,
    day: date,
    status: str,
    topics: tuple[str, ...],
    durations: tuple[int, int],
    online_share: float,
    munis: list[Municipality],
    team: list[Person],
    themes: list[int],
) -> None:
    online = wb.chance(online_share)
    duration = _minutes(wb, *durations)
    start = None if code == "multi_day_training" else 9 * 60 + 30 * wb.between(0, 10)
    end = None if start is None else start + duration
    held = status == "held"
    count = wb.between(8, 45) if held else None
    lead = {"inspiration": "mediawijs", "multi_day_training": "mediawijs"}.get(code, "vvsg")
    if code == "talk_on_request":
        lead = "other"
    role = "support" if lead == "mediawijs" else "speaker" if lead == "other" else "organiser"
    owner = wb.pick(team[:6])
    responses = wb.between(3, count) if count and wb.chance(0.8) else None
    row = wb.record(
        "activity",
        day - timedelta(days=wb.between(20, 60)),
        owner.name,
        kind_id=kind_id,
        status=status,
        planned_on=day - timedelta(days=wb.between(20, 60)),
        cancelled_on=wb.clamp(day - timedelta(days=wb.between(1, 10)))
        if status == "cancelled"
        else None,
        date=day,
        start_minute=start,
        end_minute=end,
        duration_minutes=duration,
        online=online,
        place="Microsoft Teams" if online else wb.pick(PLACES),
        topic=wb.pick(topics),
        description="",
        lead=lead,
        lead_partner="Welzijnsschool" if lead == "other" else "",
        team_role=role,
        recording_url=f"https://www.vvsg.be/opnames/{wb.public_id()[:8]}"
        if online and held and code.startswith("network")
        else "",
        participant_count=count,
        # now and then people left early: the time is entered, not computed
        participant_minutes=(count * duration * 9 // 10) if count and wb.chance(0.1) else None,
        feedback_score_tenths=wb.between(32, 48) if responses else None,
        feedback_responses=responses,
        feedback_text=wb.pick(FEEDBACK) if responses else "",
        notes="",
        archived=False,
    )
    wb.link("activity_member", activity_id=row["id"], team_member_id=owner.id)
    if themes and wb.chance(0.7):
        wb.link("activity_theme", activity_id=row["id"], theme_id=wb.pick(themes))
    if count:
        named = wb.rng.sample(munis, min(len(munis), wb.between(1, 4), count))
        for muni in named[:count]:
            wb.record(
                "activity_participant",
                day,
                owner.name,
                activity_id=row["id"],
                local_government_id=muni.id,
                contact_person_id=wb.pick(muni.contacts) if muni.contacts else None,
                attendance="present",
            )
    if held and wb.chance(0.4):
        due = day + timedelta(days=wb.between(5, 30))
        wb.record(
            "follow_up_action",
            day,
            owner.name,
            description=wb.pick(ACTIONS),
            owner_id=owner.id,
            due_date=due,
            done_date=wb.clamp(due) if due <= wb.today and wb.chance(0.8) else None,
            notes="",
            local_government_id=None,
            advice_talk_id=None,
            trajectory_id=None,
            focus_group_id=None,
            activity_id=row["id"],
        )


def make_publications(
    wb: Workbench, scale: int, munis: list[Municipality], team: list[Person]
) -> None:
    """Per year and scale unit: five good practices (two with an article about them),
    nine to ten newsletters and a few website updates, up to today."""
    for year in (wb.today.year - 1, wb.today.year):
        first = date(year, 1, 10)
        last = min(date(year, 12, 20), wb.today)
        if last < first:
            continue
        for _ in range(scale):
            for k in range(5):
                muni = wb.pick(munis)
                day = wb.day_between(first, last)
                practice = _publication(
                    wb,
                    "good_practice",
                    day,
                    team,
                    title=f"Goede praktijk: digitale inclusie in {muni.name}",
                    link=f"https://www.vvsg.be/goede-praktijken/{wb.public_id()[:8]}",
                    local_government_id=muni.id,
                )
                if k < 2:
                    article = _publication(
                        wb,
                        "article",
                        wb.clamp(day + timedelta(days=wb.between(10, 60))),
                        team,
                        title=f"Zo pakt {muni.name} digitale inclusie aan",
                        link="",
                        medium=wb.pick(MEDIA),
                    )
                    wb.link(
                        "article_good_practice",
                        article_id=article["id"],
                        good_practice_id=practice["id"],
                    )
            for month in range(1, 13):
                day = wb.day_between(date(year, month, 1), date(year, month, 20))
                if day > wb.today or (month in (7, 8) and wb.chance(0.7)):
                    continue
                items = wb.rng.sample(NEWS_ITEMS, 3)
                _publication(
                    wb,
                    "newsletter",
                    day,
                    team,
                    title=f"Nieuwsbrief digitale inclusie {month:02d}/{year}",
                    link=f"https://www.vvsg.be/nieuwsbrief/{year}-{month:02d}",
                    items="\n".join(items),
                )
            for _ in range(3):
                _publication(
                    wb,
                    "website_update",
                    wb.day_between(first, last),
                    team,
                    title="Themapagina digitale inclusie bijgewerkt",
                    link="https://www.vvsg.be/digitale-inclusie",
                )


def _publication(
    wb: Workbench, kind: str, day: date, team: list[Person], **values: Any
) -> dict[str, Any]:
    defaults: dict[str, Any] = {
        "link": "",
        "local_government_id": None,
        "medium": "",
        "items": "",
        "notes": "",
        "archived": False,
    }
    return wb.record(
        "publication",
        day,
        wb.pick(team).name,
        kind=kind,
        published_on=day,
        **{**defaults, **values},
    )


def make_network(wb: Workbench, contact_rows: list[dict[str, Any]], team: list[Person]) -> None:
    """Six in ten contact persons are network members; some left, and an inactive
    contact's membership ended (or not: the list leaves them out anyway)."""
    start = date(wb.today.year - 2, 9, 1)
    for contact in contact_rows:
        if not wb.chance(0.6):
            continue
        joined = wb.day_between(start, wb.today)
        left = None
        if wb.chance(0.08):
            left = wb.day_between(joined, wb.today)
        wb.record(
            "network_membership",
            joined,
            wb.pick(team).name,
            contact_person_id=contact["id"],
            joined_on=joined,
            left_on=left,
            notes="",
        )
