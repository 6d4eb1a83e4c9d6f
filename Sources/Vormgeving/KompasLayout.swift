import Foundation
import Inhoud
import Tekenaar

/// The Gesprekskompas: the round visual that lies on the table between the arbeidsdeskundige and
/// the client for the whole conversation.
///
/// The compass is a dial. Its face is *Ons gesprek*: a navy medallion with the pictogram of the
/// conversation, a quiet compass rose, and the four thema's in the four quarters. Around the face
/// lies a ring of three equal sectors, one per onderwerp, each with its colour, pictogram, title
/// and description.
///
/// Two people sit on opposite sides of it, so nothing has a single "up", and nothing runs
/// sideways: every text is level, or within 30° of level, for the person it is meant for. Text is
/// set along the dial only near 6 and 12 o'clock, where an arc runs level; the thema's are set
/// straight in the four quarters, each turned to the nearer edge.
///
/// The onderwerpen address the client, who may sit on either side, so each has its name twice:
/// large with its description for the person whose edge it faces, and smaller along the ring's
/// inner edge, turned the other way, for the person across the table. Their sectors' middles lie
/// at 8, 12 and 4 o'clock, so each sector reaches 6 or 12 o'clock: the one at 12 o'clock sets its
/// text there, the two lower ones set theirs beside 6 o'clock, on either side of their common edge.
/// Pictograms stand upright for the person the sector faces.
///
/// Nothing suggests a start. The sectors are equal in size and weight and carry no numbers; the
/// rose's four points are alike, with no north. The title and hint are printed twice, bottom left
/// and top right, each reading from its own edge: the sheet looks the same from both sides.
public enum KompasLayout {
    /// The paper the compass is printed on, always landscape.
    public enum Paper: String, Sendable, CaseIterable {
        case a3, a4

        /// The page, landscape: A3 is 420 × 297 mm, A4 297 × 210 mm.
        public var pageSize: PageSize {
            switch self {
            case .a3: PageSize.a3.landscape
            case .a4: PageSize.a4.landscape
            }
        }
    }

    public struct Options: Sendable {
        public var paper: Paper
        /// Adds a thin dashed circle around the dial to cut along, for a round laminated version.
        public var cutLine: Bool
        public init(paper: Paper = .a3, cutLine: Bool = false) { self.paper = paper; self.cutLine = cutLine }
    }

    /// The one-page document: metadata from the content, the page drawn by ``draw(_:options:on:warnings:)``.
    public static func document(_ inhoud: Inhoud, options: Options, warnings: LayoutWarnings) -> Document {
        let page = Page(size: options.paper.pageSize) { canvas in
            try draw(inhoud, options: options, on: canvas, warnings: warnings)
        }
        let terms = [inhoud.centre.title] + inhoud.themas.map(\.title) + inhoud.onderwerpen.map(\.title)
        let info = DocumentInfo(
            title: inhoud.kompas.title,
            author: inhoud.organisation.name,
            subject: inhoud.kompas.hint,
            keywords: ["Gezien & Gehoord", "Gesprekskompas"] + terms)
        return Document(info: info, pages: [page])
    }

    /// Draws the compass on `canvas` (a page of `options.paper.pageSize`) and returns where
    /// everything went, for tests and for callers that check the layout.
    @discardableResult
    public static func draw(_ inhoud: Inhoud, options: Options, on canvas: Canvas, warnings: LayoutWarnings) throws -> Plan {
        var drawing = try KompasDrawing(inhoud: inhoud, options: options, canvas: canvas, warnings: warnings)
        try drawing.draw()
        return drawing.plan
    }
}

// MARK: - The plan: what was placed where

extension KompasLayout {
    /// Where the compass put things, in page millimetres.
    public struct Plan: Sendable {
        public var pageSize: PageSize
        /// The distance every text and drawing keeps from the paper's edge, at least.
        public var margin: Double
        public var dial: Dial
        /// Every text block in reading order; the copies for the far side come last.
        public var labels: [Label]
        public var pictograms: [PictogramPlacement]
    }

