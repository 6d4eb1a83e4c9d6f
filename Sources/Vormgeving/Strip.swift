import Foundation
import Inhoud
import Tekenaar

/// Why a strip cannot be drawn with the options given.
public enum StripError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The width would make text smaller than 8 pt; `minimum` is the narrowest width that works.
    case tooNarrow(width: Double, minimum: Double, arrangement: StripLayout.Arrangement)
    /// The width is not a usable number of millimetres (not a number, infinite, or absurdly large).
    case invalidWidth(Double)
    /// The layout is drawn for exactly four panels (the content loader checks this too).
    case panelCount(Int)

    public var description: String {
        func mm(_ value: Double) -> String {
            value == value.rounded() ? String(format: "%.0f", value) : String(format: "%.1f", value)
        }
        switch self {
        case let .tooNarrow(width, minimum, arrangement):
            var message = "a width of \(mm(width)) mm is too narrow for the strip in the \(arrangement.rawValue) layout: "
                + "its text would be smaller than 8 pt. Use --width \(mm(minimum)) or more"
            for other in StripLayout.Arrangement.allCases where other != arrangement
                && StripLayout.minimumWidth(for: other) <= max(width, 0) {
                message += ", or --layout \(other.rawValue) (which fits from \(mm(StripLayout.minimumWidth(for: other))) mm)"
            }
            return message + "."
        case let .invalidWidth(width):
            return "\(width) is not a usable strip width; give the width in millimetres, for example --width 170"
        case let .panelCount(count):
            return "the strip has \(count) panels; it is drawn for exactly four"
        }
    }
}

/// The Strip: four numbered panels — *Ons gesprek*, *Jouw ervaringen*, *Jouw behoeften*, *Jouw
/// toekomst* — each a drawn scene in the colour of its part of the compass, with a caption below.
/// It goes with the invitation letter, so an anxious client can see what the conversation will be
/// like before reading a word.
///
/// The layout is designed once per arrangement at the width of an A4 text column (170 mm) and
/// scaled as a whole, text included, to the width asked for; below ``minimumWidth(for:)`` text
/// would drop under 8 pt, so narrower widths are an error.
public enum StripLayout {
    /// How the four panels are arranged.
    public enum Arrangement: String, Sendable, CaseIterable {
        /// One row of four, for the letter's text column.
        case row
        /// Two rows of two, for a narrower column or a page of its own.
        case grid
    }

    /// The choices a caller makes: arrangement and total width.
    public struct Options: Sendable, Hashable {
        public var arrangement: Arrangement
        /// The strip's width in millimetres; its height follows.
        public var width: Double

        public init(arrangement: Arrangement = .row, width: Double = 170) {
            self.arrangement = arrangement
            self.width = width
        }
    }

    /// The smallest width (mm, rounded up to a whole millimetre) at which every text of the strip —
    /// captions, titles, bubbles — stays at 8 pt or larger, per arrangement.
    public static func minimumWidth(for arrangement: Arrangement) -> Double {
        let design = StripDesign(arrangement)
        return (StripDesign.referenceWidth * minimumTextSize / design.smallestTextSize).rounded(.up)
    }

    /// The strip's size in millimetres for these options (the height follows from the width).
    public static func size(_ inhoud: Inhoud, options: Options) -> (width: Double, height: Double) {
        let design = StripDesign(options.arrangement)
        let scale = options.width / StripDesign.referenceWidth
        return (options.width, design.height * scale)
    }

    /// Draws the strip with its top-left corner at `origin` (mm) on any canvas, so the letter can
    /// place it in its text column. Each panel is tagged as a figure whose alternative text is the
    /// panel's scene description from the content.
    public static func draw(_ inhoud: Inhoud, options: Options, on canvas: Canvas, at origin: Point,
                            warnings: LayoutWarnings) throws {
        _ = try drawReporting(inhoud, options: options, on: canvas, at: origin, warnings: warnings)
    }

