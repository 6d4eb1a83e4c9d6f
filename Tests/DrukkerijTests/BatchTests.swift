import Drukkerij
import Foundation
import Inhoud
import TestSupport
import Testing
import ZIPFoundation

/// A document per client row into any sink: the same bytes on any number of workers, in row order,
/// named safely; one merged PDF streamed part by part; nothing left behind when a batch fails.
@Suite struct BatchTests {
    /// Rows whose names differ in length and script, so workers finish them out of order.
    static let csv = "naam,datum,arbeidsdeskundige,onderwerpen\n"
        + "Anouk van der Meulen-Çelik,2026-12-01,mr. drs. J. de Wit,Wat ik nog kan in mijn werk\n"
        + "Eefje Boerë,2026-12-02,R. Oğuz,\n"
        + "Daniël de Vries,2026-12-03,drs. M. Hoekstra,\"Minder uren, en het reizen\"\n"
        + "Zoë Bakker-Öztürk,2026-12-04,E. Ruïz-Verbeek,\n"
        + "Ömer Šimić,2026-12-05,A. Peeters,Hoe ik weer aan het werk kom\n"
        + "Inês Smits-Gonçalves,2026-12-06,mr. drs. J. de Wit,\n"
        + "\(String(repeating: "Heel Lange Achternaam ", count: 6)),2026-12-07,R. Oğuz,\n"
        + "Ruben IJzerman,2026-12-08,drs. M. Hoekstra,\(String(repeating: "Heel veel te bespreken. ", count: 40))\n"

    static func batch(_ csv: String = csv, _ material: Material = .werkblad, jobs: Int? = nil) throws -> Batch {
        try Batch(material: material, rows: try Fixtures.sheet(csv).validated(for: material),
                  letterDate: Fixtures.letterDate, jobs: jobs)
    }

    @Test func manyWorkersGiveTheBytesOfOneAndReportInRowOrder() throws {
        let drukkerij = try Fixtures.drukkerij(workers: 3)
        let one = MemoryFileSink(), three = MemoryFileSink()
        let oneLog = RowLog(), threeLog = RowLog()
        try Self.batch(jobs: 1).writeEach(with: drukkerij, to: one, rowDone: oneLog.record)
        try Self.batch(jobs: 3).writeEach(with: drukkerij, to: three, rowDone: threeLog.record)
        #expect(one.isFinished && three.isFinished)
        #expect(one.files.count == 8)
        #expect(one.files.map(\.name) == three.files.map(\.name))
        for (a, b) in zip(one.files, three.files) { #expect(a.data == b.data, "\(a.name) differs between 1 and 3 workers") }
        #expect(threeLog.all.map(\.index) == Array(0..<8), "rows are reported in row order")
        #expect(oneLog.all.map(\.warnings) == threeLog.all.map(\.warnings))
        // The long name (row 7) and the long topics (row 8) are fitted with a warning naming the field.
        #expect(threeLog.all[6].warnings.contains { $0.contains("the client's name") }, "\(threeLog.all[6].warnings)")
        #expect(threeLog.all[7].warnings.contains { $0.contains("what the client wants to discuss") })
        #expect(threeLog.all[0].warnings.isEmpty)
    }

    @Test func eachFileHoldsItsClient() throws {
        let sink = MemoryFileSink()
        try Self.batch().writeEach(with: try Fixtures.drukkerij(), to: sink)
        let first = try #require(sink.files.first)
        #expect(first.name == "2026-12-01_anouk-van-der-meulen-celik_werkblad.pdf")
        let text = try Fixtures.text(of: first.data)
        for expected in ["Anouk van der Meulen-Çelik", "1 december 2026", "mr. drs. J. de Wit", "Wat ik nog kan"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test func namesWithDiacriticsSlashesDotsAndDuplicatesStayInTheFolder() throws {
        let csv = "naam;datum\n"
            + "Zoë Çelik-Øster;3-12-2026\n"
            + "../../etc/passwd;3-12-2026\n"
            + "Jan/Piet \\ Klaas;3-12-2026\n"
            + "..;3-12-2026\n"
            + "Zoë Çelik-Øster;3-12-2026\n"
            + "ZOE CELIK OSTER;3-12-2026\n"
            + "Zoë Çelik-Øster;4-12-2026\n"
        #expect(try Self.batch(csv).fileNames == [
            "2026-12-03_zoe-celik-oster_werkblad.pdf",
            "2026-12-03_etc-passwd_werkblad.pdf",
            "2026-12-03_jan-piet-klaas_werkblad.pdf",
            "2026-12-03_client_werkblad.pdf",
            "2026-12-03_zoe-celik-oster_werkblad-2.pdf",
            "2026-12-03_zoe-celik-oster_werkblad-3.pdf",
            "2026-12-04_zoe-celik-oster_werkblad.pdf",
        ])
        // Written to a folder, every file lands inside it and nothing beside or above it.
        let directory = try Repository.temporaryDirectory("batch-names")
        let sink = try FolderSink(folder: directory.appendingPathComponent("uit").path)
        try Self.batch(csv).writeEach(with: try Fixtures.drukkerij(), to: sink)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["uit"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("uit").path).count == 7)
        #expect(sink.written.allSatisfy { $0.hasPrefix(directory.appendingPathComponent("uit").path + "/") })
    }

