import Foundation
import Inhoud
import Tekenaar

/// The compass's measurements. The shapes are designed for A3 and scaled for smaller paper; the
/// type has its own sizes per paper, so that A4 is not simply A3 made smaller (which would take
/// descriptions under 10 pt).
struct KompasMeasures {
    let paper: KompasLayout.Paper
    let page: PageSize
    /// Millimetres on this paper per millimetre on A3.
    let scale: Double
    let margin: Double
    let centre: Point
    let type: KompasType

    // Radii on A3, in millimetres; `r(_:)` scales them.
    static let outer = 133.0
    static let accent = 3.0
    /// The ring is wide enough for an onderwerp's name for the person across the table, its
    /// title and two lines of description, all near 6 or 12 o'clock.
    static let ringInner = 94.0
    static let face = 91.5
    /// The cut mark lies this far outside the dial on every paper (not scaled): room to cut by
    /// hand with scissors without nicking the rim.
    static let cutOffset = 5.0

    init(paper: KompasLayout.Paper) {
        self.paper = paper
        page = paper.pageSize
        margin = paper == .a3 ? 12 : 10
        type = paper == .a3 ? .a3 : .a4
        // The dial and its cut mark fill the height between the margins, with or without the
        // mark, so both versions are the same drawing.
        let available = page.height / 2 - margin - Self.cutOffset - Stijl.hairline
        scale = min(page.height / 297, available / Self.outer)
        centre = Point(page.width / 2, page.height / 2)
    }

    /// A length designed for A3, on this paper.
    func r(_ millimetres: Double) -> Double { millimetres * scale }
}
