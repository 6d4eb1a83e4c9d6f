import Inhoud
import Tekenaar

extension BriefLayout {
    /// The letter itself, measured: page 1 with its fixed parts (letterhead, address, facts, place and
    /// date, subject) and the flowing body, plus a continuation page when the body does not fit.
    struct LetterPlan {
        let pages: [Page]

        init(_ inhoud: Inhoud, appointment: Appointment, letterDate: CalendarDate, geometry: Geometry,
             on canvas: Canvas, warnings: LayoutWarnings) throws {
            let values = BriefLayout.values(inhoud, appointment)
            let accent = Accent(inhoud.organisation, warnings: warnings)

            let letterhead = try Letterhead(inhoud.organisation, accent: accent, geometry: geometry, on: canvas,
                                            warnings: warnings)
            let address = try AddressBlock(appointment, geometry: geometry, on: canvas, warnings: warnings)
            let factsWidth = geometry.besideWindow?.width ?? geometry.measure
            let facts = try FactsBlock(inhoud.brief.appointment, values: values, width: factsWidth, accent: accent,
                                       on: canvas)

            // The facts block beside the window, level with it; a block taller than the window rises
            // so that it ends level with the window's bottom (but keeps its distance from the
            // letterhead). Then place and date, below the window and below the block: never level with
            // its bottom edge, so the two do not read as one row. Then the subject, and the body.
            let body = Typography.body
            let dateLine = inhoud.organisation.place + ", " + letterDate.dutch
            let dateSize = try canvas.measure(dateLine, style: body)
            var factsFrame: Rect?
            if let beside = geometry.besideWindow {
                let top = max(letterhead.bottom + Stijl.Space.s, min(beside.minY, geometry.window.maxY - facts.height))
                factsFrame = Rect(x: beside.minX, y: top, width: beside.width, height: facts.height)
            }
            let dateTop = max(geometry.window.maxY, factsFrame?.maxY ?? 0) + Stijl.Space.s
            let subjectTop = dateTop + dateSize.height + Stijl.Space.s
            let subject = inhoud.brief.subject.filled(values)
            let subjectHeight = try height(of: subject, style: Typography.subject, width: geometry.measure, on: canvas)
            let bodyTop = subjectTop + subjectHeight + Stijl.Space.s

            let blocks = try Self.bodyBlocks(inhoud, values: values, facts: factsFrame == nil ? facts : nil,
                                             geometry: geometry, on: canvas, warnings: warnings)
            let header = inhoud.preparation.header.filled(values)
            let headerHeight = try height(of: header, style: Typography.runningHeader, width: geometry.right - geometry.left,
                                          on: canvas)
            let continuationTop = geometry.top + headerHeight + Stijl.Space.xl
            // The Strip's text is set at its printed size, so a narrower Strip is no shorter: a letter
            // too long for one page continues on another.
            let flowed = BriefLayout.flow(blocks, firstTop: bodyTop, nextTop: continuationTop, bottom: geometry.bottom)
            if flowed.pages.count > 1 {
                warnings.add(.brief, .brief(.paragraphs), client: appointment.name,
                             "the letter's text does not fit on one page at 12 pt, so it continues on an extra page "
                             + "before the questions; shorten these paragraphs in the content file to keep it on one page")
            }
            for name in flowed.overfull {
                warnings.add(.brief, nil, "\(name) is taller than a whole page and runs past the bottom margin; shorten it")
            }

            var pages: [Page] = []
            for (index, placed) in flowed.pages.enumerated() {
                if index == 0 {
                    pages.append(Page(size: geometry.page) { canvas in
                        try letterhead.draw(on: canvas)
                        try address.draw(on: canvas)
                        if let factsFrame { try facts.draw(on: canvas, at: Point(factsFrame.x, factsFrame.y)) }
                        try paragraph(dateLine, style: body, at: Point(geometry.left, dateTop), width: geometry.measure,
                                      on: canvas)
                        try canvas.tagged(.heading1) {
                            // The bookmark names the client, so a merged batch can be found by name.
                            canvas.outline(appointment.name.map { "\($0) · \(subject)" } ?? subject,
                                           at: Point(geometry.left, subjectTop))
                            try canvas.text(subject, style: Typography.subject, at: Point(geometry.left, subjectTop),
                                            width: geometry.measure)
                        }
                        for item in placed { try item.block.draw(canvas, item.top) }
                    })
                } else {
                    pages.append(Page(size: geometry.page) { canvas in
                        try drawRunningHeader(header, geometry: geometry, on: canvas)
                        for item in placed { try item.block.draw(canvas, item.top) }
                    })
                }
            }
            self.pages = pages
        }

        /// Between paragraphs: about 0.7 of a line, enough to see where one ends.
        static let paragraphSpace = Stijl.Space.s
        /// Above the Strip, and below it a step more, so that the captions (in the body's face)
        /// do not run into the paragraph after them.
        static let stripSpace = Stijl.Space.s
        static let stripSpaceBelow = Stijl.Space.m
        /// Above "Met vriendelijke groet,", and between it and the signature.
        static let closingSpace = Stijl.Space.s
        static let signatureGap = Stijl.Space.xs

