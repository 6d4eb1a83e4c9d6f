import Foundation
@testable import Tekenaar
import TestSupport
import Testing

/// The renderer keeps shaped layouts across documents: the output must be what fresh layouts give,
/// and what it keeps must stay bounded however many different texts it draws.
@Suite struct LayoutCacheTests {
    static func document(_ text: String) -> Document {
        Document(info: DocumentInfo(title: "Cache"), pages: [Page(size: .a4) { canvas in
            let style = TextStyle(family: "Andika", size: 12)
            try canvas.text("Een vaste kop die op elke pagina staat", style: style, at: Point(20, 20), width: 80)
            try canvas.text(text, style: style.sized(14), at: Point(20, 40), width: 80)
            _ = try canvas.measure(text, style: style, width: 50)
        }])
    }

    @Test func keptLayoutsGiveTheBytesOfFreshOnes() throws {
        let warm = try Repository.renderer()
        for index in 0..<5 { _ = try warm.render(Self.document("Cliënt \(index)"), as: .pdf) }
        let fresh = try Repository.renderer()
        for format in [OutputFormat.pdf, .svg, .png(dpi: 72)] {
            let a = try warm.render(Self.document("Zoë Bakker-Öztürk"), as: format)
            let b = try fresh.render(Self.document("Zoë Bakker-Öztürk"), as: format)
            #expect(a.files == b.files, "\(format)")
            #expect(a.placedText == b.placedText, "\(format)")
        }
    }

    @Test func keptLayoutsAreBounded() throws {
        let renderer = try Repository.renderer()
        for index in 0..<(TextContext.generationCapacity + 200) {
            _ = try renderer.render(Self.document("Cliënt nummer \(index)"), as: .pdf)
        }
        let kept = try renderer.textContext(for: .pdf).count
        #expect(kept <= 2 * TextContext.generationCapacity)
        #expect(kept > 0)
    }

    @Test func writingToAFileGivesTheBytesOfRender() throws {
        let renderer = try Repository.renderer()
        let directory = try Repository.temporaryDirectory("stream")
        let document = Document(info: DocumentInfo(title: "Stroom"), pages: (0..<3).map { index in
            Page(size: .a4) { canvas in
                try canvas.tagged(.paragraph) {
                    try canvas.text("Pagina \(index + 1)", style: TextStyle(family: "Andika", size: 12), at: Point(20, 20))
                }
                canvas.figure(alternativeText: "Een vierkant") { canvas.fill(.rect(Rect(x: 20, y: 40, width: 10, height: 10)), .black) }
            }
        })
        let path = directory.appendingPathComponent("stroom.pdf").path
        try renderer.writePDF(document, toFile: path)
        let streamed = try Data(contentsOf: URL(fileURLWithPath: path))
        let inMemory = try renderer.render(document, as: .pdf).files[0]
        #expect(streamed == inMemory)
        let uncompressed = try Tools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"])
        #expect(uncompressed.contains("/Alt (Een vierkant)"))
    }
}
