"""A mail becomes a draft advice talk: real .eml (with attachments, HTML only) and .msg
files from tests/data/mail, the sender matched to a contact person, and bad input (a
50 MB mail, files that are not mails) refused with a clear message."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from supportdesk.mail_import import MailError, draft_for, html_to_text, read_mail
from supportdesk.services.contacts import ContactInput, create_contact, set_contact_active
from tests.supportdesk.services.helpers import ANTWERPEN, GENT, lg_id

MAIL = Path(__file__).parent.parent / "data" / "mail"


def test_eml_with_attachments_keeps_plain_text_and_names():
    m = read_mail(MAIL / "question_with_attachments.eml")
    assert m.subject == "Vraag over digihelpers & <vrijwilligers> 😀"
    assert (m.sender_name, m.sender_address) == ("Łukasz Özdemir", "Lukasz.Ozdemir@Borsbeek.be")
    assert m.sent is not None and m.sent.date() == date(2025, 3, 14)
    assert m.body.startswith("Beste,\n\nHoe starten we met digihelpers in ons OCMW?")
    assert "<p>" not in m.body  # the plain part was preferred
    assert m.attachment_names == ("plan 2025.pdf", "contacten.csv")
    assert m.raw == (MAIL / "question_with_attachments.eml").read_bytes()
    assert m.question.startswith("Vraag over digihelpers & <vrijwilligers> 😀\n\nBeste,")


def test_html_only_mail_becomes_text_without_scripts_or_styles():
    m = read_mail(MAIL / "html_only.eml")
    assert m.sender_name == "Sofie Désiré"
    assert "toegankelijk zijn & voldoen aan WCAG 2.1." in m.body
    assert "• Welke tool?" in m.body and "• Wie helpt?" in m.body
    for absent in ("alert", "color:red", "<", "pixel.png", "&amp;", "&nbsp;"):
        assert absent not in m.body, absent
    assert m.body.endswith("Met vriendelijke groet\nSofie")


def test_html_to_text_keeps_what_was_typed():
    html = "<p>a &lt;b&gt; &amp; Łukasz</p><pre>x\n  y</pre><p>😀 é</p>"
    assert html_to_text(html) == "a <b> & Łukasz\n\nx\ny\n\n😀 é"


def test_outlook_msg():
    m = read_mail(MAIL / "outlook_question.msg")
    assert m.subject == "Subsidie voor digibanken – vraag"
    assert m.sender_address == "elodie.vermeulen@borsbeek.be"
    assert m.sent is not None and m.sent.date() == date(2025, 5, 20)
    assert "Digibank in Borsbeek" in m.body and "\x00" not in m.body
    assert m.media_type == "application/vnd.ms-outlook"


def test_sender_matched_to_a_contact_person_and_government(db):
    ant = lg_id(db, ANTWERPEN)
    old = create_contact(
        db, ContactInput(lg_id(db, GENT), "Oud", email="lukasz.ozdemir@borsbeek.be")
    )
    set_contact_active(db, old.id, False)
    person = create_contact(
        db, ContactInput(ant, "Özdemir", "Łukasz", email="LUKASZ.OZDEMIR@borsbeek.be")
    )
    draft = draft_for(db, read_mail(MAIL / "question_with_attachments.eml"))
    assert draft.contact is not None and draft.contact.id == person.id  # active first
    assert [c.id for c in draft.other_matches] == [old.id]
    assert (draft.local_government_id, draft.channel, draft.date) == (
        ant,
        "email",
        date(2025, 3, 14),
    )
    unknown = draft_for(db, read_mail(MAIL / "html_only.eml"))
    assert unknown.contact is None and unknown.local_government_id == ""


def test_a_50_mb_mail_is_refused_before_it_is_read(tmp_path: Path):
    big = tmp_path / "enorm.eml"
    with open(big, "wb") as f:
        f.write(b"From: a@b.be\r\nSubject: x\r\n\r\n")
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(MailError, match=r"enorm.eml is 50 MB; een mail mag hoogstens 25 MB"):
        read_mail(big)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("foto.eml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)),
        ("lijst.eml", b"naam;rol\nAn;schepen\n"),
        ("leeg.msg", b""),
        ("stuk.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
        ("brief.eml", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"),
    ],
)
def test_files_that_are_not_mails_are_refused(tmp_path: Path, name: str, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(MailError) as exc:
        read_mail(path)
    assert name in exc.value.message and "niets veranderd" in exc.value.message


def test_outlook_msg_with_html_only_becomes_text():
    m = read_mail(MAIL / "outlook_html_only.msg")
    assert m.subject == "Digihelper gezocht"
    assert m.body == "Beste,\n\nWij zoeken een digihelper & een lokaal.\n\nGroet, Jan"


def test_a_forwarded_mail_attached_as_a_message_keeps_its_question():
    """Forward as attachment (message/rfc822): the citizen's question is in the inner
    mail; it follows the forwarder's text under a "Doorgestuurd bericht" line."""
    from email.mime.message import MIMEMessage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    from supportdesk.mail_import import FORWARD_LINE, parse_mail

    inner = MIMEText("Hoe vraag ik een <digibank> aan? 😀", "plain", "utf-8")
    inner["From"] = "Jan Burger <jan@burger.be>"
    inner["Subject"] = "Vraag van een inwoner"
    inner["Date"] = "Fri, 14 Mar 2025 09:30:00 +0100"
    outer = MIMEMultipart()
    outer["From"] = "Ann <ann@gent.be>"
    outer["Subject"] = "Fwd: Vraag van een inwoner"
    outer.attach(MIMEText("Zie hieronder.", "plain", "utf-8"))
    outer.attach(MIMEMessage(inner))
    m = parse_mail("fwd.eml", outer.as_bytes())
    assert m.sender_address == "ann@gent.be"
    assert m.body == (
        f"Zie hieronder.\n\n{FORWARD_LINE}\nVan: Jan Burger <jan@burger.be>\n"
        "Datum: 14/03/2025 09:30\nOnderwerp: Vraag van een inwoner\n\n"
        "Hoe vraag ik een <digibank> aan? 😀"
    )


