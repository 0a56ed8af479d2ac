"""A file as it is handed in and handed back: its name cleaned, its size checked before
anything is read, its media type guessed, read from disk, and named for opening on any
system. No database here; ``attachments`` stores what this module checked."""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path

from supportdesk.errors import DomainError, ValidationError
from supportdesk.safety.open_files import read_chosen_file

MAX_SIZE = 25 * 1024 * 1024
MAX_NAME = 255


class AttachmentTooLarge(ValidationError):
    """A file above ``MAX_SIZE``: refused whole, nothing stored."""

    def __init__(self, file_name: str, size: int) -> None:
        super().__init__(
            {
                "file": f"{file_name} is {format_size(size)}; een bijlage mag hoogstens "
                f"{format_size(MAX_SIZE)} zijn. Er is niets toegevoegd."
            }
        )
        self.file_name = file_name
        self.size = size


def format_size(size: int, decimal: str = ",") -> str:
    """A size as a person reads it, with a Belgian decimal comma: 812 B, 4,2 kB, 25 MB
    (``decimal="."`` for an English interface: 4.2 kB)."""
    if size < 1024:
        return f"{size} B"
    for unit, factor in (("kB", 1024), ("MB", 1024**2), ("GB", 1024**3)):
        value = size / factor
        if value < 1024 or unit == "GB":
            text = f"{value:.1f}"
            text = text[:-2] if text.endswith(".0") else text.replace(".", decimal)
            return f"{text} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


@dataclass(frozen=True)
class NewFile:
    """A file to store: its name as the user knows it and its bytes."""

    file_name: str
    content: bytes
    media_type: str = ""
    contact_person_id: str | None = None  # the person it is from or about (a mail's sender)


def clean_file_name(name: str) -> str:
    """The last part of a path, without control characters, at most 255 characters;
    "bijlage" when nothing is left. Only the name is kept, never a folder."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in base if ch >= " " and ch != "\x7f").strip()
    if base in ("", ".", ".."):
        base = "bijlage"
    if len(base) > MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        if dot and 0 < len(ext) <= 16:
            base = stem[: MAX_NAME - len(ext) - 1] + "." + ext
        else:
            base = base[:MAX_NAME]
    return base


def guess_media_type(file_name: str) -> str:
    kind, _enc = mimetypes.guess_type(file_name, strict=False)
    if kind:
        return kind
    if file_name.lower().endswith(".msg"):
        return "application/vnd.ms-outlook"
    return "application/octet-stream"


def check_size(file_name: str, size: int) -> None:
    if size > MAX_SIZE:
        raise AttachmentTooLarge(file_name, size)


def read_file(path: Path) -> NewFile:
    """A file from disk; its size is checked before it is read."""
    name = clean_file_name(path.name)
    content = read_chosen_file(
        path, MAX_SIZE, DomainError, lambda size: AttachmentTooLarge(name, size)
    )
    check_size(name, len(content))  # it may have grown meanwhile
    return NewFile(name, content, guess_media_type(name))


_NOT_ON_WINDOWS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_DEVICE_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10)]
)


def portable_file_name(name: str) -> str:
    """The stored name as a file name every system accepts, for the copy that is opened:
    Windows refuses < > : " / \\ | ? *, a name ending in a dot or space and device
    names (CON, NUL.txt, COM1 …). The stored name itself stays as it was typed."""
    base = _NOT_ON_WINDOWS.sub("_", clean_file_name(name)).rstrip(". ")
    if not base:
        return "bijlage"
    if base.split(".")[0].upper() in _DEVICE_NAMES:
        base = "_" + base
    return base
