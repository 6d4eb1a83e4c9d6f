import Foundation
import Tekenaar
import TestSupport
import Testing

@Suite struct SpecimenTests {
    let imagePath: String
    let directory: URL

    init() throws {
        directory = try Repository.temporaryDirectory("specimen")
        imagePath = directory.appendingPathComponent("stip.png").path
        try Specimen.writeImage(to: imagePath)
    }

    @Test func specimenMatchesSnapshot() throws {
        let rendered = try Repository.renderer().render(Specimen.document(imagePath: imagePath), as: .png(dpi: 100))
        assertPageSnapshot(rendered.files[0], group: "tekenaar", named: "specimen")
    }

    @Test func specimenPDFIsByteIdenticalAcrossRenders() throws {
        let first = try Repository.renderer().render(Specimen.document(imagePath: imagePath), as: .pdf)
        let second = try Repository.renderer().render(Specimen.document(imagePath: imagePath), as: .pdf)
        #expect(first.files == second.files)
        // Also within one renderer, where caches are warm.
        let renderer = try Repository.renderer()
        let third = try renderer.render(Specimen.document(imagePath: imagePath), as: .pdf)
        let fourth = try renderer.render(Specimen.document(imagePath: imagePath), as: .pdf)
        #expect(third.files == fourth.files)
        #expect(first.files == third.files)
    }

    @Test func specimenPDFHasEmbeddedSubsetFontsExtractableTextAndTags() throws {
        let rendered = try Repository.renderer().render(Specimen.document(imagePath: imagePath), as: .pdf)
        let path = directory.appendingPathComponent("specimen.pdf").path
        try FileOutput.write(rendered, to: path)

        let fonts = try Tools.run("pdffonts", [path])
        let rows = fonts.split(separator: "\n").dropFirst(2)
        #expect(rows.count >= 5, "expected the bundled faces in pdffonts, got:\n\(fonts)")
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            // name type encoding emb sub uni object ID: emb and sub are the 4th and 3rd from the end
            #expect(columns[columns.count - 5] == "yes" && columns[columns.count - 4] == "yes", "not embedded+subset: \(row)")
            #expect(["Andika", "Lato"].contains { row.contains($0) }, "unexpected font: \(row)")
        }

        let text = try Tools.run("pdftotext", ["-enc", "UTF-8", path, "-"])
        #expect(text.contains(Specimen.diacritics))
        #expect(text.contains("Tekenaar-specimen"))

        let info = try Tools.run("pdfinfo", [path]).replacing(#/ +/#, with: " ")
        #expect(info.contains("Tagged: yes"))
        #expect(info.contains("Title: Tekenaar-specimen"))
        #expect(info.contains("Page size: 595.276 x 841.89 pts (A4)"))
        #expect(info.contains("CreationDate: Thu Jan 1 00:00:00 2026 UTC"))

        let qdf = try QPDF.uncompressed(path: path)
        #expect(qdf.contains("/Lang (nl-NL)"))
        #expect(qdf.contains("/CreationDate (D:20260101000000Z)"))
        #expect(qdf.contains("/URI (\(Specimen.linkURL))"))
        #expect(qdf.contains("/Alt (Een groene stip op een lichtblauw vlak.)"))
        let structure = try Tools.run("pdfinfo", ["-struct", path])
        #expect(structure.contains("Document"))
        #expect(structure.contains("H1"))
        #expect(structure.contains("Figure"))
    }

    @Test func specimenRendersToSVG() throws {
        let renderer = try Repository.renderer()
        let first = try renderer.render(Specimen.document(imagePath: imagePath), as: .svg)
        let second = try renderer.render(Specimen.document(imagePath: imagePath), as: .svg)
        #expect(first.files.count == 1)
        #expect(first.files == second.files, "SVG ids must not depend on what the process drew before")
        let svg = String(decoding: first.files[0], as: UTF8.self)
        #expect(svg.contains("width=\"595.275591pt\""))
        #expect(svg.contains("<svg"))
    }
}