    /// Draws like ``draw(_:options:on:at:warnings:)`` and returns, per panel, where its parts
    /// landed on the page (mm): what the layout tests check.
    static func drawReporting(_ inhoud: Inhoud, options: Options, on canvas: Canvas, at origin: Point,
                              warnings: LayoutWarnings) throws -> [StripPanelReport] {
        try validate(options, panelCount: inhoud.strip.panels.count)
        let design = StripDesign(options.arrangement)
        let scale = options.width / StripDesign.referenceWidth
        let toPage = Affine.translation(origin.x, origin.y).concatenating(.scale(scale, scale))
        return try canvas.scoped {
            canvas.translate(by: origin)
            canvas.scale(by: scale)
            let titleStyle = try StripPanelDrawing.titleStyle(for: inhoud.strip.panels, design: design, pageScale: scale, on: canvas)
            return try inhoud.strip.panels.enumerated().map { index, panel in
                let drawing = StripPanelDrawing(design: design, panel: panel, number: index + 1, frame: design.panelFrame(index),
                                                pageScale: scale, titleStyle: titleStyle, warnings: warnings)
                return try drawing.draw(on: canvas).mapped(toPage)
            }
        }
    }

    /// A document with one page exactly the strip's size, to save as PDF, SVG or PNG.
    public static func document(_ inhoud: Inhoud, options: Options, warnings: LayoutWarnings) throws -> Document {
        try validate(options, panelCount: inhoud.strip.panels.count)
        let size = size(inhoud, options: options)
        let page = Page(size: PageSize(width: size.width, height: size.height)) { canvas in
            try draw(inhoud, options: options, on: canvas, at: Point(0, 0), warnings: warnings)
        }
        let info = DocumentInfo(title: inhoud.strip.title, author: inhoud.organisation.name,
                                subject: inhoud.strip.panels.map(\.title).joined(separator: " · "),
                                keywords: ["Gezien & Gehoord", "strip"])
        return Document(info: info, pages: [page])
    }

    /// The frames of the panels (drawing and caption together) in the strip's own millimetres,
    /// with the strip's top-left corner at the origin: what tests and the letter can align to.
    public static func panelFrames(options: Options) -> [Rect] {
        let design = StripDesign(options.arrangement)
        let scale = options.width / StripDesign.referenceWidth
        return (0..<4).map { index in
            let frame = design.panelFrame(index)
            return Rect(x: frame.x * scale, y: frame.y * scale, width: frame.width * scale, height: frame.height * scale)
        }
    }

    /// No text of the strip may end up smaller than this, in points.
    static let minimumTextSize = 8.0

    static func validate(_ options: Options, panelCount: Int) throws(StripError) {
        guard options.width.isFinite, options.width < 5000 else { throw .invalidWidth(options.width) }
        let minimum = minimumWidth(for: options.arrangement)
        guard options.width >= minimum else {
            throw .tooNarrow(width: options.width, minimum: minimum, arrangement: options.arrangement)
        }
        guard panelCount == 4 else { throw .panelCount(panelCount) }
    }
}

// MARK: - Design

/// The strip's measurements at the reference width, per arrangement. Everything else derives
/// from these few numbers, and the whole is scaled to the width asked for.
struct StripDesign {
    static let referenceWidth = 170.0
    /// The drawn scenes are designed in a box of 100 × 90 units.
    static let sceneUnits = (width: 100.0, height: 90.0)

    let arrangement: StripLayout.Arrangement
    let columns: Int
    let gutter: Double
    let rowGap: Double
    let bandHeight: Double
    /// The number's white disc in the band, and the space left of it and between it and the title.
    let discRadius: Double
    let bandPadding: Double
    /// The pictogram's square in the band, and its distance from the panel's right edge.
    let iconSize: Double
    let iconInset: Double
    let captionGap: Double
    let captionLines: Int
    let titleStyle: TextStyle
    let numberStyle: TextStyle
    let captionStyle: TextStyle
    /// The bubble's lettering in points at the reference width.
    let bubbleStyle: TextStyle

