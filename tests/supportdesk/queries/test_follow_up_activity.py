"""An action of an activity says so: the follow-up list (Opvolgacties, the Overzicht's
overdue list), its export and the calendar name the activity (topic and date) and open
it, with the government the action concerns when it names one."""

from __future__ import annotations

from datetime import date

from db.session import Database
from supportdesk.queries.follow_ups import follow_up_groups, follow_up_rows
from supportdesk.services.activities import ActivityInput, create_activity, list_activity_kinds
from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
from supportdesk.tables.follow_ups import subject_text
from tests.supportdesk.queries._data import government

WED = date(2025, 3, 12)
TOPIC = "Webinar Łódź & <AI> 🙂"


def _activity(db: Database) -> str:
    kind = list_activity_kinds(db)[0].id
    return create_activity(db, ActivityInput(kind, date(2025, 2, 20), TOPIC), status="held").id


def test_an_action_of_an_activity_names_the_activity(db: Database) -> None:
    activity = _activity(db)
    gent = government(db, "Gent")
    create_follow_up(
        db, FollowUpInput("met bestuur", WED, government_id=gent), activity_id=activity
    )
    create_follow_up(
        db, FollowUpInput("zonder bestuur", WED - date.resolution), activity_id=activity
    )

    rows = {r.description: r for r in follow_up_groups(db, today=WED).group("today").rows}
    overdue = follow_up_rows(db, "overdue", 0, WED)  # the Overzicht's list
    rows.update({r.description: r for r in overdue})
    for description, lg_name in (("met bestuur", "Gent"), ("zonder bestuur", "")):
        row = rows[description]
        assert (row.subject.kind, row.subject.id) == ("activity", activity)
        assert (row.subject.title, row.subject.day) == (TOPIC, date(2025, 2, 20))
        assert row.local_government_name == lg_name
        assert subject_text(row.subject) == f"Activiteit: {TOPIC}, 20/02/2025"
