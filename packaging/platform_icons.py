"""Windows .ico and macOS .icns from the committed PNGs (resources/icons/png/).

Both formats can hold PNG images as they are (ICO since Windows Vista, ICNS types
ic07-ic10), so no image library is needed: packaging/supportdesk.spec calls
``write_ico``/``write_icns`` at build time.
"""

from __future__ import annotations

import struct
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding a PNG of the given pixel size.
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512}


def _png(folder: Path, size: int) -> bytes:
    return (folder / f"supportdesk-{size}.png").read_bytes()


def write_ico(png_folder: Path, target: Path) -> Path:
    images = [(size, _png(png_folder, size)) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    target.write_bytes(header + entries + blobs)
    return target


def write_icns(png_folder: Path, target: Path) -> Path:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(data)) + data
        for kind, data in ((k, _png(png_folder, s)) for k, s in ICNS_TYPES.items())
    )
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return target
