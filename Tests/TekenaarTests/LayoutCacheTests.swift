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
}
