import Foundation
import Inhoud
import Tekenaar

/// One drawing of the compass: measurements, styles, and the plan being recorded.
struct KompasDrawing {
    let inhoud: Inhoud
    let options: KompasLayout.Options
    let canvas: Canvas
    let warnings: LayoutWarnings
    let measures: KompasMeasures
    let text: KompasText
    let dial: KompasLayout.Dial
    /// The centre's two lines, fitted once and drawn for each side.
    let centreSetting: CentreSetting
    var labels: [KompasLayout.Label] = []
    var pictograms: [KompasLayout.PictogramPlacement] = []
    /// The onderwerpen's names for the person across the table, drawn after everything else so
    /// that the copies come last in reading order.
    var pendingCopies: [OnderwerpCopy] = []

    /// An onderwerp's name set along the ring's inner edge with its letters' feet towards the
    /// middle: upright for the person on the far side of the dial.
    struct OnderwerpCopy {
        var field: FieldPath
        var text: String
        var style: TextStyle
        var radius: Double
        var angle: Double
        var background: Colour
    }

    static let navy = Stijl.colours(.centre)
    static let faceTint = Stijl.colours(.centre).tint
    /// The rose: one quiet shade on the face's tint, graphics only.
    static let rose = Colour("#D3D8E5")

    /// The three onderwerpen with the part of the method whose colour and pictogram they use, and
    /// the direction of their sector's middle line.
    let sectors: [(onderwerp: Inhoud.Onderwerp, part: Stijl.Part, angle: Double)]

    /// The directions of the sectors' middles, in the content's order: 8, 12 and 4 o'clock, so the
    /// onderwerpen follow each other clockwise and every sector reaches 6 or 12 o'clock, where text
    /// along the dial runs level for one of the two people.
    static let sectorAngles = [5 * Double.pi / 6, -Double.pi / 2, Double.pi / 6]

    /// The method's fixed terms: a line break never splits one.
    var fixedTerms: [String] { [inhoud.centre.title] + inhoud.themas.map(\.title) + inhoud.onderwerpen.map(\.title) }

    init(inhoud: Inhoud, options: KompasLayout.Options, canvas: Canvas, warnings: LayoutWarnings) throws {
        self.inhoud = inhoud; self.options = options; self.canvas = canvas; self.warnings = warnings
        let measures = KompasMeasures(paper: options.paper)
        self.measures = measures
        let text = KompasText(canvas: canvas, warnings: warnings)
        self.text = text
        let onderwerpen = Array(inhoud.onderwerpen.prefix(3))
        let parts = OnderwerpColours(inhoud).parts
        let sectors = onderwerpen.indices.map { (onderwerpen[$0], parts[$0], Self.sectorAngles[$0]) }
        self.sectors = sectors
        let centreSetting = try CentreSetting(inhoud: inhoud, measures: measures, text: text)
        self.centreSetting = centreSetting
        let outer = measures.r(KompasMeasures.outer), ringInner = measures.r(KompasMeasures.ringInner)
        // The white gap between sectors is the same width everywhere at the ring's middle.
        let halfGap = measures.r(1.5) / ((outer + ringInner) / 2)
        let areas: [KompasLayout.SectorArea] = sectors.map { sector in
            KompasLayout.SectorArea(onderwerpID: sector.0.id, part: sector.1, from: sector.2 - .pi / 3 + halfGap,
                                    to: sector.2 + .pi / 3 - halfGap)
        }
        let cut: Double? = options.cutLine ? outer + KompasMeasures.cutOffset : nil
        dial = KompasLayout.Dial(
            centre: measures.centre, outer: outer, accentInner: outer - measures.r(KompasMeasures.accent), ringInner: ringInner,
            face: measures.r(KompasMeasures.face),
            medallion: centreSetting.medallion, roseLength: measures.r(86), roseHalfWidth: measures.r(5), sectors: areas, cut: cut)
    }

    var plan: KompasLayout.Plan {
        KompasLayout.Plan(pageSize: measures.page, margin: measures.margin, dial: dial, labels: labels, pictograms: pictograms)
    }

    var centre: Point { measures.centre }

