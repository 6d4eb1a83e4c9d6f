#!/usr/bin/env python3
"""Makes the client-sheet fixtures of the tests (Tests/Fixtures/sheets) and the sample sheets
(Examples/afspraken.xlsx and .csv) with real spreadsheet writers, not by hand: openpyxl writes the
workbooks, LibreOffice (soffice) calculates formulas and saves its own .xlsx and an old .xls, and
msoffcrypto-tool encrypts one with a password as Excel does.

    make fixtures      # a venv with requirements.txt, LibreOffice from Debian, then this script

The files are committed, so `swift test` needs none of these tools. Every workbook and CSV variant
of the same clients must give the same appointments as schoon.csv (the tests compare the PDFs
byte for byte); the other files are the bad cases the tests expect to be refused.
"""

import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import tempfile

import msoffcrypto.format.ooxml
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
EXAMPLES = os.path.join(ROOT, "Examples")

# The CSV contract's columns, Dutch headers, in order. A new client column is one more entry here
# and in HEADERS (and a value per client below, else it stays empty); the tests check the sample
# sheets have every column.
COLUMNS = ["naam", "datum", "tijd", "locatie", "arbeidsdeskundige", "adres", "postcode", "plaats",
           "telefoon", "email", "telefoon_arbeidsdeskundige", "email_arbeidsdeskundige", "onderwerpen", "kenmerk", "reden", "aanhef", "extra", "keuzehulp", "soort",
           "gespreksvorm", "videolink", "aanwezig", "aanspreekvorm", "variant"]
# How the office's own sheet writes the headers.
HEADERS = ["Naam", "Datum", "Tijd", "Locatie", "Arbeidsdeskundige", "Adres", "Postcode", "Plaats",
           "Telefoon", "E-mail", "Telefoon arbeidsdeskundige", "E-mail arbeidsdeskundige", "Onderwerpen", "Kenmerk", "Reden", "Aanhef", "Extra", "Keuzehulp", "Soort",
           "Gespreksvorm", "Videolink", "Aanwezig", "Aanspreekvorm", "Variant"]

UTRECHT = "Kantoor Utrecht, Stationsplein 12"
ZWOLLE = "Kantoor Zwolle, Burgemeester Roelenweg 5"

# Week 49 of 2027 (6–10 December): in the future for years, so no date warning fires.
CLIENTS = [
    dict(naam="Anna Ëlsa de Vries", datum=dt.date(2027, 12, 6), tijd=dt.time(9, 30), locatie=UTRECHT,
         arbeidsdeskundige="Noor Jansen", adres="Lindelaan 4", postcode="3511 AB", plaats="Utrecht",
         telefoon="06 11 22 33 44", email="a.devries@voorbeeld.nl", telefoon_arbeidsdeskundige="030 123 45 67", email_arbeidsdeskundige="n.jansen@voorbeeld.nl", onderwerpen="minder uren werken",
         reden="je werk na je ziekmelding", extra="Het kantoor is op de tweede verdieping. Er is een lift.",
         soort="spoor1"),
    dict(naam="Daniël Öztürk", datum=dt.date(2027, 12, 6), tijd=dt.time(11, 0), locatie=UTRECHT,
         arbeidsdeskundige="Noor Jansen", adres="Oudegracht 211 bis", postcode="3511 NG", plaats="Utrecht",
         telefoon_arbeidsdeskundige="030 123 45 67", email_arbeidsdeskundige="n.jansen@voorbeeld.nl", onderwerpen="ander werk in de zorg",
         soort="spoor2", aanwezig="een tolk Turks", variant="vervolggesprek"),
    dict(naam="Zoë Bakker-Çelik", datum=dt.date(2027, 12, 7), tijd=dt.time(14, 0), locatie=ZWOLLE,
         arbeidsdeskundige="Mehmet Yılmaz", adres="Thorbeckegracht 9", postcode="8011 VL", plaats="Zwolle",
         telefoon_arbeidsdeskundige="038 765 43 21", email_arbeidsdeskundige="m.yilmaz@voorbeeld.nl",
         onderwerpen="weer beginnen na een lange pauze", gespreksvorm="video", aanspreekvorm="u",
         videolink="https://video.voorbeeld.nl/gesprek/7731"),
    dict(naam="Łucja Nowak", datum=dt.date(2027, 12, 8), tijd=dt.time(10, 15), locatie=ZWOLLE,
         arbeidsdeskundige="Mehmet Yılmaz", adres="Assendorperstraat 70", postcode="8012 DH", plaats="Zwolle",
         telefoon_arbeidsdeskundige="038 765 43 21", email_arbeidsdeskundige="m.yilmaz@voorbeeld.nl", onderwerpen=""),
    dict(naam="Sem van 't Hof", datum=dt.date(2027, 12, 9), tijd=dt.time(13, 45), locatie=UTRECHT,
         arbeidsdeskundige="Noor Jansen", adres="Biltstraat 101", postcode="3572 AM", plaats="Utrecht",
         telefoon_arbeidsdeskundige="030 123 45 67", email_arbeidsdeskundige="n.jansen@voorbeeld.nl", onderwerpen="thuiswerken en minder reizen"),
    dict(naam="Ruben IJzerman", datum=dt.date(2027, 12, 10), tijd=dt.time(16, 30), locatie=UTRECHT,
         arbeidsdeskundige="Noor Jansen", adres="Amsterdamsestraatweg 300", postcode="3551 CV", plaats="Utrecht",
         telefoon_arbeidsdeskundige="030 123 45 67", email_arbeidsdeskundige="n.jansen@voorbeeld.nl", onderwerpen="een opleiding volgen"),
]

