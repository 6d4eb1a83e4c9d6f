import Foundation
import Inhoud
import Tekenaar

// MARK: - Thema's

extension KompasDrawing {
    /// One thema as it will be set: its title and the lines of its description.
    struct ThemaBlock {
        var title: String
        var titleStyle: TextStyle
        var lines: [String]
    }

    /// The room for a thema in a quarter of the face, measured from the middle: clear of the rose's
    /// points, of the medallion, and inside the face's edge.
    struct ThemaRoom {
        /// Where a quarter's text may start, from the vertical axis.
        let inner: Double
        /// The radius no text may pass.
        let reach: Double
        /// Where the titles start, below (or, turned, above) the horizontal axis.
        let top: Double
        /// Between a title and its description.
        let gap: Double

        var widest: Double { reach - inner }

        func fits(right: Double, bottom: Double) -> Bool { right * right + bottom * bottom <= reach * reach + 1e-9 }
    }

    /// The four titles as set: one line each, at one size for all four.
    struct ThemaTitles {
        var texts: [String]
        var style: TextStyle
        var height: Double
        var widths: [Double]
    }

    /// How the descriptions are set: one style and measure for all four, and the lines of each
    /// (nil for a description that fits nowhere).
    struct ThemaSetting {
        var style: TextStyle
        var measure: Double
        var lines: [[String]?]
        /// The distance between baselines, and the height of one line's frame.
        var pitch: Double
        var lineHeight: Double
    }

    /// The four thema's in the four quarters of the face, set straight and each turned to the
    /// nearer edge of the table. All four share one measure, one size and one distance from the
    /// middle; each description is broken into balanced lines (``LineBreaker``), centred under
    /// its title, at the largest size and widest measure at which every line stays on the face.
    mutating func drawThemas() throws {
        let themas = Array(inhoud.themas.prefix(4))
        let room = themaRoom()
        let titles = try themaTitles(themas, room: room)
        guard measures.type.themaSummary != nil else {
            // Headings only: each title lower in its quarter, where the quarter is widest below
            // the medallion, rather than tucked under it.
            let measure = titles.widths.max() ?? room.widest
            let setting = ThemaSetting(style: titles.style, measure: measure, lines: themas.map { _ in [] }, pitch: 0, lineHeight: 0)
            let blocks = themas.indices.map { ThemaBlock(title: titles.texts[$0], titleStyle: titles.style, lines: []) }
            var lower = room
            while lower.top < room.reach * 0.35,
                  lower.fits(right: room.inner + measure + measures.r(1), bottom: lower.top + measures.r(1) + titles.height) {
                lower = ThemaRoom(inner: room.inner, reach: room.reach, top: lower.top + measures.r(1), gap: room.gap)
            }
            try placeThemas(themas, blocks: blocks, titleHeight: titles.height, setting: setting, room: lower)
            return
        }
        guard let setting = try themaSetting(themas, titles: titles, room: room) else { return }
        let blocks = try themaBlocks(themas, titles: titles, setting: setting, room: room)
        try placeThemas(themas, blocks: blocks, titleHeight: titles.height, setting: setting, room: room)
    }

    func themaRoom() -> ThemaRoom {
        let clearance = measures.r(2)
        let inner = dial.roseHalfWidth + clearance
        return ThemaRoom(inner: inner, reach: dial.face - measures.r(3),
                         top: (max(0, pow(dial.medallion + measures.r(2.5), 2) - inner * inner)).squareRoot(),
                         gap: measures.r(1.5))
    }

