import Foundation
import Tekenaar
import TestSupport
import Testing

/// Flow pages: content that decides its number of pages once its text is measured.
@Suite struct FlowPageTests {
    /// A flow page that measures `lines` lines of text and puts as many on a page as fit.
    func flow(lines: Int, measured: LockedCount) -> Page {
        Page.flow(size: PageSize(width: 100, height: 60)) { canvas in
            let style = TextStyle(family: "Andika", size: 12)
            let lineHeight = try canvas.measure("Xg", style: style).height
            measured.increment()
            let perPage = Int(50 / lineHeight)
            return stride(from: 0, to: lines, by: perPage).map { first in
                Page(size: PageSize(width: 100, height: 60)) { canvas in
                    for line in first..<min(lines, first + perPage) {
                        try canvas.text("Regel \(line + 1)", style: style, at: Point(5, 5 + Double(line - first) * lineHeight))
                    }
                }
            }
        }
    }

    @Test func aFlowPageBecomesThePagesItLaysOut() throws {
        let measured = LockedCount()
        let plain = Page(size: PageSize(width: 100, height: 60)) { canvas in
            try canvas.text("Voor", style: TextStyle(family: "Andika", size: 12), at: Point(5, 5))
        }
        let document = Document(info: DocumentInfo(title: "flow"), pages: [plain, flow(lines: 20, measured: measured), plain])
        #expect(document.pages.count == 3)
        let renderer = try Repository.renderer()
        let png = try renderer.render(document, as: .png(dpi: 20))
        #expect(png.files.count == 5, "one page, 20 lines on three pages, one page")
        #expect(png.placedText.first { $0.text == "Regel 20" }?.pageIndex == 3)
        let pdf = try renderer.render(document, as: .pdf)
        let path = try Repository.temporaryDirectory("flow").appendingPathComponent("flow.pdf").path
        try FileOutput.write(pdf, to: path)
        #expect(try Tools.run("pdfinfo", [path]).contains("Pages:           5"))
        #expect(measured.value == 2, "laid out once per render")
    }

    @Test func flowPagesCannotNestOrBeDrawnDirectly() throws {
        let inner = Page.flow(size: .a4) { _ in [] }
        let outer = Page.flow(size: .a4) { _ in [inner] }
        #expect(throws: TekenaarError.invalidDocument("a flowing page may not lay out other flowing pages")) {
            try Repository.renderer().render(Document(info: DocumentInfo(title: "nest"), pages: [outer]), as: .pdf)
        }
        #expect(throws: TekenaarError.self) {
            try Repository.renderer().render(Document(info: DocumentInfo(title: "empty"), pages: [inner]), as: .pdf)
        }
    }
}

/// A counter the page closures can bump (they are not Sendable, but tests run them on one thread).
final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
