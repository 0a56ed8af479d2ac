"""The follow-up list as a two-level model: the four groups (overdue, today, this week,
later) with their actions beneath.

The model holds rows the core query gave it, never a Session: ``load`` takes the first
rows of every group with the counts (``queries.follow_ups.follow_up_groups``), and
``load_more`` on a group asks ``fetch(group, offset)`` for its next rows as the list
scrolls, so a group of 100,000 actions costs its first page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from supportdesk.queries.follow_ups import GROUPS, FollowUpGroups, FollowUpRow
from ui.follow_up_text import CONTEXT, due_text, group_title, subject_text
from ui.i18n import QT_TRANSLATE_NOOP
from ui.pages.list_page import archived_marker

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[str, int], Sequence[FollowUpRow]]

COL_DUE, COL_DESCRIPTION, COL_SUBJECT, COL_GOVERNMENT, COL_OWNER = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("FollowUps", "Vervaldatum"),
    QT_TRANSLATE_NOOP("FollowUps", "Opvolgactie"),
    QT_TRANSLATE_NOOP("FollowUps", "Hoort bij"),
    QT_TRANSLATE_NOOP("FollowUps", "Lokaal bestuur"),
    QT_TRANSLATE_NOOP("FollowUps", "Eigenaar"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
_TOP = 0  # internal id of a group row; an action row stores its group number + 1


class FollowUpsModel(QAbstractItemModel):
    """Groups at the top level, actions below; a group loads more of its rows on demand."""

    def __init__(self, fetch: Fetch | None = None, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.fetch = fetch
        self.today = date.today()
        self.counts: dict[str, int] = dict.fromkeys(GROUPS, 0)
        self.rows: dict[str, list[FollowUpRow]] = {g: [] for g in GROUPS}
        self._bold = QFont()
        self._bold.setBold(True)
        self._warning: QIcon | None = None

    # -- loading -------------------------------------------------------------------
    def load(self, box: FollowUpGroups) -> None:
        self.beginResetModel()
        self.today = box.today
        self.counts = {g.key: g.count for g in box.groups}
        self.rows = {g.key: list(g.rows) for g in box.groups}
        self.endResetModel()

    def group_index(self, key: str) -> QModelIndex:
        return self.index(GROUPS.index(key), 0)

    def row_at(self, index: Index) -> FollowUpRow | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        rows = self.rows[GROUPS[index.internalId() - 1]]
        return rows[index.row()] if index.row() < len(rows) else None

    def index_of(self, public_id: str) -> QModelIndex:
        for g, key in enumerate(GROUPS):
            for r, row in enumerate(self.rows[key]):
                if row.id == public_id:
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    def total(self) -> int:
        return sum(self.counts.values())

    # -- structure -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if row < len(GROUPS) else QModelIndex()
        if parent.internalId() != _TOP:
            return QModelIndex()
        if row >= len(self.rows[GROUPS[parent.row()]]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self.rows[GROUPS[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return True
        if parent.internalId() == _TOP and parent.column() == 0:
            return self.counts[GROUPS[parent.row()]] > 0
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    # -- paging ------------------------------------------------------------------------
    # Not Qt's canFetchMore/fetchMore: QTreeView calls those on every layout of an
    # expanded group (each expandAll, resize, reset) and would page in a big group bit
    # by bit on its own. The page asks for more when the user scrolls or moves near
    # the end of a group.
    def has_more(self, parent: Index) -> bool:
        if not parent.isValid() or parent.internalId() != _TOP or self.fetch is None:
            return False
        key = GROUPS[parent.row()]
        return len(self.rows[key]) < self.counts[key]

    def load_more(self, parent: Index) -> None:
        """Append the next rows of the group at ``parent``."""
        if not self.has_more(parent):
            return
        assert self.fetch is not None
        key = GROUPS[parent.row()]
        loaded = self.rows[key]
        more = list(self.fetch(key, len(loaded)))
        if not more:
            self.counts[key] = len(loaded)  # fewer than counted: done meanwhile
            return
        group = self.index(parent.row(), 0)
        self.beginInsertRows(group, len(loaded), len(loaded) + len(more) - 1)
        loaded.extend(more)
        self.endInsertRows()

    # -- data --------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._group_data(index, role)
        row = self.row_at(index)
        if row is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(row, col)
            if col == COL_DUE and row.group == "overdue":
                return QCoreApplication.translate("FollowUps", "Achterstallig: %1").replace(
                    "%1", text
                )
            return text
        if role == ID_ROLE:
            return row.id
        if role == GROUP_ROLE:
            return row.group
        overdue = row.group == "overdue" and col == COL_DUE
        if role == Qt.ItemDataRole.DecorationRole and overdue:
            return self._warning_icon()
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            # firebrick, or a light red on a dark scheme; the words say it too
            dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            return QBrush(QColor(255, 138, 128) if dark else QColor(178, 34, 34))
        return None

    def _group_data(self, index: Index, role: int) -> object:
        key = GROUPS[index.row()]
        if index.column() != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{group_title(key)} ({self.counts[key]})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == GROUP_ROLE:
            return key
        if role == Qt.ItemDataRole.DecorationRole and key == "overdue" and self.counts[key]:
            return self._warning_icon()
        return None

    def _text(self, row: FollowUpRow, col: int) -> str:
        if col == COL_DUE:
            return due_text(row, self.today)
        if col == COL_DESCRIPTION:  # an archived one (Toon gearchiveerd) says so in words
            return archived_marker() + row.description if row.archived else row.description
        if col == COL_SUBJECT:
            return subject_text(row.subject)
        if col == COL_GOVERNMENT:
            return row.local_government_name
        if col == COL_OWNER:
            return row.owner_name or QCoreApplication.translate("FollowUps", "(niemand)")
        return ""

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            style = QApplication.style()
            self._warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning
