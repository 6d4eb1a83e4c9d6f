import Foundation
import TestSupport
import Testing

@testable import Tekenaar

/// Long documents are drawn in parts (`renderPart`) and joined by `PDF.Merger` (through
/// `PDFPartsFile`, as a merged batch is); the joined file must read like one document drawn on one surface.
@Suite struct PDFMergerTests {
    static let body = TextStyle(family: "Andika", size: 12)

    /// `count` pages, each with a heading in the outline, a paragraph, a figure and a link.
    static func document(pages count: Int) -> Document {
        Document(info: DocumentInfo(title: "Samengevoegd"), pages: (1...count).map { index in
            Page(size: .a4) { canvas in
                _ = canvas.outline("Cliënt \(index)")
                try canvas.tagged(.heading1) {
                    try canvas.text("Pagina \(index)", style: body, at: Point(20, 20))
                }
                try canvas.tagged(.paragraph) {
                    try canvas.link(to: "https://example.org/\(index)") {
                        try canvas.text("Meer over stap \(index)", style: body, at: Point(20, 40))
                    }
                }
                canvas.figure(alternativeText: "Figuur \(index)") { canvas.dot(at: Point(50, 80), diameter: 5, .black) }
            }
        })
    }

    /// Draws `document` in parts of `partLength` pages and joins them into the file at `path`.
    static func writeInParts(_ document: Document, partLength: Int, to path: String) throws {
        let renderer = try Repository.renderer()
        let buffer = ByteBuffer()
        let file = try PDFPartsFile(write: buffer.write)
        var start = 0
        while start < document.pages.count {
            let end = min(start + partLength, document.pages.count)
            try file.append(renderer.renderPart(Document(info: document.info, pages: Array(document.pages[start..<end]))))
            start = end
        }
        try file.finish(language: document.info.language)
        try buffer.save(to: path)
    }

    @Test func aDocumentDrawnInPartsIsOneValidTaggedPDF() throws {
        let path = try Repository.temporaryDirectory("parts").appendingPathComponent("delen.pdf").path
        try Self.writeInParts(Self.document(pages: 5), partLength: 2, to: path)

        try QPDF.check(path: path)
        let info = try Tools.run("pdfinfo", [path])
        #expect(info.contains("Pages:           5") && info.contains("Tagged:          yes"), "\(info)")
        #expect(info.contains("Title:           Samengevoegd"))
        for page in 1...5 {
            let text = try Tools.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", path, "-"])
            #expect(text.contains("Pagina \(page)") && text.contains("Meer over stap \(page)"), "page \(page): \(text)")
        }

        let pdf = try QPDF.json(path: path)
        let catalog = try pdf.dictionary(pdf.trailer["/Root"])
        #expect(catalog["/Lang"] as? String == "u:nl-NL")
        let pages = try #require(try pdf.dictionary(catalog["/Pages"])["/Kids"] as? [String])
        #expect(pages.count == 5)

        // One Document with a Sect per part; every element's /P is the element that lists it.
        let root = try pdf.dictionary(catalog["/StructTreeRoot"])
        let document = try #require((root["/K"] as? [String])?.first)
        #expect(try pdf.dictionary(document)["/S"] as? String == "/Document")
        var figures: [String] = []
        var stack = [document]
        var sections = 0
        while let element = stack.popLast() {
            let dict = try pdf.dictionary(element)
            if dict["/S"] as? String == "/Sect" { sections += 1 }
            if dict["/S"] as? String == "/Figure" { figures.append(dict["/Alt"] as? String ?? "none") }
            let kids = (dict["/K"] as? [Any]) ?? [dict["/K"] as Any]
            for case let kid as String in kids.reversed() where kid.hasSuffix(" R") {
                let child = try pdf.dictionary(kid)
                guard child["/Type"] as? String == "/StructElem" else { continue }
                #expect(child["/P"] as? String == element, "\(kid) under \(element)")
                stack.append(kid)
            }
        }
        #expect(sections == 3)
        #expect(figures == (1...5).map { "u:Figuur \($0)" })

        // Each page's marked content and its link annotation have their own parent-tree entries.
        let numbers = try #require(try pdf.dictionary(root["/ParentTree"])["/Nums"] as? [Any])
        let keys = stride(from: 0, to: numbers.count, by: 2).compactMap { numbers[$0] as? Int }
        #expect(Set(keys).count == keys.count && keys.count == 10, "\(keys)")
        #expect(root["/ParentTreeNextKey"] as? Int == (keys.max() ?? 0) + 1)
        var used: Set<Int> = []
        for page in pages {
            let dict = try pdf.dictionary(page)
            #expect(dict["/Parent"] as? String == catalog["/Pages"] as? String)
            if let key = dict["/StructParents"] as? Int { used.insert(key) }
            for case let annotation as String in (dict["/Annots"] as? [Any]) ?? [] {
                if let key = try pdf.dictionary(annotation)["/StructParent"] as? Int { used.insert(key) }
            }
        }
        #expect(used == Set(keys))

        // The outline is one chain of five items, in page order.
        let outlines = try pdf.dictionary(catalog["/Outlines"])
        var item = outlines["/First"] as? String
        var titles: [String] = []
        var previous: String?
        while let current = item {
            let dict = try pdf.dictionary(current)
            #expect(dict["/Prev"] as? String == previous && dict["/Parent"] as? String == catalog["/Outlines"] as? String)
            titles.append(dict["/Title"] as? String ?? "")
            previous = current
            item = dict["/Next"] as? String
        }
        #expect(previous == outlines["/Last"] as? String)
        #expect(titles == (1...5).map { "u:Cliënt \($0)" })
    }

    @Test func aPartThatIsNotACairoPDFIsAnError() throws {
        let merger = try PDF.Merger { _ in }
        #expect(throws: PDFError.self) { try merger.append(Array("%PDF-1.5\nnonsense".utf8), figureAlternativeTexts: []) }
        #expect(throws: PDFError.self) { try merger.finish(language: "nl-NL") }
    }
}
