import Foundation
import Inhoud
import Tekenaar

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
            let onderwerpColours = OnderwerpColours(inhoud)
            return try inhoud.strip.panels.enumerated().map { index, panel in
                let drawing = StripPanelDrawing(design: design, panel: panel, number: index + 1, frame: design.panelFrame(index),
                                                pageScale: scale, titleStyle: titleStyle, warnings: warnings,
                                                onderwerpColours: onderwerpColours)
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
