import Foundation
import Testing

@testable import Tekenaar

// Fixtures (Fixtures/*.pdf) were made with cairo 1.16 by a small C program (not in the repository):
//  - tagged-utc.pdf: 2 pages, Document > H1, P, Figure, P, Figure (the second Figure on page 2),
//    TITLE "Cliëntgericht werken (deel 1)", CREATE_DATE "2026-01-01T00:00:00Z" → /CreationDate (20260101000000Z)
//  - tagged-offset.pdf: the same with CREATE_DATE "2026-03-15T09:30:00+01:00" and MOD_DATE
//    "2026-03-16T10:00:00+01:00" → (20260315093000+01'00), (20260316100000+01'00)
//  - untagged-autodate.pdf: one untagged page, no explicit date → valid /CreationDate (D:…Z)

@Suite("PDFPostProcessor")
struct PDFPostProcessorTests {
    static let figureTexts = ["Blauwe rechthoek en oranje cirkel (cliënt)", #"Groene driehoek \ pijl"#]

    // MARK: - Bytes (no external tools)

    @Test func addsLanguageToTheCatalog() throws {
        let input = try Self.fixture("tagged-utc.pdf")
        let output = try PDFPostProcessor.process(input, language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
        #expect(output.starts(with: input), "an incremental update leaves the original bytes alone")
        let update = Self.text(output[input.count...])
        #expect(update.contains("27 0 obj\n<< /Type /Catalog\n   /Pages 1 0 R\n   /StructTreeRoot 25 0 R\n   /MarkInfo << /Marked true >>\n   /Lang (nl-NL)\n>>\nendobj"))
    }

    /// The complete appended update for tagged-utc.pdf, byte for byte. Besides documenting the
    /// format, this catches non-determinism across processes (e.g. hash-ordered output).
    @Test func incrementalUpdateIsExactlyAsExpected() throws {
        let input = try Self.fixture("tagged-utc.pdf")
        let output = try PDFPostProcessor.process(input, language: "nl-NL", figureAlternativeTexts: ["Figuur één", "Tweede (b)"])
        // Lines as separate literals so the significant trailing space of xref entries ("n \n") is visible.
        let expected = [
            "6 0 obj",
            "<< /Type /StructElem",
            "   /S /Figure",
            "   /P 3 0 R",
            "   /Pg 2 0 R",
            "   /K 2",
            "   /Alt <FEFF004600690067007500750072002000E900E9006E>",
            ">>",
            "endobj",
            "14 0 obj",
            "<< /Type /StructElem",
            "   /S /Figure",
            "   /P 3 0 R",
            "   /Pg 13 0 R",
            "   /K 0",
            #"   /Alt (Tweede \(b\))"#,
            ">>",
            "endobj",
            "26 0 obj",
            #"<< /Producer (cairo 1.16.0 \(https://cairographics.org\))"#,
            "   /Title <FEFF0043006C006900EB006E007400670065007200690063006800740020007700650072006B0065006E00200028006400650065006C002000310029>",
            "   /Author <FEFF005A006F00EB00200028007400650073007400290020005C0020006100750074006500750072>",
            "   /CreationDate (D:20260101000000Z)",
            ">>",
            "endobj",
            "27 0 obj",
            "<< /Type /Catalog",
            "   /Pages 1 0 R",
            "   /StructTreeRoot 25 0 R",
            "   /MarkInfo << /Marked true >>",
            "   /Lang (nl-NL)",
            ">>",
            "endobj",
            "xref",
            "6 1",
            "0000009407 00000 n ",
            "14 1",
            "0000009548 00000 n ",
            "26 2",
            "0000009659 00000 n ",
            "0000010000 00000 n ",
            "trailer",
            "<< /Size 28",
            "   /Root 27 0 R",
            "   /Info 26 0 R",
            "   /Prev 8761",
            ">>",
            "startxref",
            "10128",
            "%%EOF",
            "",
        ].joined(separator: "\n")
        #expect(input.count == 9407)
        #expect(Self.text(output[input.count...]) == expected)
    }

    @Test func figuresGetAlternativeTextsInDocumentOrder() throws {
        let input = try Self.fixture("tagged-utc.pdf")
        let output = try PDFPostProcessor.process(input, language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
        let update = Self.text(output[input.count...])
        // Non-ASCII → UTF-16BE with BOM as a hex string; ASCII → literal string with \\ \( \) escaped.
        let first = Self.figureTexts[0].utf16.map { String(format: "%04X", $0) }.joined()
        #expect(update.contains("6 0 obj\n<< /Type /StructElem\n   /S /Figure\n   /P 3 0 R\n   /Pg 2 0 R\n   /K 2\n   /Alt <FEFF\(first)>\n>>"))
        #expect(update.contains("14 0 obj\n<< /Type /StructElem\n   /S /Figure\n   /P 3 0 R\n   /Pg 13 0 R\n   /K 0\n   /Alt (Groene driehoek \\\\ pijl)\n>>"))
        // Our own reader sees the new versions (newest xref section wins).
        let document = try PDFPostProcessor.Document(bytes: output)
        let figure = try document.dictionary(.init(number: 14, generation: 0), role: "test")
        #expect(figure["Alt"] == .string(.init(bytes: Array(#"Groene driehoek \ pijl"#.utf8), isHex: false)))
    }

    @Test func cairoDatesGetThePrefixAndClosingApostrophe() throws {
        let utc = try Self.fixture("tagged-utc.pdf")
        let utcUpdate = Self.text(try PDFPostProcessor.process(utc, language: nil, figureAlternativeTexts: Self.figureTexts)[utc.count...])
        #expect(utcUpdate.contains("/CreationDate (D:20260101000000Z)\n"))
        #expect(!utcUpdate.contains("/ModDate"))

        let offset = try Self.fixture("tagged-offset.pdf")
        let offsetUpdate = Self.text(try PDFPostProcessor.process(offset, language: nil, figureAlternativeTexts: Self.figureTexts)[offset.count...])
        #expect(offsetUpdate.contains("/CreationDate (D:20260315093000+01'00')\n"))
        #expect(offsetUpdate.contains("/ModDate (D:20260316100000+01'00')\n"))
        // The other Info entries survive the rewrite with the same values.
        #expect(offsetUpdate.contains("/Producer (cairo 1.16.0 \\(https://cairographics.org\\))"))
        #expect(offsetUpdate.contains("/Author <FEFF005A006F00EB00200028007400650073007400290020005C0020006100750074006500750072>"))
    }

    @Test func validDatesAreLeftAlone() throws {
        let input = try Self.fixture("untagged-autodate.pdf")
        #expect(Self.text(input[...]).contains("/CreationDate (D:"))
        // Nothing to do at all: the very same bytes come back.
        #expect(try PDFPostProcessor.process(input, language: nil, figureAlternativeTexts: []) == input)
        // Only the catalog changes; the Info dictionary is not rewritten.
        let output = try PDFPostProcessor.process(input, language: "nl-NL", figureAlternativeTexts: [])
        let update = Self.text(output[input.count...])
        #expect(update.contains("/Lang (nl-NL)"))
        #expect(!update.contains("CreationDate"))
    }

    @Test(arguments: [
        ("20260101000000Z", "D:20260101000000Z"),
        ("20260315093000+01'00", "D:20260315093000+01'00'"),
        ("20260315093000-05'30", "D:20260315093000-05'30'"),
        ("20260101", "D:20260101"),
        ("2026", "D:2026"),
        ("D:20261129180608Z", "D:20261129180608Z"),
        ("D:20260315093000+01'00'", "D:20260315093000+01'00'"),
        ("D:20260315093000+01'", "D:20260315093000+01'"),
        ("D:2026", "D:2026"),
    ])
    func dateRepair(input: String, expected: String) {
        #expect(PDFPostProcessor.repairedDate(input) == expected)
    }

    @Test(arguments: ["", "D:", "gisteren", "202", "20261301000000Z", "20260132", "20260101250000Z", "20260101000000X",
                      "20260101000000+01:00", "20260101000000+1'00", "D:20260101000000Z ", "2026-01-01"])
    func notADate(input: String) {
        #expect(PDFPostProcessor.repairedDate(input) == nil)
    }

    @Test func textStringsAreEncodedCorrectly() {
        #expect(Self.text(PDFPostProcessor.encodedTextString("nl-NL")[...]) == "(nl-NL)")
        #expect(Self.text(PDFPostProcessor.encodedTextString(#"a (b) \ c)"#)[...]) == #"(a \(b\) \\ c\))"#)
        #expect(Self.text(PDFPostProcessor.encodedTextString("Cliënt")[...]) == "<FEFF0043006C006900EB006E0074>")
        #expect(Self.text(PDFPostProcessor.encodedTextString("ïdee é")[...]) == "<FEFF00EF006400650065002000E9>")
        #expect(Self.text(PDFPostProcessor.encodedTextString("👍")[...]) == "<FEFFD83DDC4D>")  // surrogate pair
        #expect(Self.text(PDFPostProcessor.encodedTextString("")[...]) == "()")
        // Round trip through the lexer.
        for sample in ["Cliënt (ïdee)", #"\(x)\"#, "tab\tnew\nline", "👍 ë"] {
            var lexer = PDFPostProcessor.Lexer(bytes: PDFPostProcessor.encodedTextString(sample), position: 0)
            guard case .string(let string)? = try? lexer.nextToken() else {
                Issue.record("no string token for \(sample)")
                continue
            }
            #expect(PDFPostProcessor.decodedTextString(string.bytes) == sample)
        }
    }

    @Test func processingIsDeterministic() throws {
        for name in ["tagged-utc.pdf", "tagged-offset.pdf", "untagged-autodate.pdf"] {
            let input = try Self.fixture(name)
            let texts = name.hasPrefix("tagged") ? Self.figureTexts : []
            let first = try PDFPostProcessor.process(input, language: "nl-NL", figureAlternativeTexts: texts)
            let second = try PDFPostProcessor.process(input, language: "nl-NL", figureAlternativeTexts: texts)
            #expect(first == second, "\(name)")
            #expect(!Self.text(first[...]).contains("/ID"), "no (random) /ID is added")
        }
    }

    @Test func processingTheOutputAgainChangesNothing() throws {
        for name in ["tagged-utc.pdf", "tagged-offset.pdf", "untagged-autodate.pdf"] {
            let texts = name.hasPrefix("tagged") ? Self.figureTexts : []
            let once = try PDFPostProcessor.process(try Self.fixture(name), language: "nl-NL", figureAlternativeTexts: texts)
            let twice = try PDFPostProcessor.process(once, language: "nl-NL", figureAlternativeTexts: texts)
            #expect(twice == once, "\(name)")
        }
    }

    @Test func countMismatchThrows() throws {
        let input = try Self.fixture("tagged-utc.pdf")
        #expect(throws: PDFPostProcessorError.figureCountMismatch(figures: 2, alternativeTexts: 1)) {
            try PDFPostProcessor.process(input, language: "nl-NL", figureAlternativeTexts: ["één"])
        }
        #expect(throws: PDFPostProcessorError.figureCountMismatch(figures: 2, alternativeTexts: 3)) {
            try PDFPostProcessor.process(input, language: nil, figureAlternativeTexts: ["a", "b", "c"])
        }
        let untagged = try Self.fixture("untagged-autodate.pdf")
        #expect(throws: PDFPostProcessorError.figureCountMismatch(figures: 0, alternativeTexts: 1)) {
            try PDFPostProcessor.process(untagged, language: nil, figureAlternativeTexts: ["a"])
        }
        let message = PDFPostProcessorError.figureCountMismatch(figures: 2, alternativeTexts: 1).description
        #expect(message.contains("2 /Figure") && message.contains("1 alternative"))
    }

