"""Which column holds which field: guessed from the header row, changed by the person.

A header cell matches a field when its words, folded (case and accents ignored, signs
dropped), are one of the field's names in Dutch, French or English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from supportdesk.contacts_import.reading import Sheet, TableFileError
from supportdesk.search.folding import fold

#: the fields a column can fill, in the order the dialog shows them
FIELDS = ("last_name", "first_name", "role", "email", "phone", "government")
REQUIRED = ("last_name", "government")

_ALIASES = {
    "last_name": (
        "naam familienaam achternaam lastname surname name nom contactpersoon "
        "naamcontactpersoon volledigenaam fullname"
    ),
    "first_name": "voornaam firstname givenname prenom roepnaam",
    "role": "functie rol role jobtitle titel function fonction",
    "email": "email mail emailadres mailadres courriel emailaddress",
    "phone": "telefoon tel gsm telefoonnummer phone mobiel gsmnummer telephone telnr",
    "government": (
        "gemeente lokaalbestuur bestuur municipality commune nis niscode stad organisatie "
        "deelgemeente gemeentenaam lokaalbestuurnis"
    ),
}
ALIASES = {f: frozenset(words.split()) for f, words in _ALIASES.items()}


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


@dataclass
class Mapping:
    """``columns[field]`` is the index of the column that fills it (absent: not filled);
    ``header_row`` the index of the header row in the sheet."""

    columns: dict[str, int] = field(default_factory=dict)
    header_row: int = 0
    #: further columns naming the government (a sheet with both "Gemeente" and
    #: "NIS-code"): a row whose government cell is empty is looked up in these, in order
    government_fallbacks: tuple[int, ...] = ()

    def missing(self) -> list[str]:
        return [f for f in REQUIRED if f not in self.columns]


def guess_field(header: str) -> str | None:
    key = _key(header)
    for name, aliases in ALIASES.items():
        if key in aliases:
            return name
    return None


def guess_mapping(sheet: Sheet) -> Mapping:
    """The header row and the columns it names. The header is the row, among the first
    ten that are not empty, naming the most known fields (a title row above it is fine).

    ``TableFileError`` when the sheet is empty or no such row names a known field (a
    list without a header row: the person must add one, we do not guess from data).
    """
    filled = [i for i, row in enumerate(sheet.rows) if any(row)]
    if not filled:
        raise TableFileError(f"Blad {sheet.name!r} is leeg.")
    best: Mapping | None = None
    for index in filled[:10]:
        mapping = Mapping(header_row=index)
        for col, header in enumerate(sheet.rows[index]):
            name = guess_field(header)
            if name and name not in mapping.columns:
                mapping.columns[name] = col
            elif name == "government":
                mapping.government_fallbacks += (col,)
        if mapping.columns and (best is None or len(mapping.columns) > len(best.columns)):
            best = mapping
    if best is None:
        raise TableFileError(
            f"Blad {sheet.name!r} heeft geen kopregel: de eerste rij moet de namen van de "
            "kolommen bevatten (bv. Naam, Voornaam, Functie, E-mail, Telefoon, Gemeente)."
        )
    return best
