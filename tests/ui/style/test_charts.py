"""Charts are pictures and text: the numbers in the accessible description and tooltip,
"Kopiëren als tabel" (Ctrl+C) puts a tab-separated table on the clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from ui.style.charts import BarChart, MonthChart


@pytest.fixture
def dutch_locale():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    yield
    QLocale.setDefault(before)


def test_a_month_chart_reads_its_numbers_and_copies_them(qtbot, dutch_locale):
    chart = MonthChart("Adviesgesprekken per maand")
    qtbot.addWidget(chart)
    chart.set_values(2025, [3, 0, 5] + [0] * 9, [2, 1, 0] + [0] * 9)
    chart.resize(300, 80)
    chart.show()
    said = chart.accessibleDescription()
    assert said.startswith("januari 3, vorig jaar 2; februari 0, vorig jaar 1; maart 5")
    assert chart.toolTip().splitlines()[0] == "januari 3, vorig jaar 2"
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0] == "Maand\t2025\t2024"
    assert lines[1] == "januari\t3\t2" and len(lines) == 13
    assert not chart.grab().isNull()
    assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_bar_chart_keeps_names_as_typed(qtbot):
    chart = BarChart("Adviesgesprekken per thema", "Adviesgesprekken")
    qtbot.addWidget(chart)
    chart.set_items([("Łódź <&> 😀", 7), ("", 2)])
    assert chart.accessibleDescription() == "Łódź <&> 😀 7;  2"
    assert chart.table() == "Adviesgesprekken per thema\tAdviesgesprekken\nŁódź <&> 😀\t7\n\t2\n"
    assert [a.text() for a in chart.actions()] == ["&Kopiëren als tabel"]
    empty = BarChart("Leeg", "Aantal")
    qtbot.addWidget(empty)
    empty.set_items([])
    assert empty.accessibleDescription() == "geen gegevens"


def test_a_sparkline_says_its_months(qtbot, dutch_locale):
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    from ui.style.charts import SPARK_ROLE, SparklineDelegate, sparkline_text

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setColumnCount(1)
    tree.setItemDelegateForColumn(0, SparklineDelegate(tree))
    item = QTreeWidgetItem([""])
    item.setData(0, SPARK_ROLE, [1, 0, 3] + [0] * 9)
    tree.addTopLevelItem(item)
    tree.show()
    assert not tree.grab().isNull()
    assert sparkline_text([1, 0, 3]).startswith("januari 1; februari 0; maart 3")
