"""An export made before migration 0011 (tools with a ``planned`` flag and their kind
as free text) imports as that migration upgrades a database: the flag becomes the
status, the text stays as ``kind_detail`` and the kind becomes its code."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Tool
from db.session import Database
from supportdesk.exchange import export_document, import_document


def test_an_old_document_with_planned_tools(src_and_dst: tuple[Database, Database]) -> None:
    src, dst = src_and_dst
    doc = export_document(src)
    old = {
        "Werken met vrijwillige digihelpers": ("inspiratiegids", False),
        "Digitale Inclusie in Vlaanderen": ("publicatie", False),
        "Cyberveiligheid voor digitale starters": ("tool (gepland)", True),
    }
    for row in doc["tables"]["tool"]:
        for key in ("status", "kind_detail", "owner", "link", "position"):
            row.pop(key, None)
        row["kind"], row["planned"] = old.get(row["name"], ("beleidstool", False))
    import_document(dst, doc)
    with dst.read() as s:
        got = {t.name: (t.kind, t.kind_detail, t.status) for t in s.scalars(select(Tool))}
    assert got["Werken met vrijwillige digihelpers"] == ("guide", "inspiratiegids", "available")
    assert got["Digitale Inclusie in Vlaanderen"] == ("publication", "publicatie", "available")
    assert got["Cyberveiligheid voor digitale starters"] == (
        "tool",
        "tool (gepland)",
        "in_development",
    )
