import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// The Strip: sizes, the minimum width, formats, tagging, and that nothing overlaps or leaves its
/// panel — with the default content and with content that pushes the layout.
@Suite struct StripTests {
    static let arrangements = StripLayout.Arrangement.allCases

    // MARK: Size and width

    @Test(arguments: arrangements)
    func widthScalesTheWholeStrip(_ arrangement: StripLayout.Arrangement) throws {
        let inhoud = try Inhoud.loadDefault()
        let base = StripLayout.size(inhoud, options: .init(arrangement: arrangement, width: 170))
        let wider = StripLayout.size(inhoud, options: .init(arrangement: arrangement, width: 255))
        #expect(base.width == 170 && wider.width == 255)
        #expect(abs(wider.height - base.height * 1.5) < 1e-9)
        // Text scales with it: every text block grows by the same factor and keeps its place.
        let small = try placed(inhoud, .init(arrangement: arrangement, width: 170))
        let large = try placed(inhoud, .init(arrangement: arrangement, width: 255))
        #expect(small.count == large.count && !small.isEmpty)
        for (a, b) in zip(small, large) {
            #expect(a.text == b.text)
            #expect(abs(b.frame.width - a.frame.width * 1.5) < 0.05, "\(a.text) did not scale with the strip")
            #expect(abs(b.frame.minY - a.frame.minY * 1.5) < 0.05)
        }
    }

    @Test func rowAndGridHaveTheirOwnProportions() throws {
        let inhoud = try Inhoud.loadDefault()
        let row = StripLayout.size(inhoud, options: .init(arrangement: .row))
        let grid = StripLayout.size(inhoud, options: .init(arrangement: .grid))
        #expect(row.width == 170 && grid.width == 170)
        // A row fits in a letter under a few paragraphs; a grid is about square.
        #expect(row.height > 50 && row.height < 80)
        #expect(grid.height > 150 && grid.height < 257)
        let rowFrames = StripLayout.panelFrames(options: .init(arrangement: .row))
        #expect(Set(rowFrames.map(\.minY)).count == 1, "a row has its four panels side by side")
        let gridFrames = StripLayout.panelFrames(options: .init(arrangement: .grid))
        #expect(Set(gridFrames.map(\.minY)).count == 2 && Set(gridFrames.map(\.minX)).count == 2)
    }

