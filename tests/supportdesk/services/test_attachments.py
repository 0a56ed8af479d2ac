"""Attachments: stored with their record, bytes exactly back, 25 MB limit, change log
without contents, private copies, export/import round trip, and every owner kind."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from supportdesk.errors import ValidationError
from supportdesk.exchange import export_json, import_document, parse_document
from supportdesk.safety.audit import record_history
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.attachments import (
    MAX_SIZE,
    OWNER_KINDS,
    AttachmentTooLarge,
    NewFile,
    add_attachments,
    attachment_content,
    clean_file_name,
    format_size,
    list_attachments,
    private_copy,
    read_file,
    remove_attachment,
)
from supportdesk.services.contact_moments import ContactMomentInput, add_contact_moment
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group
from supportdesk.services.trajectories import start_trajectory_from_advice_talk
from tests.supportdesk.services.helpers import ANTWERPEN, dump, lg_id

BLOB = bytes(range(256)) * 40 + b"\x00\xff"


def _talk(db, **kw):
    data = AdviceTalkInput(date(2025, 3, 1), lg_id(db, ANTWERPEN), "email", "Vraag <&>")
    return create_advice_talk(db, data, **kw)


def test_files_round_trip_and_removal_is_logged_without_contents(db):
    talk = _talk(db)
    [a, b] = add_attachments(
        db,
        "advice_talk",
        talk.id,
        [NewFile("Łukasz <plan>.pdf", BLOB), NewFile("../../etc/passwd", b"x")],
    )
    assert a.file_name == "Łukasz <plan>.pdf" and a.size == len(BLOB)
    assert b.file_name == "passwd"  # only the name, never a folder
    assert attachment_content(db, a.id) == BLOB
    assert [v.id for v in list_attachments(db, "advice_talk", talk.id)] == [a.id, b.id]
    remove_attachment(db, a.id)
    assert [v.id for v in list_attachments(db, "advice_talk", talk.id)] == [b.id]
    history = record_history(db, a.id)
    assert [e.action for e in history] == ["create", "delete"]
    text = json.dumps(
        [[c.field, c.old, c.new] for e in history for c in e.changes], ensure_ascii=False
    )
    assert "Łukasz <plan>.pdf" in text and BLOB.hex()[:40] not in text


def test_too_large_is_refused_before_anything_is_stored(db, tmp_path: Path):
    talk = _talk(db)
    before = dump(db)
    big = tmp_path / "groot.bin"
    with open(big, "wb") as f:  # sparse: 26 MB without writing them
        f.truncate(MAX_SIZE + 1024 * 1024)
    with pytest.raises(AttachmentTooLarge) as exc:
        read_file(big)
    assert "groot.bin is 26 MB" in exc.value.errors["file"] and "25 MB" in exc.value.message
    with pytest.raises(AttachmentTooLarge):  # one too large among several: none stored
        add_attachments(
            db,
            "advice_talk",
            talk.id,
            [NewFile("ok.txt", b"ok"), NewFile("big.bin", b"\0" * (MAX_SIZE + 1))],
        )
    assert dump(db) == before


def test_every_owner_kind_holds_files(db):
    talk = _talk(db)
    trajectory = start_trajectory_from_advice_talk(db, talk.id)
    moment = add_contact_moment(db, trajectory.id, ContactMomentInput(date(2025, 3, 2), "phone"))
    group = create_focus_group(db, FocusGroupInput(date(2025, 4, 1), "Tools"))
    owners = {
        "advice_talk": talk.id,
        "trajectory": trajectory.id,
        "contact_moment": moment.id,
        "focus_group": group.id,
        "local_government": lg_id(db, ANTWERPEN),
    }
    assert set(owners) == set(OWNER_KINDS)
    for kind, owner in owners.items():
        [v] = add_attachments(db, kind, owner, [NewFile(f"{kind}.txt", kind.encode())])
        assert (v.owner_kind, v.owner_id) == (kind, owner)
        assert [a.file_name for a in list_attachments(db, kind, owner)] == [f"{kind}.txt"]
    with pytest.raises(ValidationError, match="geen bijlagen"):
        add_attachments(db, "activity", "x", [NewFile("a.txt", b"a")])


def test_private_copy_is_readable_by_the_owner_only(db, tmp_path: Path):
    talk = _talk(db)
    [a] = add_attachments(db, "advice_talk", talk.id, [NewFile("rapport.pdf", BLOB)])
    path = private_copy(db, a.id, tmp_path)
    assert path.name == "rapport.pdf" and path.read_bytes() == BLOB
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700


def test_mail_kept_with_the_new_talk_in_the_same_save(db):
    person = create_contact(db, ContactInput(lg_id(db, ANTWERPEN), "Özdemir", email="l@x.be"))
    talk = _talk(db, files=[NewFile("vraag.eml", b"From: l@x.be", contact_person_id=person.id)])
    [a] = list_attachments(db, "advice_talk", talk.id)
    assert a.contact_person_id == person.id and attachment_content(db, a.id) == b"From: l@x.be"
    before = dump(db)
    with pytest.raises(AttachmentTooLarge):  # the talk is not saved without its mail
        _talk(db, files=[NewFile("groot.eml", b"\0" * (MAX_SIZE + 1))])
    assert dump(db) == before


def test_export_and_import_carry_the_bytes(db, sqlite_template: Path, tmp_path: Path):
    from tests.conftest import make_sqlite_db

    talk = _talk(db)
    add_attachments(db, "advice_talk", talk.id, [NewFile("mail.msg", BLOB)])
    text = export_json(db)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = make_sqlite_db(sqlite_template, other_dir)
    try:
        import_document(other, parse_document(text))
        [a] = list_attachments(other, "advice_talk", talk.id)
        assert attachment_content(other, a.id) == BLOB
        assert export_json(other) == text
    finally:
        other.dispose()


def test_names_and_sizes_as_a_person_reads_them():
    assert clean_file_name("C:\\Users\\an\\brief\x07.docx") == "brief.docx"
    assert clean_file_name("..") == "bijlage"
    assert len(clean_file_name("a" * 300 + ".pdf")) == 255
    assert clean_file_name("a" * 300 + ".pdf").endswith(".pdf")
    assert [format_size(n) for n in (812, 4300, 25 * 1024 * 1024, 1536)] == [
        "812 B",
        "4,2 kB",
        "25 MB",
        "1,5 kB",
    ]
    assert format_size(4300, ".") == "4.2 kB" and format_size(2048, ".") == "2 kB"


def test_timeline_and_case_summary_name_files_and_sizes_not_contents(db):
    from supportdesk.queries.timeline import timeline
    from supportdesk.reports.case_summary import attachment_line
    from supportdesk.reports.data.case import case_summary_data

    talk = _talk(db)
    trajectory = start_trajectory_from_advice_talk(db, talk.id)
    moment = add_contact_moment(db, trajectory.id, ContactMomentInput(date(2025, 3, 2), "phone"))
    add_attachments(db, "advice_talk", talk.id, [NewFile("vraag.eml", b"x" * 2048)])
    add_attachments(db, "contact_moment", moment.id, [NewFile("verslag.pdf", b"GEHEIM")])
    add_attachments(db, "local_government", lg_id(db, ANTWERPEN), [NewFile("akkoord.pdf", b"y")])
    entries = {e.kind: e for e in timeline(db, lg_id(db, ANTWERPEN))}
    # names and sizes as data; the interface words them in its own language
    assert [(f.file_name, f.size) for f in entries["advice_talk"].files] == [("vraag.eml", 2048)]
    assert [f.text for f in entries["trajectory"].files] == ["verslag.pdf (6 B)"]
    assert "Bijlage" not in entries["advice_talk"].text + " ".join(entries["advice_talk"].people)
    data = case_summary_data(db, lg_id(db, ANTWERPEN))
    texts = [attachment_line(f) for f in data.attachments]  # as the report words them
    assert "vraag.eml (2 kB) · adviesgesprek van 01/03/2025" in texts
    assert "verslag.pdf (6 B) · contactmoment van 02/03/2025" in texts
    assert "akkoord.pdf (1 B) · bestuur" in texts
    assert not any("GEHEIM" in t for t in texts)


def test_personal_data_export_holds_the_files_and_erase_removes_the_persons(db):
    import base64

    from supportdesk.safety.personal_data import erase_person, export_person

    ant = lg_id(db, ANTWERPEN)
    person = create_contact(db, ContactInput(ant, "Özdemir", "Łukasz", email="l@x.be"))
    talk = _talk(db)
    data = AdviceTalkInput(date(2025, 3, 3), ant, "phone", "V", contact_ids=(person.id,))
    linked = create_advice_talk(db, data)
    [own] = add_attachments(
        db, "advice_talk", talk.id, [NewFile("mail.eml", BLOB, contact_person_id=person.id)]
    )
    [other] = add_attachments(db, "advice_talk", linked.id, [NewFile("notities.txt", b"n")])
    add_attachments(db, "local_government", ant, [NewFile("niet van haar.pdf", b"z")])
    exported = export_person(db, person.id)
    files = {f["file_name"]: f for f in exported["attachments"]}
    assert sorted(files) == ["mail.eml", "notities.txt"]
    assert base64.b64decode(files["mail.eml"]["content_base64"]) == BLOB
    assert files["mail.eml"]["from_or_about_this_person"] is True
    assert files["notities.txt"]["belongs_to"] == {"table": "advice_talk", "id": linked.id}
    erase_person(db, person.id)
    assert list_attachments(db, "advice_talk", talk.id) == []
    assert [a.id for a in list_attachments(db, "advice_talk", linked.id)] == [other.id]
    history = record_history(db, own.id)
    assert history[-1].action == "erase"
    assert all(c.old in (None, "[gewist]") for c in history[-1].changes)


@pytest.mark.parametrize(
    ("stored", "copy"),
    [
        ("Łukasz <verslag> 😀.pdf", "Łukasz _verslag_ 😀.pdf"),
        ('plan: 2025? "v2" a|b*.docx', "plan_ 2025_ _v2_ a_b_.docx"),
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ("com1.log.txt", "_com1.log.txt"),
        ("console.txt", "console.txt"),
        ("verslag. ", "verslag"),
        ("...", "bijlage"),
    ],
)
def test_the_opened_copy_has_a_name_every_system_accepts(db, tmp_path: Path, stored, copy):
    """Windows refuses < > : " | ? *, a trailing dot or space and device names; the
    copy handed to the system's application must open there too. The stored name stays."""
    talk = _talk(db)
    [a] = add_attachments(db, "advice_talk", talk.id, [NewFile(stored, b"inhoud")])
    path = private_copy(db, a.id, tmp_path)
    assert path.name == copy and path.read_bytes() == b"inhoud"
    assert list_attachments(db, "advice_talk", talk.id)[0].file_name == a.file_name
