"""A question by mail becomes a draft advice talk: read a .eml or Outlook .msg file.

``read_mail(path)`` parses the file (``.eml`` with Python's email package and
``policy=email.policy.default``, ``.msg`` with extract-msg, told apart by their first
bytes, not by the name) into a ``ParsedMail``; ``draft_for(db, mail)`` adds what the
database knows: the contact person whose e-mail address sent it, and so the government.
Nothing is written: the advice-talk editor opens with the draft and the person checks and
saves; the mail itself is then kept as an attachment of the talk.

HTML-only mail is turned into plain text with the standard library's ``html.parser``
(scripts and styles dropped, blocks on their own lines); it is never rendered. A file
larger than an attachment may be, or one that is not a mail, gives a ``MailError`` with
a message a person can act on.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from db.session import Database
from supportdesk.codes import Channel
from supportdesk.errors import DomainError
from supportdesk.safety.open_files import read_chosen_file
from supportdesk.services.attachment_files import MAX_SIZE, clean_file_name, format_size
from supportdesk.services.contacts import ContactView, find_contacts_by_email
from supportdesk.validation import MAX_TEXT

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAIL_SUFFIXES = (".eml", ".msg")
_MAIL_HEADERS = ("from", "subject", "date", "message-id", "to", "received")


class MailError(DomainError):
    """The file cannot become an advice talk (too large, not a mail, unreadable)."""


@dataclass(frozen=True)
class ParsedMail:
    """What a mail says, as plain text. ``raw`` is the file as it was, to keep."""

    file_name: str
    raw: bytes
    media_type: str
    subject: str
    sender_name: str
    sender_address: str
    sent: datetime | None
    body: str
    attachment_names: tuple[str, ...] = ()

    @property
    def question(self) -> str:
        """The subject and the body, as the talk's question."""
        parts = [p for p in (self.subject.strip(), self.body.strip()) if p]
        return "\n\n".join(parts)


@dataclass(frozen=True)
class MailDraft:
    """A new advice talk's fields taken from a mail (nothing stored yet)."""

    mail: ParsedMail
    date: date
    channel: str
    question: str
    contact: ContactView | None
    other_matches: tuple[ContactView, ...] = field(default=())

    @property
    def local_government_id(self) -> str:
        return self.contact.local_government_id if self.contact else ""

    @property
    def local_government_name(self) -> str:
        return self.contact.local_government_name if self.contact else ""


# -- HTML to text -------------------------------------------------------------------------


