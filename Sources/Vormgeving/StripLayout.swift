import Foundation
import Inhoud
import Tekenaar

/// The Strip: four panels — *Ons gesprek*, *Jouw ervaringen*, *Jouw behoeften*, *Jouw toekomst* —
/// each a drawn scene on a card in the colour of its part of the compass, marked by that part's
/// pictogram (not a number: the client chooses where to start, so the panels have no fixed order
/// beyond *Ons gesprek* first, the frame around the three onderwerpen), with a caption below. It
/// goes with the invitation letter, so an anxious client can see what the conversation will be
/// like before reading a word.
///
/// The drawings grow with the width asked for; the text does not, it is set at the size it is
/// printed: captions and bubbles at 12 pt, like the letter. Where a width leaves too little room
/// for that, the text gets smaller with a warning (``StripTextFit``); below ``minimumWidth(for:)``
/// the panels are too narrow to draw, which is an error.
public enum StripLayout {
    /// How the four panels are arranged.
    public enum Arrangement: String, Sendable, CaseIterable {
        /// One row of four.
        case row
        /// Two rows of two: at a letter's text width, for the enclosure page.
        case grid
    }

    /// The choices a caller makes: arrangement and total width.
    public struct Options: Sendable, Hashable {
        public var arrangement: Arrangement
        /// The width in millimetres: of the strip itself when it is drawn into another page, of
        /// the whole picture (padding included) for a document of its own. Its height follows.
        public var width: Double

        public init(arrangement: Arrangement = .row, width: Double = 170) {
            self.arrangement = arrangement
            self.width = width
        }
    }

    /// The white margin inside a document of its own (mm), so that nothing touches the edge of
    /// the picture once it is placed in a word processor.
    public static let padding = Stijl.Space.xs

    /// The narrowest the strip itself may be drawn (mm, whole millimetres), per arrangement.
    public static func minimumWidth(for arrangement: Arrangement) -> Double {
        let design = StripDesign(arrangement, width: 170)
        return (StripDesign.minimumPanelWidth * Double(design.columns) + design.gutter * Double(design.columns - 1)).rounded(.up)
    }

    /// The narrowest width of a document of its own, padding included.
    public static func minimumDocumentWidth(for arrangement: Arrangement) -> Double {
        minimumWidth(for: arrangement) + 2 * padding
    }

    /// The size of the strip drawn `options.width` wide into another page (mm).
    public static func size(_ inhoud: Inhoud, options: Options) -> (width: Double, height: Double) {
        (options.width, StripDesign(options.arrangement, width: options.width).height)
    }

    /// The size of the strip's document: `options.width` wide, the padding included.
    public static func documentSize(_ inhoud: Inhoud, options: Options) -> (width: Double, height: Double) {
        let strip = size(inhoud, options: Options(arrangement: options.arrangement, width: options.width - 2 * padding))
        return (options.width, strip.height + 2 * padding)
    }

    /// Draws the strip, `options.width` wide, with its top-left corner at `origin` (mm) on any
    /// canvas, so the letter can place it in its text column. Each panel is tagged as a figure whose
    /// alternative text is the panel's scene description from the content.
    public static func draw(_ inhoud: Inhoud, options: Options, on canvas: Canvas, at origin: Point,
                            warnings: LayoutWarnings) throws {
        _ = try drawReporting(inhoud, options: options, on: canvas, at: origin, warnings: warnings)
    }

    /// Draws like ``draw(_:options:on:at:warnings:)`` and returns, per panel, where its parts
    /// landed on the page (mm): what the layout tests check. `reportedPadding` is added to the
    /// widths a warning names (a document's padding).
    static func drawReporting(_ inhoud: Inhoud, options: Options, on canvas: Canvas, at origin: Point,
                              warnings: LayoutWarnings, reportedPadding: Double = 0) throws -> [StripPanelReport] {
        try validate(Options(arrangement: options.arrangement, width: options.width + 2 * reportedPadding),
                     panelCount: inhoud.strip.panels.count, padding: reportedPadding)
        let design = StripDesign(options.arrangement, width: options.width)
        let terms = fixedTerms(inhoud)
        let type = try StripTextFit.find(inhoud, design: design, terms: terms, on: canvas, warnings: warnings,
                                         reportedPadding: reportedPadding)
        let onderwerpColours = OnderwerpColours(inhoud)
        return try inhoud.strip.panels.enumerated().map { index, panel in
            let frame = design.panelFrame(index)
            let drawing = StripPanelDrawing(design: design, panel: panel,
                                            frame: Rect(x: origin.x + frame.x, y: origin.y + frame.y, width: frame.width, height: frame.height),
                                            type: type, warnings: warnings, onderwerpColours: onderwerpColours, fixedTerms: terms)
            return try drawing.draw(on: canvas)
        }
    }

    /// The method's names, never broken over two lines in a caption.
    static func fixedTerms(_ inhoud: Inhoud) -> [String] {
        [inhoud.centre.title] + inhoud.onderwerpen.map(\.title) + inhoud.themas.map(\.title) + ["Gezien en gehoord", "Gezien & Gehoord"]
    }

    /// A document with one page exactly `options.width` wide, the strip inside it with
    /// ``padding`` around it, to save as PDF, SVG or PNG.
    public static func document(_ inhoud: Inhoud, options: Options, warnings: LayoutWarnings) throws -> Document {
        try validate(options, panelCount: inhoud.strip.panels.count, padding: padding)
        let size = documentSize(inhoud, options: options)
        let strip = Options(arrangement: options.arrangement, width: options.width - 2 * padding)
        let page = Page(size: PageSize(width: size.width, height: size.height)) { canvas in
            _ = try drawReporting(inhoud, options: strip, on: canvas, at: Point(padding, padding), warnings: warnings,
                                  reportedPadding: padding)
        }
        let info = DocumentInfo(title: inhoud.strip.title, author: inhoud.organisation.name,
                                subject: inhoud.strip.panels.map(\.title).joined(separator: " · "),
                                keywords: ["Gezien & Gehoord", "strip"])
        return Document(info: info, pages: [page])
    }

    /// The frames of the panels (drawing and caption together) of the strip drawn `options.width`
    /// wide, with its top-left corner at the origin: what tests and the letter can align to.
    public static func panelFrames(options: Options) -> [Rect] {
        let design = StripDesign(options.arrangement, width: options.width)
        return (0..<4).map(design.panelFrame)
    }

    /// Checks the options; `padding` is the document's (0 when drawn into another page): a width
    /// that is too narrow is reported with the minimum for the same kind of use.
    static func validate(_ options: Options, panelCount: Int, padding: Double = 0) throws(StripError) {
        guard options.width.isFinite, options.width < 5000 else { throw .invalidWidth(options.width) }
        let minimum = minimumWidth(for: options.arrangement) + 2 * padding
        guard options.width >= minimum else {
            throw .tooNarrow(width: options.width, minimum: minimum, arrangement: options.arrangement)
        }
        guard panelCount == 4 else { throw .panelCount(panelCount) }
    }
}
