import Foundation
import TestSupport
import Testing

/// `--clients` through the built executable: what only the command line does (options, progress,
/// exit codes, messages naming line and field, writing a folder or one file atomically). Reading
/// sheets and the batch engine are tested in process in DrukkerijTests.
@Suite struct CommandLineBatchTests {
    @Test func aFolderOfWerkbladenIsWrittenAndListed() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let csv = "\u{FEFF}Naam;Datum;Arbeidsdeskundige\r\nAnna Ëlsa de Vries;03-12-2026;Noor Jansen\r\nSam Bakker;3-12-2026;\r\n"
        let result = try run(csv, in: directory)
        #expect(result.status == 0, "\(result.error)")
        #expect(try files(in: directory, "uit") == ["2026-12-03_anna-elsa-de-vries_werkblad.pdf", "2026-12-03_sam-bakker_werkblad.pdf"])
        #expect(result.output.contains("wrote ") && result.output.contains("2026-12-03_sam-bakker_werkblad.pdf"))
        let text = try Tools.run("pdftotext", ["-enc", "UTF-8", directory.appendingPathComponent("uit/2026-12-03_anna-elsa-de-vries_werkblad.pdf").path, "-"])
        #expect(text.contains("Anna Ëlsa de Vries") && text.contains("3 december 2026"))
    }

    @Test func mergeWritesOnePDFNamedAfterTheSheetOrAsGiven() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let csv = "naam;datum\nAnna;3-12-2026\nBram;4-12-2026\nCees;5-12-2026\n"
        let result = try run(csv, in: directory, extra: ["--merge"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("(6 pages)"), "each werkblad with its back side: \(result.output)")
        #expect(try files(in: directory, "uit") == ["clients_werkblad.pdf"])
        let info = try Tools.run("pdfinfo", [directory.appendingPathComponent("uit/clients_werkblad.pdf").path])
        #expect(info.contains(#/Pages:\s+6\n/#))
        let named = try Repository.materialen(["werkblad", "--clients", "clients.csv", "--merge", "-o", "alle.pdf"], in: directory)
        #expect(named.status == 0, "\(named.error)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("alle.pdf").path))
        // Printed on one side: a page per client, no blank backs.
        let single = try Repository.materialen(["werkblad", "--clients", "clients.csv", "--merge", "--single-sided", "-o", "een.pdf"],
                                               in: directory)
        #expect(single.status == 0 && single.output.contains("(3 pages)"), "\(single.output) \(single.error)")
        let letters = try Repository.materialen(["brief", "--clients", "clients.csv", "--merge", "-o", "brieven.pdf"], in: directory)
        #expect(letters.status != 0, "the sheet has no time or location for a letter")
        #expect(letters.error.contains("has no column \"tijd\""), "\(letters.error)")
    }

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

    @Test func invalidRowsFailTheRunAndWriteNothing() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let result = try run("Naam;Datum\nAnna;3-12-2026\nBram;31-02-2026\n;4-12-2026\n", in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("clients.csv:3: column \"Datum\": \"31-02-2026\" is not a date"), "\(result.error)")
        #expect(result.error.contains("clients.csv:4: column \"Naam\": empty"))
        #expect(result.error.contains("2 of 3 rows are not valid; nothing was written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["clients.csv"], "no output folder either")
    }

    @Test func missingFileIsItsOwnMessage() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let result = try Repository.materialen(["werkblad", "--clients", "afspraken.csv", "-o", "uit"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("cannot find the clients file afspraken.csv"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func clientsAndSingleClientOptionsDoNotMix() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let result = try run("naam;datum\nAnna;3-12-2026\n", in: directory, extra: ["--client", "Bram"])
        #expect(result.status != 0)
        #expect(result.error.contains("leave out --client"), "\(result.error)")
        let letter = try Repository.materialen(["brief", "--clients", "clients.csv", "-o", "uit", "--client", "Sam"], in: directory)
        #expect(letter.status != 0)
        #expect(letter.error.contains("leave out --client"))
        let merge = try Repository.materialen(["werkblad", "-o", "w.pdf", "--merge"], in: directory)
        #expect(merge.status != 0)
        #expect(merge.error.contains("--merge works with --clients"))
        // A batch writes a folder of files: a file name for -o is a mistake, not a folder to create.
        let file = try run("naam;datum\nAnna;3-12-2026\n", in: directory, output: "werkbladen.pdf")
        #expect(file.status != 0)
        #expect(file.error.contains("add --merge"), "\(file.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["clients.csv"])
    }

    @Test func jobsMustBePositiveAndNeedClients() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let zero = try run("naam;datum\nAnna;3-12-2026\n", in: directory, extra: ["--jobs", "0"])
        #expect(zero.status != 0)
        #expect(zero.error.contains("--jobs 0: give at least 1 worker"), "\(zero.error)")
        let single = try Repository.materialen(["werkblad", "-o", "w.pdf", "--jobs", "2"], in: directory)
        #expect(single.status != 0)
        #expect(single.error.contains("--jobs works with --clients"))
    }

    @Test func warningsNameTheLineAndTheField() throws {
        let directory = try Repository.temporaryDirectory("batch")
        let name = String(String(repeating: "Wilhelmina ", count: 20).prefix(200))
        let topics = String(String(repeating: "Over mijn werk en mijn gezondheid. ", count: 60).prefix(1999)) + "."
        let result = try run("naam;datum;onderwerpen\nKort;3-12-2026;\n\(name);3-12-2026;\(topics)\n", in: directory, extra: ["--jobs", "2"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("clients.csv:3: werkblad: the client's name (200 characters) does not fit its box"), "\(result.error)")
        #expect(result.error.contains("clients.csv:3: werkblad: what the client wants to discuss (topics, 2000 characters)"))
        #expect(!result.error.contains("clients.csv:2:"))
    }

    // MARK: Helpers

    private func run(_ csv: String, in directory: URL, output: String = "uit", extra: [String] = []) throws
        -> (status: Int32, output: String, error: String) {
        try Data(csv.utf8).write(to: directory.appendingPathComponent("clients.csv"))
        return try Repository.materialen(["werkblad", "--clients", "clients.csv", "-o", output] + extra, in: directory)
    }

    private func files(in directory: URL, _ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path).sorted()
    }
}
