import Drukkerij
import Foundation
import Inhoud
import TestSupport
import Testing
import ZIPFoundation

/// Client sheets as the office has them: .xlsx workbooks saved by openpyxl and LibreOffice, CSV as
/// Excel and people write it, and the files that cannot be read, each refused with what to do.
/// The fixtures are made by Tests/Fixtures/sheets/make_fixtures.py.
@Suite struct WorkbookSheetTests {
    static func sheet(_ name: String) throws -> ClientSheet {
        try ClientSheet.parse(try Repository.sheet(name), path: name)
    }

    static func error(_ name: String, for material: Material = .brief) -> String {
        Fixtures.message { _ = try sheet(name).validated(for: material) }
    }

    /// The appointments of the clean CSV, which every variant must give.
    static func reference() throws -> [Appointment] {
        try sheet("schoon.csv").validated(for: .brief).map(\.appointment)
    }

    // MARK: Workbooks

    @Test func theOfficesWorkbookSkipsTheExplanationAndTheHiddenSheetAndFindsTheHeaderUnderTheTitle() throws {
        let sheet = try Self.sheet("afspraken.xlsx")
        #expect(sheet.format == .workbook(sheet: "Week 49"))
        #expect(sheet.source.description == "afspraken.xlsx, sheet 'Week 49'")
        #expect(sheet.encoding == nil && sheet.delimiter == nil)
        #expect(sheet.headerRow == ["Naam", "Datum", "Tijd", "Locatie", "Arbeidsdeskundige", "Adres", "Postcode", "Plaats",
                                    "Telefoon", "E-mail", "Telefoon arbeidsdeskundige", "E-mail arbeidsdeskundige", "Onderwerpen", "Kenmerk", "Reden", "Aanhef", "Extra", "Keuzehulp", "Soort",
                                    "Gespreksvorm", "Videolink", "Aanwezig",
                                    "Aanspreekvorm", "Variant"])
        let rows = try sheet.validated(for: .brief)
        #expect(rows.map(\.line) == [4, 5, 6, 8, 9, 10], "the rows as the spreadsheet numbers them; the empty row 7 skipped")
        #expect(!rows.contains { $0.appointment.name == "Iemand Van Vorige Week" }, "the hidden sheet is not read")
        #expect(rows.map(\.appointment) == (try Self.reference()))
        #expect(sheet.warnings(today: Fixtures.letterDate).isEmpty, "\(sheet.warnings(today: Fixtures.letterDate))")
    }

    @Test func dateAndTimeCellsInEveryFormatAreTheDaysAndTimesTheyShow() throws {
        let appointments = try Self.sheet("afspraken.xlsx").validated(for: .brief).map(\.appointment)
        // d-m-yyyy, built-in 14, [$-413]d mmmm yyyy, dddd d mmmm yyyy, a date-and-time cell, dd/mm/yy.
        #expect(appointments.map { $0.date?.iso } == ["2027-12-06", "2027-12-06", "2027-12-07", "2027-12-08", "2027-12-09",
                                                       "2027-12-10"])
        // h:mm, hh:mm, [$-413]h:mm;@, h:mm AM/PM, h:mm:ss, and "16.30 uur" typed as text.
        #expect(appointments.map(\.time) == ["09:30", "11:00", "14:00", "10:15", "13:45", "16:30"])
        #expect(appointments.map(\.name) == ["Anna Ëlsa de Vries", "Daniël Öztürk", "Zoë Bakker-Çelik", "Łucja Nowak",
                                             "Sem van 't Hof", "Ruben IJzerman"])
        #expect(appointments[3].topics == nil, "an empty cell is no value")
        #expect(appointments[0].addressLines == ["Lindelaan 4", "3511 AB Utrecht"])
    }

    @Test func aWorkbookInThe1904DateSystemGivesTheSameDays() throws {
        let sheet = try Self.sheet("1904.xlsx")
        #expect(sheet.format == .workbook(sheet: "Afspraken"))
        #expect(try sheet.validated(for: .brief).map(\.appointment) == (try Self.reference()))
    }

    @Test func libreOfficesWorkbookWithFormulasGivesTheirResults() throws {
        let rows = try Self.sheet("afspraken-libreoffice.xlsx").validated(for: .brief)
        #expect(rows.map(\.appointment) == (try Self.reference()))
        #expect(rows[1].appointment.date?.iso == "2027-12-06", "=B4, a date formula, by its saved result")
        #expect(rows[5].appointment.name == "Ruben IJzerman", "a text formula by its saved result")
    }

    @Test func aFormulaWithoutASavedResultIsNamedNotTakenAsEmpty() {
        let message = Self.error("formules-zonder-uitkomst.xlsx")
        #expect(message.contains("formules-zonder-uitkomst.xlsx, sheet 'Week 49', row 5, column Datum: a formula without a saved result; "
                                 + "open the file in Excel or LibreOffice and save it"), "\(message)")
        #expect(message.contains("row 10, column Naam: a formula without a saved result"))
        #expect(!message.contains("empty"))
    }

    @Test func badRowsAreNamedBySheetRowAndColumnAsWritten() throws {
        let message = Self.error("fouten.xlsx")
        #expect(message.hasPrefix("fouten.xlsx, sheet 'Week 49': 4 of 6 rows are not valid; nothing was written:"), "\(message)")
        #expect(message.contains("  fouten.xlsx, sheet 'Week 49', row 4, column Datum: \"31-02-2027\" is not a date; write it as"))
        #expect(message.contains("  fouten.xlsx, sheet 'Week 49', row 5, column Tijd: \"25.00\" is not a time"))
        #expect(message.contains("  fouten.xlsx, sheet 'Week 49', row 6, column Datum: \"vr 6 december 2027\": 6 december 2027 is a maandag"))
        #expect(message.contains("  fouten.xlsx, sheet 'Week 49', row 8, column Naam: empty; every client needs a name"))
        #expect(!message.contains("row 3,") && !message.contains("row 7,"))
    }

    @Test func hiddenRowsAreReadAndNamedInAWarning() throws {
        let sheet = try Self.sheet("fouten.xlsx")
        #expect(sheet.hiddenRows == [7])
        #expect(sheet.rows.contains { $0.line == 7 && $0.appointment.name == "Sem van 't Hof" })
        #expect(sheet.warnings(today: Fixtures.letterDate)
            == ["fouten.xlsx, sheet 'Week 49': row 7 is hidden in the spreadsheet and was read like the others"])
    }

    @Test func aWorkbookWithoutANameColumnSaysWhichSheetsItLookedAt() {
        #expect(Self.error("geen-kopregel.xlsx")
            == "no sheet of geen-kopregel.xlsx ('Blad1', 'Blad2') has a header row with a column \"naam\" (or \"name\") in its "
            + "first 10 rows. Give the sheet with the clients a header row: naam, datum, …")
    }

    @Test func aSingleSheetWithoutANameColumnListsItsHeaders() throws {
        let data = try Self.workbook(sheets: [("Lijst", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Voornaam</t></is></c>"
                                                  + "<c r=\"B1\" t=\"inlineStr\"><is><t>Datum</t></is></c></row>"
                                                  + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Anna</t></is></c></row>")])
        let sheet = try ClientSheet.parse(data, path: "lijst.xlsx")
        #expect { try sheet.validated(for: .werkblad) } throws: {
            String(describing: $0) == "lijst.xlsx, sheet 'Lijst' has no column \"naam\" (or \"name\") for the client's name, "
                + "which every werkblad needs; the header row has \"Voornaam\", \"Datum\""
        }
    }

    // MARK: Files that cannot be read

    @Test func aCutOffWorkbookIsDamagedAndSaysToSaveItAgain() {
        let message = Self.error("kapot.xlsx")
        #expect(message.hasPrefix("kapot.xlsx looks like an Excel workbook (.xlsx) but cannot be read ("), "\(message)")
        #expect(message.hasSuffix("Open it in Excel or LibreOffice, save it again as .xlsx, and try again"))
    }

    @Test func anOldXLSIsRefusedWithHowToSaveAsXLSX() {
        // Saved by LibreOffice as "Excel 97–2003", and named .xlsx: the content tells.
        for name in ["oud.xls"] {
            #expect(Self.error(name) == "\(name) is an old Excel workbook (.xls, Excel 97–2003), which cannot be read. Open it in "
                    + "Excel or LibreOffice and save it as \"Excel-werkmap (*.xlsx)\" (or as CSV UTF-8)")
        }
        #expect(throws: ClientSheetError.unsupportedFile(path: "x.xlsx", kind: .oldExcel)) {
            try ClientSheet.parse(try Repository.sheet("oud.xls"), path: "x.xlsx")
        }
    }

    @Test func aPasswordProtectedWorkbookSaysToRemoveThePassword() {
        #expect(throws: ClientSheetError.unsupportedFile(path: "wachtwoord.xlsx", kind: .passwordProtected)) {
            try Self.sheet("wachtwoord.xlsx")
        }
        #expect(Self.error("wachtwoord.xlsx").contains("is protected with a password, so it cannot be read. Open it, remove the password"))
    }

    @Test func otherFilesAreToldByTheirContent() throws {
        let document = try Self.archive(["word/document.xml": "<document/>", "[Content_Types].xml": "<Types/>"])
        #expect(throws: ClientSheetError.unsupportedFile(path: "a.xlsx", kind: .otherArchive)) {
            try ClientSheet.parse(document, path: "a.xlsx")
        }
        let ods = try Self.archive(["mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"])
        #expect(throws: ClientSheetError.unsupportedFile(path: "a.ods", kind: .openDocument)) {
            try ClientSheet.parse(ods, path: "a.ods")
        }
        #expect(throws: ClientSheetError.unsupportedFile(path: "a.csv", kind: .pdf)) {
            try ClientSheet.parse(Data("%PDF-1.7\n".utf8), path: "a.csv")
        }
        let xml = "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>"
        #expect(throws: ClientSheetError.unsupportedFile(path: "a.csv", kind: .markup)) {
            try ClientSheet.parse(Data(xml.utf8), path: "a.csv")
        }
    }

    @Test func aWorkbookWhoseXMLIsBrokenIsDamaged() throws {
        let data = try Self.workbook(sheets: [("Blad1", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>")])
        #expect { try ClientSheet.parse(data, path: "b.xlsx") } throws: {
            String(describing: $0).contains("b.xlsx looks like an Excel workbook (.xlsx) but cannot be read "
                                            + "(its part xl/worksheets/sheet1.xml is not valid XML)")
        }
        let missingString = try Self.workbook(sheets: [("Blad1", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")])
        #expect { try ClientSheet.parse(missingString, path: "b.xlsx") } throws: {
            String(describing: $0).contains("the sheet 'Blad1' refers to a text that is not in the file")
        }
    }

    @Test func aPartThatUnpacksBeyondTheLimitIsRefused() throws {
        // 80 MB of spaces deflate to under 100 KB: a "ZIP bomb" the size of an honest upload.
        let padding = String(repeating: " ", count: 80 << 20)
        let data = try Self.workbook(sheets: [("Blad1", "<row r=\"1\"></row>" + padding)])
        #expect(data.count < 1 << 20)
        #expect { try ClientSheet.parse(data, path: "groot.xlsx") } throws: {
            String(describing: $0).contains("its part xl/worksheets/sheet1.xml is larger than 64 MB unpacked")
        }
    }

    // MARK: CSV as Excel and people write it

    @Test(arguments: ["excel-sep.csv", "geschreven.csv", "datums.csv"])
    func csvVariantsGiveTheCleanSheetsAppointments(_ name: String) throws {
        let sheet = try Self.sheet(name)
        #expect(try sheet.validated(for: .brief).map(\.appointment) == (try Self.reference()))
        #expect(sheet.warnings(today: Fixtures.letterDate).isEmpty, "\(sheet.warnings(today: Fixtures.letterDate))")
    }

    @Test func excelsSepLineNamesTheSeparatorAndCountsAsLineOne() throws {
        let sheet = try Self.sheet("excel-sep.csv")
        #expect(sheet.delimiter == ";")
        #expect(sheet.rows.map(\.line) == [3, 4, 5, 6, 7, 8])
        let pipes = try Fixtures.sheet("\"sep=|\"\nnaam|datum|onderwerpen\nAnna|3-12-2026|uren; reistijd, werk\n")
        #expect(pipes.delimiter == "|")
        #expect(try pipes.validated(for: .werkblad).map(\.appointment.topics) == ["uren; reistijd, werk"])
        #expect(try Fixtures.sheet("sep=,\r\nnaam,datum\r\nAnna,3-12-2026\r\n").validated(for: .werkblad).map(\.line) == [3])
    }

    @Test func aTitleAboveTheHeaderInACSVIsSkipped() throws {
        let sheet = try Self.sheet("datums.csv")
        #expect(sheet.delimiter == "\t")
        #expect(sheet.rows.map(\.line) == [4, 5, 6, 7, 8, 9])
        #expect(Fixtures.problems("Afspraken week 49;;\n;;\nnaam;datum;tijd\nAnna;31-2-2027;\n")
            .contains("clients.csv:4: column \"datum\": \"31-2-2027\" is not a date"))
    }

    @Test func aTwoDigitYearThatPutsTheAppointmentInThePastIsAWarning() throws {
        let sheet = try Fixtures.sheet("naam;datum\nAnna;3-12-26\nBram;20-11-26\nCees;19-11-26\nDirk;1-2-96\nEva;19-11-2026\n")
        #expect(try sheet.validated(for: .werkblad).map { $0.appointment.date?.iso }
            == ["2026-12-03", "2026-11-20", "2026-11-19", "1996-02-01", "2026-11-19"])
        #expect(sheet.warnings(today: Fixtures.letterDate) == [
            "clients.csv:4: column \"datum\": \"19-11-26\" was read as 19 november 2026, which is in the past; write the year in full if another was meant",
            "clients.csv:5: column \"datum\": \"1-2-96\" was read as 1 februari 1996, which is in the past; write the year in full if another was meant",
        ], "a date in full (row 6) is what was meant; today (row 3) is not the past")
    }

    // MARK: The sample sheets

    @Test(arguments: ["afspraken.xlsx", "afspraken.csv"])
    func theSampleSheetsHaveEveryColumnAndReadCleanly(_ name: String) throws {
        let sheet = try ClientSheet.parse(try Data(contentsOf: Repository.examples.appendingPathComponent(name)), path: name)
        #expect(Set(sheet.headers.keys) == Set(ClientColumn.allCases), "regenerate it with make fixtures after adding a column")
        #expect(sheet.ignoredHeaders.isEmpty)
        let rows = try sheet.validated(for: .brief)
        #expect(rows.count == 3)
        #expect(rows.map(\.appointment) == Array(try Self.reference().prefix(3)))
    }

    // MARK: Workbooks made here, for what the fixtures cannot show

    /// A minimal workbook with inline strings: one worksheet part per sheet, its `sheetData` as given.
    static func workbook(sheets: [(name: String, rows: String)]) throws -> Data {
        var parts: [String: String] = [
            "[Content_Types].xml": "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
            "_rels/.rels": relationships([("rId1", "officeDocument", "xl/workbook.xml")]),
        ]
        var sheetList = ""
        var workbookRelationships: [(String, String, String)] = []
        for (index, sheet) in sheets.enumerated() {
            sheetList += "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            workbookRelationships.append(("rId\(index + 1)", "worksheet", "worksheets/sheet\(index + 1).xml"))
            parts["xl/worksheets/sheet\(index + 1).xml"] = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>\(sheet.rows)</sheetData></worksheet>"
        }
        parts["xl/workbook.xml"] = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\(sheetList)</sheets></workbook>"
        parts["xl/_rels/workbook.xml.rels"] = relationships(workbookRelationships)
        return try archive(parts)
    }

    private static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + entries.map { "<Relationship Id=\"\($0.id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\($0.type)\" "
                + "Target=\"\($0.target)\"/>" }.joined()
            + "</Relationships>"
    }

    /// A ZIP archive of `parts`, written by ZIPFoundation.
    static func archive(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }
}