    /// The titles at the largest size (down to 80 %, never under the paper's smallest) at which all four fit; one that still does
    /// not is shortened, and the organisation is told.
    func themaTitles(_ themas: [Inhoud.Thema], room: ThemaRoom) throws -> ThemaTitles {
        let text = self.text
        let widest = room.widest
        var titleSize = TextStyle(family: Stijl.headingFamily, weight: .bold, size: measures.type.themaTitle,
                                  colour: Self.navy.text, alignment: .centre)
        while try themas.contains(where: { try text.length($0.title, style: titleSize) > widest * 0.8 }),
              titleSize.size > max(measures.type.themaTitle * 0.8, measures.type.minimumBody) {
            titleSize = titleSize.sized(titleSize.size - 0.5)
        }
        let titleHeight = try canvas.measure("Hg", style: titleSize).height
        var titles: [String] = []
        for thema in themas {
            if try text.length(thema.title, style: titleSize) <= widest * 0.8 {
                titles.append(thema.title)
            } else {
                warnings.add(.kompas, .thema(thema.id, .title),
                             "\"\(thema.title)\" is too long for the Gesprekskompas; write a shorter title")
                titles.append(try text.shortened(thema.title) { try text.length($0, style: titleSize) <= widest * 0.8 })
            }
        }
        let titleWidths = try titles.map { try text.length($0, style: titleSize) }
        return ThemaTitles(texts: titles, style: titleSize, height: titleHeight, widths: titleWidths)
    }

    /// The size and the measure whose line breaks read best, a smaller size counting against
    /// it: every half point less must buy clearly better breaks, and going under the size
    /// the compass promises for descriptions must buy a lot. When no size lets every description
    /// fit, the smallest size with the most that fit; nil when not even that exists.
    func themaSetting(_ themas: [Inhoud.Thema], titles: ThemaTitles, room: ThemaRoom) throws -> ThemaSetting? {
        let text = self.text, fixedTerms = self.fixedTerms
        // Each line is set on its own, one line height below the one before: the frames are the
        // lines' own height, not the font's (generous) natural one.
        let baseStyle = TextStyle(family: Stijl.bodyFamily, size: measures.type.themaSummary ?? measures.type.minimumBody,
                                  colour: Stijl.ink, alignment: .centre,
                                  lineHeight: 1.3)
        let (inner, top, gap, widest) = (room.inner, room.top, room.gap, room.widest)
        let titleHeight = titles.height
        func sizeCost(_ size: Double) -> Double {
            0.8 * (baseStyle.size - size) + 3 * max(0, measures.type.description - size)
        }
        var setting: (style: TextStyle, measure: Double, lines: [[String]?], score: Double)?
        var fallback: (style: TextStyle, measure: Double, lines: [[String]?], fitting: Int, cost: Double)?
        var size = baseStyle.size
        while size >= measures.type.minimumBody - 1e-9 {
            defer { size -= 0.5 }
            if let setting, sizeCost(size) >= setting.score { break }
            let style = baseStyle.sized(size)
            let isSmallest = size - 0.5 < measures.type.minimumBody - 1e-9
            let pitch = size * 1.3 * 25.4 / 72
            let lineHeight = try canvas.measure("Hg", style: style).height
            var breakers = themas.map { thema in
                LineBreaker(thema.summary, keepTogether: fixedTerms) { try text.length($0, style: style) }
            }
            var measure = widest
            while measure >= widest * 0.6 {
                let axis = inner + measure / 2
                defer { measure -= measures.r(1) }
                guard titles.widths.allSatisfy({ $0 <= measure && room.fits(right: axis + $0 / 2, bottom: top + titleHeight) }) else {
                    continue
                }
                var chosen: [[String]?] = []
                var cost = 0.0
                for index in breakers.indices {
                    let candidates = try breakers[index].candidates(maxLines: 6, limit: { _ in measure }, reference: widest)
                    var found: (lines: [String], cost: Double)?
                    for candidate in candidates {
                        var fitsFace = true
                        for (line, content) in candidate.lines.enumerated() {
                            let bottom = top + titleHeight + gap + Double(line) * pitch + lineHeight
                            if try !room.fits(right: axis + text.length(content, style: style) / 2, bottom: bottom) {
                                fitsFace = false; break
                            }
                        }
                        // A short word left dangling at a line's end ("en wat") reads badly from
                        // across the table: only when nothing else fits.
                        let adjusted = candidate.cost + (Self.dangles(candidate.lines) ? 10 : 0)
                        if fitsFace, adjusted < (found?.cost ?? .infinity) { found = (candidate.lines, adjusted) }
                    }
                    cost += found?.cost ?? 0
                    chosen.append(found?.lines)
                }
                let fitting = chosen.compactMap { $0 }.count
                if fitting == chosen.count {
                    let score = cost + sizeCost(size)
                    if score < (setting?.score ?? .infinity) - 1e-9 { setting = (style, measure, chosen, score) }
                } else if isSmallest, fallback.map({ fitting > $0.fitting || (fitting == $0.fitting && cost < $0.cost - 1e-9) }) ?? true {
                    fallback = (style, measure, chosen, fitting, cost)
                }
            }
        }
        let chosenSetting = setting.map { ($0.style, $0.measure, $0.lines) } ?? fallback.map { ($0.style, $0.measure, $0.lines) }
        guard let (style, measure, chosenLines) = chosenSetting else { return nil }
        return ThemaSetting(style: style, measure: measure, lines: chosenLines, pitch: style.size * 1.3 * 25.4 / 72,
                            lineHeight: try canvas.measure("Hg", style: style).height)
    }