    /// The shapes of the dial, from the outside in (radii in millimetres from `centre`).
    public struct Dial: Sendable {
        public var centre: Point
        /// The outer edge of the coloured ring.
        public var outer: Double
        /// The inner edge of the strong band along the rim.
        public var accentInner: Double
        /// The inner edge of the ring of sectors.
        public var ringInner: Double
        /// The edge of the tinted face.
        public var face: Double
        /// The navy medallion in the middle.
        public var medallion: Double
        /// The rose's four points: how far they reach and how wide they are at the middle.
        public var roseLength: Double
        public var roseHalfWidth: Double
        /// The tinted area of each onderwerp.
        public var sectors: [SectorArea]
        /// The cut mark, when there is one.
        public var cut: Double?
    }

    /// The tinted sector of one onderwerp, between two angles (radians, clockwise from 3 o'clock,
    /// `from` < `to`).
    public struct SectorArea: Sendable {
        public var onderwerpID: String
        public var part: Stijl.Part
        public var from: Double
        public var to: Double

        /// The direction of the sector's middle line.
        public var middle: Double { (from + to) / 2 }
    }

    /// One text block as the compass placed it.
    public struct Label: Sendable {
        /// What the text is, for tests that look for one kind.
        public enum Role: String, Sendable, CaseIterable {
            case title, subtitle, hint, centreTitle, centreSummary, themaTitle, themaSummary, onderwerpTitle, onderwerpSummary
        }

        public var role: Role
        /// The content field the text comes from (`onderwerpen[behoeften].kort`).
        public var field: FieldPath
        /// The text as drawn: a description broken over lines has one label per line.
        public var text: String
        /// The page-space bounding box of the drawn text.
        public var frame: Rect
        /// For text set along the dial: the ring it occupies (letters' full height, ascent to descent).
        public var arc: ArcBand?
        /// The angle (radians, clockwise) of the text's baseline at its middle: 0 reads normally
        /// from the bottom edge of the sheet, π from the top edge.
        public var rotation: Double
        /// The font size in points.
        public var size: Double
        public var colour: Colour
        /// What lies behind the text.
        public var background: Colour
        /// Whether this is the copy of a text for the person on the other side of the table.
        public var isCopy: Bool

        /// The edge of the sheet from which the text reads upright, or nearly (within 45°).
        public var readsFrom: Side { Side(feetPointing: rotation + .pi / 2) }

        /// How far the baseline at the text's middle turns away from level for the person it reads
        /// for (radians, 0…π/2): 0 is level, π/2 sideways.
        public var tilt: Double { acos(min(1, abs(cos(rotation)))) }
    }

    /// The part of a ring that a line of text along the dial occupies.
    public struct ArcBand: Sendable {
        public var innerRadius: Double
        public var outerRadius: Double
        /// Angles (radians, clockwise from 3 o'clock, `from` < `to`) of the line's ends.
        public var from: Double
        public var to: Double
    }

    /// An edge of the sheet: the people sit at the long ones, `bottom` and `top`.
    public enum Side: String, Sendable, CaseIterable {
        case bottom, left, top, right

        /// The edge that a direction (radians, clockwise from 3 o'clock) points to, within 45°.
        public init(feetPointing direction: Double) {
            let turns = (direction / (.pi / 2) - 1).rounded()
            switch ((Int(turns) % 4) + 4) % 4 {
            case 0: self = .bottom
            case 1: self = .left
            case 2: self = .top
            default: self = .right
            }
        }
    }

    /// A pictogram as the compass placed it.
    public struct PictogramPlacement: Sendable {
        public var part: Stijl.Part
        /// The square the pictogram was drawn in, before turning it by `rotation` around its centre.
        public var box: Rect
        public var rotation: Double
        public var colour: Colour
        public var background: Colour
    }
}
