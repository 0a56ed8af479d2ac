"""A row of buttons flows onto a second line when its pane is narrow, never clipped."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from ui.widgets.flow_layout import FlowLayout


def test_buttons_flow_onto_the_next_line_when_narrow(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    buttons = [QPushButton(text) for text in ("Nieuw adviesgesprek…", "Geschiedenis…", "PDF…")]
    for b in buttons:
        flow.addWidget(b)
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest
    one_line = flow.heightForWidth(sum(b.sizeHint().width() for b in buttons) + 20)
    narrow = flow.heightForWidth(widest)
    assert narrow > one_line  # three lines instead of one
    holder.resize(widest, narrow)
    holder.show()
    for b in buttons:
        assert b.geometry().right() <= holder.width() and b.width() == b.sizeHint().width()