    mutating func draw() throws {
        drawShapes()
        try drawSideBlock(copy: false)
        try drawCentre(copy: false)
        try drawThemas()
        for sector in sectors { try drawSector(sector.onderwerp, part: sector.part, angle: sector.angle) }
        try drawCentre(copy: true)
        try drawOnderwerpCopies()
        try drawSideBlock(copy: true)
    }

    // MARK: Shapes

    /// The ring, the face, the rose and the cut mark: everything that is neither text nor pictogram.
    private func drawShapes() {
        for area in dial.sectors {
            let colours = Stijl.colours(area.part)
            canvas.fill(.annularSector(centre: centre, innerRadius: dial.ringInner, outerRadius: dial.outer,
                                       from: area.from, to: area.to), colours.tint)
            canvas.fill(.annularSector(centre: centre, innerRadius: dial.accentInner, outerRadius: dial.outer,
                                       from: area.from, to: area.to), colours.strong)
        }
        canvas.fill(.circle(centre: centre, radius: dial.face), Self.faceTint)
        drawRose()
        canvas.fill(.circle(centre: centre, radius: dial.medallion), Self.navy.strong)
        if let cut = dial.cut {
            canvas.stroke(.circle(centre: centre, radius: cut),
                          Stroke(Stijl.rule, width: Stijl.hairline, dash: [measures.r(3), measures.r(2)], cap: .butt))
        }
    }

    /// A four-pointed compass rose behind the medallion, in one quiet shade. Its points are alike
    /// (no north, no needle) and stop inside the face, so it points at no onderwerp. There is no
    /// ring of ticks: it made the face busy and pointed nowhere.
    private func drawRose() {
        for index in 0..<4 {
            let angle = Double(index) * .pi / 2
            let tip = Point.polar(centre: centre, radius: dial.roseLength, angle: angle)
            let left = Point.polar(centre: centre, radius: dial.roseHalfWidth, angle: angle - .pi / 2)
            let right = Point.polar(centre: centre, radius: dial.roseHalfWidth, angle: angle + .pi / 2)
            canvas.fill(.polygon([left, tip, right, centre]), Self.rose)
        }
    }

    // MARK: Text along the dial

    /// Sets one line along a circle around the dial's centre with its letters pointing to the
    /// middle, so it reads upright from outside the dial at `angle` (radians, clockwise from
    /// 3 o'clock), and records it; with `feetInward`, the other way round, for the person across
    /// the dial. Tekenaar's arc text reads from below on both halves (feet outwards on the lower
    /// half, inwards on the upper); for the other two cases the canvas is turned half a circle first.
    mutating func arcLabel(_ role: KompasLayout.Label.Role, field: FieldPath, text line: String, style: TextStyle,
                           radius: Double, angle: Double, background: Colour, copy: Bool = false, feetInward: Bool = false) throws {
        // Exactly on the horizontal axis both ways are the same; keep clear of the rounding.
        let angle = abs(sin(angle)) < 1e-6 ? angle - 1e-5 : angle
        let placement: ArcTextPlacement
        if (sin(angle) > 0) != feetInward {
            placement = try canvas.textAlongArc(line, style: style, centre: centre, radius: radius, angle: angle)
        } else {
            let centre = self.centre
            placement = try canvas.scoped {
                canvas.rotate(by: .pi, around: centre)
                return try canvas.textAlongArc(line, style: style, centre: centre, radius: radius, angle: angle + .pi)
            }
        }
        let metrics = try text.arcMetrics(style)
        // Turned inwards, the letters' tops point outwards: the band's edges swap.
        let band = KompasLayout.ArcBand(innerRadius: radius - (feetInward ? metrics.outward : metrics.inward),
                                        outerRadius: radius + (feetInward ? metrics.inward : metrics.outward),
                                        from: angle - placement.span / 2, to: angle + placement.span / 2)
        labels.append(KompasLayout.Label(role: role, field: field, text: line, frame: placement.frame, arc: band,
                                         rotation: Self.normalised(angle + (feetInward ? .pi / 2 : -.pi / 2)), size: style.size,
                                         colour: style.colour,
                                         background: background, isCopy: copy))
    }

    // MARK: Straight text

