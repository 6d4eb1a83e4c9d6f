import Foundation
import TestSupport
import Testing

@testable import Tekenaar

// Fixtures (Fixtures/*.pdf) were made with cairo 1.16 by a small C program (not in the repository):
//  - tagged-utc.pdf: 2 pages, Document > H1, P, Figure, P, Figure (the second Figure on page 2),
//    TITLE "Cliëntgericht werken (deel 1)", CREATE_DATE "2026-01-01T00:00:00Z" → /CreationDate (20260101000000Z)
//  - tagged-offset.pdf: the same with CREATE_DATE "2026-03-15T09:30:00+01:00" and MOD_DATE
//    "2026-03-16T10:00:00+01:00" → (20260315093000+01'00), (20260316100000+01'00)
//  - untagged-autodate.pdf: one untagged page, no explicit date → valid /CreationDate (D:…Z)
//
// The post-processor's output packs every object that is not a stream into an object stream;
// `qpdf --show-object=N --filtered-stream-data` shows what went in.

@Suite("PDF.PostProcessor")
struct PDFPostProcessorTests {
    static let figureTexts = ["Blauwe rechthoek en oranje cirkel (cliënt)", #"Groene driehoek \ pijl"#]
    static let fixtures = ["tagged-utc.pdf", "tagged-offset.pdf", "untagged-autodate.pdf"]

    // MARK: - What is written

    /// The changed objects of tagged-utc.pdf, byte for byte as they are packed. Besides documenting
    /// the format, this catches non-determinism across processes (e.g. hash-ordered output).
    @Test func changedObjectsArePackedExactlyAsExpected() throws {
        let input = try Self.fixture("tagged-utc.pdf")
        let output = try PDF.PostProcessor.compacted(input, language: "nl-NL", figureAlternativeTexts: ["Figuur één", "Tweede (b)"],
                                                     creationDate: "2026-01-01T00:00:00Z")
        let packed = try Self.objectStream(of: output, input: input)
        for expected in [
            "<< /Type /StructElem /S /Figure /P 3 0 R /Pg 2 0 R /K 2 /Alt <FEFF004600690067007500750072002000E900E9006E> >>\n",
            #"<< /Type /StructElem /S /Figure /P 3 0 R /Pg 13 0 R /K 0 /Alt (Tweede \(b\)) >>"# + "\n",
            #"<< /Producer (cairo 1.16.0 \(https://cairographics.org\)) /Title <FEFF0043006C006900EB006E007400670065007200690063006800740020007700650072006B0065006E00200028006400650065006C002000310029> /Author <FEFF005A006F00EB00200028007400650073007400290020005C0020006100750074006500750072> /CreationDate (D:20260101000000Z) /ModDate (D:20260101000000Z) >>"# + "\n",
            "<< /Type /Catalog /Pages 1 0 R /StructTreeRoot 25 0 R /MarkInfo << /Marked true >> /Lang (nl-NL)"
                + " /ViewerPreferences << /DisplayDocTitle true >> /Metadata 28 0 R >>\n",
        ] {
            #expect(packed.contains(expected), "\(expected)")
        }
        #expect(output.starts(with: Array("%PDF-1.5\n".utf8)))
        #expect(!Self.text(output[...]).contains("/ID"), "no (random) /ID is added")
        #expect(try PDF.PostProcessor.compacted(input, language: "nl-NL", figureAlternativeTexts: ["Figuur één", "Tweede (b)"],
                                                creationDate: "2026-01-01T00:00:00Z") == output)
    }

    @Test(arguments: fixtures)
    func qpdfCheckPasses(name: String) throws {
        try QPDF.check(try Self.compacted(try Self.fixture(name), name: name))
    }

    @Test func qpdfSeesLanguageAltTextsAndDates() throws {
        let pdf = try QPDF.json(try Self.compacted(try Self.fixture("tagged-offset.pdf"), name: "tagged-offset.pdf"))
        #expect(try pdf.catalog()["/Lang"] as? String == "u:nl-NL")
        #expect(try pdf.figureAlternativeTexts() == Self.figureTexts.map { "u:" + $0 })
        let info = try pdf.info()
        #expect(info["/CreationDate"] as? String == "u:D:20260315093000+01'00'")
        #expect(info["/ModDate"] as? String == "u:D:20260315093000+01'00'")
        #expect(info["/Title"] as? String == "u:Gesprekskompas – oefening")
    }

    /// The creation date is written directly, in place of the one cairo wrote (here cairo 1.16's
    /// broken explicit dates in the fixtures), as /CreationDate and /ModDate.
    @Test func theCreationDateIsWrittenAsAPDFDate() throws {
        let input = try Self.fixture("tagged-offset.pdf")
        let output = try PDF.PostProcessor.compacted(input, language: nil, figureAlternativeTexts: Self.figureTexts,
                                                     creationDate: "2026-03-15T09:30:00+01:00")
        let info = try QPDF.json(output).info()
        #expect(info["/CreationDate"] as? String == "u:D:20260315093000+01'00'")
        #expect(info["/ModDate"] as? String == "u:D:20260315093000+01'00'")
        #expect(info["/Title"] as? String == "u:Gesprekskompas – oefening", "the other entries stay")
        #expect(try QPDF.json(output).catalog()["/Lang"] == nil, "no language given, none written")
        let pdfinfo = try QPDF.withFile(output) { try Tools.run("pdfinfo", ["-isodates", $0]) }
        #expect(pdfinfo.contains("CreationDate:    2026-03-15T09:30:00+01"))
        #expect(pdfinfo.contains("ModDate:         2026-03-15T09:30:00+01"))
    }

    /// Without a creation date, the dates in the file stay as they are.
    @Test func withoutACreationDateTheDatesAreLeftAlone() throws {
        let input = try Self.fixture("untagged-autodate.pdf")
        let date = try #require(try QPDF.json(input).info()["/CreationDate"] as? String)
        #expect(date.hasPrefix("u:D:"))
        let output = try PDF.PostProcessor.compacted(input, language: "nl-NL", figureAlternativeTexts: [])
        #expect(try QPDF.json(output).info()["/CreationDate"] as? String == date)
        #expect(try QPDF.json(output).info()["/ModDate"] == nil)
    }

    @Test func pdfinfoStillSeesATaggedFileWithTheRightDates() throws {
        let utc = try Self.compacted(try Self.fixture("tagged-utc.pdf"), name: "tagged-utc.pdf")
        let utcInfo = try QPDF.withFile(utc) { try Tools.run("pdfinfo", ["-isodates", $0]) }
        #expect(utcInfo.contains("Tagged:          yes"))
        #expect(utcInfo.contains("CreationDate:    2026-01-01T00:00:00Z"))
        #expect(utcInfo.contains("Pages:           2"))
        #expect(utcInfo.contains("Title:           Cliëntgericht werken (deel 1)"))
    }

    @Test(arguments: [
        ("2026-01-01T00:00:00Z", "D:20260101000000Z"),
        ("2026-03-15T09:30:00+01:00", "D:20260315093000+01'00'"),
        ("2026-03-15T09:30:00-05:30", "D:20260315093000-05'30'"),
        ("2026-03-15T09:30+01:00", "D:202603150930+01'00'"),
        ("2026-03-15T09:30:59", "D:20260315093059"),
        ("2026-12-31", "D:20261231"),
    ])
    func isoDatesBecomePDFDates(input: String, expected: String) throws {
        #expect(try PDF.date(iso8601: input) == expected)
    }

    @Test(arguments: ["", "gisteren", "2026", "2026-1-01", "2026-13-01", "2026-01-32", "2026-01-01T25:00:00Z",
                      "2026-01-01T00:00:00X", "2026-01-01T00:00:00+1:00", "2026-01-01T00:00:00+01", "2026-01-01 00:00:00Z",
                      "20260101000000Z", "D:20260101000000Z", "2026-01-01T00:00:00Z "])
    func notAnISODate(input: String) {
        #expect(throws: PDFError.invalidDate(input)) { try PDF.date(iso8601: input) }
    }

    @Test func textStringsAreEncodedCorrectly() {
        #expect(Self.text(Self.encoded("nl-NL")[...]) == "(nl-NL)")
        #expect(Self.text(Self.encoded(#"a (b) \ c)"#)[...]) == #"(a \(b\) \\ c\))"#)
        #expect(Self.text(Self.encoded("Cliënt")[...]) == "<FEFF0043006C006900EB006E0074>")
        #expect(Self.text(Self.encoded("ïdee é")[...]) == "<FEFF00EF006400650065002000E9>")
        #expect(Self.text(Self.encoded("👍")[...]) == "<FEFFD83DDC4D>")  // surrogate pair
        #expect(Self.text(Self.encoded("")[...]) == "()")
        // Round trip through the lexer.
        for sample in ["Cliënt (ïdee)", #"\(x)\"#, "tab\tnew\nline", "👍 ë"] {
            var lexer = PDF.Lexer(bytes: Self.encoded(sample), position: 0)
            guard case .string(let string)? = try? lexer.nextToken() else {
                Issue.record("no string token for \(sample)")
                continue
            }
            #expect(string == PDF.textString(sample))
        }
    }

    @Test func countMismatchThrows() throws {
        let input = try Self.fixture("tagged-utc.pdf")
        #expect(throws: PDFError.figureCountMismatch(figures: 2, alternativeTexts: 1)) {
            try PDF.PostProcessor.compacted(input, language: "nl-NL", figureAlternativeTexts: ["één"])
        }
        #expect(throws: PDFError.figureCountMismatch(figures: 2, alternativeTexts: 3)) {
            try PDF.PostProcessor.compacted(input, language: nil, figureAlternativeTexts: ["a", "b", "c"])
        }
        let untagged = try Self.fixture("untagged-autodate.pdf")
        #expect(throws: PDFError.figureCountMismatch(figures: 0, alternativeTexts: 1)) {
            try PDF.PostProcessor.compacted(untagged, language: nil, figureAlternativeTexts: ["a"])
        }
        let message = PDFError.figureCountMismatch(figures: 2, alternativeTexts: 1).description
        #expect(message.contains("2 /Figure") && message.contains("1 alternative"))
    }

    @Test(arguments: ["", "nl NL", "nl-NL)", "-nl", "nl-", "nl--NL", "nl_NL", "ñl", "abcdefghi"])
    func invalidLanguageThrows(language: String) throws {
        let input = try Self.fixture("tagged-utc.pdf")
        #expect(throws: PDFError.invalidLanguage(language)) {
            try PDF.PostProcessor.compacted(input, language: language, figureAlternativeTexts: Self.figureTexts)
        }
    }

    @Test func everyTruncationThrows() throws {
        let input = try Self.fixture("tagged-utc.pdf")
        // Dropping only the final newline after %%EOF still leaves a complete file.
        #expect(throws: Never.self) {
            try PDF.PostProcessor.compacted(Array(input.dropLast()), language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
        }
        var failures = 0
        for length in 0..<(input.count - 1) {
            do {
                _ = try PDF.PostProcessor.compacted(Array(input[..<length]), language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
                failures += 1
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
        #expect(failures == 0, "all truncated inputs must throw")
    }

    @Test func garbageThrows() throws {
        var generator = Self.SeededGenerator(seed: 42)
        let random = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let png = try Self.fixture("cairo-small.png")
        let cases: [[UInt8]] = [
            [], Array("%PDF-1.5\n".utf8), Array("%PDF-1.5\n%%EOF\n".utf8), Array("%PDF-1.5\nstartxref\n0\n%%EOF\n".utf8),
            Array("%PDF-1.5\nstartxref\n999999\n%%EOF\n".utf8), Array("%PDF-1.5\nstartxref\n-3\n%%EOF\n".utf8),
            random, Array("%PDF-1.5\n".utf8) + random, png,
        ]
        for bytes in cases {
            #expect(throws: PDFError.self) {
                try PDF.PostProcessor.compacted(bytes, language: "nl-NL", figureAlternativeTexts: [])
            }
        }
    }

    @Test func wrongXrefOffsetIsReported() throws {
        let input = try Self.fixture("tagged-utc.pdf")
        // Shift the xref entry of object 27 (the catalog) by one byte.
        let catalogOffset = try #require(Self.firstIndex(of: "\n27 0 obj", in: input)) + 1
        let broken = Self.replacing(String(format: "%010d 00000 n", catalogOffset), with: String(format: "%010d 00000 n", catalogOffset + 1), in: input)
        let changed = broken != input
        #expect(changed)
        let error = #expect(throws: PDFError.self) {
            try PDF.PostProcessor.compacted(broken, language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
        }
        guard case .invalidCrossReference(_, let message)? = error else {
            Issue.record("expected an invalidCrossReference error, got \(String(describing: error))")
            return
        }
        #expect(message.contains("27 0 R"), "\(message)")
    }

    /// Random byte changes in the object/xref/trailer part must give an error or a result, never a crash.
    @Test func mutatedInputNeverCrashes() throws {
        let input = try Self.fixture("tagged-offset.pdf")
        var generator = Self.SeededGenerator(seed: 7)
        let interesting: [UInt8] = Array("0123456789 ()<>[]/%\\\nRobjendxrefPrevK".utf8) + [0, 0xFF]
        var produced = 0
        for _ in 0..<1500 {
            var bytes = input
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let position = Int.random(in: (input.count - 1900)..<input.count, using: &generator)
                bytes[position] = interesting.randomElement(using: &generator) ?? 0
            }
            if (try? PDF.PostProcessor.compacted(bytes, language: "nl-NL", figureAlternativeTexts: Self.figureTexts)) != nil {
                produced += 1
            }
        }
        #expect(produced > 0, "some mutations (e.g. inside stream data or strings) are harmless")
    }

    // MARK: - Synthetic structure trees

    @Test func walksNestedStructureDepthFirst() throws {
        // Root K is a single reference; kids mix MCIDs, an inline MCR, an indirect OBJR and an
        // indirect K array; Figure 5 is nested inside Figure 4, and Figure 8 comes after Sect 6.
        let pdf = Self.syntheticPDF([
            "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
            "<< /Type /StructTreeRoot /K 10 0 R >>",
            "<< /Type /StructElem /S /Figure /K [ 0 5 0 R << /Type /MCR /MCID 1 >> ] >>",
            "<< /Type /StructElem /S /Figure /Alt (old) /K 9 0 R >>",
            "<< /Type /StructElem /S /Sect /K 7 0 R >>",
            "[ 3 << /Type /MCR /MCID 4 >> ]",
            "<< /S /Figure >>",
            "<< /Type /OBJR /Obj 2 0 R >>",
            "<< /Type /StructElem /S /Document /K [ 4 0 R 6 0 R 8 0 R ] >>",
        ])
        let output = try PDF.PostProcessor.compacted(pdf, language: nil, figureAlternativeTexts: ["vier", "vijf", "acht"])
        let objects = try QPDF.json(output)
        for (number, alt) in [(4, "vier"), (5, "vijf"), (8, "acht")] {
            #expect(try objects.dictionary("\(number) 0 R")["/Alt"] as? String == "u:\(alt)", "object \(number)")
        }
        // Existing /Alt replaced in place, not duplicated.
        #expect(try Self.objectStream(of: output, input: pdf).components(separatedBy: "/Alt").count == 4)
        try QPDF.check(output)
    }

    @Test func structureCycleThrows() throws {
        let pdf = Self.syntheticPDF([
            "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
            "<< /Type /StructTreeRoot /K [ 4 0 R ] >>",
            "<< /Type /StructElem /S /Sect /K [ 5 0 R ] >>",
            "<< /Type /StructElem /S /Figure /K [ 4 0 R ] >>",
        ])
        let error = #expect(throws: PDFError.self) {
            try PDF.PostProcessor.compacted(pdf, language: nil, figureAlternativeTexts: ["x"])
        }
        guard case .invalidStructureTree(let message)? = error else {
            Issue.record("expected an invalidStructureTree error, got \(String(describing: error))")
            return
        }
        #expect(message.contains("4 0 R"), "\(message)")
    }

    @Test func missingObjectAndNonCatalogRootThrow() {
        let missing = Self.syntheticPDF([
            "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 9 0 R >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
        ])
        #expect(throws: PDFError.objectNotFound(number: 9, generation: 0)) {
            try PDF.PostProcessor.compacted(missing, language: "nl", figureAlternativeTexts: [])
        }
        let notCatalog = Self.syntheticPDF(["<< /Type /Pages /Kids [] /Count 0 >>"])
        #expect(throws: PDFError.self) {
            try PDF.PostProcessor.compacted(notCatalog, language: "nl", figureAlternativeTexts: [])
        }
        let deep = Self.syntheticPDF(["<< /Type /Catalog /X " + String(repeating: "[", count: 100_000) + " >>"])
        #expect(throws: PDFError.self) {
            try PDF.PostProcessor.compacted(deep, language: "nl", figureAlternativeTexts: [])
        }
    }

    /// A file with incremental updates (more than one cross-reference section) is not what cairo writes.
    @Test func incrementalUpdatesAreRejected() throws {
        let pdf = Self.syntheticPDF(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"])
        let updated = Self.replacing("/Root 1 0 R", with: "/Root 1 0 R /Prev 9", in: pdf)
        let error = #expect(throws: PDFError.self) {
            try PDF.PostProcessor.compacted(updated, language: "nl-NL", figureAlternativeTexts: [])
        }
        #expect(error?.description.contains("/Prev") == true, "\(String(describing: error))")
    }
}

