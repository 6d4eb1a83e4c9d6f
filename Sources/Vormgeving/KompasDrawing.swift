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

    static let navy = Stijl.colours(.centre)
    static let faceTint = Stijl.colours(.centre).tint
    /// The rose's two shades and the ticks: graphics only, quiet on the face's tint.
    static let roseLight = Colour("#C9CFDF")
    static let roseShade = Colour("#A9B2C8")
    static let tick = Colour("#8E97AE")

    /// The three onderwerpen with the part of the method whose colour and pictogram they use, and
    /// the direction of their sector's middle line.
    let sectors: [(onderwerp: Inhoud.Onderwerp, part: Stijl.Part, angle: Double)]

    /// The directions of the sectors' middles, in the content's order: 9, 1 and 5 o'clock, so the
    /// onderwerpen follow each other clockwise and none lies at 12 or 6 o'clock.
    static let sectorAngles = [Double.pi, -Double.pi / 3, Double.pi / 3]

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
        let ticksOuter: Double = measures.r(KompasMeasures.ticksOuter)
        let ticksInner: Double = ticksOuter - measures.r(KompasMeasures.tickLength)
        let cut: Double? = options.cutLine ? outer + KompasMeasures.cutOffset : nil
        dial = KompasLayout.Dial(
            centre: measures.centre, outer: outer, accentInner: outer - measures.r(KompasMeasures.accent), ringInner: ringInner,
            face: measures.r(KompasMeasures.face), ticksInner: ticksInner, ticksOuter: ticksOuter,
            medallion: centreSetting.medallion, roseLength: measures.r(88), roseHalfWidth: measures.r(6.5), sectors: areas, cut: cut)
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
        drawTicks()
        canvas.fill(.circle(centre: centre, radius: dial.medallion), Self.navy.strong)
        if let cut = dial.cut {
            canvas.stroke(.circle(centre: centre, radius: cut),
                          Stroke(Stijl.rule, width: Stijl.hairline, dash: [measures.r(3), measures.r(2)], cap: .butt))
        }
    }

    /// A four-pointed compass rose behind the medallion. Its points are alike (no north, no
    /// needle) and stop inside the face, so it points at no onderwerp.
    private func drawRose() {
        for index in 0..<4 {
            let angle = Double(index) * .pi / 2
            let tip = Point.polar(centre: centre, radius: dial.roseLength, angle: angle)
            let left = Point.polar(centre: centre, radius: dial.roseHalfWidth, angle: angle - .pi / 2)
            let right = Point.polar(centre: centre, radius: dial.roseHalfWidth, angle: angle + .pi / 2)
            // Each point has a lit and a shaded half, as on a drawn compass rose.
            canvas.fill(.polygon([centre, left, tip]), Self.roseLight)
            canvas.fill(.polygon([centre, right, tip]), Self.roseShade)
        }
    }

    /// Fine ticks inside the face's edge, like the dial of a compass. All are alike: longer ticks
    /// at 12, 3, 6 and 9 would read as a clock, with a start at 12.
    private func drawTicks() {
        for index in 0..<72 {
            let angle = Double(index) * .pi / 36
            canvas.stroke(.line(from: .polar(centre: centre, radius: dial.ticksInner, angle: angle),
                                to: .polar(centre: centre, radius: dial.ticksOuter, angle: angle)),
                          Stroke(Self.tick, width: measures.r(Stijl.hairline), cap: .butt))
        }
    }

    // MARK: Text along the dial

    /// Sets one line along a circle around the dial's centre with its letters pointing to the
    /// middle, so it reads upright from outside the dial at `angle` (radians, clockwise from
    /// 3 o'clock), and records it. Tekenaar's arc text reads from below on both halves; on the
    /// upper half the canvas is turned half a circle first, so the line faces the top edge.
    mutating func arcLabel(_ role: KompasLayout.Label.Role, field: FieldPath, text line: String, style: TextStyle,
                           radius: Double, angle: Double, background: Colour, copy: Bool = false) throws {
        // Exactly on the horizontal axis both ways are the same; keep clear of the rounding.
        let angle = abs(sin(angle)) < 1e-6 ? angle - 1e-5 : angle
        let placement: ArcTextPlacement
        if sin(angle) > 0 {
            placement = try canvas.textAlongArc(line, style: style, centre: centre, radius: radius, angle: angle)
        } else {
            let centre = self.centre
            placement = try canvas.scoped {
                canvas.rotate(by: .pi, around: centre)
                return try canvas.textAlongArc(line, style: style, centre: centre, radius: radius, angle: angle + .pi)
            }
        }
        let metrics = try text.arcMetrics(style)
        let band = KompasLayout.ArcBand(innerRadius: radius - metrics.inward, outerRadius: radius + metrics.outward,
                                        from: angle - placement.span / 2, to: angle + placement.span / 2)
        labels.append(KompasLayout.Label(role: role, field: field, text: line, frame: placement.frame, arc: band,
                                         rotation: Self.normalised(angle - .pi / 2), size: style.size, colour: style.colour,
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

/// *Ons gesprek* and its line, set on two arcs around the pictogram of the conversation, and the
/// size of the medallion that holds them.
struct CentreSetting {
    var title: String
    var titleStyle: TextStyle
    var titleRadius: Double
    /// The line under the title, when the paper has room for it.
    var summary: (text: String, style: TextStyle, radius: Double)?
    var medallion: Double

    init(inhoud: Inhoud, measures: KompasMeasures, text: KompasText) throws {
        let white = Stijl.paper
        let maxSpan = Double.pi * 0.78
        // A little extra space between letters: on a tight circle the tops of the letters come
        // closer together than on a straight line ("Ons": the O and the n).
        let titleSize = measures.type.centreTitle
        let titleStyle = TextStyle(family: Stijl.headingFamily, weight: .black, size: titleSize, colour: white,
                                   letterSpacing: titleSize * 0.02)
        // The title's circle is wide enough for its letters to breathe; the line goes as close
        // around it as the letters allow, and the medallion holds them both. Radii come from the
        // designed sizes, so a shrunk override keeps its place.
        let titleMetrics = try text.arcMetrics(titleStyle)
        titleRadius = measures.r(19.5)
        (title, self.titleStyle) = try text.fittedArcLine(inhoud.centre.title, style: titleStyle, minimum: titleSize * 0.8,
                                                          radius: titleRadius, maxSpan: maxSpan, field: .centre(.title))
        guard let summarySize = measures.type.centreSummary else {
            summary = nil
            // A little more navy around the title alone, so it does not touch the edge.
            medallion = titleRadius + titleMetrics.outward + measures.r(3)
            return
        }
        let summaryStyle = TextStyle(family: Stijl.bodyFamily, size: summarySize, colour: white, letterSpacing: summarySize * 0.02)
        let summaryMetrics = try text.arcMetrics(summaryStyle)
        let summaryRadius = titleRadius + titleMetrics.outward + measures.r(0.5) + summaryMetrics.inward
        medallion = summaryRadius + summaryMetrics.outward + measures.r(2)
        let (line, style) = try text.fittedArcLine(inhoud.centre.summary, style: summaryStyle, minimum: measures.type.minimumBody,
                                                   radius: summaryRadius, maxSpan: maxSpan * 0.9, field: .centre(.summary))
        summary = (line, style, summaryRadius)
    }
}

extension KompasDrawing {
    /// The medallion: *Ons gesprek* and its line (on A3) on two arcs below the pictogram of the
    /// conversation, for the person at the bottom edge, and again above it (`copy`) for the
    /// person opposite.
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
        if let summary = setting.summary {
            try canvas.tagged(.paragraph) {
                try arcLabel(.centreSummary, field: .centre(.summary), text: summary.text, style: summary.style,
                             radius: summary.radius, angle: angle, background: navy, copy: copy)
            }
        }
    }
}

// MARK: - Onderwerpen

extension KompasDrawing {
    /// One sector of the ring: the pictogram, and beside it the title with the description under
    /// it, set along the dial and facing the edge of the sheet the sector faces. Pictogram and
    /// title together are centred on the sector's middle line; the description's lines start
    /// under the title and are no longer than it.
    mutating func drawSector(_ onderwerp: Inhoud.Onderwerp, part: Stijl.Part, angle: Double) throws {
        let colours = Stijl.colours(part)
        let text = self.text, fixedTerms = self.fixedTerms
        let id = onderwerp.id
        let pad = measures.r(1.5)
        let low = dial.ringInner + pad, high = dial.accentInner - pad
        let middle = (dial.ringInner + dial.accentInner) / 2
        let iconSize = measures.r(24), iconGap = measures.r(6)
        let iconSpan = (iconSize + iconGap) / middle
        // The card (pictogram and text) keeps clear of the sector's edges.
        let sectorSpan = (2 * Double.pi / 3) - 2 * measures.r(10) / middle
        let textSpan = min(sectorSpan - iconSpan, measures.r(135) / middle)
        let titleStyle = TextStyle(family: Stijl.headingFamily, weight: .bold, size: measures.type.onderwerpTitle, colour: colours.text)

        let (title, fittedTitle) = try text.fittedArcLine(onderwerp.title, style: titleStyle, minimum: measures.type.minimumTitle,
                                                          radius: middle, maxSpan: textSpan, field: .onderwerp(id, .title))
        let titleMetrics = try text.arcMetrics(fittedTitle)

        /// Where a column of the title and `count` lines sits: its letters centred between the
        /// ring's edges.
        struct Column {
            var titleRadius: Double
            var lineRadii: [Double]
            var titleSpan: Double
        }
        func column(_ count: Int, style: TextStyle) throws -> Column? {
            let metrics = try text.arcMetrics(style)
            let pitch = style.size * 1.3 * 25.4 / 72
            let first = titleMetrics.outward + measures.r(0.5) + metrics.inward
            let capToCap = first + Double(max(count, 1) - 1) * pitch
            guard titleMetrics.inward + capToCap + metrics.outward <= high - low + 1e-9 else { return nil }
            var titleRadius = middle - (capToCap + titleMetrics.cap / 2 - metrics.cap / 2) / 2
            titleRadius = max(titleRadius, low + titleMetrics.inward)
            titleRadius = min(titleRadius, high - capToCap - metrics.outward)
            return Column(titleRadius: titleRadius, lineRadii: (0..<count).map { titleRadius + first + Double($0) * pitch },
                          titleSpan: try text.span(title, style: fittedTitle, radius: titleRadius))
        }

        // The description: in balanced lines no longer than the title, at the largest size that
        // allows it; failing that, in lines as long as the sector allows, shrinking down to the
        // smallest size; failing that, shortened.
        var chosen: (lines: [String], style: TextStyle, column: Column)?
        let summaryStyle = TextStyle(family: Stijl.bodyFamily, size: measures.type.onderwerpSummary, colour: Stijl.ink)
        let passes: [(floor: Double, asLongAsTitle: Bool)] = [(measures.type.description, true), (measures.type.minimumBody, false)]
        search: for pass in passes {
            var size = summaryStyle.size
            while size >= pass.floor - 1e-9 {
                let style = summaryStyle.sized(size)
                var breaker = LineBreaker(onderwerp.summary, keepTogether: fixedTerms) { try text.length($0, style: style) }
                var best: (lines: [String], cost: Double, column: Column)?
                for count in 1...4 {
                    guard let column = try column(count, style: style) else { break }
                    let spanLimit = pass.asLongAsTitle ? column.titleSpan : textSpan
                    let reference = column.titleSpan * column.lineRadii[0]
                    if let result = try breaker.lines(count: count, limit: { spanLimit * column.lineRadii[$0] }, reference: reference),
                       result.cost < (best?.cost ?? .infinity) {
                        best = (result.lines, result.cost, column)
                    }
                }
                if let best {
                    chosen = (best.lines, style, best.column)
                    break search
                }
                size -= 0.5
            }
        }
        if chosen == nil {
            // Too long even at the smallest size: keep what fits and say so.
            warnings.add(.kompas, .onderwerp(id, .summary),
                         "the description is too long for the Gesprekskompas and was shortened; write a shorter text")
            let style = summaryStyle.sized(measures.type.minimumBody)
            var count = 1
            while try column(count + 1, style: style) != nil { count += 1 }
            guard let column = try column(count, style: style) else { return }
            let radius = column.lineRadii[count - 1]
            let broken = try text.greedyArcLines(onderwerp.summary, style: style, radius: radius, maxSpan: textSpan * 0.97) ?? []
            var lines = Array(broken.prefix(count))
            let rest = ([lines.popLast()].compactMap { $0 } + broken.dropFirst(count)).joined(separator: " ")
            lines.append(try text.shortened(rest.isEmpty ? onderwerp.summary : rest) {
                try text.span($0, style: style, radius: radius) <= textSpan
            })
            chosen = (lines, style, column)
        }
        guard let (lines, summary, column) = chosen else { return }

        // The pictogram and the title side by side, the pair centred on the sector's middle
        // line. Text runs towards smaller angles on every side (the upper half is set turned), so
        // the reader's left is the larger angle: the pictogram comes first.
        var spans: [Double] = []
        for (index, line) in lines.enumerated() { spans.append(try text.span(line, style: summary, radius: column.lineRadii[index])) }
        let columnSpan = max(column.titleSpan, spans.max() ?? 0)
        let total = iconSpan + columnSpan
        let iconAngle = angle + total / 2 - (iconSize / 2) / middle
        let columnStart = angle + total / 2 - iconSpan

        try canvas.tagged(.heading2) {
            try arcLabel(.onderwerpTitle, field: .onderwerp(id, .title), text: title, style: fittedTitle, radius: column.titleRadius,
                         angle: columnStart - column.titleSpan / 2, background: colours.tint)
        }
        let iconCentre = Point.polar(centre: centre, radius: middle, angle: iconAngle)
        let box = Rect(x: iconCentre.x - iconSize / 2, y: iconCentre.y - iconSize / 2, width: iconSize, height: iconSize)
        let iconRotation = Self.normalised(iconAngle - .pi / 2)
        canvas.figure(alternativeText: "\(onderwerp.title): \(Pictogram.description(part))") {
            canvas.scoped {
                canvas.rotate(by: iconRotation, around: iconCentre)
                Pictogram.draw(part, on: canvas, in: box, colour: colours.strong)
            }
        }
        pictograms.append(.init(part: part, box: box, rotation: iconRotation, colour: colours.strong, background: colours.tint))
        try canvas.tagged(.paragraph) {
            for (index, line) in lines.enumerated() {
                try arcLabel(.onderwerpSummary, field: .onderwerp(id, .summary), text: line, style: summary, radius: column.lineRadii[index],
                             angle: columnStart - spans[index] / 2, background: colours.tint)
            }
        }
    }
}
