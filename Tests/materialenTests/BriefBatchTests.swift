import Foundation
import TestSupport
import Testing

/// `materialen brief --clients`: one letter per row, or all letters in one PDF; every row is
/// checked for what a letter needs before anything is written.
@Suite struct BriefBatchTests {
    static let header = "\u{FEFF}Naam;Datum;Tijd;Locatie;Arbeidsdeskundige;Adres;Postcode;Plaats;Telefoon;Email\r\n"

    func run(_ csv: String, _ extra: [String] = [], in directory: URL) throws -> (status: Int32, output: String, error: String) {
        let file = directory.appendingPathComponent("afspraken.csv")
        try Data(csv.utf8).write(to: file)
        return try Repository.materialen(["brief", "--clients", file.path, "-o", "uit"] + extra, in: directory)
    }

    func contents(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func oneLetterPerClientWithEveryPlaceholderFilled() throws {
        let directory = try Repository.temporaryDirectory("briefbatch")
        let csv = Self.header
            + "Anna Ëlsa de Vries;03-12-2026;10:30;Stationsplein 12, Utrecht;Noor Jansen;Lindelaan 4;3521 AB;Utrecht;06 12 34 56 78;noor@example.nl\r\n"
            + "Sam Bakker;4-12-2026;9.15;Kantoor Arnhem;Noor Jansen;;;;;\r\n"
        let result = try run(csv, in: directory)
        #expect(result.status == 0, "\(result.error)")
        let written = try contents(directory.appendingPathComponent("uit"))
        #expect(written == ["2026-12-03_anna-elsa-de-vries_brief.pdf", "2026-12-04_sam-bakker_brief.pdf"])
        let path = directory.appendingPathComponent("uit/2026-12-03_anna-elsa-de-vries_brief.pdf").path
        let info = try Tools.run("pdfinfo", [path])
        #expect(info.contains("Pages:") && info.replacing(#/ +/#, with: " ").contains("Pages: 2"))
        let text = try Tools.run("pdftotext", ["-enc", "UTF-8", path, "-"])
        #expect(!text.contains("{{"), "every placeholder is filled")
        for expected in ["Anna Ëlsa de Vries", "Lindelaan 4", "3521 AB Utrecht", "3 december 2026", "10.30 uur", "Noor Jansen",
                         "06 12 34 56 78", "noor@example.nl"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        let second = try Tools.run("pdftotext", ["-enc", "UTF-8", directory.appendingPathComponent("uit/2026-12-04_sam-bakker_brief.pdf").path, "-"])
        #expect(second.contains("9.15 uur"), "times are normalised and printed the Dutch way")
    }

    @Test func mergeWritesAllLettersInOnePDF() throws {
        let directory = try Repository.temporaryDirectory("briefbatch")
        let csv = Self.header
            + "Anna;03-12-2026;10:30;Utrecht;Noor Jansen;;;;;\r\n"
            + "Bram;03-12-2026;11:30;Utrecht;Noor Jansen;;;;;\r\n"
            + "Cem;03-12-2026;13:00;Utrecht;Noor Jansen;;;;;\r\n"
        let result = try run(csv, ["--merge"], in: directory)
        #expect(result.status == 0, "\(result.error)")
        let written = try contents(directory.appendingPathComponent("uit"))
        #expect(written == ["afspraken_brief.pdf"])
        let info = try Tools.run("pdfinfo", [directory.appendingPathComponent("uit/afspraken_brief.pdf").path])
            .replacing(#/ +/#, with: " ")
        #expect(info.contains("Pages: 6"), "two pages per letter")
        #expect(info.contains("Tagged: yes"))
    }

    @Test func everyRowMissingWhatALetterNeedsIsListedAndNothingIsWritten() throws {
        let directory = try Repository.temporaryDirectory("briefbatch")
        let csv = Self.header
            + "Anna;03-12-2026;10:30;Utrecht;Noor Jansen;;;;;\r\n"
            + "Bram;03-12-2026;;Utrecht;Noor Jansen;;;;;\r\n"
            + "Cem;32-12-2026;13:00;;Noor Jansen;;;;;\r\n"
        let result = try run(csv, in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("afspraken.csv:3"), "\(result.error)")
        #expect(result.error.contains("\"Tijd\""))
        #expect(result.error.contains("afspraken.csv:4"))
        #expect(result.error.contains("\"Locatie\""))
        #expect(result.error.contains("\"Datum\""))
        #expect(try contents(directory) == ["afspraken.csv"], "nothing written, not even the folder")
    }

    @Test func aSheetWithoutATimeColumnIsRefused() throws {
        let directory = try Repository.temporaryDirectory("briefbatch")
        let result = try run("naam,datum,locatie,arbeidsdeskundige\nAnna,3-12-2026,Utrecht,Noor\n", in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("tijd"), "\(result.error)")
        #expect(try contents(directory) == ["afspraken.csv"])
    }

    @Test func singleLetterOptionsAndClientsDoNotMix() throws {
        let directory = try Repository.temporaryDirectory("briefbatch")
        let result = try run(Self.header + "Anna;03-12-2026;10:30;Utrecht;Noor;;;;;\r\n", ["--client", "Sam"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("leave out --client"))
        #expect(try contents(directory) == ["afspraken.csv"])
    }
}