    init(_ arrangement: StripLayout.Arrangement) {
        self.arrangement = arrangement
        let type = Stijl.a4
        switch arrangement {
        case .row:
            // Captions at 10.5 pt and bubbles at 10 pt: in a letter set in 12 pt they are still
            // read as text, not as small print. The titles stay at 9 pt bold: reversed out of the
            // band they hold their own, and the pictogram beside them needs the room.
            columns = 4
            gutter = Stijl.Ruimte.s
            rowGap = 0
            bandHeight = 8
            discRadius = 2.35
            bandPadding = 1.3
            iconSize = 5.4
            iconInset = 2.4
            captionGap = 2.5
            captionLines = 5
            titleStyle = type.subheading.sized(9).withLineHeight(1.1)
            numberStyle = type.subheading.weighted(.black).sized(9).withLineHeight(1.0)
            captionStyle = type.body.sized(10.5).withLineHeight(1.3)
            bubbleStyle = TextStyle(family: Stijl.handFamily, weight: .bold, size: 10, colour: Stijl.ink,
                                    alignment: .centre, lineHeight: 1.1)
        case .grid:
            columns = 2
            gutter = Stijl.Ruimte.m
            rowGap = Stijl.Ruimte.m
            bandHeight = 10
            discRadius = 3.2
            bandPadding = 1.8
            iconSize = 6.6
            iconInset = 3
            captionGap = 3
            captionLines = 3
            titleStyle = type.subheading.sized(12.5).withLineHeight(1.1)
            numberStyle = type.subheading.weighted(.black).sized(12.5).withLineHeight(1.0)
            captionStyle = type.body.sized(12).withLineHeight(1.3)
            bubbleStyle = TextStyle(family: Stijl.handFamily, weight: .bold, size: 13, colour: Stijl.ink,
                                    alignment: .centre, lineHeight: 1.1)
        }
    }

    var smallestTextSize: Double {
        [titleStyle.size, numberStyle.size, captionStyle.size, bubbleStyle.size].min() ?? captionStyle.size
    }

    var rows: Int { (4 + columns - 1) / columns }
    var panelWidth: Double { (Self.referenceWidth - Double(columns - 1) * gutter) / Double(columns) }
    /// Millimetres per scene unit.
    var sceneUnit: Double { panelWidth / Self.sceneUnits.width }
    var sceneHeight: Double { Self.sceneUnits.height * sceneUnit }
    var captionHeight: Double { Double(captionLines) * captionStyle.size * (captionStyle.lineHeight ?? 1.3) * 25.4 / 72 }
    var panelHeight: Double { bandHeight + sceneHeight + captionGap + captionHeight }
    var height: Double { Double(rows) * panelHeight + Double(rows - 1) * rowGap }
    /// The card's border, in reference millimetres. The card lies half of it inside the panel's
    /// frame, so the whole stroke shows even where the panel meets the edge of the page.
    var borderWidth: Double { sceneUnit * 0.9 }

    /// Panel `index` (0-based): its drawn part and caption, in reference millimetres.
    func panelFrame(_ index: Int) -> Rect {
        let column = index % columns, row = index / columns
        return Rect(x: Double(column) * (panelWidth + gutter), y: Double(row) * (panelHeight + rowGap),
                    width: panelWidth, height: panelHeight)
    }

    /// Where the title goes in the band of a panel whose frame is `frame`: between the number's
    /// disc and the pictogram.
    func titleBox(in frame: Rect) -> Rect {
        let left = frame.minX + borderWidth / 2 + bandPadding + 2 * discRadius + bandPadding
        let right = frame.maxX - iconInset - iconSize - bandPadding * 0.6
        return Rect(x: left, y: frame.minY + borderWidth / 2, width: right - left, height: bandHeight - borderWidth / 2)
    }
}

// MARK: - One panel