        /// Salutation, paragraphs (with the facts block after the first one when it is not beside
        /// the window, and the Strip after `stripAfter`), and the closing.
        static func bodyBlocks(_ inhoud: Inhoud, values: [Inhoud.Placeholder: String], facts: FactsBlock?,
                               geometry: Geometry, on canvas: Canvas, warnings: LayoutWarnings) throws -> [Block] {
            let body = Typography.body
            let left = geometry.left, measure = geometry.measure
            func textBlock(_ name: String, _ text: String, space: Double) throws -> Block {
                let height = try height(of: text, style: body, width: measure, on: canvas)
                return Block(name: name, spaceBefore: space, height: height) { canvas, top in
                    try paragraph(text, style: body, at: Point(left, top), width: measure, on: canvas)
                }
            }
            let brief = inhoud.brief
            var blocks = [try textBlock("the salutation", brief.salutation.filled(values), space: 0)]
            for (index, item) in brief.paragraphs.enumerated() {
                let afterStrip = index > 0 && brief.paragraphs[index - 1].id == brief.stripAfter
                var block = try textBlock("paragraph '\(item.id)'", item.text.filled(values),
                                          space: afterStrip ? Self.stripSpaceBelow : Self.paragraphSpace)
                // The last paragraph stays with the closing, so a page never starts with a lone
                // signature; the one before the strip introduces it ("hieronder").
                block.keepWithNext = index == brief.paragraphs.count - 1 || item.id == brief.stripAfter
                blocks.append(block)
                if index == 0, let facts {
                    blocks.append(Block(name: "the appointment block", spaceBefore: Stijl.Space.m, height: facts.height) {
                        canvas, top in try facts.draw(on: canvas, at: Point(left, top))
                    })
                }
                if item.id == brief.stripAfter {
                    blocks.append(stripBlock(inhoud, width: stripWidth(geometry), left: geometry.left, warnings: warnings))
                }
            }
            blocks.append(try closingBlock(brief, values: values, geometry: geometry, on: canvas))
            return blocks
        }

        /// The Strip's block in the flow is known by this name.
        static let stripName = "the strip"

        /// The Strip from the text's left edge to the right margin, level with the facts block's right
        /// edge and the second page's furniture (its captions and bubbles are 12 pt at any width that
        /// holds them). Never narrower than the Strip's own minimum.
        static func stripWidth(_ geometry: Geometry) -> Double {
            max(geometry.right - geometry.left, StripLayout.minimumWidth(for: .row))
        }

        /// The Strip, `width` wide, in a row with its left edge at `left`.
        static func stripBlock(_ inhoud: Inhoud, width: Double, left: Double, warnings: LayoutWarnings) -> Block {
            let options = StripLayout.Options(arrangement: .row, width: width)
            let size = StripLayout.size(inhoud, options: options)
            return Block(name: stripName, spaceBefore: stripSpace, height: size.height) { canvas, top in
                try canvas.tagged(.division) {
                    try StripLayout.draw(inhoud, options: options, on: canvas, at: Point(left, top), warnings: warnings)
                }
            }
        }

        /// "Met vriendelijke groet," and, after a small gap, the signature lines (those that are empty
        /// once filled in are left out). Who signs (the first two lines, the name in bold) stands on the
        /// left; how to reach them (the rest) in a second column beside it when both fit the text
        /// width, so the contact details sit together at the foot of the letter, where people look
        /// for them.
        static func closingBlock(_ brief: Inhoud.Brief, values: [Inhoud.Placeholder: String], geometry: Geometry,
                                 on canvas: Canvas) throws -> Block {
            let closing = brief.closing.filled(values)
            let signature = brief.signature.map { $0.filled(values) }.filter { !$0.isEmpty }
            let left = geometry.left, measure = geometry.measure
            let closingHeight = try height(of: closing, style: Typography.body, width: measure, on: canvas)
            typealias Line = (text: String, style: TextStyle, width: Double, height: Double)
            var lines: [Line] = []
            for (index, text) in signature.enumerated() {
                let style = index == 0 ? Typography.bodyBold : Typography.body
                let width = try canvas.measure(text, style: style).width
                lines.append((text, style, width, try height(of: text, style: style, width: measure, on: canvas)))
            }
            let who = Array(lines.prefix(2)), how = Array(lines.dropFirst(2))
            let secondColumn = max((who.map(\.width).max() ?? 0) + Stijl.Space.xl, measure * 0.45)
            let twoColumns = !how.isEmpty && secondColumn + (how.map(\.width).max() ?? 0) <= measure
            let columns: [(x: Double, lines: [Line])] = twoColumns
                ? [(left, who), (left + secondColumn, how)]
                : [(left, lines)]
            let signatureHeight = columns.map { $0.lines.reduce(0) { $0 + $1.height } }.max() ?? 0
            let gap = signature.isEmpty ? 0 : signatureGap
            return Block(name: "the closing", spaceBefore: closingSpace, height: closingHeight + gap + signatureHeight) {
                canvas, top in
                try paragraph(closing, style: Typography.body, at: Point(left, top), width: measure, on: canvas)
                for column in columns {
                    var y = top + closingHeight + gap
                    try canvas.tagged(.paragraph) {
                        for line in column.lines {
                            try canvas.text(line.text, style: line.style, at: Point(column.x, y),
                                            width: measure - (column.x - left))
                            y += line.height
                        }
                    }
                }
            }
        }
    }

    /// The small line that says whose page this is, on every page after the first.
    static func drawRunningHeader(_ text: String, geometry: Geometry, on canvas: Canvas) throws {
        let frame = try paragraph(text, style: Typography.runningHeader, at: Point(geometry.left, geometry.top),
                                  width: geometry.right - geometry.left, on: canvas)
        canvas.stroke(.line(from: Point(geometry.left, frame.maxY + Stijl.Space.xs),
                            to: Point(geometry.right, frame.maxY + Stijl.Space.xs)),
                      Stroke(Stijl.rule, width: Stijl.hairline))
    }
}
