import Foundation
import TestSupport
import Testing

@testable import Tekenaar

/// Files as cairo 1.17/1.18 write them: objects in object streams and a cross-reference stream
/// (here made from the cairo 1.16 fixtures by `qpdf --object-streams=generate`, whose
/// cross-reference stream uses the PNG Up predictor). The reader, the post-processor and the
/// merger must take them like the classic files.
@Suite struct CrossReferenceStreamTests {
    typealias Fixtures = PDFPostProcessorTests

    static func rewritten(_ name: String) throws -> [UInt8] {
        try QPDF.rewrite(try Fixtures.fixture(name), ["--object-streams=generate"])
    }

    @Test(arguments: Fixtures.fixtures)
    func theReaderFindsEveryObjectQPDFShows(_ name: String) throws {
        let input = try Self.rewritten(name)
        let file = try PDF.File(bytes: input)
        #expect(file.crossReferenceStream != nil && file.locations.values.contains { if case .packed = $0 { true } else { false } } && !file.objectStreams.isEmpty)
        let objects = try QPDF.json(input).objects
        for number in file.objectNumbers {
            let value = try file.object(PDF.Reference(number: number, generation: 0))
            #expect(objects["obj:\(number) 0 R"] != nil, "\(number): \(value.kindDescription)")
        }
        #expect(file.objectNumbers.count + file.objectStreams.count + 1 == objects.keys.filter { $0.hasPrefix("obj:") }.count)
    }

    @Test(arguments: Fixtures.fixtures)
    func postProcessingGivesWhatTheClassicFileGives(_ name: String) throws {
        let classic = try QPDF.json(try Fixtures.compacted(try Fixtures.fixture(name), name: name))
        let processed = try Fixtures.compacted(try Self.rewritten(name), name: name)
        try QPDF.check(processed)
        let objects = try QPDF.json(processed)
        #expect(try objects.catalog()["/Lang"] as? String == "u:nl-NL")
        #expect(try objects.figureAlternativeTexts() == (try classic.figureAlternativeTexts()))
        #expect(try objects.structureElements().map(\.type) == (try classic.structureElements().map(\.type)))
        for key in ["/CreationDate", "/ModDate", "/Title", "/Producer"] {
            #expect(try objects.info()[key] as? String == (try classic.info()[key] as? String), "\(key)")
        }
    }

    /// The post-processor's own output (a cross-reference stream without a predictor) reads back,
    /// and processing it again gives the same objects.
    @Test(arguments: Fixtures.fixtures)
    func theOutputCanBeProcessedAgain(_ name: String) throws {
        let once = try Fixtures.compacted(try Fixtures.fixture(name), name: name)
        let twice = try Fixtures.compacted(once, name: name)
        try QPDF.check(twice)
        let before = try QPDF.json(once), after = try QPDF.json(twice)
        #expect(try after.structureElements().map { "\($0.type) \($0.alt ?? "")" }
                == (try before.structureElements().map { "\($0.type) \($0.alt ?? "")" }))
        #expect(try after.info()["/CreationDate"] as? String == (try before.info()["/CreationDate"] as? String))
    }

    @Test func mergingRewrittenPartsGivesOneTaggedFile() throws {
        let path = try Repository.temporaryDirectory("xref-merge").appendingPathComponent("samen.pdf").path
        let buffer = ByteBuffer()
        let file = try PDFPartsFile(write: buffer.write)
        for name in ["tagged-utc.pdf", "tagged-offset.pdf"] {
            try file.append(PDFPart(bytes: try Self.rewritten(name), figureAlternativeTexts: Fixtures.figureTexts,
                                    creationDate: "2026-01-01T00:00:00Z", pageCount: 2))
        }
        try file.finish(language: "nl-NL")
        try buffer.save(to: path)
        try QPDF.check(path: path)
        let merged = try QPDF.json(path: path)
        #expect(try merged.dictionary(try merged.catalog()["/Pages"])["/Count"] as? Int == 4)
        #expect(try merged.figureAlternativeTexts() == (Fixtures.figureTexts + Fixtures.figureTexts).map { "u:" + $0 })
        #expect(try merged.info()["/CreationDate"] as? String == "u:D:20260101000000Z")
    }

    /// Random byte changes in the object streams and the cross-reference stream give an error or a
    /// result, never a crash.
    @Test func mutatedInputNeverCrashes() throws {
        let input = try Self.rewritten("tagged-offset.pdf")
        var generator = Fixtures.SeededGenerator(seed: 5)
        let interesting: [UInt8] = Array("0123456789 ()<>[]/%\\\nRobjendxrefstreamWIndexK".utf8) + [0, 1, 2, 0xFF]
        for _ in 0..<1500 {
            var bytes = input
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let position = Int.random(in: 0..<input.count, using: &generator)
                bytes[position] = interesting.randomElement(using: &generator) ?? 0
            }
            _ = try? PDF.PostProcessor.compacted(bytes, language: "nl-NL", figureAlternativeTexts: Fixtures.figureTexts)
            _ = try? PDF.Merger { _ in }.append(bytes, figureAlternativeTexts: Fixtures.figureTexts)
        }
        for length in stride(from: 0, to: input.count, by: 37) {
            #expect(throws: PDFError.self) {
                try PDF.PostProcessor.compacted(Array(input[..<length]), language: "nl-NL", figureAlternativeTexts: Fixtures.figureTexts)
            }
        }
    }

    /// Rows of a cross-reference stream with each PNG predictor row type (§7.4.4.4): None, Sub,
    /// Up, Average and Paeth, two columns each.
    @Test func pngPredictorsAreUndone() throws {
        var parameters = PDF.Dict()
        parameters["Predictor"] = .integer(12)
        parameters["Columns"] = .integer(2)
        var dictionary = PDF.Dict()
        dictionary["DecodeParms"] = .dictionary(parameters)
        let encoded: [UInt8] = [0, 10, 20,  1, 5, 1,  2, 1, 1,  3, 3, 250,  4, 1, 2]
        // Row 1 as is; row 2: 5, 5+1; row 3: 5+1, 6+1; row 4: 3+(0+6)/2, 250+(6+7)/2; row 5: Paeth.
        let rows = try PDF.StreamFilter.decoded(encoded[...], dictionary: dictionary)
        #expect(Array(rows[0..<8]) == [10, 20, 5, 6, 6, 7, 6, 0])
        // Paeth: left 0 / up 6 / upper-left 0 → up (6) + 1 = 7; then left 7, up 0, upper-left 6 → left? estimate 1:
        // |1-7| = 6, |1-0| = 1, |1-6| = 5 → up (0) + 2 = 2.
        #expect(Array(rows[8..<10]) == [7, 2])
        #expect(throws: PDFError.self) { try PDF.StreamFilter.decoded([5, 1, 2][...], dictionary: dictionary) }
    }
}