    /// Whether a line other than the last ends on a short word without punctuation.
    static func dangles(_ lines: [String]) -> Bool {
        lines.dropLast().contains { line in
            guard let last = line.split(separator: " ").last else { return false }
            return last.count <= 3 && !",.?!;:".contains(last.last ?? " ")
        }
    }

    /// Each thema's title and lines. A description that fits nowhere keeps the lines the face has
    /// room for, the last one shortened, and the organisation is told.
    func themaBlocks(_ themas: [Inhoud.Thema], titles: ThemaTitles, setting: ThemaSetting, room: ThemaRoom) throws -> [ThemaBlock] {
        var blocks: [ThemaBlock] = []
        for (index, thema) in themas.enumerated() {
            if let lines = setting.lines[index] {
                blocks.append(ThemaBlock(title: titles.texts[index], titleStyle: titles.style, lines: lines))
                continue
            }
            warnings.add(.kompas, .thema(thema.id, .summary),
                         "the text is too long for the Gesprekskompas and was shortened; write a shorter text")
            let lines = try shortenedLines(thema.summary, titleHeight: titles.height, setting: setting, room: room)
            blocks.append(ThemaBlock(title: titles.texts[index], titleStyle: titles.style, lines: lines))
        }
        return blocks
    }

    /// Line by line, each as long as the face allows at its depth, while that is at least half the
    /// measure; the last line ends in "…".
    func shortenedLines(_ summary: String, titleHeight: Double, setting: ThemaSetting, room: ThemaRoom) throws -> [String] {
        let text = self.text, style = setting.style, measure = setting.measure
        let axis = room.inner + measure / 2
        func roomAt(_ line: Int) -> Double {
            let bottom = room.top + titleHeight + room.gap + Double(line) * setting.pitch + setting.lineHeight
            return min(measure, 2 * ((max(0, room.reach * room.reach - bottom * bottom)).squareRoot() - axis))
        }
        let words = summary.split(whereSeparator: \.isWhitespace).map(String.init)
        var lines: [String] = []
        var next = 0
        while next < words.count, roomAt(lines.count) >= measure / 2 {
            let limit = roomAt(lines.count)
            var current = words[next]
            next += 1
            while next < words.count, try text.length(current + " " + words[next], style: style) <= limit {
                current += " " + words[next]
                next += 1
            }
            lines.append(current)
        }
        if next < words.count || lines.isEmpty {
            let limit = roomAt(max(lines.count - 1, 0))
            let rest = ([lines.popLast()].compactMap { $0 } + words[next...]).joined(separator: " ")
            lines.append(try text.shortened(rest) { try text.length($0, style: style) <= limit })
        }
        return lines
    }

