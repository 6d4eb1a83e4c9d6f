import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// The Strip: sizes and text set at its printed size, the minimum width and the warning below
/// 12 pt, formats, padding, the bands, line breaks by meaning, tagging, and that nothing overlaps or
/// leaves its panel — with the default content, the u-form, and content that pushes the layout.
@Suite struct StripTests {
    static let arrangements = StripLayout.Arrangement.allCases

    // MARK: Size and width

    /// The drawings grow with the width; the text keeps its printed size.
    @Test(arguments: arrangements)
    func widthScalesTheDrawingsButNotTheText(_ arrangement: StripLayout.Arrangement) throws {
        let inhoud = try Inhoud.loadDefault()
        let base = StripLayout.size(inhoud, options: .init(arrangement: arrangement, width: 170))
        let wider = StripLayout.size(inhoud, options: .init(arrangement: arrangement, width: 255))
        #expect(base.width == 170 && wider.width == 255 && wider.height > base.height)
        let (small, _) = try drawn(inhoud, .init(arrangement: arrangement, width: 170), at: Point(0, 0), warnings: LayoutWarnings())
        let (large, _) = try drawn(inhoud, .init(arrangement: arrangement, width: 255), at: Point(0, 0), warnings: LayoutWarnings())
        for (a, b) in zip(small, large) {
            #expect(abs(b.scene.width - a.scene.width * (b.frame.width / a.frame.width)) < 0.01)
            #expect(a.captionSize == 12 && b.captionSize == 12 && a.bubbleSize == 12 && b.bubbleSize == 12)
            #expect(a.titleSize >= 10.5 && b.titleSize >= a.titleSize)
        }
    }

    @Test func rowAndGridHaveTheirOwnProportions() throws {
        let inhoud = try Inhoud.loadDefault()
        let row = StripLayout.size(inhoud, options: .init(arrangement: .row))
        let grid = StripLayout.size(inhoud, options: .init(arrangement: .grid))
        #expect(row.width == 170 && grid.width == 170)
        // A row under a few paragraphs; a grid on an enclosure page with room for a heading and the questions.
        #expect(row.height > 55 && row.height < 85)
        #expect(grid.height > 130 && grid.height < 200)
        let rowFrames = StripLayout.panelFrames(options: .init(arrangement: .row))
        #expect(Set(rowFrames.map(\.minY)).count == 1, "a row has its four panels side by side")
        let gridFrames = StripLayout.panelFrames(options: .init(arrangement: .grid))
        #expect(Set(gridFrames.map(\.minY)).count == 2 && Set(gridFrames.map(\.minX)).count == 2)
    }