# openpyxl stamps the time of writing into every workbook; a fixed one keeps regenerated files
# the same where openpyxl allows.
STAMP = dt.datetime(2027, 11, 1, 12, 0, 0)

EXPLANATION = [
    "Zo vult u deze lijst in",
    "",
    "Zet elke cliënt op een eigen rij in het blad met de afspraken. Laat de kopregel staan.",
    "naam en datum zijn nodig voor een werkblad.",
    "Voor een uitnodigingsbrief zijn ook tijd, locatie en arbeidsdeskundige nodig.",
    "adres, postcode en plaats komen in het venster van de envelop.",
    "telefoon en email zijn van de cliënt: ze komen niet in de brief.",
    "telefoon_arbeidsdeskundige en email_arbeidsdeskundige staan in de brief als contact voor vragen (leeg: die van de organisatie).",
    "onderwerpen: wat de cliënt vooraf zei dat hij of zij wil bespreken (geen medische gegevens).",
    "kenmerk: het dossier- of zaaknummer, nooit een BSN. Met een kenmerk heten de bestanden naar het kenmerk.",
    "reden: waar het gesprek over gaat, na 'een gesprek over'. aanhef: bijvoorbeeld Beste mevrouw Jansen,",
    "extra: een eigen alinea in de brief. keuzehulp: ja of nee (leeg: zoals de organisatie het instelt).",
    "gespreksvorm: kantoor (leeg), huisbezoek, werkplek, video of telefoon. videolink: de link bij video.",
    "aanwezig: wie er nog bij het gesprek is, bijvoorbeeld een collega of een tolk (een beroepstolk, geen kind of familielid).",
    "aanspreekvorm: je of u voor deze cliënt (leeg: zoals de organisatie het instelt).",
    "variant: uitnodiging (leeg), vervolggesprek of gewijzigde-afspraak.",
    "soort: de soort onderzoek, bijvoorbeeld wia, herbeoordeling, ziektewet, spoor1, spoor2, werkgeversopdracht of letselschade.",
    "Datum: 3-12-2027 of een datumcel. Tijd: 14:30 of een tijdcel.",
]