    @Test(arguments: arrangements)
    func tooNarrowIsAnErrorThatSaysWhatWorks(_ arrangement: StripLayout.Arrangement) throws {
        let inhoud = try Inhoud.loadDefault()
        let minimum = StripLayout.minimumWidth(for: arrangement)
        #expect(minimum > 80 && minimum < 170)
        let warnings = LayoutWarnings()
        let narrow = StripLayout.Options(arrangement: arrangement, width: minimum - 1)
        #expect(throws: StripError.tooNarrow(width: minimum - 1, minimum: minimum, arrangement: arrangement)) {
            try StripLayout.document(inhoud, options: narrow, warnings: warnings)
        }
        let message = StripError.tooNarrow(width: minimum - 1, minimum: minimum, arrangement: arrangement).description
        #expect(message.contains("--width \(Int(minimum))"))
        // Drawing into another document (the letter) checks the width too.
        let page = Page(size: .a4) { canvas in
            try StripLayout.draw(inhoud, options: narrow, on: canvas, at: Point(20, 20), warnings: warnings)
        }
        #expect(throws: StripError.self) {
            try Repository.renderer().render(Document(info: DocumentInfo(title: "brief"), pages: [page]), as: .png(dpi: 20))
        }
        // The minimum itself is fine.
        _ = try StripLayout.document(inhoud, options: .init(arrangement: arrangement, width: minimum), warnings: warnings)
        for width in [0, -170, Double.nan, .infinity] {
            #expect(throws: StripError.self) {
                try StripLayout.document(inhoud, options: .init(arrangement: arrangement, width: width), warnings: warnings)
            }
        }
    }

    @Test func theGridSuggestsItselfWhenTheRowIsTooNarrow() {
        let width = StripLayout.minimumWidth(for: .row) - 10
        let message = StripError.tooNarrow(width: width, minimum: StripLayout.minimumWidth(for: .row), arrangement: .row).description
        #expect(message.contains("--layout grid"))
    }

    /// Cairo writes each text run with its effective size in the text matrix (`a 0 0 -d x y Tm`),
    /// so the PDF shows the size every text really has on the page.
    @Test(arguments: arrangements)
    func everyTextIsAtLeast8PointAtTheMinimumWidth(_ arrangement: StripLayout.Arrangement) throws {
        let inhoud = try Inhoud.loadDefault()
        let minimum = StripLayout.minimumWidth(for: arrangement)
        let sizes = try textSizes(inhoud, .init(arrangement: arrangement, width: minimum))
        #expect(sizes.count >= 16, "expected number, title, bubble and caption text in four panels")
        #expect((sizes.min() ?? 0) >= 7.99, "smallest text at \(minimum) mm: \(sizes.min() ?? 0) pt")
        #expect((sizes.min() ?? 0) < 8.5, "the minimum width should be the narrowest that works")
        let full = try textSizes(inhoud, .init(arrangement: arrangement, width: 170))
        #expect((full.min() ?? 0) >= 9, "at 170 mm every text is 9 pt or more")
    }

    /// In a letter set in 12 pt, the row's captions and bubbles must still read as text: at the
    /// letter's width the captions are 10.5 pt or more and the bubbles 10 pt or more (the grid,
    /// drawn larger, 12 and 13), with either form of address.
    @Test(arguments: arrangements)
    func captionsAndBubblesAreLetterSized(_ arrangement: StripLayout.Arrangement) throws {
        let minimum = arrangement == .row ? (caption: 10.5, bubble: 10.0) : (caption: 12.0, bubble: 13.0)
        for inhoud in try Self.bothForms() {
            let (reports, _) = try drawn(inhoud, .init(arrangement: arrangement), at: Point(0, 0), warnings: LayoutWarnings())
            for (report, panel) in zip(reports, inhoud.strip.panels) {
                #expect(report.captionSize >= minimum.caption - 0.01, "caption of \(panel.id): \(report.captionSize) pt")
                #expect(report.bubbleSize >= minimum.bubble - 0.01, "bubble of \(panel.id): \(report.bubbleSize) pt")
            }
        }
    }

    /// A caption does not end in a lone word: its last line is at least 40 % as long as its
    /// longest, measured in the rendered image as a reader sees it, in both layouts and forms
    /// of address.
    @Test(arguments: arrangements)
    func captionsEndWithoutALoneWord(_ arrangement: StripLayout.Arrangement) throws {
        let dpi = 200.0
        for inhoud in try Self.bothForms() {
            let options = StripLayout.Options(arrangement: arrangement)
            let document = try StripLayout.document(inhoud, options: options, warnings: LayoutWarnings())
            let image = try RasterImage(png: Repository.renderer().render(document, as: .png(dpi: dpi)).files[0])
            let (reports, _) = try drawn(inhoud, options, at: Point(0, 0), warnings: LayoutWarnings())
            for (report, panel) in zip(reports, inhoud.strip.panels) {
                let pitch = report.captionSize * (StripDesign(arrangement).captionStyle.lineHeight ?? 1.3) * 25.4 / 72
                let widths = Self.inkedLineWidths(in: image, dpi: dpi, box: report.caption, pitch: pitch)
                #expect(widths.count >= 2, "caption of \(panel.id) found on \(widths.count) lines")
                guard let last = widths.last, let widest = widths.max() else { continue }
                #expect(last >= widest * 0.4,
                        "caption of \(panel.id) ends in a short line: \(String(format: "%.1f", last)) of \(String(format: "%.1f", widest)) mm")
            }
        }
    }

    // MARK: Formats

    @Test(arguments: arrangements)
    func rendersAsPDFSVGAndPNG(_ arrangement: StripLayout.Arrangement) throws {
        let inhoud = try Inhoud.loadDefault()
        let options = StripLayout.Options(arrangement: arrangement)
        let warnings = LayoutWarnings()
        let document = try StripLayout.document(inhoud, options: options, warnings: warnings)
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")
        let size = StripLayout.size(inhoud, options: options)
        let renderer = try Repository.renderer()
        let folder = try Repository.temporaryDirectory("strip")

        let pdf = try renderer.render(document, as: .pdf)
        let pdfURL = folder.appendingPathComponent("strip.pdf")
        try pdf.files[0].write(to: pdfURL)
        let info = try Tools.run("pdfinfo", [pdfURL.path])
        let pageSize = info.split(separator: "\n").first { $0.hasPrefix("Page size:") }?
            .split(separator: " ").compactMap { Double($0) } ?? []
        #expect(pageSize.count == 2)
        #expect(abs((pageSize.first ?? 0) - size.width * 72 / 25.4) < 0.01 && abs((pageSize.last ?? 0) - size.height * 72 / 25.4) < 0.01,
                "page size \(pageSize) pt, expected \(size) mm")
        #expect(info.split(separator: "\n").contains { $0.hasPrefix("Title:") && $0.hasSuffix(" \(inhoud.strip.title)") })
        let text = try Tools.pdfText(pdfURL.path, raw: true)
        for panel in inhoud.strip.panels {
            #expect(text.contains(panel.title))
            #expect(squashed(text).contains(squashed(panel.caption)), "caption of \(panel.id) not extractable")
        }
        let fonts = try Tools.run("pdffonts", [pdfURL.path])
        for family in ["Andika", "Lato", "ComicNeue"] { #expect(fonts.contains(family), "\(family) not embedded") }

        let svg = try renderer.render(document, as: .svg)
        let svgText = String(decoding: svg.files[0], as: UTF8.self)
        #expect(svgText.contains("<svg") && svgText.contains("</svg>"))
        let svgURL = folder.appendingPathComponent("strip.svg")
        try svg.files[0].write(to: svgURL)
        // `make test` installs librsvg2-bin; the SVG must open in librsvg, as in a browser.
        let converted = folder.appendingPathComponent("from-svg.png")
        try Tools.run("rsvg-convert", ["--dpi-x", "96", "--dpi-y", "96", "-o", converted.path, svgURL.path])
        let fromSVG = try RasterImage(png: Data(contentsOf: converted))
        #expect(abs(Double(fromSVG.width) - size.width / 25.4 * 96) <= 2)
        #expect(fromSVG.height > 100)

        let png = try renderer.render(document, as: .png(dpi: 300))
        let image = try RasterImage(png: png.files[0])
        #expect(image.width == 2008, "170 mm at 300 dpi is 2008 px")
        #expect(image.height == Int((size.height / 25.4 * 300).rounded()))
    }

    /// The card's border is whole where a panel meets the edge of the strip (and so of the
    /// page): at the outer left and right edges the full stroke shows, not half of it.
    @Test(arguments: arrangements)
    func bordersAreWholeAtTheEdges(_ arrangement: StripLayout.Arrangement) throws {
        let inhoud = try Inhoud.loadDefault()
        let options = StripLayout.Options(arrangement: arrangement)
        let document = try StripLayout.document(inhoud, options: options, warnings: LayoutWarnings())
        let dpi = 300.0
        let image = try RasterImage(png: Repository.renderer().render(document, as: .png(dpi: dpi)).files[0])
        let design = StripDesign(arrangement)
        let border = design.borderWidth / 25.4 * dpi
        let frames = StripLayout.panelFrames(options: options)
        func px(_ mm: Double) -> Int { Int((mm / 25.4 * dpi).rounded(.down)) }
        func isStrong(_ x: Int, _ y: Int, _ part: Stijl.Part) -> Bool {
            let c = image.colour(x: x, y: y), strong = Stijl.colours(part).strong
            return abs(c.red - strong.red) < 0.08 && abs(c.green - strong.green) < 0.08 && abs(c.blue - strong.blue) < 0.08
        }
        let parts: [Stijl.Part] = [.centre, .ervaringen, .behoeften, .toekomst]
        for (index, frame) in frames.enumerated() {
            let y = px(frame.minY + design.bandHeight + design.sceneHeight * 0.3)
            if frame.minX < 0.01 {
                let run = (0..<px(3)).prefix { isStrong($0, y, parts[index]) }.count
                #expect(Double(run) >= border * 0.7, "left border of panel \(index + 1): \(run) px of \(border)")
            }
            if frame.maxX > options.width - 0.01 {
                // The last whole pixel column: the page ends part-way through the image's last one.
                let run = (0..<px(3)).prefix { isStrong(px(options.width) - 1 - $0, y, parts[index]) }.count
                #expect(Double(run) >= border * 0.7, "right border of panel \(index + 1): \(run) px of \(border)")
            }
        }
    }

    /// The compass on the table has its colours where the real one has them as it lies between
    /// the two, seen from above: ervaringen (teal) at 9 o'clock, behoeften (orange) at 1, toekomst
    /// (purple) at 5, the navy centre in the middle. In panels 2 and 3 that panel's part is the
    /// only one in full colour.
    @Test func theCompassOnTheTableMatchesTheRealOne() throws {
        let inhoud = try Inhoud.loadDefault()
        let options = StripLayout.Options(arrangement: .grid)
        let dpi = 400.0
        let document = try StripLayout.document(inhoud, options: options, warnings: LayoutWarnings())
        let image = try RasterImage(png: Repository.renderer().render(document, as: .png(dpi: dpi)).files[0])
        let (reports, _) = try drawn(inhoud, options, at: Point(0, 0), warnings: LayoutWarnings())
        func colour(at p: Point) -> Colour { image.colour(x: Int(p.x / 25.4 * dpi), y: Int(p.y / 25.4 * dpi)) }
        func near(_ a: Colour, _ b: Colour) -> Bool {
            abs(a.red - b.red) < 0.05 && abs(a.green - b.green) < 0.05 && abs(a.blue - b.blue) < 0.05
        }
        let positions: [(Stijl.Part, Double)] = [(.ervaringen, .pi), (.behoeften, -.pi / 3), (.toekomst, .pi / 3)]
        let highlighted: [Stijl.Part?] = [nil, .ervaringen, .behoeften]
        for (index, highlight) in highlighted.enumerated() {
            guard let compass = reports[index].compass else {
                Issue.record("panel \(index + 1) shows no compass")
                continue
            }
            #expect(near(colour(at: compass.centre), Stijl.colours(.centre).strong), "centre of the compass in panel \(index + 1)")
            for (part, angle) in positions {
                let spot = Point(compass.centre.x + compass.radiusX * 0.78 * cos(angle),
                                 compass.centre.y + compass.radiusY * 0.78 * sin(angle))
                let full = near(colour(at: spot), Stijl.colours(part).strong)
                #expect(full == (highlight == nil || highlight == part),
                        "\(part) in panel \(index + 1) is \(colour(at: spot)), expected it \(full ? "pale" : "in full colour")")
            }
        }
        #expect(reports[3].compass == nil)
    }

    /// The thought cloud keeps clear of the band (4 mm in the grid), so the panel does not look
    /// crowded at the top.
    @Test func theThoughtCloudHasAirAboveIt() throws {
        let inhoud = try Inhoud.loadDefault()
        let (reports, _) = try drawn(inhoud, .init(arrangement: .grid), at: Point(0, 0), warnings: LayoutWarnings())
        for (report, panel) in zip(reports, inhoud.strip.panels) where panel.bubble.kind == .thought {
            #expect(report.bubble.minY - report.scene.minY >= 4.5, "cloud of \(panel.id) is \(report.bubble.minY - report.scene.minY) mm under the band")
        }
    }

    // MARK: Structure

    @Test func everyPanelIsATaggedFigureWithItsSceneAsAlternativeText() throws {
        let inhoud = try Inhoud.loadDefault()
        let document = try StripLayout.document(inhoud, options: .init(), warnings: LayoutWarnings())
        let folder = try Repository.temporaryDirectory("strip-tags")
        let url = folder.appendingPathComponent("strip.pdf")
        try Repository.renderer().render(document, as: .pdf).files[0].write(to: url)
        let qdf = try Tools.uncompressedPDF(url.path)
        let figures = qdf.components(separatedBy: "/S /Figure").count - 1
        #expect(figures == 4)
        let alternatives = Self.alternativeTexts(in: qdf)
        #expect(alternatives == inhoud.strip.panels.map(\.scene))
        #expect(qdf.contains("/S /Caption"))
        #expect(qdf.contains("/Lang (nl-NL)"))
    }

    // MARK: Nothing overlaps, nothing leaves its panel

    @Test(arguments: [
        StripLayout.Options(arrangement: .row), .init(arrangement: .grid),
        .init(arrangement: .row, width: StripLayout.minimumWidth(for: .row)),
        .init(arrangement: .grid, width: StripLayout.minimumWidth(for: .grid)),
        .init(arrangement: .row, width: 240),
    ])
    func nothingOverlapsAndNothingLeavesItsPanel(_ options: StripLayout.Options) throws {
        let inhoud = try Inhoud.loadDefault()
        let warnings = LayoutWarnings()
        let (reports, texts) = try drawn(inhoud, options, at: Point(0, 0), warnings: warnings)
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")
        checkLayout(inhoud, options, reports: reports, texts: texts, origin: Point(0, 0))
    }

    /// Content an organisation might write: longer bubbles, the other speaker, a thought instead
    /// of speech. Bubbles still stay in their panel and off the faces.
    @Test(arguments: arrangements)
    func bubblesKeepTheirPlaceWhateverTheContentSays(_ arrangement: StripLayout.Arrangement) throws {
        let original = try Inhoud.loadDefault()
        for speaker in Inhoud.Bubble.Speaker.allCases {
            for kind in Inhoud.Bubble.Kind.allCases {
                for text in ["Ja?", "Hoe gaat het nu met je, en wat wil je vandaag bespreken?"] {
                    var inhoud = original
                    for index in inhoud.strip.panels.indices {
                        inhoud.strip.panels[index].bubble.text = text
                        inhoud.strip.panels[index].bubble.speaker = speaker
                        inhoud.strip.panels[index].bubble.kind = kind
                    }
                    let options = StripLayout.Options(arrangement: arrangement)
                    let (reports, texts) = try drawn(inhoud, options, at: Point(0, 0), warnings: LayoutWarnings())
                    checkLayout(inhoud, options, reports: reports, texts: texts, origin: Point(0, 0))
                }
            }
        }
    }

    @Test func tooLongTextIsShortenedWithAWarningAndStaysInside() throws {
        var inhoud = try Inhoud.loadDefault()
        let long = Array(repeating: "Dit is een veel te lange tekst voor een strip.", count: 6).joined(separator: " ")
        inhoud.strip.panels[1].caption = long
        inhoud.strip.panels[2].bubble.text = long
        inhoud.strip.panels[3].title = "Een titel die veel te lang is voor de band"
        let options = StripLayout.Options(arrangement: .row)
        let warnings = LayoutWarnings()
        let (reports, texts) = try drawn(inhoud, options, at: Point(0, 0), warnings: warnings)
        let ids = inhoud.strip.panels.map(\.id)
        #expect(warnings.all.contains { $0.field == .stripPanel(ids[1], .caption) && $0.message.contains("caption of panel 2") })
        #expect(warnings.all.contains { $0.field == .stripPanel(ids[2], .bubble) && $0.message.contains("bubble of panel 3") })
        #expect(warnings.all.contains { $0.field == .stripPanel(ids[3], .title) && $0.message.contains("title of panel 4") })
        #expect(warnings.messages.contains { $0.hasPrefix("strip: strip.panelen[\(ids[2])].ballon.tekst: the bubble of panel 3") })
        checkLayout(inhoud, options, reports: reports, texts: texts, origin: Point(0, 0), shortened: true)
    }

    /// The letter places the strip in its text column: drawn at an offset on an A4 page, every
    /// part moves with it.
    @Test func drawsAtAnyPositionOnAnotherPage() throws {
        let inhoud = try Inhoud.loadDefault()
        let origin = Point(20, 118.5)
        let options = StripLayout.Options(arrangement: .row)
        let (reports, texts) = try drawn(inhoud, options, at: origin, warnings: LayoutWarnings(), page: .a4)
        checkLayout(inhoud, options, reports: reports, texts: texts, origin: origin)
        let (atZero, _) = try drawn(inhoud, options, at: Point(0, 0), warnings: LayoutWarnings())
        for (moved, original) in zip(reports, atZero) {
            #expect(abs(moved.frame.minX - original.frame.minX - origin.x) < 1e-9)
            #expect(abs(moved.frame.minY - original.frame.minY - origin.y) < 1e-9)
        }
    }

    @Test func panelsTakeTheColourOfTheirPartOfTheCompass() throws {
        let inhoud = try Inhoud.loadDefault()
        let document = try StripLayout.document(inhoud, options: .init(), warnings: LayoutWarnings())
        let image = try RasterImage(png: Repository.renderer().render(document, as: .png(dpi: 100)).files[0])
        let frames = StripLayout.panelFrames(options: .init())
        let expected: [Stijl.Part] = [.centre, .ervaringen, .behoeften, .toekomst]
        for (frame, part) in zip(frames, expected) {
            // The middle of the band, between the title and the pictogram's edge, is the strong colour.
            let x = Int(((frame.maxX - 12) / 25.4 * 100).rounded()), y = Int(((frame.minY + 1) / 25.4 * 100).rounded())
            let colour = image.colour(x: x, y: y)
            let strong = Stijl.colours(part).strong
            #expect(abs(colour.red - strong.red) < 0.03 && abs(colour.green - strong.green) < 0.03
                    && abs(colour.blue - strong.blue) < 0.03, "band of \(part) is \(colour), expected \(strong)")
        }
    }

    // MARK: Snapshots

    @Test(arguments: [
        ("row", StripLayout.Options(arrangement: .row)),
        ("grid", StripLayout.Options(arrangement: .grid)),
        ("row-narrow", StripLayout.Options(arrangement: .row, width: StripLayout.minimumWidth(for: .row))),
    ])
    func snapshots(_ name: String, _ options: StripLayout.Options) throws {
        let inhoud = try Inhoud.loadDefault()
        let document = try StripLayout.document(inhoud, options: options, warnings: LayoutWarnings())
        let png = try Repository.renderer().render(document, as: .png(dpi: 150))
        assertPageSnapshot(png.files[0], group: "strip", named: name)
    }

    // MARK: Helpers

    private func drawn(_ inhoud: Inhoud, _ options: StripLayout.Options, at origin: Point, warnings: LayoutWarnings,
                       page: PageSize? = nil) throws -> ([StripPanelReport], [PlacedText]) {
        let size = StripLayout.size(inhoud, options: options)
        var reports: [StripPanelReport] = []
        let pageSize = page ?? PageSize(width: size.width, height: size.height)
        let document = Document(info: DocumentInfo(title: "strip"), pages: [Page(size: pageSize) { canvas in
            reports = try StripLayout.drawReporting(inhoud, options: options, on: canvas, at: origin, warnings: warnings)
        }])
        let rendered = try Repository.renderer().render(document, as: .png(dpi: 20))
        return (reports, rendered.placedText)
    }

    private func placed(_ inhoud: Inhoud, _ options: StripLayout.Options) throws -> [PlacedText] {
        try drawn(inhoud, options, at: Point(0, 0), warnings: LayoutWarnings()).1
    }

    private func checkLayout(_ inhoud: Inhoud, _ options: StripLayout.Options, reports: [StripPanelReport],
                             texts: [PlacedText], origin: Point, shortened: Bool = false,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let size = StripLayout.size(inhoud, options: options)
        let strip = Rect(x: origin.x, y: origin.y, width: size.width, height: size.height)
        #expect(reports.count == 4, sourceLocation: sourceLocation)
        #expect(texts.count == 16, "number, title, bubble and caption per panel", sourceLocation: sourceLocation)
        let tolerance = 0.01
        for (index, report) in reports.enumerated() {
            let panel = inhoud.strip.panels[index]
            #expect(strip.contains(report.frame, tolerance: tolerance), sourceLocation: sourceLocation)
            // The card's border, outer edge included, lies inside the panel and so the strip.
            #expect(report.frame.contains(report.card, tolerance: tolerance), "border of \(panel.id) leaves its panel",
                    sourceLocation: sourceLocation)
            for other in reports where other.frame != report.frame {
                #expect(!report.frame.intersects(other.frame), "panels overlap", sourceLocation: sourceLocation)
            }
            // The bubble lies in the drawing, clear of the edge, and covers no face.
            #expect(report.scene.inset(by: 0.3 * options.width / 170).contains(report.bubble), "bubble of \(panel.id) leaves its panel",
                    sourceLocation: sourceLocation)
            for head in report.heads {
                #expect(!report.bubble.intersects(head), "bubble of \(panel.id) covers a head", sourceLocation: sourceLocation)
            }
            let own = texts.filter { report.frame.contains($0.frame, tolerance: tolerance) }
            #expect(own.count == 4, "panel \(panel.id) holds \(own.count) texts", sourceLocation: sourceLocation)
            for text in own {
                let isCaption = text.text == panel.caption || (shortened && index == 1 && text.text.hasPrefix("Dit is"))
                let isBubble = text.text == panel.bubble.text || (shortened && index == 2 && text.text.hasPrefix("Dit is"))
                if isCaption {
                    #expect(report.caption.contains(text.frame, tolerance: tolerance), "caption of \(panel.id) leaves its area",
                            sourceLocation: sourceLocation)
                    #expect(text.frame.minY >= report.card.maxY, sourceLocation: sourceLocation)
                } else if isBubble {
                    #expect(report.bubble.contains(text.frame, tolerance: tolerance), "bubble text of \(panel.id) leaves its bubble",
                            sourceLocation: sourceLocation)
                } else {
                    // Number and title sit in the band above the drawing.
                    #expect(report.card.contains(text.frame, tolerance: tolerance), sourceLocation: sourceLocation)
                    #expect(text.frame.maxY <= report.scene.minY + tolerance, "\(text.text) runs into the drawing",
                            sourceLocation: sourceLocation)
                }
            }
        }
        for (i, a) in texts.enumerated() {
            #expect(strip.contains(a.frame, tolerance: tolerance), "\(a.text) leaves the strip", sourceLocation: sourceLocation)
            for b in texts[(i + 1)...] {
                #expect(!a.frame.inset(by: tolerance).intersects(b.frame.inset(by: tolerance)),
                        "\"\(a.text.prefix(30))\" overlaps \"\(b.text.prefix(30))\"", sourceLocation: sourceLocation)
            }
        }
    }

    private func textSizes(_ inhoud: Inhoud, _ options: StripLayout.Options) throws -> [Double] {
        let document = try StripLayout.document(inhoud, options: options, warnings: LayoutWarnings())
        let url = try Repository.temporaryDirectory("strip-sizes").appendingPathComponent("strip.pdf")
        try Repository.renderer().render(document, as: .pdf).files[0].write(to: url)
        let qdf = try Tools.uncompressedPDF(url.path)
        return qdf.split(separator: "\n").compactMap { line -> Double? in
            let parts = line.split(separator: " ")
            guard parts.count == 7, parts[6] == "Tm" else { return nil }
            let m = parts[0..<4].compactMap { Double($0) }
            guard m.count == 4 else { return nil }
            return sqrt(abs(m[0] * m[3] - m[1] * m[2]))
        }
    }

    /// The `/Alt` strings of the structure elements, decoded (cairo and Tekenaar write them as
    /// literal strings, or as UTF-16 hex when they hold more than ASCII).
    static func alternativeTexts(in pdf: String) -> [String] {
        var texts: [String] = []
        var rest = Substring(pdf)
        while let range = rest.range(of: "/Alt ") {
            rest = rest[range.upperBound...]
            if rest.hasPrefix("<") {
                let hex = rest.dropFirst().prefix { $0 != ">" }
                var bytes: [UInt8] = []
                var index = hex.startIndex
                while let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex), index < hex.endIndex {
                    bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
                    index = next
                }
                let body = bytes.starts(with: [0xFE, 0xFF]) ? Array(bytes.dropFirst(2)) : bytes
                let units = stride(from: 0, to: body.count - 1, by: 2).map { UInt16(body[$0]) << 8 | UInt16(body[$0 + 1]) }
                texts.append(String(decoding: units, as: UTF16.self))
            } else if rest.hasPrefix("(") {
                var text = "", escaped = false
                for character in rest.dropFirst() {
                    if escaped { text.append(character); escaped = false } else if character == "\\" { escaped = true }
                    else if character == ")" { break } else { text.append(character) }
                }
                texts.append(text)
            }
        }
        return texts
    }

    /// Both forms of address: the default (je) and the formal u.
    static func bothForms() throws -> [Inhoud] {
        [try Inhoud.loadDefault(), try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml")]
    }

    /// The widths (mm) of the inked part of each text line in `box`, lines being `pitch` mm apart
    /// from the box's top; lines without ink end the list.
    static func inkedLineWidths(in image: RasterImage, dpi: Double, box: Rect, pitch: Double) -> [Double] {
        func px(_ mm: Double) -> Int { Int((mm / 25.4 * dpi).rounded()) }
        var widths: [Double] = []
        var top = box.minY
        while top + pitch <= box.maxY + 0.01 {
            var left = Int.max, right = Int.min
            for y in px(top)..<min(px(top + pitch), image.height) {
                for x in px(box.minX)..<min(px(box.maxX), image.width) {
                    let c = image.colour(x: x, y: y)
                    if c.alpha > 0.5 && c.red + c.green + c.blue < 1.5 { left = min(left, x); right = max(right, x) }
                }
            }
            guard right >= left else { break }
            widths.append(Double(right - left + 1) / dpi * 25.4)
            top += pitch
        }
        return widths
    }

    private func squashed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
