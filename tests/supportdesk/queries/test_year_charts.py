from datetime import date

from supportdesk.queries.year_charts import talks_by_month, talks_by_province, talks_by_theme
from tests.supportdesk.queries._data import talk


def test_talks_per_month_theme_and_province_count_what_the_plan_counts(db, history):
    # history: Gent 4/3/2025 (phone, with a theme), Gent 5/11/2024, Aalst 2/1/2025 mail-only
    talk(db, "Brugge", date(2025, 3, 20))
    talk(db, "Gent", date(2025, 12, 1))  # after "today": not counted yet
    today = date(2025, 6, 1)
    months = talks_by_month(db, 2025, today)
    assert months[2] == 2 and sum(months) == 2  # the mail-only answer does not count
    assert talks_by_month(db, 2024, today)[10] == 1
    provinces = talks_by_province(db, 2025, today)
    assert provinces == [("Oost-Vlaanderen", 1), ("West-Vlaanderen", 1)]
    [(theme, n)] = talks_by_theme(db, 2025, today)
    assert n == 1 and theme