    /// Lower left, lower right, upper right, upper left: the reading order of the person at the
    /// bottom edge, then of the person opposite (whose left is the sheet's right). The upper two
    /// are the lower two turned half a circle around the middle.
    mutating func placeThemas(_ themas: [Inhoud.Thema], blocks: [ThemaBlock], titleHeight: Double, setting: ThemaSetting,
                              room: ThemaRoom) throws {
        let (style, measure, pitch, lineHeight) = (setting.style, setting.measure, setting.pitch, setting.lineHeight)
        let (top, gap) = (room.top, room.gap)
        let axis = room.inner + measure / 2
        for (index, (thema, block)) in zip(themas, blocks).enumerated() {
            let side: Double = index % 2 == 0 ? -1 : 1
            let turned = index >= 2
            let rotation = turned ? Double.pi : 0
            let x = centre.x + side * axis - measure / 2
            let dialCentre = centre
            let turn = { (rect: Rect) in turned ? Self.turned(rect, by: .pi, around: dialCentre) : rect }
            try canvas.scoped {
                if turned { canvas.rotate(by: .pi, around: dialCentre) }
                try canvas.tagged(.heading3) {
                    let box = Rect(x: x, y: centre.y + top, width: measure, height: titleHeight)
                    let frame = try canvas.text(block.title, style: block.titleStyle, in: box, maxLines: 1)
                    record(.themaTitle, field: .thema(thema.id, .title), text: block.title, frame: turn(frame), rotation: rotation,
                           style: block.titleStyle, background: Self.faceTint)
                }
                try canvas.tagged(.paragraph) {
                    for (number, line) in block.lines.enumerated() {
                        let y = centre.y + top + titleHeight + gap + Double(number) * pitch
                        let frame = try canvas.text(line, style: style, in: Rect(x: x, y: y, width: measure, height: lineHeight),
                                                    maxLines: 1)
                        record(.themaSummary, field: .thema(thema.id, .summary), text: line, frame: turn(frame), rotation: rotation,
                               style: style, background: Self.faceTint)
                    }
                }
            }
        }
    }
}

// MARK: - Side blocks

