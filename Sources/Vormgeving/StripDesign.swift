import Foundation
import Inhoud
import Tekenaar

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
            gutter = Stijl.Space.s
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
            gutter = Stijl.Space.m
            rowGap = Stijl.Space.m
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
