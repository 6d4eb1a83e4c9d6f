import Foundation
import Inhoud
import Tekenaar

/// Where one panel's parts went, in millimetres (strip or page space, see `mapped`), and the
/// sizes its texts got: what the layout tests check.
struct StripPanelReport {
    /// The whole panel: band, drawing and caption.
    var frame: Rect
    /// The coloured card: band and drawing, to the outer edge of its border.
    var card: Rect
    var scene: Rect
    /// The part of the method whose colour and pictogram the panel has.
    var part: Stijl.Part
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

    /// The colour and pictogram of every onderwerp, shared with the compass and the werkblad.
    let onderwerpColours: OnderwerpColours

    var part: Stijl.Part { onderwerpColours.part(of: panel.belongsTo) }

    var colours: Stijl.Colours { Stijl.colours(part) }
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
        let border = Stroke(colours.strong, width: design.borderWidth)
        return try canvas.tagged(.division) {
            // Band: number and title are read first, as the panel's heading.
            canvas.scoped {
                canvas.clip(to: .roundedRect(card, radius: radius))
                canvas.fill(.rect(bandRect), colours.strong)
            }
            try canvas.tagged(.paragraph) { try drawBand(on: canvas) }
            let pen = Pen(canvas: canvas,
                          transform: Affine.translation(sceneRect.x, sceneRect.y)
                              .concatenating(.scale(design.sceneUnit, design.sceneUnit)),
                          outline: design.sceneUnit * 0.8)
            let scene = try canvas.figure(alternativeText: panel.scene) {
                try canvas.clipped(to: .roundedRect(card, radius: radius)) {
                    canvas.fill(.rect(sceneRect), colours.tint)
                    return try StripScene(panel: panel, number: number, part: part, ring: onderwerpColours.parts, pen: pen, design: design,
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
            return StripPanelReport(frame: frame, card: outer, scene: sceneRect, part: part, caption: captionRect,
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
        let numberStyle = design.numberStyle.coloured(colours.strong).aligned(.centre)
        let digitMetrics = try canvas.measure(digit, style: numberStyle)
        try canvas.text(digit, style: numberStyle,
                        at: Point(disc.x - digitMetrics.width / 2, disc.y - digitMetrics.height / 2 + discRadius * 0.02))

        let size = design.iconSize
        let icon = Rect(x: band.maxX - design.iconInset - size, y: middle - size / 2, width: size, height: size)
        Pictogram.draw(part, on: canvas, in: icon, colour: Stijl.paper)

        let titleBox = design.titleBox(in: frame)
        let style = titleStyle
        let fit = try canvas.fit(panel.title, style: style, in: Rect(x: 0, y: 0, width: titleBox.width, height: titleBox.height * 0.9),
                                 minimumSize: style.size)
        let box = Rect(x: titleBox.minX, y: middle - band.height / 2, width: titleBox.width, height: band.height)
        if fit.fits {
            try canvas.text(panel.title, style: style, in: box, vertical: .middle)
        } else {
            warnings.add(.strip, .stripPanel(panel.id, .title), "the title of panel \(number) is too long for its band and was shortened")
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
            warnings.add(.strip, .stripPanel(panel.id, .caption),
                         "the caption of panel \(number) is too long and was shortened; keep it to about twenty words")
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