    @Test(arguments: arrangements)
    func tooNarrowIsAnErrorThatSaysWhatWorks(_ arrangement: StripLayout.Arrangement) throws {
        let inhoud = try Inhoud.loadDefault()
        let minimum = StripLayout.minimumWidth(for: arrangement)
        let documentMinimum = StripLayout.minimumDocumentWidth(for: arrangement)
        #expect(minimum > 50 && minimum < 170 && documentMinimum == minimum + 2 * StripLayout.padding)
        let warnings = LayoutWarnings()
        let narrow = StripLayout.Options(arrangement: arrangement, width: documentMinimum - 1)
        #expect(throws: StripError.tooNarrow(width: documentMinimum - 1, minimum: documentMinimum, arrangement: arrangement)) {
            try StripLayout.document(inhoud, options: narrow, warnings: warnings)
        }
        let message = StripError.tooNarrow(width: documentMinimum - 1, minimum: documentMinimum, arrangement: arrangement).description
        #expect(message.contains("--width \(Int(documentMinimum))"))
        // Drawing into another document (the letter) checks the width too, without the padding.
        let page = Page(size: .a4) { canvas in
            try StripLayout.draw(inhoud, options: .init(arrangement: arrangement, width: minimum - 1), on: canvas,
                                 at: Point(20, 20), warnings: warnings)
        }
        #expect(throws: StripError.tooNarrow(width: minimum - 1, minimum: minimum, arrangement: arrangement)) {
            try Repository.renderer().render(Document(info: DocumentInfo(title: "brief"), pages: [page]), as: .png(dpi: 20))
        }
        // The minimum itself is fine.
        _ = try StripLayout.document(inhoud, options: .init(arrangement: arrangement, width: documentMinimum), warnings: warnings)
        for width in [0, -170, Double.nan, .infinity] {
            #expect(throws: StripError.self) {
                try StripLayout.document(inhoud, options: .init(arrangement: arrangement, width: width), warnings: warnings)
            }
        }
    }

    @Test func theGridSuggestsItselfWhenTheRowIsTooNarrow() {
        let width = StripLayout.minimumDocumentWidth(for: .row) - 10
        let message = StripError.tooNarrow(width: width, minimum: StripLayout.minimumDocumentWidth(for: .row), arrangement: .row).description
        #expect(message.contains("--layout grid (which fits from \(Int(StripLayout.minimumDocumentWidth(for: .grid))) mm)"))
    }

    // MARK: Text at its printed size

    /// Cairo writes each text run with its effective size in the text matrix (`a 0 0 -d x y Tm`),
    /// so the PDF shows the size every text really has on the page. At 170 mm captions and
    /// bubbles are 12 pt in both arrangements and both forms of address, the titles 10.5 pt or more,
    /// and nothing is smaller: as in the letter's enclosure (the grid at text width), so in a document.
    @Test(arguments: arrangements)
    func clientTextIsTwelvePointAtTextWidth(_ arrangement: StripLayout.Arrangement) throws {
        for inhoud in try Self.bothForms() {
            let warnings = LayoutWarnings()
            let (reports, _) = try drawn(inhoud, .init(arrangement: arrangement, width: 170), at: Point(0, 0), warnings: warnings)
            #expect(warnings.messages.isEmpty, "\(warnings.messages)")
            for report in reports {
                #expect(report.captionSize == 12 && report.bubbleSize == 12)
                #expect(report.titleSize >= 10.5)
            }
            let sizes = try textSizes(inhoud, .init(arrangement: arrangement, width: 170))
            #expect(sizes.count >= 12, "expected title, bubble and caption text in four panels")
            #expect((sizes.min() ?? 0) >= 10.49, "smallest text: \(sizes.min() ?? 0) pt")
            #expect(sizes.filter { abs($0 - 12) < 0.01 }.count >= 8, "captions and bubbles at 12 pt: \(sizes)")
        }
    }

    /// Where a width is too narrow for 12 pt, the text gets smaller — never under 9 pt — and a
    /// warning says so and names a width at which it is 12 pt again; at that width there is no warning.
    @Test func narrowerThanTwelvePointAllowsIsAWarningThatNamesAWidth() throws {
        let inhoud = try Inhoud.loadDefault()
        let warnings = LayoutWarnings()
        let narrow = StripLayout.Options(arrangement: .row, width: 150)
        let png = try Repository.renderer().render(try StripLayout.document(inhoud, options: narrow, warnings: warnings), as: .png(dpi: 20))
        #expect(!png.files.isEmpty)
        let warning = try #require(warnings.all.first { $0.material == .strip && $0.message.contains("too narrow for 12 pt") })
        #expect(warning.message.hasPrefix("at 150 mm"))
        #expect(warning.message.contains("or use the grid layout"))
        let named = try #require(warning.message.split(separator: " ").firstIndex(of: "make").map {
            Double(warning.message.split(separator: " ")[$0 + 2]) })
        let wide = try #require(named)
        #expect(wide > 150 && wide <= 175, "named width \(wide)")
        let atNamed = LayoutWarnings()
        _ = try Repository.renderer().render(try StripLayout.document(inhoud, options: .init(arrangement: .row, width: wide),
                                                                      warnings: atNamed), as: .png(dpi: 20))
        #expect(atNamed.messages.isEmpty, "\(atNamed.messages)")
        // At the narrowest width the text is smaller, but never under 9 pt.
        for arrangement in Self.arrangements {
            let sizes = try textSizes(inhoud, .init(arrangement: arrangement, width: StripLayout.minimumDocumentWidth(for: arrangement)))
            #expect((sizes.min() ?? 0) >= 8.99, "\(arrangement) at its minimum: \(sizes.min() ?? 0) pt")
        }
    }

    /// Captions break by meaning: in both arrangements and forms of address at text width, every
    /// sentence and question ends a line, and no line ends in an article or a possessive ("Het /
    /// kompas helpt", "over je / werk"); in the grid, the letter's enclosure, not in any word that
    /// belongs to the next one (the row's narrow panels may have to end a line in "met").
    @Test(arguments: arrangements)
    func captionsBreakByMeaning(_ arrangement: StripLayout.Arrangement) throws {
        let dangling = arrangement == .grid
            ? LineBreaker.articles.union(LineBreaker.prepositions).union(LineBreaker.conjunctions)
                .union(LineBreaker.questionWords).union(LineBreaker.possessives)
            : LineBreaker.articles.union(LineBreaker.possessives)
        for inhoud in try Self.bothForms() {
            let (_, texts) = try drawn(inhoud, .init(arrangement: arrangement, width: 170), at: Point(0, 0), warnings: LayoutWarnings())
            for panel in inhoud.strip.panels {
                let caption = try #require(texts.first { squashed($0.text) == squashed(panel.caption) })
                let lines = caption.text.split(separator: "\n").map(String.init)
                #expect(lines.count >= 2)
                for line in lines.dropLast() {
                    let last = line.split(separator: " ").last.map { String($0).lowercased() } ?? ""
                    #expect(!dangling.contains(last), "\(panel.id): a line ends in \"\(last)\": \(lines)")
                }
                for line in lines {
                    // A sentence's end inside a line would leave the next sentence's start at its end.
                    let words = line.split(separator: " ")
                    for word in words.dropLast() {
                        #expect(!(word.hasSuffix("?") || word.hasSuffix(".")), "\(panel.id): \(lines)")
                    }
                }
            }
        }
    }

    @Test func theBreakerKeepsShortWordsWithWhatFollows() throws {
        // Widths in characters: a line holds at most `limit` characters.
        func lines(_ text: String, limit: Double) throws -> [String] {
            var breaker = LineBreaker(text, phrases: true) { Double($0.count) }
            return try #require(try breaker.best(maxLines: 4, limit: { _ in limit }, reference: limit))
        }
        let kompas = try lines("Het kompas helpt ons. Jij kiest waar we beginnen.", limit: 24)
        #expect(kompas.first?.hasPrefix("Het kompas") == true, "\(kompas)")
        #expect(try lines("Wat heb je meegemaakt?", limit: 12) == ["Wat heb je", "meegemaakt?"])
        #expect(try lines("Je vertelt over je werk.", limit: 16) == ["Je vertelt", "over je werk."])
    }

    // MARK: Formats and the artboard

    @Test(arguments: arrangements)
    func rendersAsPDFSVGAndPNG(_ arrangement: StripLayout.Arrangement) throws {
        let inhoud = try Inhoud.loadDefault()
        let options = StripLayout.Options(arrangement: arrangement)
        let warnings = LayoutWarnings()
        let document = try StripLayout.document(inhoud, options: options, warnings: warnings)
        let size = StripLayout.documentSize(inhoud, options: options)
        let renderer = try Repository.renderer()
        let folder = try Repository.temporaryDirectory("strip")

        let pdf = try renderer.render(document, as: .pdf)
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")
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
        // Two typefaces: Andika for what the client reads, Lato for the titles.
        let fonts = try Tools.run("pdffonts", [pdfURL.path])
        let families = fonts.split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: " ").first?.split(separator: "+").last }
        #expect(Set(families.map { $0.split(separator: "-").first.map(String.init) ?? "" }) == ["Andika", "Lato"], "\(fonts)")

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

    /// A document of its own keeps 2 mm of white paper round the strip: nothing, not even a
    /// caption's descender, touches the edge of the picture once it is placed in a word processor.
    @Test(arguments: arrangements)
    func theArtboardHasTwoMillimetresOfPadding(_ arrangement: StripLayout.Arrangement) throws {
        let inhoud = try Inhoud.loadDefault()
        let dpi = 200.0
        let document = try StripLayout.document(inhoud, options: .init(arrangement: arrangement), warnings: LayoutWarnings())
        let image = try RasterImage(png: Repository.renderer().render(document, as: .png(dpi: dpi)).files[0])
        // 2 mm less a pixel for anti-aliasing.
        let margin = Int(StripLayout.padding / 25.4 * dpi) - 1
        func isPaper(_ x: Int, _ y: Int) -> Bool {
            let c = image.colour(x: x, y: y)
            return c.alpha < 0.01 || (c.red > 0.99 && c.green > 0.99 && c.blue > 0.99)
        }
        for y in 0..<image.height {
            for x in 0..<image.width where y < margin || y >= image.height - margin || x < margin || x >= image.width - margin {
                #expect(isPaper(x, y), "ink at (\(x), \(y)) px, within the padding")
                if !isPaper(x, y) { return }
            }
        }
        // And the strip reaches the padding: the cards' borders start right there.
        let strong = Stijl.colours(.centre).strong
        let c = image.colour(x: margin + 3, y: image.height / 6)
        #expect(abs(c.red - strong.red) < 0.1 && abs(c.green - strong.green) < 0.1 && abs(c.blue - strong.blue) < 0.1)
    }

    // MARK: Bands and pictures

    /// Each panel is marked by its part of the method, not by a number: the band in that part's
    /// strong colour with its pictogram, 6 mm or more at every width, beside the title.
    @Test(arguments: [
        StripLayout.Options(arrangement: .row), .init(arrangement: .grid),
        .init(arrangement: .row, width: StripLayout.minimumWidth(for: .row)),
        .init(arrangement: .grid, width: StripLayout.minimumWidth(for: .grid)),
    ])
    func panelsAreMarkedByTheirPartsColourAndPictogram(_ options: StripLayout.Options) throws {
        let inhoud = try Inhoud.loadDefault()
        let (reports, texts) = try drawn(inhoud, options, at: Point(0, 0), warnings: LayoutWarnings(), dpi: 100)
        #expect(reports.map(\.part) == [.centre, .ervaringen, .behoeften, .toekomst], "Ons gesprek first, then the three onderwerpen")
        for report in reports {
            #expect(report.pictogram.width >= 6 && report.pictogram.height >= 6, "pictogram \(report.pictogram.width) mm")
            #expect(report.card.contains(report.pictogram) && report.pictogram.maxY <= report.scene.minY)
        }
        #expect(!texts.contains { ["1", "2", "3", "4"].contains($0.text.trimmingCharacters(in: .whitespaces)) }, "no panel numbers")
    }

    @Test func bandsTakeTheStrongColourOfTheirPart() throws {
        let inhoud = try Inhoud.loadDefault()
        let options = StripLayout.Options()
        let dpi = 100.0
        let image = try RasterImage(png: Repository.renderer().render(
            try StripLayout.document(inhoud, options: options, warnings: LayoutWarnings()), as: .png(dpi: dpi)).files[0])
        let (reports, _) = try drawn(inhoud, .init(arrangement: .row, width: options.width - 2 * StripLayout.padding),
                                     at: Point(StripLayout.padding, StripLayout.padding), warnings: LayoutWarnings())
        for report in reports {
            // Between the title's end and the band's right edge, level with the band's top quarter.
            let x = Int(((report.frame.maxX - 1.5) / 25.4 * dpi).rounded()), y = Int(((report.frame.minY + 1.5) / 25.4 * dpi).rounded())
            let colour = image.colour(x: x, y: y)
            let strong = Stijl.colours(report.part).strong
            #expect(abs(colour.red - strong.red) < 0.03 && abs(colour.green - strong.green) < 0.03
                    && abs(colour.blue - strong.blue) < 0.03, "band of \(report.part) is \(colour), expected \(strong)")
        }
    }

    /// The compass lies where the real one has its colours as it lies between the two, seen from
    /// above: ervaringen (teal) at 9 o'clock, behoeften (orange) at 1, toekomst (purple) at 5, the
    /// navy centre in the middle. The first panel shows all three; the panel of needs and the last
    /// show their own part in full colour and the others pale. The close-up of the client has none.
    @Test func theCompassOnTheTableMatchesTheRealOne() throws {
        let inhoud = try Inhoud.loadDefault()
        let options = StripLayout.Options(arrangement: .grid)
        let dpi = 400.0
        let document = try StripLayout.document(inhoud, options: .init(arrangement: .grid, width: options.width + 2 * StripLayout.padding),
                                                warnings: LayoutWarnings())
        let image = try RasterImage(png: Repository.renderer().render(document, as: .png(dpi: dpi)).files[0])
        let (reports, _) = try drawn(inhoud, options, at: Point(StripLayout.padding, StripLayout.padding), warnings: LayoutWarnings())
        func colour(at p: Point) -> Colour { image.colour(x: Int(p.x / 25.4 * dpi), y: Int(p.y / 25.4 * dpi)) }
        func near(_ a: Colour, _ b: Colour) -> Bool {
            abs(a.red - b.red) < 0.05 && abs(a.green - b.green) < 0.05 && abs(a.blue - b.blue) < 0.05
        }
        let positions: [(Stijl.Part, Double)] = [(.ervaringen, .pi), (.behoeften, -.pi / 3), (.toekomst, .pi / 3)]
        for (index, highlight) in [(0, nil), (2, Stijl.Part.behoeften), (3, .toekomst)] {
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
        #expect(reports[1].compass == nil)
    }

    /// The thought cloud keeps clear of the band, so the panel does not look crowded at the top.
    @Test(arguments: arrangements)
    func theThoughtCloudHasAirAboveIt(_ arrangement: StripLayout.Arrangement) throws {
        let inhoud = try Inhoud.loadDefault()
        let (reports, _) = try drawn(inhoud, .init(arrangement: arrangement), at: Point(0, 0), warnings: LayoutWarnings())
        for (report, panel) in zip(reports, inhoud.strip.panels) where panel.bubble.kind == .thought {
            #expect(report.bubble.minY - report.scene.minY >= 2, "cloud of \(panel.id) is \(report.bubble.minY - report.scene.minY) mm under the band")
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

    // MARK: The texts

    /// What the captions say, true to the method: the first explains the compass in a few words and
    /// that the client chooses where we begin; nothing suggests a medical examination (the
    /// arbeidsdeskundige does not assess health); the u-form is u throughout.
    @Test func captionsSayWhatTheConversationIs() throws {
        for inhoud in try Self.bothForms() {
            let first = inhoud.strip.panels[0].caption.lowercased()
            #expect(first.contains("kompas") && first.contains("drie onderwerpen") && first.contains("waar we beginnen"))
            let all = inhoud.strip.panels.flatMap { [$0.caption, $0.bubble.text, $0.scene] }.joined(separator: " ").lowercased()
            for medical in ["gezondheid", "keuring", "arts", "medisch", "ziekte", "klachten", "onderzoek"] {
                #expect(!all.split { !$0.isLetter }.contains { $0 == medical }, "\(medical) in the strip's texts")
            }
        }
        let formal = try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml")
        let words = formal.strip.panels.flatMap { [$0.caption, $0.bubble.text] }.joined(separator: " ").lowercased().split { !$0.isLetter }
        #expect(Set(words).isDisjoint(with: ["je", "jij", "jou", "jouw", "jezelf"]))
    }

    // MARK: Nothing overlaps, nothing leaves its panel

    @Test(arguments: [
        StripLayout.Options(arrangement: .row), .init(arrangement: .grid),
        .init(arrangement: .row, width: StripLayout.minimumWidth(for: .row)),
        .init(arrangement: .grid, width: StripLayout.minimumWidth(for: .grid)),
        .init(arrangement: .row, width: 240), .init(arrangement: .grid, width: 120),
    ])
    func nothingOverlapsAndNothingLeavesItsPanel(_ options: StripLayout.Options) throws {
        for inhoud in try Self.bothForms() {
            let warnings = LayoutWarnings()
            let (reports, texts) = try drawn(inhoud, options, at: Point(0, 0), warnings: warnings)
            // Narrow strips may say their text is under 12 pt; nothing may be cut off.
            #expect(!warnings.messages.contains { $0.contains("cut off") || $0.contains("shortened") }, "\(warnings.messages)")
            checkLayout(inhoud, options, reports: reports, texts: texts, origin: Point(0, 0))
        }
    }

    /// Content an organisation might write: longer bubbles, the other speaker, a thought instead
    /// of speech. Bubbles still stay in their panel and off the faces; whoever is out of the
    /// picture speaks from its edge.
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
        inhoud.strip.panels[3].title = "Een titel die veel te lang is voor de band van dit plaatje"
        let options = StripLayout.Options(arrangement: .row)
        let warnings = LayoutWarnings()
        let (reports, texts) = try drawn(inhoud, options, at: Point(0, 0), warnings: warnings)
        let ids = inhoud.strip.panels.map(\.id)
        #expect(warnings.all.contains { $0.field == .stripPanel(ids[1], .caption) && $0.message.contains("caption of \"Jouw ervaringen\"") })
        #expect(warnings.all.contains { $0.field == .stripPanel(ids[3], .title) && $0.message.contains("is too long for its band") })
        // A text that fits at no size is cut off; it does not make the other panels' texts smaller.
        #expect(!warnings.all.contains { $0.field == nil }, "\(warnings.messages)")
        #expect(reports.allSatisfy { $0.captionSize == 12 && $0.bubbleSize == 12 })
        #expect(warnings.messages.contains { $0.hasPrefix("strip: strip.panelen[\(ids[2])].ballon.tekst: the bubble of \"Jouw behoeften\"") })
        checkLayout(inhoud, options, reports: reports, texts: texts, origin: Point(0, 0), shortened: true)
    }

    /// The letter places the strip in its text column: drawn at an offset on an A4 page, every
    /// part moves with it.
    @Test func drawsAtAnyPositionOnAnotherPage() throws {
        let inhoud = try Inhoud.loadDefault()
        let origin = Point(20, 118.5)
        let options = StripLayout.Options(arrangement: .grid)
        let (reports, texts) = try drawn(inhoud, options, at: origin, warnings: LayoutWarnings(), page: .a4)
        checkLayout(inhoud, options, reports: reports, texts: texts, origin: origin)
        let (atZero, _) = try drawn(inhoud, options, at: Point(0, 0), warnings: LayoutWarnings())
        for (moved, original) in zip(reports, atZero) {
            #expect(abs(moved.frame.minX - original.frame.minX - origin.x) < 1e-9)
            #expect(abs(moved.frame.minY - original.frame.minY - origin.y) < 1e-9)
        }
    }

    // MARK: Snapshots

    @Test(arguments: [
        ("row", StripLayout.Options(arrangement: .row), false),
        ("grid", StripLayout.Options(arrangement: .grid), false),
        ("grid-u", StripLayout.Options(arrangement: .grid), true),
        ("row-narrow", StripLayout.Options(arrangement: .row, width: 150), false),
    ])
    func snapshots(_ name: String, _ options: StripLayout.Options, _ formal: Bool) throws {
        let inhoud = formal ? try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml") : try Inhoud.loadDefault()
        let document = try StripLayout.document(inhoud, options: options, warnings: LayoutWarnings())
        let png = try Repository.renderer().render(document, as: .png(dpi: 150))
        assertPageSnapshot(png.files[0], group: "strip", named: name)
    }

    // MARK: Helpers

    private func drawn(_ inhoud: Inhoud, _ options: StripLayout.Options, at origin: Point, warnings: LayoutWarnings,
                       page: PageSize? = nil, dpi: Double = 20) throws -> ([StripPanelReport], [PlacedText]) {
        let size = StripLayout.size(inhoud, options: options)
        var reports: [StripPanelReport] = []
        let pageSize = page ?? PageSize(width: origin.x + size.width, height: origin.y + size.height)
        let document = Document(info: DocumentInfo(title: "strip"), pages: [Page(size: pageSize) { canvas in
            reports = try StripLayout.drawReporting(inhoud, options: options, on: canvas, at: origin, warnings: warnings)
        }])
        let rendered = try Repository.renderer().render(document, as: .png(dpi: dpi))
        return (reports, rendered.placedText)
    }

    private func checkLayout(_ inhoud: Inhoud, _ options: StripLayout.Options, reports: [StripPanelReport],
                             texts: [PlacedText], origin: Point, shortened: Bool = false,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let size = StripLayout.size(inhoud, options: options)
        let strip = Rect(x: origin.x, y: origin.y, width: size.width, height: size.height)
        #expect(reports.count == 4, sourceLocation: sourceLocation)
        #expect(texts.count == 12, "title, bubble and caption per panel", sourceLocation: sourceLocation)
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
            #expect(own.count == 3, "panel \(panel.id) holds \(own.map(\.text)) of \(texts.filter { report.frame.intersects($0.frame) }.map { "\($0.text.prefix(20)) \($0.frame)" }) in \(report.frame)", sourceLocation: sourceLocation)
            for text in own {
                let isCaption = squashed(text.text) == squashed(panel.caption) || (shortened && index == 1 && text.text.hasPrefix("Dit is"))
                let isBubble = squashed(text.text) == squashed(panel.bubble.text) || (shortened && index == 2 && text.text.hasPrefix("Dit is"))
                if isCaption {
                    #expect(report.caption.contains(text.frame, tolerance: tolerance), "caption of \(panel.id) leaves its area",
                            sourceLocation: sourceLocation)
                    #expect(text.frame.minY >= report.card.maxY, sourceLocation: sourceLocation)
                } else if isBubble {
                    #expect(report.bubble.contains(text.frame, tolerance: tolerance), "bubble text of \(panel.id) leaves its bubble",
                            sourceLocation: sourceLocation)
                } else {
                    // The title sits in the band above the drawing, right of the pictogram.
                    #expect(text.text == panel.title, "unexpected text \(text.text)", sourceLocation: sourceLocation)
                    #expect(report.card.contains(text.frame, tolerance: tolerance), sourceLocation: sourceLocation)
                    #expect(text.frame.minX >= report.pictogram.maxX, sourceLocation: sourceLocation)
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

    private func squashed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