    /// File names fold accented Latin letters without ICU (it is slow); every letter that path
    /// handles must give the name ICU's "Any-Latin; Latin-ASCII; Lower" gives.
    @Test func accentedLettersFoldAsICUFoldsThem() throws {
        let letters = (0x00C0...0x024F).compactMap(Unicode.Scalar.init).filter { scalar in
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let base = decomposed.first else { return false }
            return decomposed.count > 1 && base.isASCII && base.properties.isAlphabetic
                && decomposed.dropFirst().allSatisfy { (0x0300...0x036F).contains($0.value) }
        }
        #expect(letters.count > 150)
        for letter in letters {
            let name = "Naam X\(letter)y"
            let icu = try #require(name.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false))
            #expect(BatchFileName.slug(name) == icu.replacingOccurrences(of: " ", with: "-"), "\(letter)")
        }
    }

    @Test func aFailingSinkStopsTheBatchAndIsDiscarded() throws {
        let sink = FailingSink(failAt: 2)
        #expect { try Self.batch().writeEach(with: try Fixtures.drukkerij(), to: sink) } throws: {
            String(describing: $0).contains("disk full")
        }
        #expect(sink.discarded && !sink.finished)
    }

    // MARK: Merged

    /// 40 clients: parts of whole clients, drawn by two workers, joined in row order; each werkblad
    /// its front and its back side, for printing on both sides.
    @Test func aMergedPDFOfSeveralPartsIsTheSameOnOneOrTwoWorkers() throws {
        let lines = (1...40).map { "Cliënt \($0) van Dijk,2026-12-\(String(format: "%02d", 1 + $0 % 28)),mr. drs. J. de Wit,\n" }
        let csv = "naam,datum,arbeidsdeskundige,onderwerpen\n" + lines.joined()
        let drukkerij = try Fixtures.drukkerij(workers: 2)
        let one = MemoryStreamSink(), two = MemoryStreamSink()
        let log = RowLog()
        #expect(try Self.batch(csv, jobs: 1).writeMerged(with: drukkerij, to: one) == 80)
        try Self.batch(csv, jobs: 2).writeMerged(with: drukkerij, to: two, rowDone: log.record)
        #expect(one.isFinished && two.isFinished)
        #expect(one.bytes == two.bytes, "the merged PDF differs between 1 and 2 workers")
        #expect(log.all.map(\.index) == Array(0..<40))
        let pdf = Data(two.bytes)
        let info = try Fixtures.info(of: pdf)
        #expect(info["Pages"] == "80" && info["Tagged"] == "yes")
        try QPDF.check([UInt8](pdf))
        for client in [1, 16, 17, 40] {
            #expect(try Fixtures.text(of: pdf, page: 2 * client - 1).contains("Cliënt \(client) van Dijk"), "client \(client)")
            let back = try Fixtures.text(of: pdf, page: 2 * client)
            #expect(back.contains("Cliënt \(client) van Dijk") && back.contains("Afspraken"), "client \(client)'s back side")
        }
        // Printed on one side: the fronts alone, no blank pages between the clients.
        var single = try Self.batch(csv, jobs: 2)
        single.singleSided = true
        let singleSink = MemoryStreamSink()
        #expect(try single.writeMerged(with: drukkerij, to: singleSink) == 40)
        #expect(try Fixtures.text(of: Data(singleSink.bytes), page: 2).contains("Cliënt 2 van Dijk"))
        // One bookmark per client, by name, in row order across the parts.
        #expect(try QPDF.outlineTitles([UInt8](pdf)) == (1...40).map { "Cliënt \($0) van Dijk · Werkblad · Gezien & Gehoord" })
    }

    @Test func aMergedPDFStreamedToAFileHasTheBytesOfOneInMemory() throws {
        let drukkerij = try Fixtures.drukkerij()
        let memory = MemoryStreamSink()
        try Self.batch().writeMerged(with: drukkerij, to: memory)
        let directory = try Repository.temporaryDirectory("batch-merged")
        let path = directory.appendingPathComponent("alle.pdf").path
        let file = try FileStreamSink(path: path)
        #expect(try Self.batch().writeMerged(with: drukkerij, to: file) == 16)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(memory.bytes))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["alle.pdf"], "no temporary file left")
        let uncompressed = try Tools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"])
        #expect(uncompressed.contains("/Lang (nl-NL)") && uncompressed.contains("/Alt"))
    }

    @Test func anUnwritableMergedPDFNamesTheFileAndLeavesNothing() throws {
        let directory = try Repository.temporaryDirectory("batch-unwritable")
        try Data().write(to: directory.appendingPathComponent("bestand"))
        let path = directory.appendingPathComponent("bestand/alle.pdf").path
        #expect { try FileStreamSink(path: path) } throws: {
            String(describing: $0).contains("bestand/alle.pdf") && !String(describing: $0).contains(".partial")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["bestand"])
    }

    // MARK: Letters

    static let letters = "\u{FEFF}Naam;Datum;Tijd;Locatie;Arbeidsdeskundige;Adres;Postcode;Plaats;Telefoon arbeidsdeskundige;Email_arbeidsdeskundige\r\n"
        + "Anna Ëlsa de Vries;03-12-2026;10:30;Stationsplein 12, Utrecht;Noor Jansen;Lindelaan 4;3521 AB;Utrecht;06 12 34 56 78;noor@example.nl\r\n"
        + "Sam Bakker;4-12-2026;9.15;Kantoor Arnhem;Noor Jansen;;;;;\r\n"

    @Test func oneLetterPerClientWithEveryPlaceholderFilled() throws {
        let sink = MemoryFileSink()
        try Self.batch(Self.letters, .brief).writeEach(with: try Fixtures.drukkerij(), to: sink)
        #expect(sink.files.map(\.name) == ["2026-12-03_anna-elsa-de-vries_brief.pdf", "2026-12-04_sam-bakker_brief.pdf"])
        #expect(try Fixtures.info(of: sink.files[0].data)["Pages"] == "3", "the letter, the Strip, the questions")
        let text = try Fixtures.text(of: sink.files[0].data)
        #expect(!text.contains("{{"), "every placeholder is filled")
        for expected in ["Anna Ëlsa de Vries", "Lindelaan 4", "3521 AB Utrecht", "3 december 2026", "10.30 uur", "Noor Jansen",
                         "06 12 34 56 78", "noor@example.nl", "20 november 2026"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        #expect(try Fixtures.text(of: sink.files[1].data).contains("9.15 uur"), "times are normalised and printed the Dutch way")
    }

    /// An office export's telefoon and email next to the address are the client's: never printed as the
    /// number for questions, and the sheet says what changed and how to name the arbeidsdeskundige's.
    @Test func theClientsOwnPhoneAndEmailAreNotPrinted() throws {
        let csv = "naam;datum;tijd;locatie;arbeidsdeskundige;adres;postcode;plaats;telefoon;email\n"
            + "Anna de Vries;3-12-2026;10:30;Kantoor Utrecht;Noor Jansen;Lindelaan 4;3521 AB;Utrecht;06 98 76 54 32;anna@example.nl\n"
        let sheet = try ClientSheet.parse(Data(csv.utf8), path: "export.csv")
        #expect(sheet.ignoredHeaders.isEmpty)
        #expect(sheet.warnings(today: Fixtures.letterDate).contains { $0.hasPrefix("export.csv: the columns \"telefoon\" and \"email\" hold the client's own")
            && $0.contains("telefoon_arbeidsdeskundige") })
        let sink = MemoryFileSink()
        try Self.batch(csv, .brief).writeEach(with: try Fixtures.drukkerij(), to: sink)
        let text = try Fixtures.text(of: sink.files[0].data)
        #expect(!text.contains("06 98 76 54 32") && !text.contains("anna@example.nl"))
        #expect(text.contains("012 345 67 89"), "the organisation's number instead")
        // With the arbeidsdeskundige's own columns there is nothing to warn about.
        let both = "naam;datum;telefoon;telefoon_arbeidsdeskundige\nAnna;3-12-2026;06 98 76 54 32;030 123 45 67\n"
        #expect(try ClientSheet.parse(Data(both.utf8), path: "b.csv").warnings(today: Fixtures.letterDate).isEmpty)
    }

    @Test func aKenmerkNamesTheFileInsteadOfTheClient() throws {
        let rows = try Fixtures.sheet("naam;datum;kenmerk\nAnna de Vries;3-12-2026;WIA/2026-0417\nSam Bakker;3-12-2026;\n"
                                      + "Ben Oz;3-12-2026;WIA/2026-0417\n").validated(for: .werkblad)
        #expect(BatchFileName.names(for: rows, material: "werkblad")
            == ["2026-12-03_wia-2026-0417_werkblad.pdf", "2026-12-03_sam-bakker_werkblad.pdf", "2026-12-03_wia-2026-0417_werkblad-2.pdf"])
        #expect(BatchFileName.name(for: rows[0].appointment, material: .brief) == "2026-12-03_wia-2026-0417_brief.pdf")
    }

    /// Three pages per letter and an empty fourth, so that printed on both sides every letter
    /// starts on a sheet of its own.
    @Test func mergedLettersArePaddedToFourPagesEach() throws {
        let sink = MemoryStreamSink()
        #expect(try Self.batch(Self.letters, .brief).writeMerged(with: try Fixtures.drukkerij(), to: sink) == 8)
        #expect(try Fixtures.text(of: Data(sink.bytes), page: 5).contains("Sam Bakker"), "the second letter starts on page 5")
        // One-sided printing is the werkblad's choice: a letter has no back side to leave out, so the
        // batch page's one check box for every material changes nothing here.
        var oneSided = try Self.batch(Self.letters, .brief)
        oneSided.singleSided = true
        let oneSidedSink = MemoryStreamSink()
        #expect(try oneSided.writeMerged(with: try Fixtures.drukkerij(), to: oneSidedSink) == 8)
        #expect(oneSidedSink.bytes == sink.bytes)
        // One bookmark per client, with the enclosure's pages beneath it.
        let enclosure = [QPDF.OutlineNode(title: "Zo gaat ons gesprek"), QPDF.OutlineNode(title: "Voorbereiden op ons gesprek")]
        #expect(try QPDF.outlineTree(sink.bytes) == ["Anna Ëlsa de Vries", "Sam Bakker"].map {
            QPDF.OutlineNode(title: "\($0) · Uitnodiging gesprek", children: enclosure)
        })
        #expect(try Fixtures.info(of: Data(sink.bytes))["Tagged"] == "yes")
    }

    @Test func onlyPersonalMaterialsAreMadePerRow() throws {
        let rows = try Fixtures.sheet("naam;datum\nAnna;3-12-2026\n").validated(for: .werkblad)
        for material in [Material.kompas, .strip, .terugkoppeling] {
            #expect(throws: DrukkerijError.self) { try Batch(material: material, rows: rows, letterDate: Fixtures.letterDate) }
        }
        #expect(throws: DrukkerijError.self) { try Batch(material: .werkblad, rows: rows, letterDate: Fixtures.letterDate, jobs: 0) }
    }
}