class _TextOfHtml(HTMLParser):
    """Collects the text of an HTML document; never fetches or runs anything."""

    BLOCKS = frozenset(
        {
            *("p", "div", "br", "li", "tr", "table", "ul", "ol", "blockquote", "pre", "hr"),
            *("h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer"),
            *("address", "dd", "dt"),
        }
    )
    SKIPPED = frozenset({"script", "style", "head", "title", "template"})
    # items of a list or table: one per line, no blank line between them (the next
    # item's start or the list's end breaks the line)
    ITEMS = frozenset({"li", "tr", "dd", "dt"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.pre = 0
        self.link: tuple[str, int] | None = None  # an open <a>: its address, where it began

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag == "pre":
            self.pre += 1
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            if re.match(r"(?i)(https?|mailto):", href):
                self.link = (href, len(self.parts))
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        elif tag == "a" and self.link is not None:
            # the address after the link's words, so the question keeps it (as text only)
            href, start = self.link
            self.link = None
            shown = "".join(self.parts[start:]).strip()
            target = href[7:] if href.lower().startswith("mailto:") else href
            if target not in shown:
                self.parts.append(f" ({target})")
        if tag in self.BLOCKS and tag not in self.ITEMS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        self.parts.append(data if self.pre else re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """The readable text of an HTML mail: entities decoded, tags and scripts dropped."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).replace("\xa0", " ").split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# -- reading ------------------------------------------------------------------------------


def is_mail_file(path: Path) -> bool:
    """A name that looks like a mail file (what the drop targets accept)."""
    return path.suffix.lower() in MAIL_SUFFIXES


def read_mail(path: Path) -> ParsedMail:
    """Parse a .eml or .msg file; ``MailError`` when it is too large or not a mail."""
    name = clean_file_name(path.name)
    raw = read_chosen_file(
        path,
        MAX_SIZE,
        MailError,
        lambda size: MailError(
            f"{name} is {format_size(size)}; een mail mag hoogstens {format_size(MAX_SIZE)} "
            "zijn om als bijlage bewaard te worden. Er is niets veranderd."
        ),
    )
    return parse_mail(name, raw)


def parse_mail(file_name: str, raw: bytes) -> ParsedMail:
    if len(raw) > MAX_SIZE:
        raise MailError(
            f"{file_name} is {format_size(len(raw))}; een mail mag hoogstens "
            f"{format_size(MAX_SIZE)} zijn. Er is niets veranderd."
        )
    if raw.startswith(OLE_MAGIC):
        return _parse_msg(file_name, raw)
    return _parse_eml(file_name, raw)


def _not_a_mail(file_name: str) -> MailError:
    return MailError(
        f"{file_name} is geen e-mail (verwacht: een .eml-bestand of een Outlook-bericht .msg). "
        "Er is niets veranderd."
    )


def _parse_eml(file_name: str, raw: bytes) -> ParsedMail:
    head = raw[:8192]
    if not raw.strip() or b"\x00" in head:
        raise _not_a_mail(file_name)
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; this is a safety net
        raise _not_a_mail(file_name) from exc
    assert isinstance(msg, EmailMessage)
    keys = {k.lower() for k in msg}
    if not keys & set(_MAIL_HEADERS) or not ({"from", "subject"} & keys):
        raise _not_a_mail(file_name)
    subject = _header(msg, "subject")
    name, address = _sender(msg)
    if "\ufffd" in subject + name:  # raw 8-bit header bytes (an old mailer): read again
        subject = _eight_bit_header(raw, "subject") or subject
        if "\ufffd" in name:
            name = _eight_bit_sender_name(raw, address) or name
    sent = _date(msg)
    body = _eml_body(msg)
    names = tuple(
        clean_file_name(part.get_filename() or "")
        for part in msg.iter_attachments()
        if part.get_filename()
    )
    return ParsedMail(file_name, raw, "message/rfc822", subject, name, address, sent, body, names)


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # a malformed header reads as empty, not as a crash
        return ""
    return re.sub(r"\s+", " ", str(value or "")).strip()


def _eight_bit_header(raw: bytes, name: str) -> str:
    """A header written as raw 8-bit bytes, which no standard allows but old mailers
    send ("Subject: Café" in Windows-1252): UTF-8 when it is, else Windows-1252. The
    standard parser gives U+FFFD for those bytes. "" when the header is not like that."""
    parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
    value = next((v for k, v in parsed.raw_items() if k.lower() == name), None)
    if not isinstance(value, str) or "=?" in value:  # an encoded word: not raw bytes
        return ""
    try:
        data = value.encode("ascii", "surrogateescape")  # the bytes as they were sent
    except UnicodeEncodeError:
        return ""
    return re.sub(r"\s+", " ", _decode(data)).strip()


def _eight_bit_sender_name(raw: bytes, address: str) -> str:
    for header in ("from", "sender", "reply-to"):
        text = _eight_bit_header(raw, header)
        for name, found in getaddresses([text]) if text else []:
            if found.strip().lower() == address.lower():
                return name.strip()
    return ""


def _sender(msg: EmailMessage) -> tuple[str, str]:
    for header in ("from", "sender", "reply-to"):
        try:
            values = msg.get_all(header) or []
        except Exception:
            continue
        pairs = getaddresses([str(v) for v in values])
        for name, address in pairs:
            if "@" in address:
                return name.strip(), address.strip()
    return "", ""


def _date(msg: EmailMessage) -> datetime | None:
    try:
        value = msg.get("date")
        stamp = getattr(value, "datetime", None)
    except Exception:
        return None
    return stamp if isinstance(stamp, datetime) else None


def _decode(payload: bytes) -> str:
    """Bytes of a part whose charset is missing or unknown: UTF-8 when they are, else
    Windows-1252 (what such mails nearly always are), never a crash."""
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", errors="replace")


def _part_text(part: Any) -> str:
    if part.get_param("charset") is None:  # no charset said: 8-bit text of some mailer
        return _decode(part.get_payload(decode=True) or b"")
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):
        content = _decode(part.get_payload(decode=True) or b"")
    if isinstance(content, bytes):
        content = _decode(content)
    return str(content)


FORWARD_LINE = "---------- Doorgestuurd bericht ----------"
_MAX_FORWARDS = 5  # forwarded mails read inside one mail (a forward of a forward …)


def _eml_body(msg: EmailMessage, depth: int = 0) -> str:
    """The text of the mail: its plain part (else its HTML as text), then the text of
    each forwarded mail attached to it (message/rfc822), which holds the real question
    when someone forwards a citizen's or a government's mail as an attachment."""
    text = ""
    plain = msg.get_body(preferencelist=("plain",))
    if plain is not None:
        text = _tidy(_part_text(plain))
    else:
        html = msg.get_body(preferencelist=("html",))
        if html is not None:
            text = html_to_text(_part_text(html))
    if depth >= _MAX_FORWARDS or not msg.is_multipart():
        return text
    parts = [text] if text else []
    for part in msg.iter_attachments():
        if part.get_content_type() != "message/rfc822":
            continue
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if not isinstance(inner, EmailMessage):
            continue
        name, address = _sender(inner)
        sent = _date(inner)
        head = [FORWARD_LINE]
        if name or address:
            head.append("Van: " + (f"{name} <{address}>" if name else address))
        if sent is not None:
            head.append("Datum: " + sent.strftime("%d/%m/%Y %H:%M"))
        if _header(inner, "subject"):
            head.append("Onderwerp: " + _header(inner, "subject"))
        parts.append("\n".join(head) + "\n\n" + _eml_body(inner, depth + 1))
    return "\n\n".join(parts).strip()


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def _parse_msg(file_name: str, raw: bytes) -> ParsedMail:
    import extract_msg

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            msg: Any = extract_msg.openMsg(io.BytesIO(raw), delayAttachments=True)
    except Exception as exc:  # extract-msg raises many kinds for a damaged file
        raise MailError(
            f"{file_name} is geen leesbaar Outlook-bericht ({type(exc).__name__}). "
            "Er is niets veranderd."
        ) from exc
    try:
        if not hasattr(msg, "subject") or not hasattr(msg, "body"):
            raise _not_a_mail(file_name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            subject = re.sub(r"\s+", " ", str(msg.subject or "").replace("\x00", "")).strip()
            name, address = _msg_sender(msg)
            sent = msg.date if isinstance(msg.date, datetime) else None
            body = _tidy(str(msg.body or "").replace("\x00", ""))
            if not body:
                html = msg.htmlBody
                if isinstance(html, bytes):
                    html = html.decode("utf-8", errors="replace")
                body = html_to_text(str(html or ""))
            names = tuple(
                clean_file_name(str(getattr(a, "longFilename", None) or a.name or ""))
                for a in msg.attachments
            )
    finally:
        msg.close()
    return ParsedMail(
        file_name, raw, "application/vnd.ms-outlook", subject, name, address, sent, body, names
    )


def _msg_sender(msg: Any) -> tuple[str, str]:
    name, address = parseaddr(str(msg.sender or ""))
    if "@" not in address:
        for attr in ("senderEmailAddress",):
            value = getattr(msg, attr, None)
            if isinstance(value, str) and "@" in value:
                address = value
    if not address:
        header = getattr(msg, "header", None)
        if header is not None:
            name, address = parseaddr(str(header.get("From") or ""))
    return name.strip(), address.strip() if "@" in address else ""


# -- a draft advice talk ------------------------------------------------------------------


def _local_day(sent: datetime) -> date:
    """The day the mail was sent here (this computer's time zone): a mail sent at 23:30
    in New York arrived the next morning in Belgium. A stamp without zone stays as is."""
    return sent.astimezone().date() if sent.tzinfo is not None else sent.date()


CUT_NOTE = "\n\n[… ingekort: de volledige mail is bijgevoegd]"


def _fitting(question: str) -> str:
    """The question as a talk can hold it: without NUL characters, and a mail longer
    than a question may be (a long thread quoted below it) cut, saying so, rather than
    refused on save; the whole mail is kept as the talk's attachment anyway."""
    question = question.replace("\x00", "")  # no database stores NUL; a save would fail
    if len(question) <= MAX_TEXT:
        return question
    return question[: MAX_TEXT - len(CUT_NOTE)].rstrip() + CUT_NOTE


def draft_for(db: Database, mail: ParsedMail, *, today: date | None = None) -> MailDraft:
    """The new talk's fields from ``mail``: the date it was sent, channel e-mail, the
    sender as contact person when one (active ones first) has that address."""
    matches = find_contacts_by_email(db, mail.sender_address) if mail.sender_address else []
    day = _local_day(mail.sent) if mail.sent else (today or date.today())
    return MailDraft(
        mail=mail,
        date=day,
        channel=Channel.EMAIL,
        question=_fitting(mail.question),
        contact=matches[0] if matches else None,
        other_matches=tuple(matches[1:]),
    )
