"""Counts in Dutch read as Dutch: "1 resultaat", "3 resultaten" (issue 19.7).

Dutch is the source language; ``tr("%n resultaten", "", n)`` gets its singular from
``resources/translations/supportdesk_nl.ts``, which holds only the plural entries."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from ui.i18n import NL_TS_FILE, install_translation, remove_translation
from ui.widgets.filter_bar import FilterBar


@pytest.fixture
def dutch(qapp):
    translators = install_translation("nl")
    yield
    remove_translation(translators)


def test_one_result_is_singular_and_more_are_plural(qtbot, dutch):
    bar = FilterBar("&Zoeken:")
    qtbot.addWidget(bar)
    bar.set_count(1)
    assert bar.count_label.text() == "1 resultaat"
    bar.set_count(3)
    assert bar.count_label.text() == "3 resultaten"
    bar.set_count(0)
    assert bar.count_label.text() == "0 resultaten"


def test_every_count_has_both_dutch_forms():
    root = ET.parse(NL_TS_FILE).getroot()
    for message in root.iter("message"):
        forms = [f.text or "" for f in message.iter("numerusform")]
        source = message.findtext("source")
        assert len(forms) == 2 and all("%n" in f for f in forms), source
        assert message.find("translation").get("type") is None, source