/// A sink whose `failAt`-th file cannot be written.
final class FailingSink: BatchFileSink {
    struct DiskFull: Error, CustomStringConvertible { var description: String { "disk full" } }
    let failAt: Int
    private(set) var added = 0
    private(set) var finished = false
    private(set) var discarded = false

    init(failAt: Int) { self.failAt = failAt }

    func add(_ data: Data, named name: String) throws {
        added += 1
        if added == failAt { throw DiskFull() }
    }

    func finish() throws { finished = true }
    func discard() { discarded = true }
}

/// A batch as one ZIP archive streamed as its files are done (what the web page sends).
@Suite struct ZIPStreamSinkTests {
    @Test func theArchiveHoldsEveryFileByteForByte() throws {
        let files = MemoryFileSink()
        try BatchTests.batch().writeEach(with: try Fixtures.drukkerij(), to: files)
        let stream = MemoryStreamSink()
        let zip = ZIPStreamSink(output: stream)
        try BatchTests.batch().writeEach(with: try Fixtures.drukkerij(), to: zip)
        #expect(stream.isFinished)
        let again = MemoryStreamSink()
        try BatchTests.batch().writeEach(with: try Fixtures.drukkerij(), to: ZIPStreamSink(output: again))
        #expect(again.bytes == stream.bytes, "the same batch gives the same archive")

        // Read back by an independent reader, ZIPFoundation (whose own zlib module is why ours is
        // called CSystemZlib): every entry, its name, its bytes, its CRC checked on extraction.
        let archive = try Archive(data: Data(stream.bytes), accessMode: .read)
        let entries = Array(archive)
        #expect(entries.map(\.path) == files.files.map(\.name))
        for (entry, file) in Swift.zip(entries, files.files) {
            var extracted = Data()
            _ = try archive.extract(entry, skipCRC32: false) { extracted.append($0) }
            #expect(extracted == file.data, "\(file.name)")
            #expect(entry.type == .file)
        }
    }

    @Test func aFailedBatchDiscardsTheStream() throws {
        let stream = MemoryStreamSink()
        let zip = ZIPStreamSink(output: stream)
        try zip.add(Data("a".utf8), named: "a.pdf")
        zip.discard()
        #expect(stream.bytes.isEmpty && !stream.isFinished)
    }
}
