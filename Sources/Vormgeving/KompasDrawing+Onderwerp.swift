import Foundation
import Inhoud
import Tekenaar

// MARK: - Onderwerpen

extension KompasDrawing {
    /// Where the column of an onderwerp (its title and the lines under it) sits in the ring: its
    /// letters between the name for the far side, along the inner edge, and the rim.
    struct SectorColumn {
        var titleRadius: Double
        var lineRadii: [Double]
        var titleSpan: Double
    }

    /// One sector of the ring, for the person whose edge of the sheet it faces: the title with
    /// the description under it (on A3), set along the dial, and the pictogram beside them,
    /// upright. Text along a circle runs level only near 6 and 12 o'clock, so the text goes to the
    /// part of the sector nearest to one of them: the sector at 12 o'clock centres it there, the
    /// two lower ones set it against their common edge at 6 o'clock, with the pictogram on the
    /// far side. Along the ring's inner edge, at the same angle, the name once more, turned for
    /// the person across the table (``drawOnderwerpCopies()``).
    mutating func drawSector(_ onderwerp: Inhoud.Onderwerp, part: Stijl.Part, angle: Double) throws {
        let colours = Stijl.colours(part)
        let text = self.text
        let id = onderwerp.id
        let pad = measures.r(1.5)
        let middle = (dial.ringInner + dial.accentInner) / 2
        let iconSize = measures.r(22), iconGap = measures.r(5)
        let iconSpan = (iconSize + iconGap) / middle
        guard let area = dial.sectors.first(where: { $0.onderwerpID == id }) else { return }
        // The level direction for this sector's person, as an angle near the sector's.
        let facing = angle + remainder((sin(angle) > 0 ? Double.pi / 2 : -.pi / 2) - angle, 2 * .pi)
        let clearance = measures.r(3) / middle
        let reachesAcross = facing > area.from + clearance && facing < area.to - clearance
        // A title no longer than keeps its middle within 30° of level; less beside the pictogram
        // at 12 o'clock, where the pair is centred.
        let maxTilt = Double.pi / 6
        let textSpan = reachesAcross ? min(2 * maxTilt, (area.to - area.from) - 2 * clearance - iconSpan)
            : 2 * (maxTilt - clearance) * 0.95

        // The name for the far side, along the inner edge: its band is kept free first.
        let copyStyle = TextStyle(family: Stijl.headingFamily, weight: .bold, size: measures.type.onderwerpCopy, colour: colours.text)
        let copyMetrics = try text.arcMetrics(copyStyle)
        let copyRadius = dial.ringInner + pad + copyMetrics.outward
        let low = copyRadius + copyMetrics.inward + measures.r(1.5), high = dial.accentInner - pad

        let titleStyle = TextStyle(family: Stijl.headingFamily, weight: .bold, size: measures.type.onderwerpTitle, colour: colours.text)
        let (title, fittedTitle) = try text.fittedArcLine(onderwerp.title, style: titleStyle, minimum: measures.type.minimumTitle,
                                                          radius: middle, maxSpan: textSpan, field: .onderwerp(id, .title))
        let titleMetrics = try text.arcMetrics(fittedTitle)

        /// The title and `count` lines, their letters centred between `low` and `high`.
        func column(_ count: Int, style: TextStyle) throws -> SectorColumn? {
            let metrics = try text.arcMetrics(style)
            // A little tighter than straight text: two short lines along the rim read as one block.
            let pitch = style.size * 1.2 * 25.4 / 72
            let first = titleMetrics.outward + measures.r(0.5) + metrics.inward
            let capToCap = count == 0 ? 0 : first + Double(count - 1) * pitch
            let below = count == 0 ? titleMetrics.outward : metrics.outward
            guard titleMetrics.inward + capToCap + below <= high - low + 1e-9 else { return nil }
            var titleRadius = (low + titleMetrics.inward + high - capToCap - below) / 2
            titleRadius = max(titleRadius, low + titleMetrics.inward)
            return SectorColumn(titleRadius: titleRadius, lineRadii: (0..<count).map { titleRadius + first + Double($0) * pitch },
                                titleSpan: try text.span(title, style: fittedTitle, radius: titleRadius))
        }

        let (lines, summary, chosenColumn) = try sectorLines(onderwerp, textSpan: textSpan, column: column)
        let titleOnly = try column(0, style: fittedTitle)
        guard let column = chosenColumn ?? titleOnly else { return }

        // Text runs towards smaller angles on every side (the upper half is set turned), so the
        // reader's left is the larger angle.
        var spans: [Double] = []
        for (index, line) in lines.enumerated() { spans.append(try text.span(line, style: summary, radius: column.lineRadii[index])) }
        let columnSpan = max(column.titleSpan, spans.max() ?? 0)
        let total = iconSpan + columnSpan
        let iconFirst: Bool, start: Double
        if reachesAcross {
            (iconFirst, start) = (true, facing + total / 2)
        } else if facing <= area.from + clearance {
            // 6 o'clock is this sector's smaller edge, on the reader's right: the column there.
            (iconFirst, start) = (true, area.from + clearance + total)
        } else {
            (iconFirst, start) = (false, area.to - clearance)
        }
        let columnStart = iconFirst ? start - iconSpan : start
        let iconAngle = iconFirst ? start - (iconSize / 2) / middle : start - columnSpan - (iconGap + iconSize / 2) / middle
        let titleAngle = columnStart - column.titleSpan / 2

        try canvas.tagged(.heading2) {
            try arcLabel(.onderwerpTitle, field: .onderwerp(id, .title), text: title, style: fittedTitle, radius: column.titleRadius,
                         angle: titleAngle, background: colours.tint)
        }
        // The pictogram stands upright for the person the sector faces, not turned along the
        // ring: turned, the footprints and the hand stopped reading as what they are.
        let iconCentre = Point.polar(centre: centre, radius: middle, angle: iconAngle)
        let box = Rect(x: iconCentre.x - iconSize / 2, y: iconCentre.y - iconSize / 2, width: iconSize, height: iconSize)
        let iconRotation: Double = sin(angle) > 0 ? 0 : .pi
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
        // The name for the far side, under the title's middle, as long as the title allows.
        let (copyText, fittedCopy) = try text.fittedArcLine(title, style: copyStyle, minimum: measures.type.minimumBody,
                                                            radius: copyRadius, maxSpan: max(column.titleSpan, textSpan * 0.8),
                                                            field: .onderwerp(id, .title))
        pendingCopies.append(OnderwerpCopy(field: .onderwerp(id, .title), text: copyText, style: fittedCopy, radius: copyRadius,
                                           angle: titleAngle, background: colours.tint))
    }

