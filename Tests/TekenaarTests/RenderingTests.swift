import Foundation
import Tekenaar
import TestSupport
import Testing

@Suite struct RenderingTests {
    let body = TextStyle(family: "Andika", size: 12, colour: Colour("#1F2430"))

    @Test func pagesKeepTheirOwnSizesInOnePDF() throws {
        let document = Document(info: DocumentInfo(title: "maten"), pages: [
            Page(size: .a4) { _ in }, Page(size: .a3.landscape) { _ in }, Page(size: PageSize(width: 200, height: 200)) { _ in },
            Page(size: .a5.landscape) { _ in },
        ])
        let rendered = try Repository.renderer().render(document, as: .pdf)
        let path = try Repository.temporaryDirectory("sizes").appendingPathComponent("maten.pdf").path
        try FileOutput.write(rendered, to: path)
        let info = try Tools.run("pdfinfo", ["-f", "1", "-l", "4", path]).replacing(#/ +/#, with: " ")
        #expect(info.contains("Page 1 size: 595.276 x 841.89 pts (A4)"))
        #expect(info.contains("Page 2 size: 1190.55 x 841.89 pts (A3)"))
        #expect(info.contains("Page 3 size: 566.929 x 566.929 pts"))
        #expect(info.contains("Page 4 size: 595.276 x 419.528 pts"))
    }

    @Test func pngHasPixelSizeOfDpiAndRecordsIt() throws {
        let document = Document(info: DocumentInfo(title: "png"), pages: [Page(size: .a4) { _ in }])
        let rendered = try Repository.renderer().render(document, as: .png(dpi: 300))
        let image = try RasterImage(png: rendered.files[0])
        #expect(image.width == 2480 && image.height == 3508)
        // pHYs: 300 dpi is 11811 pixels per metre, unit 1 (metre).
        let bytes = [UInt8](rendered.files[0])
        guard let chunk = bytes.indices.first(where: { bytes[$0..<min($0 + 4, bytes.count)].elementsEqual("pHYs".utf8) }) else {
            Issue.record("no pHYs chunk"); return
        }
        let value = bytes[(chunk + 4)..<(chunk + 8)].reduce(0) { $0 << 8 | Int($1) }
        #expect(value == 11811)
        #expect(bytes[chunk + 12] == 1)
        #expect(image.colour(x: 5, y: 5) == .white, "pages are white, not transparent")
    }

    @Test func aDotIsARoundDiscOnScreenAndInThePDF() throws {
        let red = Colour("#C0392B")
        let document = Document(info: DocumentInfo(title: "stip"), pages: [Page(size: PageSize(width: 20, height: 20)) { canvas in
            canvas.dot(at: Point(10, 10), diameter: 6, red)
        }])
        // 254 dpi: 10 pixels per millimetre, so the disc has a radius of 30 pixels around (100, 100).
        let image = try RasterImage(png: try Repository.renderer().render(document, as: .png(dpi: 254)).files[0])
        #expect(image.colour(x: 100, y: 100) == red)
        #expect(image.colour(x: 100 + 26, y: 100) == red && image.colour(x: 100, y: 100 - 26) == red)
        // Round, not square: the corner of the enclosing square stays white.
        #expect(image.colour(x: 100 + 27, y: 100 + 27) == .white)
        #expect(image.colour(x: 100 + 34, y: 100) == .white)

        // In the PDF it is one zero-length line with round caps, no curves.
        let pdf = try Repository.renderer().render(document, as: .pdf).files[0]
        let path = try Repository.temporaryDirectory("stip").appendingPathComponent("stip.pdf").path
        try pdf.write(to: URL(fileURLWithPath: path))
        let page = try QPDF.uncompressed(path: path)
        #expect(page.contains("1 J"), "round caps")
        #expect(page.contains(" m ") && page.contains(" l S"))
        #expect(!page.contains(" c\n"), "no curves")
    }

    @Test func shapesDrawnClippedStayInsideTheClipAndTheClipIsWrittenOnce() throws {
        let blue = Colour("#1F5F8B")
        let document = Document(info: DocumentInfo(title: "knippen"), pages: [Page(size: PageSize(width: 40, height: 40)) { canvas in
            canvas.clipped(to: .circle(centre: Point(20, 20), radius: 10)) {
                // Fifty small squares across the whole page; only what falls inside the circle shows.
                for index in 0..<50 {
                    let x = Double(index % 10) * 4, y = Double(index / 10) * 8
                    canvas.fill(.rect(Rect(x: x, y: y, width: 4, height: 8)), blue)
                }
            }
        }])
        let image = try RasterImage(png: try Repository.renderer().render(document, as: .png(dpi: 254)).files[0])
        #expect(image.colour(x: 200, y: 200) == blue, "inside the circle")
        #expect(image.colour(x: 20, y: 20) == .white && image.colour(x: 380, y: 200) == .white, "outside the circle")

        let path = try Repository.temporaryDirectory("knippen").appendingPathComponent("knippen.pdf").path
        try Repository.renderer().render(document, as: .pdf).files[0].write(to: URL(fileURLWithPath: path))
        let uncompressed = try QPDF.uncompressed(path: path)
        let clips = uncompressed.components(separatedBy: "W n").count - 1
        #expect(clips >= 1 && clips <= 3, "the clip is set once, not before each of the 50 shapes (\(clips) clips)")
    }

    @Test func textIsMeasuredWrappedAndFitted() throws {
        let document = Document(info: DocumentInfo(title: "tekst"), pages: [Page(size: .a4) { canvas in
            let single = try canvas.measure("Gezien en gehoord", style: self.body)
            #expect(single.lineCount == 1)
            #expect(single.width > 20 && single.width < 50)

            let wrapped = try canvas.measure(String(repeating: "woord ", count: 40), style: self.body, width: 50)
            #expect(wrapped.lineCount > 3)
            #expect(wrapped.width <= 50)

            let spaced = try canvas.measure("a\nb\nc", style: self.body.sized(10).withLineHeight(2))
            // three lines at 2 × 10 pt = 60 pt ≈ 21.2 mm
            #expect(abs(spaced.height - 60 * 25.4 / 72) < 0.1)

            let box = Rect(x: 10, y: 10, width: 60, height: 12)
            let text = String(repeating: "Dit is een lange zin die niet past. ", count: 3)
            let fit = try canvas.fit(text, style: self.body, in: box, minimumSize: 6)
            #expect(fit.fits && fit.wasShrunk && fit.style.size < 12 && fit.style.size >= 6)
            #expect(fit.metrics.height <= box.height)

            let impossible = try canvas.fit(String(repeating: text, count: 10), style: self.body, in: box, minimumSize: 9)
            #expect(!impossible.fits)
            #expect(impossible.style.size == 9)

            // A word wider than the box never "fits" by running over it.
            let longWord = try canvas.fit("arbeidsongeschiktheidsverzekering", style: self.body, in: Rect(x: 0, y: 0, width: 30, height: 50),
                                          minimumSize: 11)
            #expect(!longWord.fits)
            #expect(try canvas.measure("arbeidsongeschiktheidsverzekering", style: self.body, width: 30).overflowsWidth)

            let ellipsised = try canvas.measure(String(repeating: text, count: 5), style: self.body, width: 60, maxLines: 2)
            #expect(ellipsised.lineCount == 2 && ellipsised.isEllipsized)
        }])
        _ = try Repository.renderer().render(document, as: .pdf)
    }

    @Test func placedTextIsReportedInPageCoordinates() throws {
        let document = Document(info: DocumentInfo(title: "plaats"), pages: [Page(size: .a4) { canvas in
            try canvas.text("links boven", style: self.body, at: Point(20, 30))
            canvas.translate(by: Point(100, 100))
            try canvas.text("verschoven", style: self.body, at: Point(5, 5))
        }])
        let rendered = try Repository.renderer().render(document, as: .pdf)
        #expect(rendered.placedText.count == 2)
        let first = rendered.placedText[0].frame, second = rendered.placedText[1].frame
        #expect(abs(first.minX - 20) < 0.01 && abs(first.minY - 30) < 0.01)
        #expect(abs(second.minX - 105) < 0.01 && abs(second.minY - 105) < 0.01)
        // The same drawing at 200 dpi reports the same millimetres.
        let png = try Repository.renderer().render(document, as: .png(dpi: 200))
        #expect(abs(png.placedText[1].frame.minX - 105) < 0.01)
    }

    @Test func arcTextReadsUprightOnBothHalves() throws {
        let centre = Point(105, 148), radius = 50.0
        let style = TextStyle(family: "Lato", weight: .bold, size: 16)
        var placements: [ArcTextPlacement] = []
        let document = Document(info: DocumentInfo(title: "boog"), pages: [Page(size: .a4) { canvas in
            placements.append(try canvas.textAlongArc("BOVEN", style: style, centre: centre, radius: radius, angle: -.pi / 2))
            placements.append(try canvas.textAlongArc("ONDER", style: style, centre: centre, radius: radius, angle: .pi / 2))
            let span = try canvas.arcSpan(of: "BOVEN", style: style, radius: radius)
            #expect(span > 0.2 && span < 1.0)
        }])
        let rendered = try Repository.renderer().render(document, as: .pdf)
        #expect(placements[0].readsClockwise && !placements[1].readsClockwise)
        // The top label lies above the centre, around the radius; the bottom one below it.
        #expect(placements[0].frame.maxY < centre.y - radius + 8 && placements[0].frame.minY > centre.y - radius - 8)
        #expect(placements[1].frame.minY > centre.y + radius - 8 && placements[1].frame.maxY < centre.y + radius + 8)
        #expect(abs(placements[0].frame.midX - centre.x) < 0.5 && abs(placements[1].frame.midX - centre.x) < 0.5)

        // Upright means "ONDER" reads left to right: its text comes out of the PDF in order.
        let path = try Repository.temporaryDirectory("arc").appendingPathComponent("boog.pdf").path
        try FileOutput.write(rendered, to: path)
        let text = try Tools.run("pdftotext", ["-enc", "UTF-8", path, "-"]).filter { $0.isLetter }
        #expect(text.contains("BOVEN") && text.contains("ONDER"), "extracted: \(text)")
    }

    @Test func coloursParseAndMeasureContrast() throws {
        let ink = try Colour(hex: "#1F2430")
        #expect(ink.hex == "#1F2430")
        #expect(try Colour(hex: "fff") == .white)
        #expect(abs(Colour.black.contrastRatio(with: .white) - 21) < 0.001)
        #expect(abs(try Colour(hex: "#2E3A59").contrastRatio(with: .white) - 11.3) < 0.1)
        #expect(try Colour(hex: "#11223380").alpha > 0.5)
    }
}