/// Where one panel's parts went, in millimetres (strip or page space, see `mapped`), and the
/// sizes its texts got: what the layout tests check.
struct StripPanelReport {
    /// The whole panel: band, drawing and caption.
    var frame: Rect
    /// The coloured card: band and drawing, to the outer edge of its border.
    var card: Rect
    var scene: Rect
    var caption: Rect
    var bubble: Rect
    /// Each head as a box that includes its hair.
    var heads: [Rect]
    /// The compass on the table as an ellipse (centre and radii), if the scene shows it.
    var compass: (centre: Point, radiusX: Double, radiusY: Double)?
    /// The caption's and the bubble's size in points on the page.
    var captionSize: Double
    var bubbleSize: Double

    func mapped(_ transform: Affine) -> StripPanelReport {
        func map(_ r: Rect) -> Rect {
            let a = transform.apply(Point(r.minX, r.minY)), b = transform.apply(Point(r.maxX, r.maxY))
            return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
        }
        var report = self
        report.frame = map(frame); report.card = map(card); report.scene = map(scene); report.caption = map(caption)
        report.bubble = map(bubble); report.heads = heads.map(map)
        report.compass = compass.map { (transform.apply($0.centre), $0.radiusX * abs(transform.a), $0.radiusY * abs(transform.d)) }
        return report
    }
}

/// Draws one panel: the coloured band with number, title and pictogram, the scene, the caption.
struct StripPanelDrawing {
    let design: StripDesign
    let panel: Inhoud.StripPanel
    let number: Int
    let frame: Rect
    /// Page millimetres per reference millimetre, to keep text at 8 pt or more on the page.
    let pageScale: Double
    /// The title's style, shared by all four panels (see ``titleStyle(for:design:pageScale:on:)``).
    let titleStyle: TextStyle
    let warnings: LayoutWarnings

    var deel: Stijl.Deel {
        switch panel.belongsTo {
        case .centre: return .centrum
        case let .onderwerp(id): return Stijl.Deel(rawValue: id) ?? Self.fallbackDeel(for: number)
        }
    }

    /// An organisation may give its onderwerpen other ids; the panels then keep the order of the
    /// method's parts so the colours still match the compass.
    static func fallbackDeel(for number: Int) -> Stijl.Deel {
        let order: [Stijl.Deel] = [.centrum, .ervaringen, .behoeften, .toekomst]
        return order[min(max(number - 1, 0), order.count - 1)]
    }

    var kleuren: Stijl.Kleuren { Stijl.kleuren(deel) }
    /// The coloured card (band and drawing): the path its border follows, half a border inside
    /// the frame at the top and sides.
    var card: Rect {
        let half = design.borderWidth / 2
        return Rect(x: frame.x + half, y: frame.y + half, width: frame.width - 2 * half,
                    height: design.bandHeight + design.sceneHeight - half)
    }
    var bandRect: Rect { Rect(x: frame.x, y: frame.y, width: frame.width, height: design.bandHeight) }
    var sceneRect: Rect { Rect(x: frame.x, y: frame.y + design.bandHeight, width: frame.width, height: design.sceneHeight) }
    var captionRect: Rect {
        Rect(x: frame.x, y: sceneRect.maxY + design.captionGap, width: frame.width, height: design.captionHeight)
    }
    /// The smallest size, in the strip's own points, that is still 8 pt on the page.
    var floorSize: Double { StripLayout.minimumTextSize / pageScale }

    /// One title size for all four bands: the largest, down to 85 % of the design's size (and
    /// never under 8 pt on the page), at which every panel's title fits on one line. A long title
    /// in one panel would otherwise make its band look different from the others.
    static func titleStyle(for panels: [Inhoud.StripPanel], design: StripDesign, pageScale: Double,
                           on canvas: Canvas) throws -> TextStyle {
        let style = design.titleStyle.coloured(Stijl.paper)
        let box = design.titleBox(in: design.panelFrame(0))
        let floor = max(StripLayout.minimumTextSize / pageScale, style.size * 0.85)
        var size = style.size
        for panel in panels {
            let fit = try canvas.fit(panel.title, style: style, in: Rect(x: 0, y: 0, width: box.width, height: box.height * 0.9),
                                     minimumSize: floor)
            if fit.fits { size = min(size, fit.style.size) }
        }
        return style.sized(size)
    }