extension KompasDrawing {
    /// The title and the hint beside the dial: bottom left for the person at the bottom edge, and
    /// the same block turned half a circle around the sheet's middle, top right, for the person
    /// opposite. Each is flush left in its own reading direction, against its reader's left
    /// margin, so the sheet is the same from both sides and balanced.
    mutating func drawSideBlock(copy: Bool) throws {
        // The brand lock-up: Gezien & Gehoord above the material's name, as on every material.
        let lockup = Lockup(inhoud.kompas.title)
        let (title, subtitle) = (lockup.name, lockup.brand)
        // As wide as the corner beside the dial allows: one sentence of the hint per line.
        let width = measures.paper == .a3 ? 108.0 : 80.0
        let type = measures.type
        let titleStyle = TextStyle(family: Stijl.headingFamily, weight: .black, size: type.title,
                                   colour: Self.navy.strong, lineHeight: 1.1)
        let subtitleStyle = Lockup.brandStyle(size: type.subtitle)
        let hintStyle = TextStyle(family: Stijl.bodyFamily, size: type.hint, colour: Stijl.ink, lineHeight: 1.35)
        let hintRoom = measures.paper == .a3 ? measures.r(40) : 21.0

        let titleFit = try canvas.fit(title, style: titleStyle, in: Rect(x: 0, y: 0, width: width, height: measures.r(30)),
                                      minimumSize: titleStyle.size * 0.75)
        let subtitleMetrics = try subtitle.map { try canvas.measure($0, style: subtitleStyle, width: width) }
        // One sentence per line when that fits; otherwise the text flows, and is shortened (with a
        // warning) only when even that does not fit at the smallest size.
        // A4 has room beside the dial for a short line only at 14 pt: the hint's first sentence,
        // the one that matters most (the client chooses where to begin).
        let fullHint = measures.paper == .a3 ? inhoud.kompas.hint : Self.firstSentence(inhoud.kompas.hint)
        var hint = Self.sentencePerLine(fullHint)
        var hintFit = try canvas.fit(hint, style: hintStyle, in: Rect(x: 0, y: 0, width: width, height: hintRoom),
                                     minimumSize: type.minimumBody)
        if !hintFit.fits {
            hint = fullHint
            hintFit = try canvas.fit(hint, style: hintStyle, in: Rect(x: 0, y: 0, width: width, height: hintRoom),
                                     minimumSize: type.minimumBody)
        }
        var hintLines: Int?
        if !hintFit.fits {
            hintLines = max(1, Int(hintRoom / (hintFit.style.size * 1.35 * 25.4 / 72)))
            if !copy {
                warnings.add(.kompas, .kompas(.hint), "the text is too long for the Gesprekskompas and was shortened; write a shorter text")
            }
        }
        if !titleFit.fits, !copy {
            warnings.add(.kompas, .kompas(.title), "\"\(title)\" is too long for the Gesprekskompas; write a shorter title")
        }
        let hintMetrics = try canvas.measure(hint, style: hintFit.style, width: width, maxLines: hintLines)
        let gap = measures.r(Stijl.Space.s)
        let left = measures.margin
        // The block as wide as its longest line, so the copy's lines end at the left margin.
        let blockWidth = min(width, max(titleFit.metrics.width, subtitleMetrics?.width ?? 0, hintMetrics.width) + 0.1)
        let alignment: TextStyle.Alignment = .left
        var y = measures.page.height - measures.margin - hintMetrics.height - gap - (subtitleMetrics?.height ?? 0) - titleFit.metrics.height
        let rotation = copy ? Double.pi : 0
        // The copy is the block turned half a circle around the sheet's middle: top right,
        // facing the top edge.
        let pivot = centre
        let turn = { (rect: Rect) in copy ? Self.turned(rect, by: .pi, around: pivot) : rect }
        try canvas.scoped {
            if copy { canvas.rotate(by: .pi, around: pivot) }
            try canvas.tagged(copy ? .paragraph : .heading1) {
                if let subtitle, let subtitleMetrics {
                    let box = Rect(x: left, y: y, width: blockWidth, height: subtitleMetrics.height)
                    let frame = try canvas.text(subtitle, style: subtitleStyle.aligned(alignment), in: box)
                    record(.subtitle, field: .kompas(.title), text: subtitle, frame: turn(frame), rotation: rotation,
                           style: subtitleStyle, background: Stijl.paper, copy: copy)
                    y += subtitleMetrics.height
                }
                let titleBox = Rect(x: left, y: y, width: blockWidth, height: titleFit.metrics.height)
                let frame = try canvas.text(title, style: titleFit.style.aligned(alignment), in: titleBox,
                                            maxLines: titleFit.fits ? nil : 1)
                record(.title, field: .kompas(.title), text: title, frame: turn(frame), rotation: rotation, style: titleFit.style,
                       background: Stijl.paper, copy: copy)
                y += titleFit.metrics.height
            }
            y += gap
            try canvas.tagged(.paragraph) {
                let box = Rect(x: left, y: y, width: blockWidth, height: hintMetrics.height)
                let frame = try canvas.text(hint, style: hintFit.style.aligned(alignment), in: box, maxLines: hintLines)
                record(.hint, field: .kompas(.hint), text: fullHint, frame: turn(frame), rotation: rotation,
                       style: hintFit.style, background: Stijl.paper, copy: copy)
            }
        }
    }

    /// The hint is a few short sentences: each starts on a new line, so a reader takes them one
    /// at a time.
    static func sentencePerLine(_ text: String) -> String {
        var result = ""
        var previous: Character?
        for character in text {
            if character == " ", let previous, ".?!".contains(previous) { result.append("\n") } else { result.append(character) }
            previous = character
        }
        return result
    }

    /// The text up to and including its first full stop, question or exclamation mark.
    static func firstSentence(_ text: String) -> String {
        guard let end = text.firstIndex(where: { ".?!".contains($0) }) else { return text }
        return String(text[...end])
    }
}
