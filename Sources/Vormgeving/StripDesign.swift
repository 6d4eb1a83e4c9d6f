import Foundation
import Inhoud
import Tekenaar

/// The strip's measurements for one arrangement at the width it is drawn. The drawings grow and
/// shrink with the width; the text does not: captions and bubbles are set at the size they are
/// printed (12 pt, the kit's smallest client text), the titles at a heading's size, so a strip in a
/// letter reads like the letter around it.
struct StripDesign {
    /// Captions and bubbles, in points as printed.
    static let clientTextSize = 12.0
    /// Text goes below 12 pt only with a warning, and never below this (a label's size).
    static let smallestTextSize = 9.0
    /// The narrowest panel the strip is drawn with (mm): narrower, even 9 pt captions get only a
    /// word or two per line and the bubbles no longer fit above the people.
    static let minimumPanelWidth = 31.0
    /// The drawn scenes are 100 units wide; their height depends on the arrangement (see `sceneHeightUnits`).
    static let sceneWidthUnits = 100.0

    let arrangement: StripLayout.Arrangement
    /// The strip's width on the page (mm).
    let width: Double
    let columns: Int
    let gutter: Double
    let rowGap: Double
    let panelWidth: Double
    /// The scene's height in scene units, from the panel's width: a narrow panel needs more height
    /// above the people for a bubble of two or three lines at 12 pt than a wide one needs for one
    /// (about 89 units in a row at 170 mm, 66 in a grid).
    let sceneHeightUnits: Double
    let bandHeight: Double
    /// The pictogram in the band (mm), at least 6 mm so that it reads in a letter.
    let pictogramSize: Double
    /// Between the band's edge and the pictogram, and between the pictogram and the title.
    let bandPadding: Double
    let captionGap: Double
    /// Lines of caption at 12 pt the panels make room for: fewer as the panels get wider.
    let captionLines: Int
    let titleStyle: TextStyle
    let captionStyle: TextStyle
    let bubbleStyle: TextStyle
    /// Every outline in the drawings (mm), the same in every panel.
    let outline: Double
    /// The card's border (mm). The card lies half of it inside the panel's frame, so the whole
    /// stroke shows even where the panel meets the edge of the page.
    let borderWidth: Double

    init(_ arrangement: StripLayout.Arrangement, width: Double) {
        self.arrangement = arrangement
        self.width = width
        let type = Stijl.a4
        // The caption lines the default texts need at the width each arrangement is designed for
        // (170 mm: the letter's text column); a narrower strip makes room for more lines, so its
        // text can stay at 12 pt.
        let designed: (panel: Double, lines: Int)
        switch arrangement {
        case .row:
            columns = 4
            gutter = Stijl.Space.s
            rowGap = 0
            captionGap = 2.5
            designed = (39.5, 5)
        case .grid:
            columns = 2
            gutter = Stijl.Space.m
            rowGap = Stijl.Space.m
            captionGap = 3
            designed = (82, 3)
        }
        panelWidth = (width - Double(columns - 1) * gutter) / Double(columns)
        // The rest follows from the panel's width, whatever the arrangement: a grid as narrow as a
        // row's panels looks like the row.
        sceneHeightUnits = min(104, max(66, 66 + (82 - panelWidth) * 23 / 42.5))
        let wide = panelWidth >= 60
        pictogramSize = min(8, max(6.5, panelWidth * 0.1))
        bandPadding = wide ? 2 : 1.4
        bandHeight = pictogramSize + 3
        titleStyle = type.subheading.sized(wide ? 13 : 10.5).withLineHeight(1.1)
        // Narrower panels need more lines than the width alone says: a sentence that no longer
        // fits on one line takes two, and a caption broken by meaning fills its lines less.
        let ratio = designed.panel / max(panelWidth, 1)
        let needed = Double(designed.lines) * (ratio > 1 ? ratio * ratio : ratio)
        captionLines = min(designed.lines + 3, max(2, Int((needed - 0.25).rounded(.up))))
        captionStyle = type.body.sized(Self.clientTextSize).withLineHeight(1.3)
        bubbleStyle = TextStyle(family: Stijl.bodyFamily, weight: .regular, size: Self.clientTextSize, colour: Stijl.ink,
                                alignment: .centre, lineHeight: 1.15)
        outline = min(0.55, max(0.3, panelWidth * 0.0085))
        borderWidth = min(Stijl.emphasisLine, max(0.45, panelWidth * 0.012))
    }

    var rows: Int { (4 + columns - 1) / columns }
    /// Millimetres per scene unit.
    var sceneUnit: Double { panelWidth / Self.sceneWidthUnits }
    var sceneHeight: Double { sceneHeightUnits * sceneUnit }
    /// The caption's line pitch at `size` points (mm).
    func captionPitch(_ size: Double) -> Double { size * (captionStyle.lineHeight ?? 1.3) * 25.4 / 72 }
    var captionHeight: Double { Double(captionLines) * captionPitch(captionStyle.size) }
    var panelHeight: Double { bandHeight + sceneHeight + captionGap + captionHeight }
    var height: Double { Double(rows) * panelHeight + Double(rows - 1) * rowGap }
    var cornerRadius: Double { min(Stijl.cornerRadius, panelWidth / 12) }

    /// Panel `index` (0-based): its card and caption, in millimetres from the strip's top-left corner.
    func panelFrame(_ index: Int) -> Rect {
        let column = index % columns, row = index / columns
        return Rect(x: Double(column) * (panelWidth + gutter), y: Double(row) * (panelHeight + rowGap),
                    width: panelWidth, height: panelHeight)
    }

    /// The band's pictogram square in a panel whose frame is `frame`.
    func pictogramBox(in frame: Rect) -> Rect {
        let middle = frame.minY + borderWidth / 4 + bandHeight / 2
        return Rect(x: frame.minX + borderWidth / 2 + bandPadding, y: middle - pictogramSize / 2,
                    width: pictogramSize, height: pictogramSize)
    }

    /// Where the title goes in the band of a panel whose frame is `frame`: right of the pictogram.
    func titleBox(in frame: Rect) -> Rect {
        let left = pictogramBox(in: frame).maxX + bandPadding
        let right = frame.maxX - borderWidth / 2 - bandPadding
        return Rect(x: left, y: frame.minY + borderWidth / 2, width: right - left, height: bandHeight - borderWidth / 2)
    }
}
