import Foundation
import TestSupport
import Testing

/// `materialen werkblad --clients`: spreadsheets as offices export them, file naming, `--merge`,
/// progress, and every kind of bad input — each run through the built executable.
@Suite struct WerkbladBatchTests {
    // MARK: Reading what offices export

    @Test func semicolonBOMDutchHeadersAndDutchDates() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let csv = "\u{FEFF}Naam;Datum;Tijd;Arbeidsdeskundige;Onderwerpen\r\n"
            + "Anna Ëlsa de Vries;03-12-2026;10:30;Noor Jansen;\"Mijn rug; en of ik weer kan werken\"\r\n"
            + "Sam Bakker;3-12-2026;11:30;Noor Jansen;\r\n"
        let result = try run(csv, in: directory)
        #expect(result.status == 0, "\(result.error)")
        #expect(try files(in: directory, "uit") == ["2026-12-03_anna-elsa-de-vries_werkblad.pdf", "2026-12-03_sam-bakker_werkblad.pdf"])
        let text = try pdfText(directory.appendingPathComponent("uit/2026-12-03_anna-elsa-de-vries_werkblad.pdf"))
        #expect(text.contains("Anna Ëlsa de Vries"))
        #expect(text.contains("3 december 2026"))
        #expect(text.contains("Noor Jansen"))
        #expect(text.contains("Mijn rug;"), "the ; inside quotes is part of the value")
        #expect(result.output.contains("wrote"))
    }

    @Test func commaEnglishHeadersAndISODates() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let csv = "name,date,expert,topics\nJan Jansen,2026-12-04,Noor Jansen,\"Werk, en mijn uren\"\nPiet Pietersen,2027-01-15,,\n"
        let result = try run(csv, in: directory)
        #expect(result.status == 0, "\(result.error)")
        #expect(try files(in: directory, "uit") == ["2026-12-04_jan-jansen_werkblad.pdf", "2027-01-15_piet-pietersen_werkblad.pdf"])
        let text = try pdfText(directory.appendingPathComponent("uit/2026-12-04_jan-jansen_werkblad.pdf"))
        #expect(text.contains("4 december 2026"))
        #expect(text.contains("Werk, en mijn uren"))
    }

    @Test func tabSeparatedWithQuotedLineBreaks() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let csv = "naam\tdatum\tonderwerpen\nAnna\t3-12-2026\t\"Eerste regel\nTweede regel\"\nBram\t4-12-2026\t\n"
        let result = try run(csv, in: directory)
        #expect(result.status == 0, "\(result.error)")
        #expect(try files(in: directory, "uit") == ["2026-12-03_anna_werkblad.pdf", "2026-12-04_bram_werkblad.pdf"])
    }

    @Test func utf16UnicodeTextFromExcelIsRead() throws {
        let directory = try Repository.temporaryDirectory("batch")
        // Excel's "Unicode text": UTF-16 little-endian with a byte-order mark, tabs between the fields.
        let text = "Naam\tDatum\r\nŁucja Øster\t03-12-2026\r\n"
        let result = try run(Data([0xFF, 0xFE]) + (try #require(text.data(using: .utf16LittleEndian))), in: directory)
        #expect(result.status == 0, "\(result.error)")
        #expect(try files(in: directory, "uit") == ["2026-12-03_lucja-oster_werkblad.pdf"])
    }

    @Test func windows1252IsReadWithAWarning() throws {
        let directory = try Repository.temporaryDirectory("batch")
        // "Élise Müller" as Excel writes it on a Dutch Windows.
        var bytes = Array("Naam;Datum\n".utf8)
        bytes += [0xC9] + Array("lise M".utf8) + [0xFC] + Array("ller;3-12-2026\n".utf8)
        let result = try run(Data(bytes), in: directory)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("Windows-1252"))
        #expect(result.error.contains("CSV UTF-8"))
        #expect(try files(in: directory, "uit") == ["2026-12-03_elise-muller_werkblad.pdf"])
        #expect(try pdfText(directory.appendingPathComponent("uit/2026-12-03_elise-muller_werkblad.pdf")).contains("Élise Müller"))
    }

    // MARK: File names

    @Test func namesWithDiacriticsSlashesDotsAndDuplicatesStayInTheFolder() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let csv = "naam;datum\n"
            + "Zoë Çelik-Øster;3-12-2026\n"
            + "../../etc/passwd;3-12-2026\n"
            + "Jan/Piet \\ Klaas;3-12-2026\n"
            + "..;3-12-2026\n"
            + "Zoë Çelik-Øster;3-12-2026\n"
            + "ZOE CELIK OSTER;3-12-2026\n"
            + "Zoë Çelik-Øster;4-12-2026\n"
        let result = try run(csv, in: directory)
        #expect(result.status == 0, "\(result.error)")
        #expect(try files(in: directory, "uit") == [
            "2026-12-03_client_werkblad.pdf",
            "2026-12-03_etc-passwd_werkblad.pdf",
            "2026-12-03_jan-piet-klaas_werkblad.pdf",
            "2026-12-03_zoe-celik-oster_werkblad-2.pdf",
            "2026-12-03_zoe-celik-oster_werkblad-3.pdf",
            "2026-12-03_zoe-celik-oster_werkblad.pdf",
            "2026-12-04_zoe-celik-oster_werkblad.pdf",
        ])
        // Nothing was written beside or above the output folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["clients.csv", "uit"])
    }

    @Test func mergeWritesOneMultiPagePDF() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let csv = "naam;datum\nAnna;3-12-2026\nBram;4-12-2026\nCees;5-12-2026\n"
        let result = try run(csv, in: directory, extra: ["--merge"])
        #expect(result.status == 0, "\(result.error)")
        #expect(try files(in: directory, "uit") == ["clients_werkblad.pdf"])
        let merged = directory.appendingPathComponent("uit/clients_werkblad.pdf")
        let info = try Tools.run("pdfinfo", [merged.path])
        #expect(info.contains(#/Pages:\s+3\n/#))
        let text = try pdfText(merged)
        for name in ["Anna", "Bram", "Cees"] { #expect(text.contains(name)) }
        // An explicit .pdf path works too.
        let named = try Repository.materialen(["werkblad", "--clients", "clients.csv", "--merge", "-o", "alle.pdf"], in: directory)
        #expect(named.status == 0, "\(named.error)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("alle.pdf").path))
    }

    // MARK: Progress

    @Test func longBatchShowsProgressUnlessQuiet() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let csv = "naam;datum\n" + (1...12).map { "Client \($0);3-12-2026\n" }.joined()
        let loud = try run(csv, in: directory)
        #expect(loud.status == 0, "\(loud.error)")
        #expect(loud.error.contains("werkblad: 12 of 12 (100 %)"), "\(loud.error)")
        #expect(try files(in: directory, "uit").count == 12)
        let quiet = try run(csv, in: directory, output: "stil", extra: ["--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.error.isEmpty, "\(quiet.error)")
        #expect(quiet.output.isEmpty)
        #expect(try files(in: directory, "stil").count == 12)
    }

    // MARK: Bad input: nothing written, every problem named

    @Test func invalidRowsAreAllListedWithLineAndColumnAndNothingIsWritten() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let csv = "Naam;Datum;Tijd\n"
            + "Anna;3-12-2026;10:30\n"        // line 2: fine
            + "Bram;31-02-2026;10:30\n"       // line 3: no such date
            + ";4-12-2026;\n"                 // line 4: no name
            + "Cees;;\n"                      // line 5: no date
            + "Dirk;5-12-2026;99:99\n"        // line 6: a bad time does not matter to a werkblad
            + "Eva;12/2026;\n"                // line 7: not a date
            + "Fem;6-12-2026;;te veel\n"      // line 8: a value too many
        let result = try run(csv, in: directory)
        #expect(result.status != 0)
        let message = result.error
        #expect(message.contains("clients.csv:3: column \"Datum\": \"31-02-2026\" is not a date"), "\(message)")
        #expect(message.contains("clients.csv:4: column \"Naam\": empty"))
        #expect(message.contains("clients.csv:5: column \"Datum\": empty"))
        #expect(message.contains("clients.csv:7: column \"Datum\": \"12/2026\" is not a date"))
        #expect(message.contains("clients.csv:8: has 1 more value"))
        #expect(!message.contains("clients.csv:2:") && !message.contains("clients.csv:6:"))
        #expect(message.contains("5 of 7 rows are not valid; nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("uit").path), "no output folder either")
    }

    @Test func lineNumbersCountLinesInsideQuotedValues() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let csv = "naam;datum;onderwerpen\nAnna;3-12-2026;\"een\ntwee\ndrie\"\nBram;geen datum;\n"
        let result = try run(csv, in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("clients.csv:5: column \"datum\""), "\(result.error)")
    }

    @Test func missingNameColumnIsItsOwnMessage() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let result = try run("voornaam;achternaam;datum\nAnna;Bakker;3-12-2026\n", in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("has no column \"naam\" (or \"name\") for the client's name"), "\(result.error)")
        #expect(result.error.contains("\"voornaam\", \"achternaam\", \"datum\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["clients.csv"])
    }

    @Test func unparseableDateNamesTheValueAndTheAcceptedForms() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let result = try run("naam,datum\nAnna,3 december 2026\n", in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("clients.csv:2: column \"datum\": \"3 december 2026\" is not a date; write it as 2026-12-03, 3-12-2026 or 03-12-2026"),
                "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["clients.csv"])
    }

    @Test(arguments: ["", "\u{FEFF}", "\n\n  \n"])
    func emptyFileIsItsOwnMessage(_ content: String) throws {
        let directory = try Repository.temporaryDirectory("batch")
        let result = try run(content, in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("clients.csv is empty"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["clients.csv"])
    }

    @Test func headerWithoutClientsIsItsOwnMessage() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let result = try run("naam;datum\n;\n", in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("has a header row but no clients"), "\(result.error)")
    }

    @Test func missingFileIsItsOwnMessage() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let result = try Repository.materialen(["werkblad", "--clients", "afspraken.csv", "-o", "uit"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("cannot find the clients file afspraken.csv"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func textThatIsNotUTF8OrWindows1252IsRefusedWithHowToSaveAsUTF8() throws {
        let directory = try Repository.temporaryDirectory("batch")
        // 0x81 is not a character in Windows-1252, and the bytes are not UTF-8.
        let result = try run(Data(Array("naam;datum\nA".utf8) + [0x81, 0x8D] + Array(";3-12-2026\n".utf8)), in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("CSV UTF-8 (door komma's gescheiden)"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["clients.csv"])
    }

    @Test func anExcelWorkbookIsNotCSV() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let result = try run(Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]), in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains(".xlsx"), "\(result.error)")
    }

    @Test func clientsAndSingleClientOptionsDoNotMix() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let result = try run("naam;datum\nAnna;3-12-2026\n", in: directory, extra: ["--client", "Bram"])
        #expect(result.status != 0)
        #expect(result.error.contains("leave out --client"), "\(result.error)")
        let merge = try Repository.materialen(["werkblad", "-o", "w.pdf", "--merge"], in: directory)
        #expect(merge.status != 0)
        #expect(merge.error.contains("--merge works with --clients"))
        // A batch writes a folder of files: a file name for -o is a mistake, not a folder to create.
        let file = try run("naam;datum\nAnna;3-12-2026\n", in: directory, output: "werkbladen.pdf")
        #expect(file.status != 0)
        #expect(file.error.contains("add --merge"), "\(file.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["clients.csv"])
    }

    // MARK: Fitting long values

    @Test func longNameAndTopicsAreFittedWithAWarningThatNamesLineAndField() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let name = String(String(repeating: "Wilhelmina ", count: 20).prefix(200))
        let topics = String(String(repeating: "Over mijn werk en mijn gezondheid. ", count: 60).prefix(1999)) + "."
        let result = try run("naam;datum;onderwerpen\nKort;3-12-2026;\n\(name);3-12-2026;\(topics)\n", in: directory)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("clients.csv:3: werkblad: the client's name (200 characters) does not fit its box"), "\(result.error)")
        #expect(result.error.contains("clients.csv:3: werkblad: what the client wants to discuss (topics, 2000 characters)"))
        #expect(!result.error.contains("clients.csv:2:"))
        #expect(try files(in: directory, "uit").count == 2)
    }

    // MARK: Helpers

    private func run(_ csv: String, in directory: URL, output: String = "uit", extra: [String] = []) throws
        -> (status: Int32, output: String, error: String) {
        try run(Data(csv.utf8), in: directory, output: output, extra: extra)
    }

    private func run(_ csv: Data, in directory: URL, output: String = "uit", extra: [String] = []) throws
        -> (status: Int32, output: String, error: String) {
        try csv.write(to: directory.appendingPathComponent("clients.csv"))
        return try Repository.materialen(["werkblad", "--clients", "clients.csv", "-o", output] + extra, in: directory)
    }

    private func files(in directory: URL, _ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path).sorted()
    }

    private func pdfText(_ file: URL) throws -> String {
        try Tools.run("pdftotext", ["-enc", "UTF-8", file.path, "-"])
    }
}
