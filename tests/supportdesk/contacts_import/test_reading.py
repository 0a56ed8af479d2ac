"""Spreadsheets as people send them: .xlsx (openpyxl; LibreOffice when available), .csv
with ';' or ',', with or without BOM, UTF-8 or Windows-1252; and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from supportdesk.contacts_import import TableFileError, guess_mapping, read_table

DATA = Path(__file__).parent.parent.parent / "data" / "contacts"
EXPECTED_FIRST = ("Özdemir", "Łukasz", "Schepen <digitaal> & ICT", "lukasz@borsbeek.be")


def _people(path: Path, sheet: int = 0) -> list[tuple[str, ...]]:
    s = read_table(path)[sheet]
    m = guess_mapping(s)
    cols = [
        m.columns[f] for f in ("last_name", "first_name", "role", "email", "phone", "government")
    ]
    return [tuple(r[c] for c in cols) for r in s.rows[m.header_row + 1 :]]


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("contacten_puntkomma_bom.csv", "UTF-8 met BOM", ";"),
        ("contacts_komma.csv", "UTF-8", ","),
        ("contacten_windows1252.csv", "Windows-1252", ";"),
    ],
)
def test_csv_kinds_read_the_same_people(name: str, encoding: str, delimiter: str):
    [sheet] = read_table(DATA / name)
    assert (sheet.encoding, sheet.delimiter) == (encoding, delimiter)
    assert sheet.rows[0][0] == "Naam"  # no BOM left in the first header
    people = _people(DATA / name)
    assert len(people) == 5
    first = (
        EXPECTED_FIRST if encoding != "Windows-1252" else ("Özdemir", "Lukasz", *EXPECTED_FIRST[2:])
    )
    assert people[0][:4] == first
    assert people[1][2] == "Coördinator digitale inclusie"
    assert people[1][5] == "44021"


def test_xlsx_by_openpyxl_with_a_title_row_and_an_explanation_sheet():
    sheets = read_table(DATA / "contacten_openpyxl.xlsx")
    assert [s.name for s in sheets] == ["Uitleg", "Contacten"]
    with pytest.raises(TableFileError, match="geen kopregel"):
        guess_mapping(sheets[0])
    m = guess_mapping(sheets[1])
    assert m.header_row == 2 and m.columns["government"] == 0
    people = _people(DATA / "contacten_openpyxl.xlsx", 1)
    assert people[0][:4] == EXPECTED_FIRST
    assert people[1][5] == "44021"  # a NIS code typed as a number


def test_xlsx_converted_by_libreoffice():
    path = DATA / "contacten_libreoffice.xlsx"
    if not path.exists():
        pytest.skip("LibreOffice was not available to make this fixture")
    people = _people(path)
    assert people[0][:4] == EXPECTED_FIRST and len(people) == 5


def test_a_sheet_without_header_is_refused_with_the_reason():
    [sheet] = read_table(DATA / "zonder_kopregel.csv")
    with pytest.raises(TableFileError, match=r"geen kopregel.*Naam, Voornaam"):
        guess_mapping(sheet)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("geen_spreadsheet.xlsx", None, "geen spreadsheet"),
        ("foto.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "geen spreadsheet"),
        ("kapot.xlsx", b"PK\x03\x04" + bytes(100), "geen spreadsheet"),
        ("oud.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "ouder Excel-bestand"),
        ("leeg.csv", b"  \n", "leeg"),
    ],
)
def test_files_that_are_not_spreadsheets(tmp_path: Path, name: str, content, message: str):
    path = DATA / name if content is None else tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(TableFileError, match=message) as exc:
        read_table(path)
    assert name in exc.value.message


# Made from one openpyxl sheet (merged title cells, an empty row, headers "E-MAILADRES",
# "Gemeente", "NIS-code", "Voornaam", "NAAM", "Functie"): .ods and .xls by LibreOffice 7.4
# (soffice --headless --convert-to ods|xls), the .xlsx locked with the password "geheim"
# by msoffcrypto-tool (OOXMLFile.encrypt), as Excel's "Encrypt with password" stores it.
@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("contacten_libreoffice.ods", ("OpenDocument-rekenblad (.ods)", ".xlsx of .csv")),
        ("contacten_libreoffice.xls", ("ouder Excel-bestand (.xls)",)),
        ("contacten_wachtwoord.xlsx", ("beveiligd met een wachtwoord",)),
    ],
)
def test_other_spreadsheets_are_refused_with_what_to_do(name: str, words: tuple[str, ...]):
    with pytest.raises(TableFileError) as exc:
        read_table(DATA / name)
    for word in words:
        assert word in exc.value.message
    assert exc.value.message.startswith(name)


def test_utf16_csv_with_bom_as_excel_writes_unicode_text(tmp_path: Path):
    path = tmp_path / "unicode.csv"
    path.write_bytes("Naam\tVoornaam\tGemeente\r\nDëvos\tËlke 😀\tGent\r\n".encode("utf-16"))
    [sheet] = read_table(path)
    assert (sheet.encoding, sheet.delimiter) == ("UTF-16", "\t")
    assert sheet.rows[1] == ("Dëvos", "Ëlke 😀", "Gent")
