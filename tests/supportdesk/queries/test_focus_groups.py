"""The focus-group list query: counts, tools, every filter, sort and paging."""

from datetime import date

import pytest

from supportdesk.queries.focus_groups import (
    SORT_KEYS,
    FocusGroupFilter,
    count_focus_groups,
    focus_group_years,
    list_focus_groups,
)
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    change_focus_group_status,
    create_focus_group,
    invite,
    set_attendance,
    set_tool_finding,
)
from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
from supportdesk.services.team import TeamMemberInput, create_team_member, list_tools
from tests.supportdesk.queries._data import government

TODAY = date(2025, 6, 2)


@pytest.fixture
def groups(db):
    ann = create_team_member(db, TeamMemberInput("Ann")).id
    gent, brugge = government(db, "Gent"), government(db, "Brugge")
    tools = list_tools(db)
    held = create_focus_group(
        db,
        FocusGroupInput(
            date(2025, 3, 4),
            "Beleidstool <&> evalueren",
            place="Brussel",
            organiser_ids=(ann,),
            new_tool_needs="Een tool over cyberveiligheid",
        ),
        status="held",
    )
    contact = create_contact(db, ContactInput(gent, "Peeters", "An")).id
    view = invite(db, held.id, gent, contact)
    invite(db, held.id, gent)
    view = invite(db, held.id, brugge)
    for p in view.participants:
        if p.contact_person is not None:
            set_attendance(db, p.id, "present")
    set_tool_finding(db, held.id, tools[0].id, "Handig")
    create_follow_up(
        db, FollowUpInput("Verslag", due_date=date(2025, 3, 20)), focus_group_id=held.id
    )
    planned = create_focus_group(db, FocusGroupInput(date(2025, 9, 1), "Nieuwe tools", online=True))
    old = create_focus_group(db, FocusGroupInput(date(2024, 5, 1), "Digihelpers"), status="held")
    return {"held": held.id, "planned": planned.id, "old": old.id, "ann": ann, "gent": gent,
            "tool": tools[0].id, "tool_name": tools[0].name}  # fmt: skip


def ids(db, **kw):
    return {r.id for r in list_focus_groups(db, FocusGroupFilter(today=TODAY, **kw))}


def test_rows(db, groups):
    rows = list_focus_groups(db)
    assert [r.id for r in rows] == [groups["planned"], groups["held"], groups["old"]]
    held = rows[1]
    assert held.topic == "Beleidstool <&> evalueren" and held.place == "Brussel"
    assert held.governments == 2 and held.present == 1
    assert held.open_actions == 1 and held.next_action == "Verslag"
    assert held.next_due == date(2025, 3, 20)
    assert held.tools == (groups["tool_name"],) and held.organisers == ("Ann",)
    assert rows[0].online and rows[0].governments == 0


def test_filters(db, groups):
    assert ids(db, year=2025) == {groups["held"], groups["planned"]}
    assert ids(db, when="upcoming") == {groups["planned"]}
    assert ids(db, when="held") == {groups["held"], groups["old"]}
    assert ids(db, when="cancelled") == set()
    assert ids(db, when="attention") == set()
    assert ids(db, organiser_id=groups["ann"]) == {groups["held"]}
    assert ids(db, local_government_id=groups["gent"]) == {groups["held"]}
    assert ids(db, tool_id=groups["tool"]) == {groups["held"]}
    assert ids(db, text="<&>") == {groups["held"]}
    assert ids(db, text="cyberveiligheid") == {groups["held"]}
    assert count_focus_groups(db, FocusGroupFilter(year=2024)) == 1
    with pytest.raises(ValueError):
        list_focus_groups(db, FocusGroupFilter(when="nope"))


@pytest.mark.parametrize("key", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_key_and_paging(db, groups, key, descending):
    both = list_focus_groups(db, sort=key, descending=descending)
    first = list_focus_groups(db, sort=key, descending=descending, limit=2)
    second = list_focus_groups(db, sort=key, descending=descending, offset=2, limit=2)
    assert [r.id for r in first + second] == [r.id for r in both]
    assert len(both) == 3


def test_years(db, groups):
    assert focus_group_years(db)[-1] == 2024
    with pytest.raises(ValueError):
        list_focus_groups(db, sort="nope")


def test_a_page_counts_all_matching_rows_in_the_same_read(db, groups):
    from supportdesk.queries.focus_groups import focus_groups_page

    rows, total = focus_groups_page(db, FocusGroupFilter(year=2025), limit=1)
    assert len(rows) == 1 and total == 2
    assert focus_groups_page(db, FocusGroupFilter(text="nergens"))[1] == 0


@pytest.mark.parametrize("text", ["", "e"])
def test_the_count_beside_every_page_with_and_without_a_text_filter(db, groups, text):
    """Without a text the ids and the count are read apart, with one in a window: both
    tell the same totals; a page past the end tells nothing, an empty list 0."""
    from supportdesk.queries.focus_groups import focus_groups_page

    for f in (FocusGroupFilter(text=text), FocusGroupFilter(text=text, year=2025)):
        everything = list_focus_groups(db, f, limit=None)
        for offset in range(len(everything)):
            rows, total = focus_groups_page(db, f, offset=offset, limit=1)
            assert [r.id for r in rows] == [everything[offset].id]
            assert total == len(everything)
        assert focus_groups_page(db, f, offset=len(everything), limit=1) == ([], None)
    assert focus_groups_page(db, FocusGroupFilter(text=text, year=1999)) == ([], 0)


def test_status_filters_and_what_needs_attention(db, groups):
    """Planned with a passed date: "te bevestigen"; cancelled stays listed (not archived)."""
    forgotten = create_focus_group(db, FocusGroupInput(date(2025, 5, 1), "Vergeten"))
    off = create_focus_group(db, FocusGroupInput(date(2025, 10, 1), "Afgelast"))
    change_focus_group_status(db, off.id, "cancelled", date(2025, 5, 30))
    assert ids(db, when="attention") == {forgotten.id}
    assert ids(db, when="cancelled") == {off.id}
    assert ids(db, when="upcoming") == {groups["planned"]}
    rows = {r.id: r for r in list_focus_groups(db, FocusGroupFilter(today=TODAY))}
    assert off.id in rows and rows[off.id].status == "cancelled"
    assert rows[forgotten.id].needs_attention and rows[forgotten.id].status == "planned"
    assert not rows[groups["planned"]].needs_attention
    assert rows[groups["held"]].status == "held" and not rows[groups["held"]].needs_attention
