import Foundation
import TestSupport
import Testing

@testable import Tekenaar

/// `Renderer.compactedTail`: the renderer post-processes only what cairo wrote while finishing the
/// surface, and falls back to the whole file when an object it must change lies before that.
@Suite struct CompactedTailTests {
    typealias Fixtures = PDFPostProcessorTests

    /// Where the first object the post-processor reads in tagged-utc.pdf starts: the structure
    /// tree it walks (objects 3–7, 14, 25), the information dictionary and the catalog.
    static func firstChangedObject(in input: [UInt8]) throws -> Int {
        let document = try PDF.File(bytes: input)
        return try [3, 4, 5, 6, 7, 14, 25, 26, 27].map { number in
            guard case .direct(_, let offset)? = document.locations[number] else { throw PDFError.objectNotFound(number: number, generation: 0) }
            return offset
        }.min() ?? 0
    }

    /// `head`: whether the file's head is given, where the pages (read for `/Tabs`) and objects to
    /// change before `finishStart` are read.
    static func compactedTail(_ input: [UInt8], finishStart: Int, head: Bool = true)
        throws -> (base: Int, tail: [UInt8], reads: [Int])
    {
        var reads: [Int] = []
        let (base, tail) = try Renderer.compactedTail(finishStart: finishStart, head: head ? input : [], language: "nl-NL",
                                                      figureAlternativeTexts: Fixtures.figureTexts,
                                                      creationDate: "2026-01-01T00:00:00Z") { offset in
            reads.append(offset)
            return Array(input[offset...])
        }
        return (base, tail, reads)
    }

    @Test func onlyTheTailIsReadWhenItHoldsEveryChangedObject() throws {
        let input = try Fixtures.fixture("tagged-utc.pdf")
        let start = try Self.firstChangedObject(in: input)
        let (base, tail, reads) = try Self.compactedTail(input, finishStart: start)
        #expect(base == start && reads == [start])
        let output = Array(input[..<base]) + tail
        try QPDF.check(output)
        let objects = try QPDF.json(output)
        #expect(try objects.catalog()["/Lang"] as? String == "u:nl-NL")
        #expect(try objects.figureAlternativeTexts() == Fixtures.figureTexts.map { "u:" + $0 })
    }

    /// With the head, changed objects before `finishStart` (here the whole structure tree, with its
    /// Figures) are read there and written anew in the tail; the rest of the head stays as it is.
    @Test func changedObjectsBeforeTheTailAreReadInTheHead() throws {
        let input = try Fixtures.fixture("tagged-utc.pdf")
        let document = try PDF.File(bytes: input)
        let offsets = document.locations.values.compactMap { location -> Int? in
            guard case .direct(_, let offset) = location else { return nil }
            return offset
        }
        let lastElement = try [3, 4, 5, 6, 7, 14, 25].map { number in
            guard case .direct(_, let offset)? = document.locations[number] else { throw PDFError.objectNotFound(number: number, generation: 0) }
            return offset
        }.max() ?? 0
        // An object boundary, as cairo's finishing always starts at one.
        let start = try #require(offsets.filter { $0 > lastElement }.min())
        let (base, tail, reads) = try Self.compactedTail(input, finishStart: start)
        #expect(base == start && reads == [start])
        let output = Array(input[..<base]) + tail
        try QPDF.check(output)
        #expect(try QPDF.json(output).figureAlternativeTexts() == Fixtures.figureTexts.map { "u:" + $0 })
    }

    /// The fallback: without the head, one changed object lies before `finishStart`, so the whole
    /// file is read and rewritten, giving what `compacted` gives for the whole file.
    @Test func aChangedObjectBeforeTheTailMakesItReadTheWholeFile() throws {
        let input = try Fixtures.fixture("tagged-utc.pdf")
        let start = try Self.firstChangedObject(in: input) + 1
        let (base, tail, reads) = try Self.compactedTail(input, finishStart: start, head: false)
        #expect(reads == [start, 0])
        #expect(base == 0)
        #expect(tail == (try PDF.PostProcessor.compacted(input, language: "nl-NL", figureAlternativeTexts: Fixtures.figureTexts,
                                                         creationDate: "2026-01-01T00:00:00Z")))
        try QPDF.check(tail)
        #expect(try QPDF.json(tail).figureAlternativeTexts() == Fixtures.figureTexts.map { "u:" + $0 })
    }

    @Test func otherErrorsAreReportedAsPostProcessingErrors() throws {
        let input = try Fixtures.fixture("tagged-utc.pdf")
        #expect(throws: TekenaarError.self) {
            try Renderer.compactedTail(finishStart: 0, language: "nl-NL", figureAlternativeTexts: ["only one"], creationDate: nil) {
                Array(input[$0...])
            }
        }
    }
}
