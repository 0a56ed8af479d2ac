"""Builds the contact-list fixtures: the same people as Belgian Excel and others write
them. Run from this folder to rebuild; the files are committed.

contacten_libreoffice.xlsx was made from contacten_puntkomma_bom.csv by LibreOffice 7.4
(Debian 12's libreoffice-calc-nogui):
    soffice --headless --infilter="CSV:59,34,76,1" --convert-to xlsx contacten_libreoffice.csv
(a copy of the CSV under that name; 59 is ";", 76 is UTF-8).
"""

from __future__ import annotations

import openpyxl

HEADER = ["Naam", "Voornaam", "Functie", "E-mail", "Telefoon", "Gemeente"]
ROWS = [
    [
        "Özdemir",
        "Łukasz",
        "Schepen <digitaal> & ICT",
        "lukasz@borsbeek.be",
        "03 123 45 67",
        "Borsbeek",
    ],
    [
        "Peeters",
        "Anneleen",
        "Coördinator digitale inclusie",
        "anneleen.peeters@gent.be",
        "09 266 00 00",
        "44021",
    ],
    ["Désiré", "Sofie", "Beleidsmedewerker", "sofie@leuven.be", "", "Stad Leuven"],
    ["Janssens", "", "", "niet-een-adres", "", "Gent"],
    ["Maes", "Eva", "", "", "", "Atlantis"],
]


def main() -> None:
    text = ";".join(HEADER) + "\r\n" + "".join(";".join(r) + "\r\n" for r in ROWS)
    with open("contacten_puntkomma_bom.csv", "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    # Windows-1252 has no "Ł": that row becomes "Lukasz", as an old Excel would save it.
    with open("contacten_windows1252.csv", "wb") as f:
        f.write(text.replace("Ł", "L").encode("cp1252"))
    comma = (
        ",".join(HEADER)
        + "\n"
        + "".join(",".join(f'"{c}"' if "," in c or " " in c else c for c in r) + "\n" for r in ROWS)
    )
    with open("contacts_komma.csv", "wb") as f:
        f.write(comma.encode("utf-8"))
    with open("zonder_kopregel.csv", "wb") as f:
        f.write("".join(";".join(r) + "\n" for r in ROWS).encode("utf-8"))
    book = openpyxl.Workbook()
    info = book.active
    info.title = "Uitleg"
    info["A1"] = "Contactlijst van de provincie, bijgewerkt in maart"
    sheet = book.create_sheet("Contacten")
    sheet.append(["Lijst digitale inclusie"])  # a title row, then an empty one, then the header
    sheet.append([])
    sheet.append(["Gemeente", "Familienaam", "Voornaam", "Rol", "Email", "GSM"])
    for r in ROWS:
        sheet.append([r[5] if not r[5].isdigit() else int(r[5]), r[0], r[1], r[2], r[3], r[4]])
    book.save("contacten_openpyxl.xlsx")
    with open("geen_spreadsheet.xlsx", "wb") as f:
        f.write(b"%PDF-1.4\n% dit is een pdf met de verkeerde naam\n")


if __name__ == "__main__":
    main()