def test_a_body_in_an_unknown_charset_reads_as_windows_1252():
    from supportdesk.mail_import import parse_mail

    raw = (
        b"From: a@b.be\r\nSubject: x\r\nContent-Type: text/plain; charset=x-unknown\r\n"
        b"\r\nCaf\xe9 \x80 \xeb\r\n"
    )
    assert parse_mail("x.eml", raw).body == "Café € ë"


def test_html_lists_and_tables_have_one_line_per_item():
    html = (
        "<ul><li>een</li><li>twee</li></ul><table><tr><th>Naam</th><th>Gemeente</th></tr>"
        "<tr><td>Ann</td><td>Gent</td></tr></table><p>Groet</p>"
    )
    assert html_to_text(html) == "• een\n• twee\n\nNaam Gemeente\nAnn Gent\n\nGroet"


def test_the_talk_is_dated_the_day_the_mail_was_sent_here(db, monkeypatch):
    import time

    from supportdesk.mail_import import parse_mail

    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    try:
        late = b"From: a@b.be\r\nSubject: x\r\nDate: Fri, 14 Mar 2025 23:30:00 -0500\r\n\r\nv\r\n"
        assert draft_for(db, parse_mail("x.eml", late)).date == date(2025, 3, 15)
        naive = b"From: a@b.be\r\nSubject: x\r\nDate: Fri, 14 Mar 2025 23:30:00 -0000\r\n\r\nv\r\n"
        assert draft_for(db, parse_mail("x.eml", naive)).date == date(2025, 3, 14)
        none = b"From: a@b.be\r\nSubject: x\r\n\r\nv\r\n"
        assert draft_for(db, parse_mail("x.eml", none), today=date(2025, 6, 1)).date == date(
            2025, 6, 1
        )
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_8bit_body_without_charset_nul_and_an_overlong_thread_still_give_a_savable_question(
    db,
):
    from supportdesk.mail_import import CUT_NOTE, parse_mail
    from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
    from supportdesk.validation import MAX_TEXT

    head = b"From: a@b.be\r\nSubject: Vraag\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    body = b"Caf\xe9 \xeb " + b"x" * 9000 + b"\x00 na de NUL\r\n"
    mail = parse_mail("x.eml", head + body)
    assert mail.body.startswith("Café ë xxx")  # Windows-1252, not U+FFFD
    draft = draft_for(db, mail)
    assert "\x00" not in draft.question and draft.question.endswith(" na de NUL")
    long_mail = parse_mail("lang.eml", head + ("Regel met é\n" * 20_000).encode("cp1252"))
    draft = draft_for(db, long_mail)
    assert len(draft.question) <= MAX_TEXT and draft.question.endswith(CUT_NOTE)
    data = AdviceTalkInput(draft.date, lg_id(db, GENT), "email", draft.question)
    assert create_advice_talk(db, data).question == draft.question  # saves as it is


def test_raw_8bit_subject_and_sender_name_of_an_old_mailer_read_as_windows_1252():
    from supportdesk.mail_import import parse_mail

    raw = (
        b"From: J\xe9r\xf4me Dupr\xe9 <Jerome@Gent.be>\r\nSubject: Caf\xe9 \x80 vraag\r\n"
        b"Content-Type: text/plain\r\n\r\nbody\r\n"
    )
    m = parse_mail("oud.eml", raw)
    assert (m.subject, m.sender_name, m.sender_address) == (
        "Café € vraag",
        "Jérôme Dupré",
        "Jerome@Gent.be",
    )
    utf8 = "From: Élise <e@x.be>\r\nSubject: Vraag 😀 ë\r\n\r\nb\r\n".encode()
    m = parse_mail("nieuw.eml", utf8)
    assert (m.subject, m.sender_name) == ("Vraag 😀 ë", "Élise")


def test_html_links_keep_their_web_or_mail_address_as_text():
    html = (
        '<p>Zie <a href="https://x.be/a?b=1&amp;c=2">deze pagina</a> en '
        '<a href="https://y.be">https://y.be</a>, mail <a href="mailto:an@x.be">An</a> '
        '<a href="javascript:alert(1)">klik</a> <a href="#top">boven</a></p>'
    )
    assert html_to_text(html) == (
        "Zie deze pagina (https://x.be/a?b=1&c=2) en https://y.be, mail An (an@x.be) klik boven"
    )
