"""The Windows .ico and macOS .icns written from the PNGs (packaging/platform_icons.py)."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from db.paths import resource

SPEC = importlib.util.spec_from_file_location(
    "platform_icons", Path(__file__).resolve().parents[2] / "packaging" / "platform_icons.py"
)
assert SPEC and SPEC.loader
platform_icons = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(platform_icons)
PNG = b"\x89PNG\r\n\x1a\n"


def test_ico_holds_every_size_as_png(tmp_path: Path) -> None:
    ico = platform_icons.write_ico(resource("icons", "png"), tmp_path / "a.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(platform_icons.ICO_SIZES))
    for index, size in enumerate(platform_icons.ICO_SIZES):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * index
        )
        assert width == (0 if size == 256 else size)
        assert ico[offset : offset + 8] == PNG and offset + length <= len(ico)


def test_icns_holds_every_size_as_png(tmp_path: Path) -> None:
    icns = platform_icons.write_icns(resource("icons", "png"), tmp_path / "a.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kind = icns[position : position + 4]
        (length,) = struct.unpack_from(">I", icns, position + 4)
        assert icns[position + 8 : position + 16] == PNG
        kinds.append(kind)
        position += length
    assert position == len(icns) and kinds == list(platform_icons.ICNS_TYPES)