// MARK: - Helpers

// Members of the suite rather than file-level functions: a private top-level function
// would clash ("invalid redeclaration") with a same-named one in another file of the test target.
extension PDFPostProcessorTests {
    /// Fixtures sit next to this file. `#filePath` is the path the compiler was given: in /work/main the
    /// real file, in a development package that symlinks this file the symlink, next to which a
    /// `Fixtures` symlink is placed; both resolve.
    static func fixture(_ name: String, filePath: String = #filePath) throws -> [UInt8] {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return Array(try Data(contentsOf: url))
    }

    static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The PDF syntax for a text string, e.g. `(a \(b\) \\ c)` or `<FEFF0043006C…>`.
    static func encoded(_ text: String) -> [UInt8] {
        PDF.Writer.serialize(.string(PDF.textString(text)))
    }

    static func firstIndex(of needle: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(needle.utf8)
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    static func replacing(_ old: String, with new: String, in bytes: [UInt8]) -> [UInt8] {
        guard let start = firstIndex(of: old, in: bytes) else { return bytes }
        var result = bytes
        result.replaceSubrange(start..<(start + old.utf8.count), with: Array(new.utf8))
        return result
    }

    /// `PDF.PostProcessor.compacted` with `figureTexts` for the tagged fixtures and none for the others.
    /// With the creation date cairo was given for the tagged fixtures.
    static func compacted(_ input: [UInt8], name: String, language: String? = "nl-NL") throws -> [UInt8] {
        let date = ["tagged-utc.pdf": "2026-01-01T00:00:00Z", "tagged-offset.pdf": "2026-03-15T09:30:00+01:00"][name]
        return try PDF.PostProcessor.compacted(input, language: language,
                                               figureAlternativeTexts: name.hasPrefix("tagged") ? figureTexts : [],
                                               creationDate: date)
    }

    /// The decoded object stream of a file `compacted` wrote from `input` (a file of fewer than
    /// `PDF.StreamWriting.objectsPerStream` objects, so one stream, numbered after the input's objects).
    static func objectStream(of output: [UInt8], input: [UInt8]) throws -> String {
        let document = try PDF.File(bytes: input)
        guard case .integer(let size)? = document.trailer["Size"] else { throw QPDF.Failure(description: "no /Size") }
        // The first new number is the XMP metadata stream's, the next the object stream's.
        return try QPDF.showObject(max(size, (document.locations.keys.max() ?? 0) + 1) + 1, in: output, streamData: true)
    }

    /// A minimal classic-xref PDF whose object i+1 is `objects[i]`; object 1 is the catalog.
    static func syntheticPDF(_ objects: [String]) -> [UInt8] {
        var out = Array("%PDF-1.5\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            out += Array((String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n").utf8)
        }
        out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    /// A small deterministic generator (SplitMix64) so the random tests are repeatable.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
