"""The navigation bar's pages, in order: (key, title, module, class name).

Titles are marked for translation here and translated when shown. Pages are imported
and created lazily, the first time they are shown, so start-up stays quick.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

PAGES: list[tuple[str, str, str, str]] = [
    ("overview", QT_TRANSLATE_NOOP("Navigation", "Overzicht"), "ui.pages.overview", "OverviewPage"),
    (
        "local_government",
        QT_TRANSLATE_NOOP("Navigation", "Lokale besturen"),
        "ui.pages.local_governments",
        "LocalGovernmentsPage",
    ),
    (
        "advice_talk",
        QT_TRANSLATE_NOOP("Navigation", "Adviesgesprekken"),
        "ui.pages.advice_talks",
        "AdviceTalksPage",
    ),
    (
        "trajectory",
        QT_TRANSLATE_NOOP("Navigation", "Trajecten"),
        "ui.pages.trajectories",
        "TrajectoriesPage",
    ),
    (
        "focus_group",
        QT_TRANSLATE_NOOP("Navigation", "Focusgroepen"),
        "ui.pages.focus_groups",
        "FocusGroupsPage",
    ),
    (
        "follow_up_action",
        QT_TRANSLATE_NOOP("Navigation", "Opvolgacties"),
        "ui.pages.follow_ups",
        "FollowUpsPage",
    ),
]