    func draw(on canvas: Canvas) throws -> StripPanelReport {
        let card = self.card
        let radius = Stijl.cornerRadius * design.panelWidth / 40
        let border = Stroke(kleuren.strong, width: design.borderWidth)
        return try canvas.tagged(.division) {
            // Band: number and title are read first, as the panel's heading.
            canvas.scoped {
                canvas.clip(to: .roundedRect(card, radius: radius))
                canvas.fill(.rect(bandRect), kleuren.strong)
            }
            try canvas.tagged(.paragraph) { try drawBand(on: canvas) }
            let pen = Pen(canvas: canvas,
                          transform: Affine.translation(sceneRect.x, sceneRect.y)
                              .concatenating(.scale(design.sceneUnit, design.sceneUnit)),
                          outline: design.sceneUnit * 0.8)
            let scene = try canvas.figure(alternativeText: panel.scene) {
                try canvas.clipped(to: .roundedRect(card, radius: radius)) {
                    canvas.fill(.rect(sceneRect), kleuren.tint)
                    return try StripScene(panel: panel, number: number, deel: deel, pen: pen, design: design,
                                          floorSize: floorSize, warnings: warnings).draw()
                }
            }
            canvas.stroke(.roundedRect(card, radius: radius), border)
            let captionSize = try canvas.tagged(.caption) { try drawCaption(on: canvas) }
            func onPage(_ r: Rect) -> Rect {
                let a = pen.point(r.minX, r.minY)
                return Rect(x: a.x, y: a.y, width: r.width * design.sceneUnit, height: r.height * design.sceneUnit)
            }
            let heads = scene.heads.map { head in
                onPage(Rect(x: head.head.x - head.headRadius * 1.4, y: head.head.y - head.headRadius * 1.45,
                               width: head.headRadius * 2.8, height: head.headRadius * 2.45))
            }
            let half = design.borderWidth / 2
            let outer = Rect(x: card.minX - half, y: card.minY - half, width: card.width + 2 * half, height: card.height + 2 * half)
            let compass = scene.compass.map { compass in
                (pen.point(compass.centre.x, compass.centre.y), compass.radiusX * design.sceneUnit, compass.radiusY * design.sceneUnit)
            }
            return StripPanelReport(frame: frame, card: outer, scene: sceneRect, caption: captionRect,
                                    bubble: onPage(scene.bubble.box), heads: heads, compass: compass,
                                    captionSize: captionSize * pageScale, bubbleSize: scene.bubble.textSize * pageScale)
        }
    }

    private func drawBand(on canvas: Canvas) throws {
        let band = bandRect
        // The band's visible part starts below the border's outer half.
        let middle = band.minY + design.borderWidth / 4 + band.height / 2
        let discRadius = design.discRadius
        let disc = Point(band.minX + design.borderWidth / 2 + design.bandPadding + discRadius, middle)
        canvas.fill(.circle(centre: disc, radius: discRadius), Stijl.paper)
        let digit = String(number)
        let numberStyle = design.numberStyle.coloured(kleuren.strong).aligned(.centre)
        let digitMetrics = try canvas.measure(digit, style: numberStyle)
        try canvas.text(digit, style: numberStyle,
                        at: Point(disc.x - digitMetrics.width / 2, disc.y - digitMetrics.height / 2 + discRadius * 0.02))

        let size = design.iconSize
        let icon = Rect(x: band.maxX - design.iconInset - size, y: middle - size / 2, width: size, height: size)
        Pictogram.draw(deel, on: canvas, in: icon, colour: Stijl.paper)

        let titleBox = design.titleBox(in: frame)
        let style = titleStyle
        let fit = try canvas.fit(panel.title, style: style, in: Rect(x: 0, y: 0, width: titleBox.width, height: titleBox.height * 0.9),
                                 minimumSize: style.size)
        let box = Rect(x: titleBox.minX, y: middle - band.height / 2, width: titleBox.width, height: band.height)
        if fit.fits {
            try canvas.text(panel.title, style: style, in: box, vertical: .middle)
        } else {
            warnings.add("strip: the title of panel \(number) (strip.panelen[\(panel.id)].titel) is too long for its band and was shortened")
            try canvas.text(panel.title, style: style, in: box, vertical: .middle, maxLines: 1)
        }
    }