def clean_csv(path, clients=CLIENTS):
    """The reference: `;`, ISO dates, HH:MM times, UTF-8."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\n")
        writer.writerow(COLUMNS)
        for c in clients:
            writer.writerow([c["datum"].isoformat() if k == "datum" else c["tijd"].strftime("%H:%M") if k == "tijd"
                             else c.get(k, "") for k in COLUMNS])


def variant_csv(path, dates, times, delimiter=";", before=(), encoding="utf-8", headers=COLUMNS):
    """The clients with the dates and times written as given, after the lines in `before`."""
    buffer = io.StringIO()
    for line in before:
        buffer.write(line + "\r\n")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for c, date, time in zip(CLIENTS, dates, times):
        writer.writerow([date if k == "datum" else time if k == "tijd" else c.get(k, "") for k in COLUMNS])
    with open(path, "w", newline="", encoding=encoding) as f:
        f.write(buffer.getvalue())


def new_workbook():
    wb = openpyxl.Workbook()
    wb.properties.creator = "Gezien & Gehoord"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    return wb


def explanation_sheet(ws):
    for row, line in enumerate(EXPLANATION, start=1):
        ws.cell(row=row, column=1, value=line)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 90


def header_row(ws, row):
    for col, header in enumerate(HEADERS, start=1):
        cell = ws.cell(row=row, column=col, value=header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
    widths = [24, 13, 9, 36, 20, 26, 10, 12, 15, 26, 36]
    for col in range(1, len(HEADERS) + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = widths[col - 1] if col <= len(widths) else 20


def client_row(ws, row, client, date_format="d-m-yyyy", time_format="h:mm", date=None, time=None):
    for col, key in enumerate(COLUMNS, start=1):
        value = client.get(key, "")
        cell = ws.cell(row=row, column=col)
        if key == "datum":
            cell.value = client["datum"] if date is None else date
            cell.number_format = date_format
        elif key == "tijd":
            cell.value = client["tijd"] if time is None else time
            cell.number_format = time_format
        else:
            cell.value = value if value != "" else None
            if key in ("adres", "onderwerpen"):
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def office_workbook(path, formulas=False):
    """The office's own sheet: an explanation first, an old hidden sheet, then week 49 with a
    title row, a blank row above the header, an empty row between clients, and dates and times
    as cells in several of the formats Excel offers (plus one time typed as text)."""
    wb = new_workbook()
    explanation_sheet(wb.active)
    wb.active.title = "Uitleg"
    old = wb.create_sheet("Oud")
    header_row(old, 1)
    client_row(old, 2, dict(CLIENTS[0], naam="Iemand Van Vorige Week", datum=dt.date(2027, 11, 29)))
    old.sheet_state = "hidden"
    ws = wb.create_sheet("Week 49")
    ws["A1"] = "Afspraken week 49"
    ws["A1"].font = Font(bold=True, size=14)
    header_row(ws, 3)
    formats = [  # (date format, time format) per client
        ("d-m-yyyy", "h:mm"),
        ("mm-dd-yy", "hh:mm"),                      # built-in 14 (shown as the system's short date)
        ("[$-413]d mmmm yyyy", "[$-413]h:mm;@"),
        ("dddd d mmmm yyyy", "h:mm AM/PM"),
        ("d-m-yyyy h:mm", "h:mm:ss"),               # a date-and-time cell in the date column
        ("dd/mm/yy", "h:mm"),
    ]
    row = 4
    for index, (client, (date_format, time_format)) in enumerate(zip(CLIENTS, formats)):
        date = dt.datetime.combine(client["datum"], client["tijd"]) if "h" in date_format else None
        client_row(ws, row, client, date_format, time_format, date=date)
        if index == 5:
            ws.cell(row=row, column=3, value="16.30 uur")   # typed as text, as people do
        if formulas and index == 1:
            ws.cell(row=row, column=2, value="=B4")         # the same day as the row above
        if formulas and index == 5:
            ws.cell(row=row, column=1, value='="Ruben "&"IJzerman"')
        row += 2 if index == 2 else 1                       # an empty row after the third client
    ws.freeze_panes = "A4"
    wb.active = wb.sheetnames.index("Week 49")
    wb.save(path)


def workbook_1904(path):
    """The same clients in a workbook with the 1904 date system (old Mac Excel's), no title."""
    wb = new_workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Afspraken"
    header_row(ws, 1)
    for row, client in enumerate(CLIENTS, start=2):
        client_row(ws, row, client)
    wb.save(path)


def errors_workbook(path):
    """Bad rows, each named by sheet, row and column in the message; one hidden row."""
    wb = new_workbook()
    explanation_sheet(wb.active)
    wb.active.title = "Uitleg"
    ws = wb.create_sheet("Week 49")
    ws["A1"] = "Afspraken week 49"
    header_row(ws, 2)
    client_row(ws, 3, CLIENTS[0])
    client_row(ws, 4, CLIENTS[1], date="31-02-2027")                # no such day, typed as text
    client_row(ws, 5, CLIENTS[2], time="25.00")                      # no such time
    client_row(ws, 6, CLIENTS[3], date="vr 6 december 2027")         # 6 December 2027 is a Monday
    client_row(ws, 7, CLIENTS[4])
    ws.row_dimensions[7].hidden = True
    client_row(ws, 8, dict(CLIENTS[5], naam=""))                     # no name
    wb.save(path)


def no_header_workbook(path):
    wb = new_workbook()
    wb.active.title = "Blad1"
    wb.active["A1"] = "Voornaam"
    wb.active["B1"] = "Achternaam"
    wb.active["A2"] = "Anna"
    wb.create_sheet("Blad2")["A1"] = "Notities"
    wb.save(path)


def sample_sheets():
    """Examples/afspraken.xlsx and .csv: every column, three made-up clients, an explanation."""
    wb = new_workbook()
    ws = wb.active
    ws.title = "Afspraken"
    header_row(ws, 1)
    for row, client in enumerate(CLIENTS[:3], start=2):
        client_row(ws, row, client)
    ws.freeze_panes = "A2"
    # Printed on one landscape page wide, as an office prints a list.
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    explanation_sheet(wb.create_sheet("Uitleg"))
    wb.save(os.path.join(EXAMPLES, "afspraken.xlsx"))
    variant_csv(os.path.join(EXAMPLES, "afspraken.csv"),
                [f"{c['datum'].day}-{c['datum'].month}-{c['datum'].year}" for c in CLIENTS[:3]],
                [c["tijd"].strftime("%H:%M") for c in CLIENTS[:3]], encoding="utf-8-sig")


def libreoffice(source, target_dir, filter_name, extension):
    """Opens `source` in LibreOffice (which calculates its formulas) and saves it with `filter_name`."""
    soffice = shutil.which("soffice") or sys.exit("soffice not found: apt-get install libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        f"{extension}:{filter_name}", "--outdir", target_dir, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def bsn_workbook(path):
    """Values that look like a BSN where they must not be (a kenmerk, a topic), and nine digits
    that are not one: a number failing the elfproef, and a mobile number that lost its 0."""
    wb = new_workbook()
    ws = wb.active
    ws.title = "Week 50"
    header_row(ws, 1)
    rows = [dict(CLIENTS[0], kenmerk="123456782"),
            dict(CLIENTS[1], kenmerk="123456789", telefoon=612345678),
            dict(CLIENTS[2], onderwerpen="minder uren werken; bsn 111 222 333")]
    for row, client in enumerate(rows, start=2):
        client_row(ws, row, client)
    wb.save(path)


def main():
    out = HERE
    clean_csv(os.path.join(out, "schoon.csv"))
    bsn_workbook(os.path.join(out, "bsn.xlsx"))
    office_workbook(os.path.join(out, "afspraken.xlsx"))
    workbook_1904(os.path.join(out, "1904.xlsx"))
    errors_workbook(os.path.join(out, "fouten.xlsx"))
    no_header_workbook(os.path.join(out, "geen-kopregel.xlsx"))
    # openpyxl stores formulas without their results: as a script's file is before anyone opens it.
    office_workbook(os.path.join(out, "formules-zonder-uitkomst.xlsx"), formulas=True)
    with tempfile.TemporaryDirectory() as work:
        # LibreOffice calculates the formulas and writes its own workbook (styles, formats, strings).
        source = os.path.join(work, "afspraken-libreoffice.xlsx")
        shutil.copy(os.path.join(out, "formules-zonder-uitkomst.xlsx"), source)
        converted = os.path.join(work, "out")
        os.mkdir(converted)
        libreoffice(source, converted, "Calc MS Excel 2007 XML", "xlsx")
        shutil.copy(os.path.join(converted, "afspraken-libreoffice.xlsx"), out)
        libreoffice(os.path.join(out, "afspraken.xlsx"), converted, "MS Excel 97", "xls")
        shutil.copy(os.path.join(converted, "afspraken.xls"), os.path.join(out, "oud.xls"))
    # A download cut off halfway.
    with open(os.path.join(out, "afspraken.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(out, "kapot.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    # Encrypted with a password, as Excel's "Versleutelen met wachtwoord" does (agile encryption).
    with open(os.path.join(out, "afspraken.xlsx"), "rb") as plain, open(os.path.join(out, "wachtwoord.xlsx"), "wb") as locked:
        office = msoffcrypto.format.ooxml.OOXMLFile(plain)
        office.encrypt("geheim", locked)
    # CSV as people and Excel write it.
    variant_csv(os.path.join(out, "excel-sep.csv"),
                [f"{c['datum'].day}-{c['datum'].month}-{c['datum'].strftime('%y')}" for c in CLIENTS],
                ["9.30", "11.00", "14.00", "10.15", "13.45", "16.30"], before=["sep=;"])
    variant_csv(os.path.join(out, "geschreven.csv"),
                ["maandag 6 december 2027", "ma 6 dec 2027", "di. 7 december 2027", "8 dec. 2027",
                 "do 9 december 2027", "10 december 2027"],
                ["9.30 uur", "11:00", "14.00 uur", "10.15u", "13:45", "16.30 uur"], delimiter=",")
    variant_csv(os.path.join(out, "datums.csv"),
                ["06-12-2027", "6/12/2027", "2027-12-07", "08.12.2027", "09-12-27", "10/12/2027"],
                ["09:30", "11:00:00", "14:00", "10.15", "13:45", "16:30"], delimiter="\t",
                before=["Afspraken week 49", ""], encoding="utf-8-sig")
    sample_sheets()
    for name in sorted(os.listdir(out)):
        if not name.endswith(".py") and not name.endswith(".txt"):
            print(f"{name}: {os.path.getsize(os.path.join(out, name))} bytes")


if __name__ == "__main__":
    main()