/// No BSN in a sheet: a kenmerk or free text that holds one is refused by row and column, in a
/// workbook and in a CSV; nine digits that fail the elfproef, or a phone number, pass.
@Suite struct SheetBSNTests {
    @Test func aWorkbookWithABSNIsRefusedByRowAndColumn() throws {
        let sheet = try ClientSheet.parse(try Repository.sheet("bsn.xlsx"), path: "bsn.xlsx")
        #expect(throws: ClientSheetError.self) { try sheet.validated(for: .werkblad) }
        do {
            _ = try sheet.validated(for: .werkblad)
        } catch let .invalidRows(_, problems, _) {
            #expect(problems.map(\.line) == [2, 4])
            #expect(problems.map(\.column) == ["Kenmerk", "Onderwerpen"])
            #expect(problems.map(\.kind) == [.unreadable(.reference, .looksLikeBSN), .unreadable(.topics, .looksLikeBSN)])
            #expect(problems.first?.description.contains("bsn.xlsx, sheet 'Week 50', row 2, column Kenmerk: holds what looks like a BSN") == true,
                    "\(problems.first?.description ?? "")")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aCSVWithABSNInAnyFreeTextColumnIsRefused() throws {
        for column in ["kenmerk", "extra", "reden", "onderwerpen", "locatie"] {
            let csv = "naam;datum;\(column);telefoon\nAnna;3-12-2027;zie 1234.56.782;612345678\n"
            let sheet = try ClientSheet.parse(Data(csv.utf8), path: "bsn.csv")
            #expect(throws: ClientSheetError.self, "\(column)") { try sheet.validated(for: .brief) }
            #expect(throws: ClientSheetError.self, "\(column), not printed on a werkblad but still refused") {
                try sheet.validated(for: .werkblad)
            }
        }
        let fine = "naam;datum;kenmerk;telefoon\nAnna;3-12-2027;123456789;612345678\n"
        #expect(try ClientSheet.parse(Data(fine.utf8), path: "ok.csv").validated(for: .werkblad).count == 1)
    }
}