    /// Sets the caption and returns its size (the strip's own points).
    private func drawCaption(on canvas: Canvas) throws -> Double {
        let box = captionRect
        let fit = try canvas.fit(panel.caption, style: design.captionStyle, in: box,
                                 minimumSize: max(floorSize, design.captionStyle.size * 0.85))
        if fit.fits {
            let width = try Self.balancedWidths.width(for: panel.caption, style: fit.style, maxWidth: box.width,
                                                      format: canvas.format) {
                try Self.balancedWidth(panel.caption, style: fit.style, maxWidth: box.width, on: canvas)
            }
            try canvas.text(panel.caption, style: fit.style, in: Rect(x: box.minX, y: box.minY, width: width, height: box.height))
            return fit.style.size
        } else {
            warnings.add("strip: the caption of panel \(number) (strip.panelen[\(panel.id)].bijschrift) is too long and was shortened; "
                + "keep it to about twenty words")
            let lineHeight = fit.style.size * (fit.style.lineHeight ?? 1.3) * 25.4 / 72
            try canvas.text(panel.caption, style: fit.style, in: box, maxLines: max(1, Int(box.height / lineHeight)))
            return fit.style.size
        }
    }

    /// Balanced widths found so far in this process: the search measures a caption at up to 80
    /// widths, more layouts than the renderer keeps from one letter to the next, and every letter of
    /// a batch has the same captions.
    static let balancedWidths = BalancedWidthMemo()

    /// The width to set a caption in so that its last line is not a lone word: starting at the
    /// full width, narrower widths are tried (never more lines, never under 60 % of the
    /// column) until the last line is at least half as long as the longest; if none gets there,
    /// the width whose last line came closest. Left-aligned text may be narrower than its column.
    static func balancedWidth(_ text: String, style: TextStyle, maxWidth: Double, on canvas: Canvas) throws -> Double {
        let full = try canvas.measure(text, style: style, width: maxWidth)
        guard full.lineCount > 1 else { return maxWidth }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        /// The last line's length over the longest line's, at `width`.
        func lastLineShare(at width: Double, lines: Int, widest: Double) throws -> Double {
            // Lines break first-fit, so the first k words fill the same lines as in the whole
            // text: the last line starts after the most words that still fit in one line less.
            var low = 0, high = words.count
            while low < high {
                let middle = (low + high + 1) / 2
                let prefix = words[..<middle].joined(separator: " ")
                if try canvas.measure(prefix, style: style, width: width).lineCount <= lines - 1 { low = middle } else { high = middle - 1 }
            }
            let last = words[low...].joined(separator: " ")
            return try canvas.measure(last, style: style).width / max(widest, 0.001)
        }
        let enough = 0.5
        var best = (width: maxWidth, share: try lastLineShare(at: maxWidth, lines: full.lineCount, widest: full.width))
        var width = maxWidth
        let step = maxWidth / 80
        while best.share < enough, width - step >= maxWidth * 0.6 {
            width -= step
            let trial = try canvas.measure(text, style: style, width: width)
            if trial.lineCount != full.lineCount || trial.overflowsWidth { break }
            let share = try lastLineShare(at: width, lines: trial.lineCount, widest: trial.width)
            if share > best.share + 0.02 { best = (width, share) }
        }
        return best.width
    }
}
