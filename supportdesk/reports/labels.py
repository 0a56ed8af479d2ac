"""Dutch labels for the stored codes, and dates the Belgian way (dd/mm/yyyy).

The database keeps short English codes (``db.models.enums``); what a reader of a PDF
sees is the team's own Dutch word. An unknown code prints as itself rather than
vanishing, so a value added later never makes a report fail.
"""

from __future__ import annotations

from datetime import date, datetime

STARTING_POSITIONS = {"starting": "startend", "growing": "groeiend", "experienced": "ervaren"}
CHANNELS = {
    "email": "e-mail",
    "phone": "telefoon",
    "online": "online overleg",
    "on_site": "ter plaatse",
}
CONTACT_FORMS = {
    "on_site": "ter plaatse",
    "online": "online",
    "phone": "telefoon",
    "email": "e-mail",
}
TRAJECTORY_STATUSES = {
    "request": "aanvraag",
    "intake": "intake",
    "running": "lopend",
    "finished": "afgerond",
    "stopped": "stopgezet",
}
FOCUS_GROUP_STATUSES = {"planned": "gepland", "held": "gehouden", "cancelled": "geannuleerd"}
ATTENDANCE = {
    "invited": "uitgenodigd",
    "present": "aanwezig",
    "absent": "afwezig",
    "excused": "verontschuldigd",
}
LG_KINDS = {
    "municipality": "gemeente",
    "partnership": "samenwerkingsverband",
    "organisation": "organisatie",
}
INDICATORS = {
    "advice_talks": "Adviesgesprekken met lokale besturen",
    "trajectories": "Ondersteuningstrajecten op maat",
    "focus_groups": "Focusgroepen met lokale besturen over de tools",
}
INDICATOR_PLAN_ITEMS = {
    "advice_talks": "OD 3.2",
    "trajectories": "OD 3.3",
    "focus_groups": "OD 3.1",
}
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def label(table: dict[str, str], code: str | None, empty: str = "—") -> str:
    """The Dutch word for ``code``; the code itself when unknown; ``empty`` for none."""
    if not code:
        return empty
    return table.get(code, code)


def fmt_date(value: date | datetime | None, empty: str = "—") -> str:
    """dd/mm/yyyy, as Belgian readers expect."""
    if value is None:
        return empty
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def fmt_datetime(value: datetime) -> str:
    return f"{fmt_date(value)} {value.hour:02d}:{value.minute:02d}"


def fmt_long_date(value: date) -> str:
    """27 november 2026: for title pages."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def yes_no(value: bool) -> str:
    return "ja" if value else "nee"


def fmt_score(value: float | None) -> str:
    """A mean score with a decimal comma: 4,3."""
    if value is None:
        return "—"
    return f"{value:.1f}".replace(".", ",")
