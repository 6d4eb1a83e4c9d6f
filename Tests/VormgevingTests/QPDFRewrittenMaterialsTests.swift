import Foundation
import Inhoud
import TestSupport
import Testing
import Vormgeving

@testable import Tekenaar

/// cairo 1.17/1.18 write object streams and a cross-reference stream where cairo 1.16 writes a
/// classic table. Every material's raw cairo output (what the post-processor and the merger get),
/// rewritten that way by `qpdf --object-streams=generate`, must post-process and merge into the
/// same structure, language and metadata as the 1.16 output does.
@Suite struct QPDFRewrittenMaterialsTests {
    static let appointment = Appointment(
        name: "Sanne de Boer", date: CalendarDate(year: 2026, month: 12, day: 3), time: "10:30",
        location: "Voorbeeldstraat 1, Voorbeeldstad", expert: "Anna de Vries",
        addressLines: ["Lindenlaan 12", "1234 AB Voorbeeldstad"], topics: "Werk en gezondheid")

    enum Material: String, CaseIterable {
        case kompasA3, kompasA4, werkbladBlank, werkbladPersonalised, stripRow, stripGrid, brief
    }

    static func document(_ material: Material) throws -> Document {
        let inhoud = try Inhoud.loadDefault()
        let warnings = LayoutWarnings()
        switch material {
        case .kompasA3: return KompasLayout.document(inhoud, options: .init(paper: .a3), warnings: warnings)
        case .kompasA4: return KompasLayout.document(inhoud, options: .init(paper: .a4), warnings: warnings)
        case .werkbladBlank: return WerkbladLayout.document(inhoud, appointments: [Appointment()], warnings: warnings)
        case .werkbladPersonalised: return WerkbladLayout.document(inhoud, appointments: [appointment], warnings: warnings)
        case .stripRow: return try StripLayout.document(inhoud, options: .init(arrangement: .row), warnings: warnings)
        case .stripGrid: return try StripLayout.document(inhoud, options: .init(arrangement: .grid), warnings: warnings)
        case .brief:
            return BriefLayout.document(inhoud, appointments: [appointment],
                                        letterDate: CalendarDate(year: 2026, month: 11, day: 29)!, warnings: warnings)
        }
    }

    /// The raw cairo output of `document` rewritten into object streams, as a part the merger takes.
    static func rewrittenPart(_ document: Document) throws -> PDFPart {
        let raw = try Repository.renderer().renderPart(document)
        let rewritten = try QPDF.rewrite(raw.bytes, ["--object-streams=generate"])
        #expect(rewritten.count > 0 && String(decoding: rewritten, as: UTF8.self).contains("/ObjStm"))
        return PDFPart(bytes: rewritten, figureAlternativeTexts: raw.figureAlternativeTexts,
                       creationDate: raw.creationDate, pageCount: raw.pageCount)
    }

    /// What the structure, language and metadata checks compare.
    static func summary(_ pdf: QPDF.Objects) throws -> [String] {
        let info = try pdf.info()
        let elements = try pdf.structureElements().map { "\($0.type) \($0.alt ?? "-")" }
        return ["Lang \(try pdf.catalog()["/Lang"] ?? "none")", "Title \(info["/Title"] ?? "none")",
                "CreationDate \(info["/CreationDate"] ?? "none")", "ModDate \(info["/ModDate"] ?? "none")",
                "MarkInfo \(try pdf.catalog()["/MarkInfo"].map { "\($0)" } ?? "none")"] + elements
    }

    static func pageCount(_ pdf: [UInt8]) throws -> String? {
        let info = try QPDF.withFile(pdf) { try Tools.run("pdfinfo", [$0]) }
        return info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.map(String.init)
    }

    @Test(arguments: Material.allCases)
    func postProcessesLikeTheClassicFile(_ material: Material) throws {
        let document = try Self.document(material)
        let part = try Self.rewrittenPart(document)
        let processed = try PDF.PostProcessor.compacted(part.bytes, language: document.info.language,
                                                        figureAlternativeTexts: part.figureAlternativeTexts,
                                                        creationDate: document.info.creationDate)
        try QPDF.check(processed)
        let expected = Array(try Repository.renderer().render(document, as: .pdf).files[0])
        let summary = try Self.summary(try QPDF.json(processed))
        #expect(summary == (try Self.summary(try QPDF.json(expected))))
        #expect(summary.contains("Lang u:nl-NL") && summary.contains("CreationDate u:D:20260101000000Z"), "\(summary.prefix(5))")
        #expect(summary.contains { $0.hasPrefix("/Figure u:") } == !part.figureAlternativeTexts.isEmpty)
        #expect(try Self.pageCount(processed) == (try Self.pageCount(expected)))
    }

    /// Two copies of `part` joined by `PDFPartsFile`, as a merged batch is.
    static func merged(_ part: PDFPart, language: String) throws -> String {
        let path = try Repository.temporaryDirectory("rewritten-merge").appendingPathComponent("samen.pdf").path
        let buffer = ByteBuffer()
        let file = try PDFPartsFile(write: buffer.write)
        try file.append(part)
        try file.append(part)
        try file.finish(language: language)
        try buffer.save(to: path)
        return path
    }

    @Test(arguments: Material.allCases)
    func mergesLikeTheClassicFile(_ material: Material) throws {
        let document = try Self.document(material)
        let part = try Self.rewrittenPart(document)
        let rewritten = try Self.merged(part, language: document.info.language)
        let classic = try Self.merged(try Repository.renderer().renderPart(document), language: document.info.language)

        try QPDF.check(path: rewritten)
        let merged = try QPDF.json(path: rewritten)
        #expect(try Self.summary(merged) == (try Self.summary(try QPDF.json(path: classic))))
        #expect(try merged.dictionary(try merged.catalog()["/Pages"])["/Count"] as? Int == 2 * part.pageCount)
        #expect(try merged.catalog()["/Lang"] as? String == "u:nl-NL")
        #expect(try merged.info()["/CreationDate"] as? String == "u:D:20260101000000Z")
    }
}
