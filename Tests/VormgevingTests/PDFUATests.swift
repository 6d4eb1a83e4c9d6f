import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
import Vormgeving

/// PDF/UA-1 as far as cairo 1.16 allows (docs/pdf-ua.md), read back with qpdf from every material
/// and from a merged batch: /Lang, /MarkInfo, a structure tree, /DisplayDocTitle, XMP metadata
/// that claims PDF/UA-1 and repeats the title, an /Alt on every Figure, /Tabs /S wherever there
/// are links.
@Suite struct PDFUATests {
    enum Material: String, CaseIterable {
        case kompasA3, kompasA4, werkbladBlank, werkbladPersonalised, stripRow, stripGrid, brief, terugkoppeling
    }

    static func document(_ material: Material) throws -> Document {
        typealias Rewritten = QPDFRewrittenMaterialsTests
        switch material {
        case .kompasA3: return try Rewritten.document(.kompasA3)
        case .kompasA4: return try Rewritten.document(.kompasA4)
        case .werkbladBlank: return try Rewritten.document(.werkbladBlank)
        case .werkbladPersonalised: return try Rewritten.document(.werkbladPersonalised)
        case .stripRow: return try Rewritten.document(.stripRow)
        case .stripGrid: return try Rewritten.document(.stripGrid)
        case .brief: return try Rewritten.document(.brief)
        case .terugkoppeling:
            let notes = ConversationNotes(
                name: "Sanne de Boer", date: CalendarDate(year: 2026, month: 12, day: 3)!, expert: "Anna de Vries",
                ervaringen: ["Ik werk als kok. Sinds de zomer lukt lang staan niet meer."], behoeften: ["Ik wil kortere diensten."],
                agreements: [ConversationNotes.Agreement(what: "Gesprek met de chef", who: "Sanne", when: "volgende week")])
            return TerugkoppelingLayout.document(try Inhoud.loadDefault(), notes: notes, warnings: LayoutWarnings())
        }
    }

    /// Everything PDF/UA-1 asks that this tool can write, checked in `pdf` (its bytes for the
    /// metadata stream) as qpdf reads it.
    static func checkStructure(_ bytes: [UInt8], title expectedTitle: String) throws {
        try QPDF.check(bytes)
        let pdf = try QPDF.json(bytes)
        let catalog = try pdf.catalog()
        #expect(catalog["/Lang"] as? String == "u:nl-NL")
        #expect((catalog["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool == true)
        #expect(catalog["/StructTreeRoot"] != nil)
        #expect((catalog["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool == true)

        let title = try pdf.info()["/Title"] as? String
        #expect(title == "u:" + expectedTitle && !expectedTitle.isEmpty)

        // The XMP metadata: uncompressed, PDF/UA-1, the same title.
        let metadataReference = try #require(catalog["/Metadata"] as? String)
        let metadata = try pdf.dictionary(metadataReference)
        #expect(metadata["/Type"] as? String == "/Metadata" && metadata["/Subtype"] as? String == "/XML")
        #expect(metadata["/Filter"] == nil, "PDF/UA readers expect the metadata uncompressed")
        let number = try #require(Int(metadataReference.split(separator: " ")[0]))
        let xmp = try QPDF.showObject(number, in: bytes, streamData: true)
        #expect(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(xmp.contains("<rdf:li xml:lang=\"x-default\">\(Markup.escape(expectedTitle))</rdf:li>"), "\(xmp)")
        #expect(xmp.contains("<xmp:CreateDate>2026-01-01T00:00:00Z</xmp:CreateDate>"))

        // Every Figure has an alternative text.
        let figures = try pdf.figureAlternativeTexts()
        #expect(figures.allSatisfy { ($0 ?? "").count > 2 }, "\(figures)")

        // Pages with annotations have /Tabs /S.
        var kids: [Any] = [catalog["/Pages"] as Any]
        while let kid = kids.popLast() {
            let node = try pdf.dictionary(kid)
            if node["/Type"] as? String == "/Pages" {
                kids += (node["/Kids"] as? [Any]) ?? []
            } else if let annotations = node["/Annots"], (annotations as? [Any])?.isEmpty != true {
                #expect(node["/Tabs"] as? String == "/S", "\(annotations)")
            }
        }
    }

    @Test(arguments: Material.allCases)
    func everyMaterialHasTheStructurePDFUAAsksFor(_ material: Material) throws {
        let document = try Self.document(material)
        let pdf = Array(try Repository.renderer().render(document, as: .pdf).files[0])
        try Self.checkStructure(pdf, title: document.info.title)
        #expect(Array(try Repository.renderer().render(document, as: .pdf).files[0]) == pdf, "deterministic bytes")
    }

    @Test(arguments: [Material.werkbladPersonalised, .brief, .terugkoppeling])
    func aMergedBatchHasIt(_ material: Material) throws {
        let document = try Self.document(material)
        let renderer = try Repository.renderer()
        let buffer = ByteBuffer()
        let file = try PDFPartsFile(write: buffer.write)
        try file.append(try renderer.renderPart(document))
        try file.append(try renderer.renderPart(document))
        try file.finish(language: document.info.language)
        try Self.checkStructure(buffer.bytes, title: document.info.title)
    }
}
