"""The figures behind the Overzicht's charts: advice talks of a year per month (and the
same months of the year before), per theme and per province.

What counts is the plan's rule for advice talks (``indicators.talks_condition``: held in
the year up to today, mail-only answers left out), so the bars add up to the figure
beside them. One grouped statement each, on the indexed date column; Core statements on
``db.tables`` (the Overzicht reads them without the ORM).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import extract, func, select

from db.session import Database
from db.tables.advice import advice_talk, advice_talk_theme
from db.tables.local_government import local_government
from db.tables.team import theme
from supportdesk.indicators import talks_condition


def talks_by_month(db: Database, year: int, today: date | None = None) -> list[int]:
    """Twelve counts, January first (months still to come count 0)."""
    month = extract("month", advice_talk.c.date)
    stmt = select(month, func.count()).where(talks_condition(year, today)).group_by(month)
    counts = [0] * 12
    with db.read_connection() as conn:
        for m, n in conn.execute(stmt):
            counts[int(m) - 1] = int(n)
    return counts


def talks_by_theme(db: Database, year: int, today: date | None = None) -> list[tuple[str, int]]:
    """(theme, talks) for each theme with talks in ``year``, most first (a talk with
    several themes counts for each)."""
    n = func.count()
    stmt = (
        select(theme.c.name, n)
        .select_from(theme)
        .join(advice_talk_theme, advice_talk_theme.c.theme_id == theme.c.id)
        .join(advice_talk, advice_talk.c.id == advice_talk_theme.c.advice_talk_id)
        .where(talks_condition(year, today))
        .group_by(theme.c.id, theme.c.name)
        .order_by(n.desc(), theme.c.name)
    )
    with db.read_connection() as conn:
        return [(name, int(count)) for name, count in conn.execute(stmt)]


def talks_by_province(db: Database, year: int, today: date | None = None) -> list[tuple[str, int]]:
    """(province, talks) in ``year``, most first; a government without a province (a
    partnership across provinces, an organisation) as "".

    Counted per government first (on the talks' own index), then summed per province
    over the few hundred governments: joining every talk to its government cost 120 ms
    at 100,000 talks, this 15."""
    per_government = (
        select(advice_talk.c.local_government_id, func.count())
        .where(talks_condition(year, today))
        .group_by(advice_talk.c.local_government_id)
    )
    lg = local_government.c
    with db.read_connection() as conn:
        counts: dict[int, int] = {r[0]: r[1] for r in conn.execute(per_government)}
        provinces = {
            r[0]: r[1]
            for r in conn.execute(select(lg.id, lg.province).where(lg.id.in_(list(counts))))
        }
    totals: dict[str, int] = {}
    for lg_id, n in counts.items():
        province = provinces.get(lg_id) or ""
        totals[province] = totals.get(province, 0) + int(n)
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))
