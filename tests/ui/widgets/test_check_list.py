"""The tick list: a chosen item that is no longer offered stays, ticked, so saving
keeps it (an archived theme on an old talk, an inactive team member)."""

from __future__ import annotations

from ui.widgets.check_list import CheckList


def test_offer_keeps_a_chosen_item_no_longer_offered(qtbot):
    widget = CheckList()
    qtbot.addWidget(widget)
    offered = [("a", "Ann"), ("b", "Łukasz <&>")]
    widget.offer(offered, [("b", "Łukasz <&>"), ("z", "Özdemir (weg)")])
    assert widget.ids() == ["a", "b", "z"]
    assert widget.checked_ids() == ["b", "z"]
    assert [widget.item(i).text() for i in range(widget.count())] == [
        "Ann",
        "Łukasz <&>",
        "Özdemir (weg)",
    ]
    widget.offer(offered, [])
    assert widget.ids() == ["a", "b"] and widget.checked_ids() == []
