"""Builds outlook_question.msg: a minimal Outlook message (OLE compound file with the MAPI
property streams Outlook writes), made with extract-msg's own OleWriter so that the test
does not depend on a file from an unknown source. Run from this folder to rebuild it."""

from __future__ import annotations

import struct
from datetime import UTC, datetime

from extract_msg.ole_writer import OleWriter

PT_UNICODE = 0x001F
PT_SYSTIME = 0x0040
PT_LONG = 0x0003

STRINGS = {
    0x001A: "IPM.Note",
    0x0037: "Subsidie voor digibanken – vraag",
    0x1000: (
        "Dag team,\r\n\r\nKunnen we subsidie krijgen voor een Digibank in Borsbeek?"
        "\r\n\r\nMet dank,\r\nÉlodie Vermeulen"
    ),
    0x0C1A: "Élodie Vermeulen",
    0x0C1F: "elodie.vermeulen@borsbeek.be",
    0x0C1E: "SMTP",
    0x5D01: "elodie.vermeulen@borsbeek.be",
    0x0E1D: "Subsidie voor digibanken – vraag",
    0x007D: (
        "From: =?utf-8?q?=C3=89lodie_Vermeulen?= <elodie.vermeulen@borsbeek.be>\r\n"
        "To: team@vvsg.be\r\nSubject: Subsidie voor digibanken\r\n"
        "Date: Tue, 20 May 2025 14:05:00 +0000\r\n\r\n"
    ),
}
SENT = datetime(2025, 5, 20, 14, 5, tzinfo=UTC)


def filetime(moment: datetime) -> int:
    return int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


PT_BINARY = 0x0102
HTML = (
    "<html><head><style>p{color:red}</style></head><body><p>Beste,</p>"
    "<p>Wij zoeken een <b>digihelper</b> &amp; een lokaal.</p><script>x()</script>"
    "<p>Groet, Jan</p></body></html>"
)


def build(strings: dict[int, str], out: str, html: str | None = None) -> None:
    w = OleWriter()
    props = bytearray(b"\x00" * 8 + struct.pack("<IIII", 0, 0, 0, 0) + b"\x00" * 8)
    if html is not None:
        data = html.encode("utf-8")
        w.addEntry(f"__substg1.0_1013{PT_BINARY:04X}", data)
        props += struct.pack("<IIII", (0x1013 << 16) | PT_BINARY, 6, len(data), 0)
    for pid, text in strings.items():
        data = text.encode("utf-16-le")
        w.addEntry(f"__substg1.0_{pid:04X}{PT_UNICODE:04X}", data)
        props += struct.pack("<IIII", (pid << 16) | PT_UNICODE, 6, len(data) + 2, 0)
    for pid in (0x0039, 0x0E06):  # client submit time, delivery time
        props += struct.pack("<IIQ", (pid << 16) | PT_SYSTIME, 6, filetime(SENT))
    props += struct.pack("<IIII", (0x0E07 << 16) | PT_LONG, 6, 1, 0)  # message flags: read
    w.addEntry("__properties_version1.0", bytes(props))
    w.addEntry("__nameid_version1.0", storage=True)
    for stream in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        w.addEntry(f"__nameid_version1.0/{stream}", b"")
    w.write(out)


def main() -> None:
    build(STRINGS, "outlook_question.msg")
    html_only = {k: v for k, v in STRINGS.items() if k not in (0x1000, 0x007D)}
    html_only[0x0037] = "Digihelper gezocht"
    build(html_only, "outlook_html_only.msg", HTML)


if __name__ == "__main__":
    main()
