import Foundation
import TestSupport
import Testing

@testable import Tekenaar

/// `PDF.PostProcessor.compacted`: the changes (`/Lang`, `/Alt`, dates) made while the file is
/// rewritten with object streams and a cross-reference stream.
@Suite("PDF object streams")
struct PDFObjectStreamTests {
    typealias Fixtures = PDFPostProcessorTests

    /// The keys the post-processor adds or changes; everything else must come through as it was.
    static let changedKeys: Set<String> = ["/Lang", "/Alt", "/CreationDate", "/ModDate", "/ViewerPreferences", "/Metadata", "/Tabs"]

    @Test(arguments: Fixtures.fixtures)
    func everyObjectIsKeptWithTheSameValueAndStreamData(_ name: String) throws {
        let input = try Fixtures.fixture(name)
        let compacted = try Fixtures.compacted(input, name: name)
        try QPDF.check(compacted)

        let before = try Self.objects(input)
        let after = try Self.objects(compacted)
        #expect(!before.isEmpty)
        for (id, value) in before {
            #expect(after[id] == value, "object \(id) differs")
        }
        // Besides the originals, only object streams, the cross-reference stream and the XMP metadata.
        var metadataLength = 0
        for (id, value) in after where before[id] == nil {
            if value.contains("\"/Type\":\"/Metadata\"") {
                metadataLength = try QPDF.showObject(Int(id.split(separator: ":")[1].split(separator: " ")[0]) ?? 0, in: compacted,
                                                     streamData: true).utf8.count
                continue
            }
            #expect(value.contains("\"/Type\":\"/ObjStm\"") || value.contains("\"/Type\":\"/XRef\""), "\(id): \(value)")
        }
        #expect(metadataLength > 0, "an XMP metadata stream")
        #expect(compacted.starts(with: Array("%PDF-1.5\n".utf8)))
        // Smaller but for the (uncompressed) metadata, which a one-page untagged file does not outweigh.
        #expect(compacted.count - metadataLength < input.count)
    }

    @Test func aRenderedTaggedPageShrinksAndStaysReadable() throws {
        let renderer = try Repository.renderer()
        let document = Document(info: DocumentInfo(title: "Klein"), pages: [Page(size: .a4) { canvas in
            try canvas.tagged(.heading1) {
                try canvas.text("Kop", style: TextStyle(family: "Andika", size: 20), at: Point(20, 20))
            }
            for row in 0..<40 {
                try canvas.tagged(.paragraph) {
                    try canvas.text("Regel \(row)", style: TextStyle(family: "Andika", size: 10), at: Point(20, 40 + Double(row) * 5))
                }
            }
            canvas.figure(alternativeText: "Een stip") { canvas.dot(at: Point(100, 100), diameter: 4, .black) }
        }])
        let pdf = Array(try renderer.render(document, as: .pdf).files[0])
        #expect(pdf.starts(with: Array("%PDF-1.5".utf8)))
        #expect(Fixtures.firstIndex(of: "/Type /XRef", in: pdf) != nil)
        #expect(Fixtures.firstIndex(of: "/Type /StructElem", in: pdf) == nil, "structure elements are compressed")
        try QPDF.check(pdf)
        #expect(try QPDF.withFile(pdf) { try Tools.run("pdftotext", [$0, "-"]) }.contains("Regel 39"))
        #expect(try QPDF.withFile(pdf) { try Tools.run("pdfinfo", [$0]) }.contains("Tagged:          yes"))
    }

    @Test func brokenInputThrowsAndNeverCrashes() throws {
        let input = try Fixtures.fixture("tagged-offset.pdf")
        var generator = Fixtures.SeededGenerator(seed: 11)
        let interesting: [UInt8] = Array("0123456789 ()<>[]/%\\\nRobjendxrefstreamK".utf8) + [0, 0xFF]
        for _ in 0..<800 {
            var bytes = input
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                bytes[Int.random(in: 0..<input.count, using: &generator)] = interesting.randomElement(using: &generator) ?? 0
            }
            _ = try? PDF.PostProcessor.compacted(bytes, language: "nl-NL", figureAlternativeTexts: Fixtures.figureTexts)
        }
        for length in stride(from: 0, to: input.count, by: 97) {
            #expect(throws: PDFError.self) {
                try PDF.PostProcessor.compacted(Array(input[..<length]), language: "nl-NL", figureAlternativeTexts: Fixtures.figureTexts)
            }
        }
        // Objects that do not end where the table says: an error, not a silently wrong file.
        var shifted = input
        if let index = Fixtures.firstIndex(of: "endobj", in: shifted) { shifted[index] = UInt8(ascii: "x") }
        #expect(throws: PDFError.self) {
            try PDF.PostProcessor.compacted(shifted, language: "nl-NL", figureAlternativeTexts: Fixtures.figureTexts)
        }
    }

    /// Every object of the file as qpdf reads it (value, stream dictionary and raw stream data), by
    /// id, without the entries the post-processor changes.
    static func objects(_ pdf: [UInt8]) throws -> [String: String] {
        let objects = try QPDF.json(pdf, ["--json-stream-data=inline", "--decode-level=none"]).objects
        var values: [String: String] = [:]
        for (key, value) in objects where key.hasPrefix("obj:") {
            var object = value as? [String: Any] ?? [:]
            if var dict = object["value"] as? [String: Any] {
                for changed in changedKeys { dict[changed] = nil }
                object["value"] = dict
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            values[key] = String(decoding: data, as: UTF8.self)
        }
        return values
    }
}
