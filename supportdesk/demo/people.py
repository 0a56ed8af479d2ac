"""Demo people and organisations: the team, contact persons, partnerships, a partner.

Names come from Faker's nl_BE lists (drawn with our own seeded random, not one Faker call
per field, which would be slow at large scales), with an Łukasz or Özdemir now and then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from faker.providers.person.nl_BE import Provider as PersonProvider

from supportdesk.demo.builder import Workbench, email_part
from supportdesk.demo.phrases import ROLES, SPECIAL_NAMES

FIRST_NAMES = tuple(PersonProvider.first_names_female) + tuple(PersonProvider.first_names_male)
LAST_NAMES = tuple(PersonProvider.last_names)
MOBILE_PREFIXES = ("0470", "0471", "0472", "0475", "0476", "0477", "0478", "0479", "0486", "0496")
PARTNERSHIP_NAMES = (
    "Welzijnsregio Kempen",
    "Samenwerkingsverband digitale inclusie Meetjesland",
    "Welzijnsregio Noord-Limburg",
    "Intergemeentelijk netwerk Westhoek",
    "Eerstelijnszone Pajottenland",
)


@dataclass
class Municipality:
    """A reference municipality the demo uses, with what the demo gives it."""

    id: int
    name: str
    province: str
    position: str = "growing"
    contacts: list[int] = field(default_factory=list)  # contact_person ids
    talk_ids: list[int] = field(default_factory=list)


@dataclass
class Person:
    id: int
    name: str


def person_name(wb: Workbench) -> tuple[str, str]:
    if wb.chance(0.05):
        return wb.pick(SPECIAL_NAMES)
    return wb.pick(FIRST_NAMES), wb.pick(LAST_NAMES)


def phone(wb: Workbench) -> str:
    if wb.chance(0.6):
        digits = f"{wb.between(0, 999_999):06d}"
        return f"{wb.pick(MOBILE_PREFIXES)} {digits[:2]} {digits[2:4]} {digits[4:]}"
    return f"0{wb.between(10, 99)} {wb.between(10, 99)} {wb.between(10, 99)} {wb.between(10, 99)}"


def make_team(wb: Workbench, start: date) -> list[Person]:
    """A handful of team members (one left the team) who own the records."""
    team: list[Person] = []
    names: set[str] = set()
    while len(team) < 7:
        first, last = person_name(wb)
        name = f"{first} {last}"
        if name in names:
            continue
        names.add(name)
        row = wb.record(
            "team_member",
            start,
            "demo",
            name=name,
            email=f"{email_part(first)}.{email_part(last)}@vvsg.be",
            active=len(team) < 6,
        )
        team.append(Person(row["id"], name))
    return team


def make_contacts(
    wb: Workbench, municipalities: list[Municipality], count: int, team: list[Person]
) -> None:
    """``count`` contact persons spread over the municipalities (each gets at least one)."""
    start = date(wb.today.year - 1, 1, 2)
    for i in range(count):
        muni = (
            municipalities[i % len(municipalities)]
            if i < len(municipalities)
            else wb.pick(municipalities)
        )
        first, last = person_name(wb)
        inactive = wb.chance(0.07)
        domain = email_part(muni.name.replace(" ", "")) or "gemeente"
        row = wb.record(
            "contact_person",
            wb.day_between(start - timedelta(days=400), start),
            wb.pick(team).name,
            local_government_id=muni.id,
            first_name=first,
            last_name=last,
            role=wb.pick(ROLES),
            email=f"{email_part(first)}.{email_part(last)}@{domain}.be",
            phone=phone(wb),
            notes="Vertrokken; opvolger nog niet gekend." if inactive else "",
            active=not inactive,
            inactive_since=wb.day_between(start, wb.today) if inactive else None,
        )
        muni.contacts.append(row["id"])


def set_positions(wb: Workbench, municipalities: list[Municipality], team: list[Person]) -> None:
    """Give each municipality the demo uses a starting position (an edit: version 2).

    The reference rows were created when the database was, so the edit is stamped then
    too (``updated_at`` is set to ``created_at`` by the writer).
    """
    for muni in municipalities:
        r = wb.rng.random()
        muni.position = "starting" if r < 0.3 else "growing" if r < 0.75 else "experienced"
        wb.update(
            "local_government",
            b_id=muni.id,
            starting_position=muni.position,
            version=2,
            updated_by=wb.pick(team).name,
        )


def make_partnerships(
    wb: Workbench, n: int, all_munis: list[Municipality], team: list[Person]
) -> list[Municipality]:
    """``n`` partnerships of four to seven municipalities of one province, two contacts each."""
    result: list[Municipality] = []
    start = date(wb.today.year - 1, 1, 2)
    for k in range(n):
        base = PARTNERSHIP_NAMES[k % len(PARTNERSHIP_NAMES)]
        name = base if k < len(PARTNERSHIP_NAMES) else f"{base} {k // len(PARTNERSHIP_NAMES) + 1}"
        province = wb.pick(all_munis).province
        same = [m for m in all_munis if m.province == province]
        members = wb.rng.sample(same, min(len(same), wb.between(4, 7)))
        row = wb.record(
            "local_government",
            wb.day_between(start - timedelta(days=300), start),
            wb.pick(team).name,
            name=name,
            kind="partnership",
            nis_code=None,
            province=province,
            arrondissement=None,
            starting_position="growing",
            email=f"info@{email_part(name.replace(' ', ''))[:30]}.be",
            phone=phone(wb),
            notes="Samenwerkingsverband; werkt voor de leden aan digitale inclusie.",
            archived=False,
        )
        for m in members:
            wb.link("partnership_member", partnership_id=row["id"], member_id=m.id)
        p = Municipality(row["id"], name, province, "growing")
        make_contacts(wb, [p], 2, team)
        result.append(p)
    return result


def make_partner(wb: Workbench, team: list[Person]) -> Municipality:
    """Mediawijs, the partner organisation of the action plan, with one contact."""
    row = wb.record(
        "local_government",
        date(wb.today.year - 1, 1, 6),
        team[0].name,
        name="Mediawijs",
        kind="organisation",
        nis_code=None,
        province=None,
        arrondissement=None,
        starting_position=None,
        email="info@mediawijs.be",
        phone="02 000 00 00",
        notes="Kenniscentrum digitale en mediawijsheid; partner van het actieplan.",
        archived=False,
    )
    p = Municipality(row["id"], "Mediawijs", "", "experienced")
    make_contacts(wb, [p], 1, team)
    return p
