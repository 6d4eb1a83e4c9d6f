import Drukkerij
import Foundation
import Testing

/// Reading client sheets as offices export them, and validating every row before anything is made.
@Suite struct ClientSheetTests {
    // MARK: Reading what offices export

    @Test func semicolonBOMDutchHeadersAndDutchDates() throws {
        let sheet = try Fixtures.sheet("\u{FEFF}Naam;Datum;Tijd;Arbeidsdeskundige;Onderwerpen\r\n"
            + "Anna Ëlsa de Vries;03-12-2026;10:30;Noor Jansen;\"Minder uren; en of ik weer kan werken\"\r\n"
            + "Sam Bakker;3-12-2026;11:30;Noor Jansen;\r\n")
        #expect(sheet.encoding == .utf8WithBOM)
        #expect(sheet.delimiter == ";")
        let rows = try sheet.validated(for: .werkblad)
        #expect(rows.map(\.appointment.name) == ["Anna Ëlsa de Vries", "Sam Bakker"])
        #expect(rows.map(\.appointment.date?.iso) == ["2026-12-03", "2026-12-03"])
        #expect(rows[0].appointment.topics == "Minder uren; en of ik weer kan werken", "the ; inside quotes is part of the value")
        #expect(rows[0].appointment.expert == "Noor Jansen")
        #expect(rows.map(\.line) == [2, 3])
    }

    @Test func commaEnglishHeadersAndISODates() throws {
        let rows = try Fixtures.sheet("name,date,expert,topics\nJan Jansen,2026-12-04,Noor Jansen,\"Werk, en mijn uren\"\nPiet Pietersen,2027-01-15,,\n")
            .validated(for: .werkblad)
        #expect(rows.map(\.appointment.date?.iso) == ["2026-12-04", "2027-01-15"])
        #expect(rows[0].appointment.topics == "Werk, en mijn uren")
        #expect(rows[1].appointment.expert == nil)
    }

    @Test func tabSeparatedWithQuotedLineBreaks() throws {
        let sheet = try Fixtures.sheet("naam\tdatum\tonderwerpen\nAnna\t3-12-2026\t\"Eerste regel\nTweede regel\"\nBram\t4-12-2026\t\n")
        #expect(sheet.delimiter == "\t")
        let rows = try sheet.validated(for: .werkblad)
        #expect(rows[0].appointment.topics == "Eerste regel\nTweede regel")
        #expect(rows.map(\.line) == [2, 4], "a quoted line break counts as a line of the file")
    }