    @Test(arguments: ["", "nl NL", "nl-NL)", "-nl", "nl-", "nl--NL", "nl_NL", "ñl", "abcdefghi"])
    func invalidLanguageThrows(language: String) throws {
        let input = try Self.fixture("tagged-utc.pdf")
        #expect(throws: PDFPostProcessorError.invalidLanguage(language)) {
            try PDFPostProcessor.process(input, language: language, figureAlternativeTexts: Self.figureTexts)
        }
    }

    @Test func everyTruncationThrows() throws {
        let input = try Self.fixture("tagged-utc.pdf")
        // Dropping only the final newline after %%EOF still leaves a complete file.
        #expect(throws: Never.self) {
            try PDFPostProcessor.process(Array(input.dropLast()), language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
        }
        var failures = 0
        for length in 0..<(input.count - 1) {
            do {
                _ = try PDFPostProcessor.process(Array(input[..<length]), language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
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
            #expect(throws: PDFPostProcessorError.self) {
                try PDFPostProcessor.process(bytes, language: "nl-NL", figureAlternativeTexts: [])
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
        let error = #expect(throws: PDFPostProcessorError.self) {
            try PDFPostProcessor.process(broken, language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
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
            if let output = try? PDFPostProcessor.process(bytes, language: "nl-NL", figureAlternativeTexts: Self.figureTexts) {
                produced += 1
                #expect(output.count > bytes.count)
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
        let output = try PDFPostProcessor.process(pdf, language: nil, figureAlternativeTexts: ["vier", "vijf", "acht"])
        let document = try PDFPostProcessor.Document(bytes: output)
        for (number, alt) in [(4, "vier"), (5, "vijf"), (8, "acht")] {
            let element = try document.dictionary(.init(number: number, generation: 0), role: "test")
            #expect(element["Alt"] == .string(.init(bytes: Array(alt.utf8), isHex: false)), "object \(number)")
        }
        // Existing /Alt replaced in place, not duplicated.
        #expect(Self.text(output[pdf.count...]).components(separatedBy: "/Alt").count == 4)
        try Self.expectQPDFCheckPasses(output)
    }

    @Test func structureCycleThrows() throws {
        let pdf = Self.syntheticPDF([
            "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
            "<< /Type /StructTreeRoot /K [ 4 0 R ] >>",
            "<< /Type /StructElem /S /Sect /K [ 5 0 R ] >>",
            "<< /Type /StructElem /S /Figure /K [ 4 0 R ] >>",
        ])
        let error = #expect(throws: PDFPostProcessorError.self) {
            try PDFPostProcessor.process(pdf, language: nil, figureAlternativeTexts: ["x"])
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
        #expect(throws: PDFPostProcessorError.objectNotFound(number: 9, generation: 0)) {
            try PDFPostProcessor.process(missing, language: "nl", figureAlternativeTexts: [])
        }
        let notCatalog = Self.syntheticPDF(["<< /Type /Pages /Kids [] /Count 0 >>"])
        #expect(throws: PDFPostProcessorError.self) {
            try PDFPostProcessor.process(notCatalog, language: "nl", figureAlternativeTexts: [])
        }
        let deep = Self.syntheticPDF(["<< /Type /Catalog /X " + String(repeating: "[", count: 100_000) + " >>"])
        #expect(throws: PDFPostProcessorError.self) {
            try PDFPostProcessor.process(deep, language: "nl", figureAlternativeTexts: [])
        }
    }

    // MARK: - Checked with qpdf and pdfinfo

    @Test(.enabled(if: PDFPostProcessorTests.hasTool("qpdf"), "qpdf is not installed: skipped qpdf --check"),
          arguments: ["tagged-utc.pdf", "tagged-offset.pdf", "untagged-autodate.pdf"])
    func qpdfCheckPasses(name: String) throws {
        let input = try Self.fixture(name)
        let texts = name.hasPrefix("tagged") ? Self.figureTexts : []
        try Self.expectQPDFCheckPasses(try PDFPostProcessor.process(input, language: "nl-NL", figureAlternativeTexts: texts))
    }

    @Test(.enabled(if: PDFPostProcessorTests.hasTool("qpdf"), "qpdf is not installed: skipped the qpdf --json checks"))
    func qpdfSeesLanguageAltTextsAndDates() throws {
        let input = try Self.fixture("tagged-offset.pdf")
        let output = try PDFPostProcessor.process(input, language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
        let pdf = try Self.QPDFJSON(output)
        let catalog = try #require(pdf.dictionary(pdf.trailer["/Root"]))
        #expect(catalog["/Lang"] as? String == "u:nl-NL")
        #expect(pdf.figureAlternativeTexts() == Self.figureTexts.map { "u:" + $0 })
        let info = try #require(pdf.dictionary(pdf.trailer["/Info"]))
        #expect(info["/CreationDate"] as? String == "u:D:20260315093000+01'00'")
        #expect(info["/ModDate"] as? String == "u:D:20260316100000+01'00'")
        #expect(info["/Title"] as? String == "u:Gesprekskompas – oefening")
    }

    @Test(.enabled(if: PDFPostProcessorTests.hasTool("pdfinfo"), "pdfinfo is not installed: skipped the pdfinfo checks"))
    func pdfinfoStillSeesATaggedFileWithTheRightDates() throws {
        let utc = try PDFPostProcessor.process(try Self.fixture("tagged-utc.pdf"), language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
        let utcInfo = try Self.runTool("pdfinfo", ["-isodates"], input: utc)
        #expect(utcInfo.status == 0)
        #expect(utcInfo.output.contains("Tagged:          yes"))
        #expect(utcInfo.output.contains("CreationDate:    2026-01-01T00:00:00Z"))
        #expect(utcInfo.output.contains("Pages:           2"))
        #expect(utcInfo.output.contains("Title:           Cliëntgericht werken (deel 1)"))

        let offset = try PDFPostProcessor.process(try Self.fixture("tagged-offset.pdf"), language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
        let offsetInfo = try Self.runTool("pdfinfo", ["-isodates"], input: offset)
        #expect(offsetInfo.output.contains("Tagged:          yes"))
        #expect(offsetInfo.output.contains("CreationDate:    2026-03-15T09:30:00+01"))
        #expect(offsetInfo.output.contains("ModDate:         2026-03-16T10:00:00+01"))
    }

    /// Processing an already processed file appends a second update (with /Prev to the first)
    /// and the newest values win.
    @Test(.enabled(if: PDFPostProcessorTests.hasTool("qpdf"), "qpdf is not installed: skipped the reprocessing checks"))
    func processedOutputCanBeProcessedAgain() throws {
        let input = try Self.fixture("tagged-utc.pdf")
        let once = try PDFPostProcessor.process(input, language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
        let twice = try PDFPostProcessor.process(once, language: "en-GB", figureAlternativeTexts: ["first", "second"])
        #expect(twice.starts(with: once))
        let firstUpdateXref = try #require(Self.text(once[...]).components(separatedBy: "startxref\n").last?.prefix { $0.isNumber })
        #expect(Self.text(twice[once.count...]).contains("/Prev \(firstUpdateXref)\n"))
        #expect(!Self.text(twice[once.count...]).contains("CreationDate"), "the date was already repaired")
        try Self.expectQPDFCheckPasses(twice)
        let pdf = try Self.QPDFJSON(twice)
        #expect(pdf.dictionary(pdf.trailer["/Root"])?["/Lang"] as? String == "u:en-GB")
        #expect(pdf.figureAlternativeTexts() == ["u:first", "u:second"])
    }

    @Test(.enabled(if: PDFPostProcessorTests.hasTool("qpdf"), "qpdf is not installed: skipped the cross-reference stream check"))
    func crossReferenceStreamsAreRejected() throws {
        let converted = try Self.runTool("qpdf", ["--object-streams=generate"], input: try Self.fixture("tagged-utc.pdf"), outputFile: true)
        #expect(converted.status == 0)
        let error = #expect(throws: PDFPostProcessorError.self) {
            try PDFPostProcessor.process(converted.bytes, language: "nl-NL", figureAlternativeTexts: Self.figureTexts)
        }
        #expect(error?.description.contains("cross-reference streams") == true, "\(String(describing: error))")
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

    static func hasTool(_ name: String) -> Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/\(name)") }

    /// Runs /usr/bin/`tool` with `arguments` and the input written to a temporary file (appended last);
    /// with `outputFile`, a second temporary path is appended and its contents returned as `bytes`.
    static func runTool(_ tool: String, _ arguments: [String], input: [UInt8], outputFile: Bool = false) throws
        -> (status: Int32, output: String, bytes: [UInt8])
    {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pdfpostprocessor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputURL = directory.appendingPathComponent("in.pdf")
        let outputURL = directory.appendingPathComponent("out.pdf")
        try Data(input).write(to: inputURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments + [inputURL.path] + (outputFile ? [outputURL.path] : [])
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let bytes = outputFile ? (try? Data(contentsOf: outputURL)).map(Array.init) ?? [] : []
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), bytes)
    }

    static func expectQPDFCheckPasses(_ pdf: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard hasTool("qpdf") else { return }
        let result = try runTool("qpdf", ["--check"], input: pdf)
        #expect(result.status == 0, "qpdf --check: \(result.output)", sourceLocation: sourceLocation)
        #expect(result.output.contains("No syntax or stream encoding errors found"), "\(result.output)", sourceLocation: sourceLocation)
        #expect(!result.output.contains("WARNING"), "\(result.output)", sourceLocation: sourceLocation)
    }

    /// `qpdf --json=2` output, walked independently of the code under test.
    struct QPDFJSON {
        let objects: [String: Any]
        let trailer: [String: Any]

        init(_ pdf: [UInt8]) throws {
            let result = try runTool("qpdf", ["--json=2", "--json-key=qpdf"], input: pdf)
            guard result.status == 0,
                let root = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any],
                let qpdf = root["qpdf"] as? [Any], qpdf.count == 2, let objects = qpdf[1] as? [String: Any],
                let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any]
            else { throw QPDFJSONError(output: result.output) }
            self.objects = objects
            self.trailer = trailer
        }

        struct QPDFJSONError: Error { let output: String }

        /// A value that is a reference ("6 0 R") resolved to its dictionary, or an inline dictionary.
        func dictionary(_ value: Any?) -> [String: Any]? {
            if let reference = value as? String, reference.hasSuffix(" R") {
                return (objects["obj:\(reference)"] as? [String: Any])?["value"] as? [String: Any]
            }
            return value as? [String: Any]
        }

        /// The /Alt of each /Figure in depth-first order of the structure tree (nil where missing).
        func figureAlternativeTexts() -> [String?] {
            guard let catalog = dictionary(trailer["/Root"]), let root = dictionary(catalog["/StructTreeRoot"]) else { return [] }
            var result: [String?] = []
            func visit(_ kids: Any?) {
                let list = (kids as? [Any]) ?? (kids.map { [$0] } ?? [])
                for kid in list {
                    guard let element = dictionary(kid), element["/S"] != nil else { continue }
                    if element["/S"] as? String == "/Figure" { result.append(element["/Alt"] as? String) }
                    visit(element["/K"])
                }
            }
            visit(root["/K"])
            return result
        }
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
