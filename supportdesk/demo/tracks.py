"""Demo trajectories (with contact moments, actions, feedback) and focus groups."""

from __future__ import annotations

from datetime import date, timedelta

from supportdesk.demo.builder import Workbench
from supportdesk.demo.people import Municipality, Person
from supportdesk.demo.phrases import FOCUS_GROUP, TRAJECTORY
from supportdesk.demo.talks import Catalog, follow_up

# One trajectory of each kind per scale unit: the plan's target is three a year.
STATUSES = ("finished", "running", "running", "intake", "request", "stopped")
FORMS = ("on_site", "on_site", "online", "online", "phone", "email")


def _dates(wb: Workbench, status: str, early: bool) -> dict[str, date | None]:
    """Plausible dates for a trajectory in ``status``, relative to today; an ``early``
    running one started last year (so last year counts three, as the plan asks)."""
    t, year = wb.today, wb.today.year
    d: dict[str, date | None] = dict.fromkeys(
        ("requested_on", "intake_on", "start_date", "planned_end_date", "end_date")
    )
    if status in ("finished", "stopped"):
        req = wb.day_between(date(year - 1, 1, 10), date(year - 1, 3, 31))
    elif status == "running" and early:
        req = wb.day_between(date(year - 1, 6, 2), date(year - 1, 10, 15))
    elif status == "running":
        req = wb.day_between(t - timedelta(days=200), t - timedelta(days=120))
    elif status == "intake":
        req = wb.day_between(t - timedelta(days=90), t - timedelta(days=40))
    else:
        req = wb.day_between(t - timedelta(days=30), t - timedelta(days=3))
    d["requested_on"] = req
    if status == "request":
        return d
    intake = wb.clamp(req + timedelta(days=wb.between(10, 30)))
    d["intake_on"] = intake
    if status == "intake":
        return d
    start = wb.clamp(intake + timedelta(days=wb.between(10, 25)))
    d["start_date"] = start
    planned_end = start + timedelta(days=wb.between(240, 330))
    d["planned_end_date"] = planned_end
    if status == "finished":
        d["end_date"] = wb.clamp(planned_end + timedelta(days=wb.between(-20, 20)))
    elif status == "stopped":
        d["end_date"] = wb.clamp(start + timedelta(days=wb.between(90, 150)))
    return d


def make_trajectories(
    wb: Workbench, n: int, munis: list[Municipality], team: list[Person], catalog: Catalog
) -> None:
    """``n`` trajectories cycling through the statuses, each with one municipality."""
    active = team[:6]
    themes = list(catalog.themes.values())
    for k in range(n):
        status = STATUSES[k % len(STATUSES)]
        lg = wb.pick([m for m in munis if m.contacts] or munis)
        d = _dates(wb, status, early=k % len(STATUSES) == 1)
        requested = d["requested_on"]
        assert requested is not None
        coach = wb.pick(active)
        coaches = {coach.id: coach}
        if wb.chance(0.4):
            other = wb.pick(active)
            coaches[other.id] = other
        origin = [t for t in lg.talk_ids[-20:]]
        mediawijs = wb.chance(0.5)
        row = wb.record(
            "trajectory",
            requested,
            coach.name,
            local_government_id=lg.id,
            title=f"{wb.pick(TRAJECTORY['titles'])} in {lg.name}",
            status=status,
            starting_position=lg.position,
            needs=wb.pick(TRAJECTORY["needs"]),
            goals="" if status == "request" else wb.pick(TRAJECTORY["goals"]),
            approach="" if status == "request" else wb.pick(TRAJECTORY["approach"]),
            partner_involvement=wb.pick(TRAJECTORY["partners"]) if mediawijs else "",
            mediawijs_involved=mediawijs,
            feedback_expected=True,
            origin_advice_talk_id=wb.pick(origin) if origin and wb.chance(0.6) else None,
            notes=wb.pick(TRAJECTORY["stopped"]) if status == "stopped" else "",
            archived=False,
            **d,
        )
        tid = row["id"]
        for member in coaches.values():
            wb.link("trajectory_coach", trajectory_id=tid, team_member_id=member.id)
        people = lg.contacts[: wb.between(1, 2)]
        for c in people:
            wb.link("trajectory_contact", trajectory_id=tid, contact_person_id=c)
        for theme in sorted(set(wb.rng.sample(themes, min(len(themes), wb.between(1, 3))))):
            wb.link("trajectory_theme", trajectory_id=tid, theme_id=theme)
        _moments(wb, tid, status, d, people, list(coaches.values()))
        _actions(wb, tid, lg.id, status, d, coach)
        if status == "finished" and people:
            end = d["end_date"]
            assert end is not None
            given = wb.clamp(end + timedelta(days=wb.between(5, 20)))
            wb.record(
                "feedback",
                given,
                coach.name,
                score=wb.pick((4, 5, 5)),
                text=wb.pick(TRAJECTORY["feedback"]),
                given_on=given,
                local_government_id=lg.id,
                contact_person_id=people[0],
                advice_talk_id=None,
                trajectory_id=tid,
                focus_group_id=None,
            )


