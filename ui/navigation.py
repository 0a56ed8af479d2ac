"""The navigation bar: each page with its icon, its shortcut in the tooltip, and a live
count where it helps.

- Opvolgacties: my open actions, with a red badge saying how many are overdue;
- Trajecten: trajectories (that I coach) needing attention;
- Focusgroepen: focus groups still to be confirmed as held.

Counts are read after every change (``ctx.changed``), a moment later so a burst of saves
reads them once, and when "who am I" changes. A screen reader hears an entry as one
sentence with its counts ("Opvolgacties, 8 open, waarvan 3 te laat"); the badge is never
the only sign: the tooltip says it in words too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from supportdesk.errors import DomainError
from ui.background_read import BackgroundRead
from ui.context import AppContext
from ui.pages.registry import PageEntry
from ui.style.chips import Tone, paint_chip
from ui.style.icons import kind_icon

if TYPE_CHECKING:
    from supportdesk.queries.navigation import NavigationCounts

#: the icon of each page (the set's names); pages not named here get none
PAGE_ICONS = {
    "overview": "overview",
    "local_government": "local_government",
    "advice_talk": "advice_talk",
    "trajectory": "trajectory",
    "focus_group": "focus_group",
    "follow_up_action": "follow_up_action",
    "activity": "activity",
    "publication": "publication",
    "admin": "admin",
}

BADGE_ROLE = Qt.ItemDataRole.UserRole + 10  # (text, tone) of the count badge, or None
KEY_ROLE = Qt.ItemDataRole.UserRole + 11

_Index = QModelIndex | QPersistentModelIndex


class _BadgeDelegate(QStyledItemDelegate):
    """The standard item, with its count as a chip at the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        badge = index.data(BADGE_ROLE)
        if not badge:
            super().paint(painter, option, index)
            return
        text, tone = badge
        width = QFontMetrics(option.font).horizontalAdvance(text) + 14
        rect: QRect = option.rect
        opt = QStyleOptionViewItem(option)
        opt.rect = rect.adjusted(0, 0, -width - 6, 0)
        super().paint(painter, opt, index)
        paint_chip(
            painter, QRect(rect.right() - width - 4, rect.top(), width, rect.height()), text, tone
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        badge = index.data(BADGE_ROLE)
        if badge:
            size.setWidth(size.width() + QFontMetrics(option.font).horizontalAdvance(badge[0]) + 20)
        return size.expandedTo(QSize(0, QFontMetrics(option.font).height() + 12))


class NavigationBar(QListWidget):
    """The pages, with icons and counts; ``setCurrentRow`` shows a page."""

    def __init__(
        self,
        ctx: AppContext,
        pages: Sequence[PageEntry],
        parent: QWidget | None = None,
        *,
        count_now: bool = True,
    ):
        """``count_now`` False: the counts are read at the first ``refresh_counts``
        (the main window's start calls it once the window has been painted)."""
        super().__init__(parent)
        self.ctx = ctx
        self.pages = list(pages)
        self.counts: NavigationCounts | None = None
        self.setAccessibleName(self.tr("Navigatie"))
        self.setIconSize(QSize(20, 20))
        self.setItemDelegate(_BadgeDelegate(self))
        self.setMaximumWidth(260)
        for number, entry in enumerate(self.pages, start=1):
            item = QListWidgetItem(QCoreApplication.translate("Navigation", entry.title))
            item.setData(KEY_ROLE, entry.key)
            icon = PAGE_ICONS.get(entry.key)
            if icon:
                item.setIcon(kind_icon(icon, 20))
            self.addItem(item)
            self._describe(item, number)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.count_in_background)
        #: the counts read in a worker thread (``count_in_background``); a database that
        #: fails leaves no counts (the status bar says what is wrong)
        self.counts_read: BackgroundRead[NavigationCounts] = BackgroundRead("counts", self)
        self.counts_read.failed.connect(lambda _error: self._show_counts(None))
        ctx.changed.connect(lambda _kind: self._timer.start())
        if count_now:
            self.refresh_counts()
        else:
            self._fit_width()

    def _fit_width(self) -> None:
        # Never narrower than its longest entry with its badge: a wide page must not
        # squeeze it.
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 16)

    def sizeHint(self) -> QSize:
        # As wide as its entries, not a list's default 256 px: on a 1024 px screen the
        # page gets the room (issue 13.6).
        return QSize(self.minimumWidth(), super().sizeHint().height())

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item is not None and item.data(KEY_ROLE) == key:
                return item
        return None

    # -- counts --------------------------------------------------------------------
    def refresh_counts(self) -> None:
        """Read the counts now (a database that fails: no counts, the status bar says
        what is wrong)."""
        from supportdesk.queries.navigation import navigation_counts

        try:
            counts = navigation_counts(self.ctx.db, self.ctx.current_member_id())
        except DomainError:
            counts = None
        self.counts_read.cancel()  # what a read under way finds is older
        self._show_counts(counts)

    def count_in_background(self) -> None:
        """Read the counts in a worker thread (~35 ms at 100,000 talks), shown when they
        arrive (``when_read``); a newer read supersedes one under way."""
        # Imported here: the start paints the bar before any count is read, and the
        # count queries (focus groups, trajectories, follow-ups) are not needed for that.
        from supportdesk.queries.navigation import navigation_counts

        db, member = self.ctx.db, self.ctx.current_member_id()
        self.counts_read.start(lambda: navigation_counts(db, member), self._show_counts)

    def when_read(self, then: Callable[[], object]) -> None:
        """``then()`` once the counts under way (if any) are shown, or failed."""
        self.counts_read.when_read(then)

    def finish_reading(self) -> None:
        """Wait for the counts under way and show them now."""
        self.counts_read.finish()

    def _show_counts(self, counts: NavigationCounts | None) -> None:
        self.counts = counts
        for row in range(self.count()):
            item = self.item(row)
            if item is not None:
                item.setData(BADGE_ROLE, self._badge(str(item.data(KEY_ROLE)), counts))
                self._describe(item, row + 1)
        self._fit_width()
        self.viewport().update()

    def _badge(self, key: str, counts: NavigationCounts | None) -> tuple[str, Tone] | None:
        if counts is None:
            return None
        if key == "follow_up_action" and counts.open_actions:
            if counts.overdue_actions:
                return (str(counts.overdue_actions), Tone.BAD)
            return (str(counts.open_actions), Tone.INFO)
        if key == "trajectory" and counts.trajectories_attention:
            return (str(counts.trajectories_attention), Tone.WARN)
        if key == "focus_group" and counts.focus_groups_attention:
            return (str(counts.focus_groups_attention), Tone.WARN)
        return None

    def _words(self, key: str) -> str:
        """The counts of an entry in words, "" when there is nothing to say."""
        counts = self.counts
        if counts is None:
            return ""
        if key == "follow_up_action" and counts.open_actions:
            text = self.tr("%n open", "", counts.open_actions)
            if counts.overdue_actions:
                text += ", " + self.tr("waarvan %n te laat", "", counts.overdue_actions)
            return text
        if key == "trajectory" and counts.trajectories_attention:
            return self.tr("%n vragen aandacht", "", counts.trajectories_attention)
        if key == "focus_group" and counts.focus_groups_attention:
            return self.tr("%n te bevestigen", "", counts.focus_groups_attention)
        return ""

    def _describe(self, item: QListWidgetItem, number: int) -> None:
        key = str(item.data(KEY_ROLE))
        title = item.text()
        words = self._words(key)
        shortcut = f"Ctrl+{number}" if number <= 9 else ""
        tip = f"{title} ({shortcut})" if shortcut else title
        if words:
            tip += "\n" + words
        item.setToolTip(tip)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {words}" if words else title)
