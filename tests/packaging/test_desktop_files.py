"""The Linux desktop entry and AppStream file agree with the app (id, icon, version)."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET

from db.paths import resource
from supportdesk import __version__
from ui.app_icon import DESKTOP_ID, PNG_SIZES


def test_desktop_entry_starts_supportdesk_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(resource("desktop", f"{DESKTOP_ID}.desktop"), encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "supportdesk"  # install.sh puts the full path here
    assert section["Icon"] == DESKTOP_ID
    assert section["Terminal"] == "false"
    assert section["StartupWMClass"] == "SupportDesk"
    assert section["Categories"].endswith(";")


def test_appstream_names_the_desktop_entry_and_this_version() -> None:
    root = ET.parse(resource("desktop", f"{DESKTOP_ID}.metainfo.xml")).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert root.findtext("project_license") == "MIT"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version"


def test_every_icon_size_is_there_and_square() -> None:
    from PySide6.QtGui import QImage

    for size in PNG_SIZES:
        image = QImage(str(resource("icons", "png", f"supportdesk-{size}.png")))
        assert (image.width(), image.height()) == (size, size)