def _moments(
    wb: Workbench,
    tid: int,
    status: str,
    d: dict[str, date | None],
    people: list[int],
    coaches: list[Person],
) -> None:
    days: list[date] = []
    if d["intake_on"] is not None:
        days.append(d["intake_on"])
    start, end = d["start_date"], d["end_date"] or wb.today
    if start is not None:
        count = {"finished": 6, "running": 4, "stopped": 2}.get(status, 0) + wb.between(0, 2)
        days += sorted(wb.day_between(start, end) for _ in range(count))
    moments = TRAJECTORY["moments"]
    for i, day in enumerate(days):
        note = moments[0] if i == 0 else moments[1 + (i - 1) % (len(moments) - 1)]
        row = wb.record(
            "contact_moment",
            day,
            coaches[0].name,
            trajectory_id=tid,
            date=day,
            form="on_site" if i == 0 else wb.pick(FORMS),
            notes=note,
        )
        for c in people:
            wb.link("contact_moment_contact", contact_moment_id=row["id"], contact_person_id=c)
        for m in coaches:
            wb.link("contact_moment_member", contact_moment_id=row["id"], team_member_id=m.id)


def _actions(
    wb: Workbench, tid: int, lg: int, status: str, d: dict[str, date | None], coach: Person
) -> None:
    texts = TRAJECTORY["follow_ups"]
    if status == "request":
        requested = d["requested_on"]
        assert requested is not None
        follow_up(
            wb,
            requested,
            coach,
            "Intakegesprek plannen",
            lg=lg,
            trajectory=tid,
            due_in=(7, 21),
            overdue_share=0.6,
        )
        return
    base = d["start_date"] or d["intake_on"]
    assert base is not None
    end = d["end_date"] or wb.today
    count = {"finished": 4, "running": 5, "intake": 2, "stopped": 2}[status]
    for i in range(count):
        start = wb.day_between(base, end)
        follow_up(
            wb,
            start,
            coach,
            texts[i % len(texts)],
            lg=lg,
            trajectory=tid,
            due_in=(7, 35),
            overdue_share=0.0 if status in ("finished", "stopped") else 0.4,
        )


def make_focus_groups(
    wb: Workbench, n: int, munis: list[Municipality], team: list[Person], catalog: Catalog
) -> None:
    """``n`` focus groups, alternating last year's (on site) and this year's (online), all
    held; with four or more, the last one is still planned, a few weeks ahead (everyone
    invited, nothing found yet)."""
    active = team[:6]
    tools = list(catalog.tools.items())
    with_contacts = [m for m in munis if m.contacts] or munis
    for k in range(n):
        this_year = k % 2 == 1
        upcoming = this_year and n >= 4 and k == n - 1
        if upcoming:
            day = wb.day_between(wb.today + timedelta(days=14), wb.today + timedelta(days=40))
        elif this_year:
            day = wb.day_between(wb.today - timedelta(days=70), wb.today - timedelta(days=30))
        else:
            day = wb.day_between(date(wb.today.year - 1, 5, 12), date(wb.today.year - 1, 6, 20))
        organiser = wb.pick(active)
        row = wb.record(
            "focus_group",
            day - timedelta(days=30),
            organiser.name,
            date=day,
            topic=FOCUS_GROUP["topics"][k % 2],
            place="" if this_year else wb.pick(FOCUS_GROUP["places"][:2]),
            online=this_year,
            new_tool_needs=" ".join(wb.rng.sample(FOCUS_GROUP["needs"], 2)),
            notes="" if upcoming else "Opnames niet gemaakt; verslag door de organisator.",
            archived=False,
            status="planned" if upcoming else "held",
            planned_on=day - timedelta(days=30),
            cancelled_on=None,
        )
        fid = row["id"]
        wb.link("focus_group_member", focus_group_id=fid, team_member_id=organiser.id)
        chosen = wb.rng.sample(with_contacts, min(len(with_contacts), wb.between(7, 9)))
        attendance = ["present"] * len(chosen)
        attendance[-1], attendance[-2] = "absent", "excused"
        if this_year:
            attendance[-3] = "invited"  # never answered the invitation
        if upcoming:
            attendance = ["invited"] * len(chosen)
        for m, status in zip(chosen, attendance, strict=True):
            wb.record(
                "focus_group_participant",
                day - timedelta(days=25),
                organiser.name,
                focus_group_id=fid,
                local_government_id=m.id,
                contact_person_id=m.contacts[0] if m.contacts else None,
                attendance=status,
            )
        if upcoming:
            continue
        for tool_name, tool_id in wb.rng.sample(tools, min(len(tools), 3 if this_year else 4)):
            wb.record(
                "tool_finding",
                day,
                organiser.name,
                focus_group_id=fid,
                tool_id=tool_id,
                findings=f"{tool_name}: {wb.pick(FOCUS_GROUP['findings'])}",
            )
        for text in FOCUS_GROUP["follow_ups"]:
            follow_up(
                wb,
                day,
                organiser,
                text,
                lg=None,
                focus_group=fid,
                due_in=(7, 60),
                overdue_share=0.5,
            )
        present = [m for m, s in zip(chosen, attendance, strict=True) if s == "present"]
        for m in present[:3]:
            given = wb.clamp(day + timedelta(days=wb.between(1, 10)))
            wb.record(
                "feedback",
                given,
                organiser.name,
                score=wb.pick((3, 4, 4, 5)),
                text=wb.pick(FOCUS_GROUP["feedback"]),
                given_on=given,
                local_government_id=m.id,
                contact_person_id=m.contacts[0] if m.contacts else None,
                advice_talk_id=None,
                trajectory_id=None,
                focus_group_id=fid,
            )
