"""The navigation bar's pages, in order: each a :class:`PageEntry` (key, title and the
page's class).

Titles are marked for translation here and translated when shown. A page's module is
imported the first time the page is shown, so start-up stays quick: ``page_class`` is a
typed function that imports and returns the class (no module names as strings).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str  # marked for translation in the "Navigation" context
    page_class: Callable[[], type[Page]]


def _overview() -> type[Page]:
    from ui.pages.overview import OverviewPage

    return OverviewPage


def _local_governments() -> type[Page]:
    from ui.pages.local_governments import LocalGovernmentsPage

    return LocalGovernmentsPage


def _advice_talks() -> type[Page]:
    from ui.pages.advice_talks import AdviceTalksPage

    return AdviceTalksPage


def _trajectories() -> type[Page]:
    from ui.pages.trajectories import TrajectoriesPage

    return TrajectoriesPage


def _focus_groups() -> type[Page]:
    from ui.pages.focus_groups import FocusGroupsPage

    return FocusGroupsPage


def _follow_ups() -> type[Page]:
    from ui.pages.follow_ups import FollowUpsPage

    return FollowUpsPage


def _admin() -> type[Page]:
    from ui.pages.admin.page import AdminPage

    return AdminPage


def _activities() -> type[Page]:
    from ui.pages.activities import ActivitiesPage

    return ActivitiesPage


def _communication() -> type[Page]:
    from ui.pages.communication import CommunicationPage

    return CommunicationPage


PAGES: tuple[PageEntry, ...] = (
    PageEntry("overview", QT_TRANSLATE_NOOP("Navigation", "Overzicht"), _overview),
    PageEntry(
        "local_government",
        QT_TRANSLATE_NOOP("Navigation", "Lokale besturen"),
        _local_governments,
    ),
    PageEntry("advice_talk", QT_TRANSLATE_NOOP("Navigation", "Adviesgesprekken"), _advice_talks),
    PageEntry("trajectory", QT_TRANSLATE_NOOP("Navigation", "Trajecten"), _trajectories),
    PageEntry("focus_group", QT_TRANSLATE_NOOP("Navigation", "Focusgroepen"), _focus_groups),
    PageEntry("follow_up_action", QT_TRANSLATE_NOOP("Navigation", "Opvolgacties"), _follow_ups),
    PageEntry("activity", QT_TRANSLATE_NOOP("Navigation", "Activiteiten"), _activities),
    PageEntry("publication", QT_TRANSLATE_NOOP("Navigation", "Communicatie"), _communication),
    PageEntry("admin", QT_TRANSLATE_NOOP("Navigation", "Beheer"), _admin),
)