    /// The description in balanced lines no longer than the title, at the largest size that
    /// allows it; failing that, in lines as long as the sector allows, shrinking down to the
    /// smallest size; failing that, shortened with a warning. No lines on paper without room for
    /// descriptions.
    func sectorLines(_ onderwerp: Inhoud.Onderwerp, textSpan: Double,
                     column: (Int, TextStyle) throws -> SectorColumn?) throws -> ([String], TextStyle, SectorColumn?) {
        let text = self.text, fixedTerms = self.fixedTerms
        guard let summarySize = measures.type.onderwerpSummary else {
            return ([], TextStyle(family: Stijl.bodyFamily, size: measures.type.minimumBody, colour: Stijl.ink), nil)
        }
        let summaryStyle = TextStyle(family: Stijl.bodyFamily, size: summarySize, colour: Stijl.ink)
        let passes: [(floor: Double, asLongAsTitle: Bool)] = [(measures.type.description, true), (measures.type.minimumBody, false)]
        for pass in passes {
            var size = summaryStyle.size
            while size >= pass.floor - 1e-9 {
                let style = summaryStyle.sized(size)
                var breaker = LineBreaker(onderwerp.summary, keepTogether: fixedTerms) { try text.length($0, style: style) }
                var best: (lines: [String], cost: Double, column: SectorColumn)?
                for count in 1...3 {
                    guard let column = try column(count, style) else { break }
                    let spanLimit = pass.asLongAsTitle ? column.titleSpan : textSpan
                    let reference = column.titleSpan * column.lineRadii[0]
                    if let result = try breaker.lines(count: count, limit: { spanLimit * column.lineRadii[$0] }, reference: reference),
                       result.cost < (best?.cost ?? .infinity) {
                        best = (result.lines, result.cost, column)
                    }
                }
                if let best { return (best.lines, style, best.column) }
                size -= 0.5
            }
        }
        // Too long even at the smallest size: keep what fits and say so.
        warnings.add(.kompas, .onderwerp(onderwerp.id, .summary),
                     "the description is too long for the Gesprekskompas and was shortened; write a shorter text")
        let style = summaryStyle.sized(measures.type.minimumBody)
        var count = 1
        while try column(count + 1, style) != nil { count += 1 }
        guard let chosen = try column(count, style) else { return ([], style, nil) }
        let radius = chosen.lineRadii[count - 1]
        let broken = try text.greedyArcLines(onderwerp.summary, style: style, radius: radius, maxSpan: textSpan * 0.97) ?? []
        var lines = Array(broken.prefix(count))
        let rest = ([lines.popLast()].compactMap { $0 } + broken.dropFirst(count)).joined(separator: " ")
        lines.append(try text.shortened(rest.isEmpty ? onderwerp.summary : rest) {
            try text.span($0, style: style, radius: radius) <= textSpan
        })
        return (lines, style, chosen)
    }

    /// The onderwerpen's names for the person across the table, last in reading order.
    mutating func drawOnderwerpCopies() throws {
        for copy in pendingCopies {
            try canvas.tagged(.paragraph) {
                try arcLabel(.onderwerpTitle, field: copy.field, text: copy.text, style: copy.style, radius: copy.radius,
                             angle: copy.angle, background: copy.background, copy: true, feetInward: true)
            }
        }
    }
}
