import Foundation
import Inhoud
import Tekenaar

/// Where one panel's parts went on the page (mm), and the sizes its texts got: what the layout
/// tests check.
struct StripPanelReport {
    /// The whole panel: band, drawing and caption.
    var frame: Rect
    /// The coloured card: band and drawing, to the outer edge of its border.
    var card: Rect
    var scene: Rect
    /// The part of the method whose colour and pictogram the panel has.
    var part: Stijl.Part
    /// The pictogram in the band.
    var pictogram: Rect
    var caption: Rect
    var bubble: Rect
    /// Each head as a box that includes its hair.
    var heads: [Rect]
    /// The compass on the table as an ellipse (centre and radii), if the scene shows it.
    var compass: (centre: Point, radiusX: Double, radiusY: Double)?
    /// The sizes of title, caption and bubble in points on the page.
    var titleSize: Double
    var captionSize: Double
    var bubbleSize: Double
}

/// Draws one panel: the band in the colour of its part of the method, with that part's pictogram
/// and the title; the scene; the caption.
struct StripPanelDrawing {
    let design: StripDesign
    let panel: Inhoud.StripPanel
    /// The panel's place on the page (mm).
    let frame: Rect
    let type: StripTextFit
    let warnings: LayoutWarnings
    /// The colour and pictogram of every onderwerp, shared with the compass and the werkblad.
    let onderwerpColours: OnderwerpColours
    /// The method's fixed terms, kept on one line in a caption.
    let fixedTerms: [String]

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

    func draw(on canvas: Canvas) throws -> StripPanelReport {
        let card = self.card
        let radius = design.cornerRadius
        let border = Stroke(colours.strong, width: design.borderWidth)
        return try canvas.tagged(.division) {
            // The band first: its pictogram and title are read as the panel's heading.
            canvas.scoped {
                canvas.clip(to: .roundedRect(card, radius: radius))
                canvas.fill(.rect(bandRect), colours.strong)
            }
            let pictogram = design.pictogramBox(in: frame)
            Pictogram.draw(part, on: canvas, in: pictogram, colour: Stijl.paper)
            try canvas.tagged(.paragraph) { try drawTitle(on: canvas) }
            let pen = Pen(canvas: canvas,
                          transform: Affine.translation(sceneRect.x, sceneRect.y)
                              .concatenating(.scale(design.sceneUnit, design.sceneUnit)),
                          outline: design.outline)
            let sceneDrawing = scene(pen)
            let scene = try canvas.figure(alternativeText: panel.scene) {
                try canvas.clipped(to: .roundedRect(card, radius: radius)) {
                    // Nothing of the drawing may run into the band.
                    canvas.clip(to: .rect(sceneRect))
                    canvas.fill(.rect(sceneRect), colours.tint)
                    return try sceneDrawing.draw()
                }
            }
            canvas.stroke(.roundedRect(card, radius: radius), border)
            if !scene.bubbleFits {
                warnings.add(.strip, .stripPanel(panel.id, .bubble),
                             "the bubble of \"\(panel.title)\" is too long and was cut off; keep it to a few words")
            }
            try canvas.tagged(.caption) { try drawCaption(on: canvas) }
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
            return StripPanelReport(frame: frame, card: outer, scene: sceneRect, part: part, pictogram: pictogram,
                                    caption: captionRect, bubble: onPage(scene.bubble), heads: heads, compass: compass,
                                    titleSize: type.title.size, captionSize: type.captionSize, bubbleSize: type.bubbleSize)
        }
    }

    func scene(_ pen: Pen) -> StripScene {
        StripScene(panel: panel, part: part, ring: onderwerpColours.parts, pen: pen, design: design,
                   bubbleStyle: design.bubbleStyle.sized(type.bubbleSize))
    }

    private func drawTitle(on canvas: Canvas) throws {
        let box = design.titleBox(in: frame)
        let style = type.title
        let metrics = try canvas.measure(panel.title, style: style, width: box.width)
        let middle = Rect(x: box.minX, y: bandRect.minY + design.borderWidth / 4, width: box.width, height: design.bandHeight)
        if metrics.lineCount <= 2, !metrics.overflowsWidth, metrics.height <= box.height + 0.01 {
            try canvas.text(panel.title, style: style, in: middle, vertical: .middle)
        } else {
            warnings.add(.strip, .stripPanel(panel.id, .title),
                         "the title \"\(panel.title)\" is too long for its band and was shortened")
            try canvas.text(panel.title, style: style, in: middle, vertical: .middle, maxLines: 1)
        }
    }

    private func drawCaption(on canvas: Canvas) throws {
        let box = captionRect
        let lettering = try type.caption(panel.caption, design: design, terms: fixedTerms, on: canvas)
        if !lettering.fits {
            warnings.add(.strip, .stripPanel(panel.id, .caption),
                         "the caption of \"\(panel.title)\" is too long and was cut off; keep it to about fifteen words")
        }
        try lettering.draw(at: Point(box.minX, box.minY), canvas: canvas)
    }
}