    mutating func record(_ role: KompasLayout.Label.Role, field: FieldPath, text: String, frame: Rect, rotation: Double,
                         style: TextStyle, background: Colour, copy: Bool = false) {
        labels.append(KompasLayout.Label(role: role, field: field, text: text, frame: frame, arc: nil, rotation: rotation,
                                         size: style.size, colour: style.colour, background: background, isCopy: copy))
    }

    /// The bounding box of `rect` turned by `angle` around `pivot`.
    static func turned(_ rect: Rect, by angle: Double, around pivot: Point) -> Rect {
        let corners = [Point(rect.minX, rect.minY), Point(rect.maxX, rect.minY), Point(rect.minX, rect.maxY), Point(rect.maxX, rect.maxY)]
            .map { p -> Point in
                let dx = p.x - pivot.x, dy = p.y - pivot.y
                return Point(pivot.x + dx * cos(angle) - dy * sin(angle), pivot.y + dx * sin(angle) + dy * cos(angle))
            }
        let xs = corners.map(\.x), ys = corners.map(\.y)
        let minX = xs.min() ?? pivot.x, minY = ys.min() ?? pivot.y
        return Rect(x: minX, y: minY, width: (xs.max() ?? minX) - minX, height: (ys.max() ?? minY) - minY)
    }

    static func normalised(_ angle: Double) -> Double {
        var a = angle.truncatingRemainder(dividingBy: 2 * .pi)
        if a > .pi { a -= 2 * .pi }
        if a <= -.pi { a += 2 * .pi }
        return a
    }
}

// MARK: - Centre

/// *Ons gesprek*, set on an arc around the pictogram of the conversation (once for each side), and
/// the size of the medallion that holds it. The centre's line is not on the compass: at the room
/// the medallion has it would be under 16 pt, too small across the table, and the speech bubbles
/// already say it.
struct CentreSetting {
    var title: String
    var titleStyle: TextStyle
    var titleRadius: Double
    var medallion: Double

    init(inhoud: Inhoud, measures: KompasMeasures, text: KompasText) throws {
        let white = Stijl.paper
        let maxSpan = Double.pi * 0.78
        // A little extra space between letters: on a tight circle the tops of the letters come
        // closer together than on a straight line ("Ons": the O and the n).
        let titleSize = measures.type.centreTitle
        let titleStyle = TextStyle(family: Stijl.headingFamily, weight: .black, size: titleSize, colour: white,
                                   letterSpacing: titleSize * 0.02)
        // The title's circle is wide enough for its letters to breathe. The radius comes from the
        // designed size, so a shrunk override keeps its place.
        let titleMetrics = try text.arcMetrics(titleStyle)
        titleRadius = measures.r(19.5)
        (title, self.titleStyle) = try text.fittedArcLine(inhoud.centre.title, style: titleStyle, minimum: titleSize * 0.8,
                                                          radius: titleRadius, maxSpan: maxSpan, field: .centre(.title))
        // A little more navy around the title, so it does not touch the edge.
        medallion = titleRadius + titleMetrics.outward + measures.r(3)
    }
}

extension KompasDrawing {
    /// The medallion: *Ons gesprek* on an arc below the pictogram of the conversation, for the
    /// person at the bottom edge, and again above it (`copy`) for the person opposite.
    mutating func drawCentre(copy: Bool) throws {
        let angle = copy ? -Double.pi / 2 : .pi / 2
        let setting = centreSetting, navy = Self.navy.strong
        try canvas.tagged(copy ? .paragraph : .heading2) {
            try arcLabel(.centreTitle, field: .centre(.title), text: setting.title, style: setting.titleStyle,
                         radius: setting.titleRadius, angle: angle, background: navy, copy: copy)
        }
        if !copy {
            let size = measures.r(17)
            let box = Rect(x: centre.x - size / 2, y: centre.y - size / 2, width: size, height: size)
            canvas.figure(alternativeText: "\(inhoud.centre.title): \(Pictogram.description(.centre))") {
                Pictogram.draw(.centre, on: canvas, in: box, colour: Stijl.paper)
            }
            pictograms.append(.init(part: .centre, box: box, rotation: 0, colour: Stijl.paper, background: navy))
        }
    }
}