    @Test func utf16UnicodeTextFromExcelIsRead() throws {
        // Excel's "Unicode text": UTF-16 little-endian with a byte-order mark, tabs between the fields.
        let text = "Naam\tDatum\r\nŁucja Øster\t03-12-2026\r\n"
        let sheet = try ClientSheet.parse(Data([0xFF, 0xFE]) + (try #require(text.data(using: .utf16LittleEndian))), path: "x.csv")
        #expect(sheet.encoding == .utf16)
        #expect(try sheet.validated(for: .werkblad).map(\.appointment.name) == ["Łucja Øster"])
    }

    @Test func windows1252IsReadWithAWarning() throws {
        // "Élise Müller" as Excel writes it on a Dutch Windows.
        var bytes = Array("Naam;Datum\n".utf8)
        bytes += [0xC9] + Array("lise M".utf8) + [0xFC] + Array("ller;3-12-2026\n".utf8)
        let sheet = try ClientSheet.parse(Data(bytes), path: "clients.csv")
        #expect(sheet.encoding == .windows1252)
        #expect(sheet.warnings(today: Fixtures.letterDate).contains { $0.contains("Windows-1252") && $0.contains("CSV UTF-8") })
        #expect(try sheet.validated(for: .werkblad).map(\.appointment.name) == ["Élise Müller"])
    }

    @Test func unknownColumnsAreNamedInAWarning() throws {
        let sheet = try Fixtures.sheet("naam;datum;geboortedatum\nAnna;3-12-2026;1-1-1970\n")
        #expect(sheet.ignoredHeaders == ["geboortedatum"])
        #expect(sheet.warnings(today: Fixtures.letterDate).contains { $0.contains("\"geboortedatum\"") })
    }

    // MARK: Bad input: every problem named, in one error

    @Test func invalidRowsAreAllListedWithLineAndColumn() {
        let message = Fixtures.problems("Naam;Datum;Tijd\n"
            + "Anna;3-12-2026;10:30\n"        // line 2: fine
            + "Bram;31-02-2026;10:30\n"       // line 3: no such date
            + ";4-12-2026;\n"                 // line 4: no name
            + "Cees;;\n"                      // line 5: no date
            + "Dirk;5-12-2026;99:99\n"        // line 6: a bad time does not matter to a werkblad
            + "Eva;12/2026;\n"                // line 7: not a date
            + "Fem;6-12-2026;;te veel\n")     // line 8: a value too many
        #expect(message.contains("clients.csv:3: column \"Datum\": \"31-02-2026\" is not a date"), "\(message)")
        #expect(message.contains("clients.csv:4: column \"Naam\": empty"))
        #expect(message.contains("clients.csv:5: column \"Datum\": empty"))
        #expect(message.contains("clients.csv:7: column \"Datum\": \"12/2026\" is not a date"))
        #expect(message.contains("clients.csv:8: has 1 more value"))
        #expect(!message.contains("clients.csv:2:") && !message.contains("clients.csv:6:"))
        #expect(message.contains("5 of 7 rows are not valid; nothing was written"))
    }

    @Test func aLetterNeedsMoreThanAWerkblad() {
        let sheet = "Naam;Datum;Tijd;Locatie;Arbeidsdeskundige\n"
            + "Anna;03-12-2026;10:30;Utrecht;Noor Jansen\n"
            + "Bram;03-12-2026;;Utrecht;Noor Jansen\n"
            + "Cem;32-12-2026;99:99;;Noor Jansen\n"
        #expect(Fixtures.problems(sheet, for: .werkblad).contains("clients.csv:4: column \"Datum\""))
        #expect(!Fixtures.problems(sheet, for: .werkblad).contains("Tijd"), "a werkblad prints no time")
        let letter = Fixtures.problems(sheet, for: .brief)
        #expect(letter.contains("clients.csv:3: column \"Tijd\": empty"), "\(letter)")
        #expect(letter.contains("clients.csv:4: column \"Tijd\": \"99:99\" is not a time"))
        #expect(letter.contains("clients.csv:4: column \"Locatie\": empty"))
        #expect(letter.contains("clients.csv:4: column \"Datum\""))
    }

    @Test func aSheetWithoutAColumnTheMaterialNeedsIsRefused() {
        let message = Fixtures.problems("naam,datum,locatie,arbeidsdeskundige\nAnna,3-12-2026,Utrecht,Noor\n", for: .brief)
        #expect(message.contains("has no column \"tijd\" (or \"time\")"), "\(message)")
        let name = Fixtures.problems("voornaam;achternaam;datum\nAnna;Bakker;3-12-2026\n")
        #expect(name.contains("has no column \"naam\" (or \"name\") for the client's name"), "\(name)")
        #expect(name.contains("\"voornaam\", \"achternaam\", \"datum\""))
    }

    @Test func lineNumbersCountLinesInsideQuotedValues() {
        let message = Fixtures.problems("naam;datum;onderwerpen\nAnna;3-12-2026;\"een\ntwee\ndrie\"\nBram;geen datum;\n")
        #expect(message.contains("clients.csv:5: column \"datum\""), "\(message)")
    }

    @Test func unparseableDateNamesTheValueAndTheAcceptedForms() {
        let message = Fixtures.problems("naam,datum\nAnna,volgende week dinsdag\n")
        #expect(message.contains("clients.csv:2: column \"datum\": \"volgende week dinsdag\" is not a date; write it as "
                                 + "3-12-2026, 3-12-26, 3/12/2026, 2026-12-03 or 3 december 2026"), "\(message)")
    }

    @Test func aLineBreakInANameIsAMissingQuote() {
        let message = Fixtures.problems("naam;datum\n\"Anna\nBakker;3-12-2026\n")
        #expect(message.contains("closing quote"), "\(message)")
    }

    @Test(arguments: ["", "\u{FEFF}", "\n\n  \n"])
    func emptyFileIsItsOwnMessage(_ content: String) {
        #expect(Fixtures.problems(content).contains("clients.csv is empty"))
    }

    @Test func headerWithoutClientsIsItsOwnMessage() {
        #expect(Fixtures.problems("naam;datum\n;\n").contains("has a header row but no clients"))
    }

    @Test func duplicateColumnsAreRefused() {
        #expect(Fixtures.problems("naam;name;datum\nA;B;3-12-2026\n").contains("both mean \"naam\""))
    }

    @Test func missingFileAndFolderAreTheirOwnMessages() throws {
        #expect(throws: ClientSheetError.fileNotFound(path: "/nonexistent/afspraken.csv")) {
            try ClientSheet.read("/nonexistent/afspraken.csv")
        }
        let folder = NSTemporaryDirectory()
        #expect { try ClientSheet.read(folder) } throws: { String(describing: $0).contains("it is a folder") }
    }

    @Test func textThatIsNotUTF8OrWindows1252IsRefusedWithHowToSaveAsUTF8() {
        // 0x81 is not a character in Windows-1252, and the bytes are not UTF-8.
        let data = Data(Array("naam;datum\nA".utf8) + [0x81, 0x8D] + Array(";3-12-2026\n".utf8))
        #expect { try ClientSheet.parse(data, path: "x.csv") } throws: {
            String(describing: $0).contains("CSV UTF-8 (door komma's gescheiden)")
        }
    }

    @Test func aZIPThatIsCutOffIsADamagedWorkbook() {
        #expect { try ClientSheet.parse(Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]), path: "x.csv") } throws: {
            String(describing: $0).contains("x.csv looks like an Excel workbook (.xlsx) but cannot be read")
        }
    }
}
