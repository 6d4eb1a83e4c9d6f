import Foundation
import Inhoud
import Tekenaar

/// The sizes the Strip's texts get at one width: one size for the four titles, one for the four
/// captions, one for the four bubbles, so the panels look alike. Captions and bubbles are 12 pt
/// when they fit (captions in the lines the panels make room for, bubbles above or beside the
/// people), else the largest size down to 9 pt at which all four fit, with a warning that names a
/// width at which they are 12 pt again.
struct StripTextFit {
    var title: TextStyle
    var captionSize: Double
    var bubbleSize: Double

    /// The caption at ``captionSize``, broken by meaning into the lines the panel has room for.
    func caption(_ text: String, design: StripDesign, terms: [String], on canvas: Canvas) throws -> Lettering {
        try Self.caption(text, size: captionSize, design: design, terms: terms, on: canvas)
    }

    static func caption(_ text: String, size: Double, design: StripDesign, terms: [String], on canvas: Canvas) throws -> Lettering {
        let lines = max(1, Int(design.captionHeight / design.captionPitch(size) + 0.001))
        return try Lettering(text: text, style: design.captionStyle.sized(size), maxWidth: design.panelWidth, maxLines: lines,
                             keepTogether: terms, canvas: canvas)
    }

    /// The sizes from 12 pt down to 9 pt, in half points.
    static let candidateSizes = stride(from: StripDesign.clientTextSize, through: StripDesign.smallestTextSize - 0.01, by: -0.5).map { $0 }

    /// The text sizes for `inhoud`'s panels at `design`'s width. A size under 12 pt is reported
    /// in `warnings`, with the width (plus `reportedPadding` on each side, for a document whose
    /// artboard is wider than the strip) at which everything is 12 pt.
    static func find(_ inhoud: Inhoud, design: StripDesign, terms: [String], on canvas: Canvas,
                     warnings: LayoutWarnings, reportedPadding: Double) throws -> StripTextFit {
        let fit = try sizes(inhoud, design: design, terms: terms, on: canvas)
        if fit.captionSize < StripDesign.clientTextSize || fit.bubbleSize < StripDesign.clientTextSize {
            var what: [String] = []
            if fit.captionSize < StripDesign.clientTextSize { what.append("captions at \(points(fit.captionSize)) pt") }
            if fit.bubbleSize < StripDesign.clientTextSize { what.append("bubbles at \(points(fit.bubbleSize)) pt") }
            var message = "at \(millimetres(design.width + 2 * reportedPadding)) mm the strip's panels are too narrow for 12 pt, "
                + "the size client text needs: it sets the \(what.joined(separator: " and the "))"
            if let wide = try widthForClientText(inhoud, design: design, terms: terms, on: canvas) {
                message += "; make it \(millimetres(wide + 2 * reportedPadding)) mm wide or more"
                if design.arrangement == .row { message += ", or use the grid layout" }
            } else {
                message += "; shorten the captions and bubbles"
            }
            warnings.add(.strip, nil, message)
        }
        return fit
    }

    private static func sizes(_ inhoud: Inhoud, design: StripDesign, terms: [String], on canvas: Canvas) throws -> StripTextFit {
        let panels = inhoud.strip.panels
        let onderwerpColours = OnderwerpColours(inhoud)
        let pen = Pen(canvas: canvas, transform: .identity, outline: design.outline)
        let captionSize = try commonSize(panels) { panel, size in
            try caption(panel.caption, size: size, design: design, terms: terms, on: canvas).fits
        }
        let bubbleSize = try commonSize(panels) { panel, size in
            try StripScene(panel: panel, part: onderwerpColours.part(of: panel.belongsTo), ring: onderwerpColours.parts, pen: pen,
                           design: design, bubbleStyle: design.bubbleStyle.sized(size)).bubbleFits()
        }
        return StripTextFit(title: try titleStyle(panels, design: design, on: canvas), captionSize: captionSize, bubbleSize: bubbleSize)
    }

    /// The largest size at which every panel's text fits, leaving out a text that fits at no size
    /// (it is cut off, with its own warning): one caption too long for any size must not make the
    /// other three small.
    private static func commonSize(_ panels: [Inhoud.StripPanel], fits: (Inhoud.StripPanel, Double) throws -> Bool) throws -> Double {
        var common = StripDesign.clientTextSize
        for panel in panels {
            if let size = try candidateSizes.first(where: { try fits(panel, $0) }) { common = min(common, size) }
        }
        return common
    }

    /// One title size for all four bands: the largest, down to 85 % of the design's size, at which
    /// every title fits on one line beside its pictogram; in panels too narrow for that, the size at
    /// which every title fits in two lines ("Jouw / ervaringen"), never under 9 pt. A long title in
    /// one panel would otherwise make its band look different from the others.
    private static func titleStyle(_ panels: [Inhoud.StripPanel], design: StripDesign, on canvas: Canvas) throws -> TextStyle {
        let style = design.titleStyle.coloured(Stijl.paper)
        let box = design.titleBox(in: design.panelFrame(0))
        let floor = max(StripDesign.smallestTextSize, style.size * 0.85)
        var size = style.size
        for panel in panels {
            let width = try canvas.measure(panel.title, style: style).width
            if width > box.width { size = min(size, (style.size * box.width / width * 4).rounded(.down) / 4) }
        }
        if size >= floor { return style.sized(size) }
        // Two lines: the largest size at which every title's lines fit the band.
        for candidate in stride(from: style.size, through: StripDesign.smallestTextSize, by: -0.25) {
            let fits = try panels.allSatisfy { panel in
                let metrics = try canvas.measure(panel.title, style: style.sized(candidate), width: box.width)
                return metrics.lineCount <= 2 && !metrics.overflowsWidth && metrics.height <= box.height - 1
            }
            if fits { return style.sized(candidate) }
        }
        return style.sized(StripDesign.smallestTextSize)
    }

    /// The narrowest width (whole millimetres) of this arrangement at which captions and bubbles
    /// are all 12 pt, up to three times the width asked for; nil when even that is not enough.
    private static func widthForClientText(_ inhoud: Inhoud, design: StripDesign, terms: [String],
                                           on canvas: Canvas) throws -> Double? {
        func fits(_ width: Double) throws -> Bool {
            let fit = try sizes(inhoud, design: StripDesign(design.arrangement, width: width), terms: terms, on: canvas)
            return fit.captionSize >= StripDesign.clientTextSize && fit.bubbleSize >= StripDesign.clientTextSize
        }
        var low = design.width.rounded(.up), high = (design.width * 3).rounded(.up)
        guard try fits(high) else { return nil }
        while high - low > 1 {
            let middle = ((low + high) / 2).rounded(.down)
            if try fits(middle) { high = middle } else { low = middle }
        }
        return high
    }

    static func points(_ size: Double) -> String {
        size == size.rounded() ? String(format: "%.0f", size) : String(format: "%.1f", size)
    }

    static func millimetres(_ value: Double) -> String {
        value == value.rounded() ? String(format: "%.0f", value) : String(format: "%.1f", value)
    }
}
