import Inhoud
import Tekenaar

extension BriefLayout {
    /// The letter itself, measured: page 1 with its fixed parts (letterhead, address, facts, place and
    /// date, subject) and the flowing body, plus a continuation page when the body does not fit.
    struct LetterPlan {
        let pages: [Page]

        init(_ inhoud: Inhoud, appointment: Appointment, letterDate: CalendarDate, geometry: Geometry,
             bookmark parent: LetterBookmark, on canvas: Canvas, warnings: LayoutWarnings) throws {
            let values = BriefLayout.values(inhoud, appointment)
            let accent = Accent(inhoud.organisation, warnings: warnings)

            let letterhead = try Letterhead(inhoud.organisation, accent: accent, geometry: geometry, on: canvas,
                                            warnings: warnings)
            // The return address tops the window in small type; the recipient goes below it.
            let returnAddress = inhoud.organisation.returnAddressLine
            let returnHeight = try height(of: returnAddress, style: Typography.returnAddress, width: geometry.window.width,
                                          on: canvas)
            let window = geometry.window
            let addressWindow = Rect(x: window.minX, y: window.minY + returnHeight + Self.returnAddressGap,
                                     width: window.width, height: window.height - returnHeight - Self.returnAddressGap)
            let address = try AddressBlock(appointment, window: addressWindow, on: canvas, warnings: warnings)
            let factsWidth = geometry.besideWindow?.width ?? geometry.measure
            let facts = try FactsBlock(inhoud.brief.appointment, values: values, width: factsWidth, accent: accent,
                                       on: canvas)

            // The facts block beside the window, level with it; a block taller than the window rises
            // so that it ends level with the window's bottom (but keeps its distance from the
            // letterhead). Then the reference line across the box measure, below the window and the
            // block, and the body.
            var factsFrame: Rect?
            if let beside = geometry.besideWindow {
                let top = max(letterhead.bottom + Stijl.Space.s, min(beside.minY, geometry.window.maxY - facts.height))
                factsFrame = Rect(x: beside.minX, y: top, width: beside.width, height: facts.height)
            }
            let subject = inhoud.brief.subject.filled(values)
            // The enclosure's sheets by their titles (the Strip's, unless the variant leaves it out, and
            // the questions'): counted in the reference line, named at the foot of the letter. The
            // keuzehulp is a link on the questions page, not a sheet of its own: named with that page.
            let questions = inhoud.preparation.title
                + (BriefLayout.includesKeuzehulp(inhoud, appointment) ? " (" + inhoud.brief.referenceLine.withKeuzehulp + ")" : "")
            let enclosures = (inhoud.brief.includesStrip ? [Lockup(inhoud.enclosure.title).name] : []) + [questions]
            let reference = try ReferenceLine(inhoud.brief.referenceLine, date: letterDate.dutch, reference: appointment.reference,
                                              subject: subject, enclosures: enclosures.count,
                                              left: geometry.left, width: geometry.right - geometry.left,
                                              subjectX: factsFrame.map { $0.minX + FactsBlock.textInset }, on: canvas)
            let referenceTop = max(geometry.window.maxY, factsFrame?.maxY ?? 0) + Stijl.Space.l
            let bodyTop = referenceTop + reference.height + Stijl.Space.l

            var blocks = try Self.bodyBlocks(inhoud, values: values, contact: ExpertContact(inhoud.organisation, appointment),
                                             salutation: appointment.salutation, extra: appointment.extra,
                                             enclosures: enclosures,
                                             facts: factsFrame == nil ? facts : nil,
                                             geometry: geometry, on: canvas, warnings: warnings)
            let header = BriefLayout.numbersKeptWithWords(inhoud.preparation.header.filled(values))
            let headerHeight = try height(of: header, style: Typography.runningHeader, width: geometry.runningHeaderWidth,
                                          on: canvas)
            let continuationTop = geometry.top + headerHeight + Stijl.Space.xl
            var flowed = BriefLayout.flow(blocks, firstTop: bodyTop, nextTop: continuationTop, bottom: geometry.bottom)
            // A letter that needs a second page starts it with a part of its own (how the conversation
            // goes), not with whatever spilled over: when everything before that part fits page 1 and
            // fills most of it, the break goes there. Otherwise the text runs on, and the last two
            // paragraphs travel with the closing (see `bodyBlocks`).
            if flowed.pages.count > 1, let id = inhoud.brief.secondPageFrom,
               let index = blocks.firstIndex(where: { $0.name == Self.paragraphName(id) }), index > 0,
               flowed.pages[0].count >= index {
                let before = flowed.pages[0][index - 1]
                let filled = (before.top + before.block.height - bodyTop) / (geometry.bottom - bodyTop)
                if filled >= Self.sectionBreakFill {
                    blocks[index].startsPage = true
                    flowed = BriefLayout.flow(blocks, firstTop: bodyTop, nextTop: continuationTop, bottom: geometry.bottom)
                }
            }
            // A client's choices add text (a soort's Richting en kader: who asked, who gets the rapport,
            // what is expected; a kind of meeting's own paragraph), which makes the letter two pages at
            // 12 pt by design; only more than that is worth a warning.
            let plannedPages = BriefLayout.addsText(appointment) ? 2 : 1
            if flowed.pages.count > plannedPages {
                warnings.add(.brief, .brief(.paragraphs), client: appointment.name,
                             "the letter's text does not fit on \(plannedPages == 1 ? "one page" : "two pages") at 12 pt, so it "
                             + "continues on an extra page before the enclosure; shorten these paragraphs in the content file")
            }
            for name in flowed.overfull {
                warnings.add(.brief, nil, "\(name) is taller than a whole page and runs past the bottom margin; shorten it")
            }

            if let date = appointment.date, date < letterDate.addingWorkingDays(Self.minimumNotice) {
                warnings.add(.brief, .client(.date), client: appointment.name,
                             "the letter is dated \(letterDate.dutch), fewer than \(Self.minimumNotice) working days before "
                             + "the conversation on \(date.dutch): post may not reach the client in time to prepare; "
                             + "call the client, or choose a later date")
            }

            var pages: [Page] = []
            let bookmark = appointment.name.map { "\($0) · \(subject)" } ?? subject
            for (index, placed) in flowed.pages.enumerated() {
                if index == 0 {
                    pages.append(Page(size: geometry.page) { canvas in
                        try letterhead.draw(on: canvas)
                        try paragraph(returnAddress, style: Typography.returnAddress, at: Point(window.minX, window.minY),
                                      width: window.width, on: canvas)
                        try address.draw(on: canvas)
                        if let factsFrame { try facts.draw(on: canvas, at: Point(factsFrame.x, factsFrame.y)) }
                        parent.entry = try reference.draw(on: canvas, top: referenceTop, bookmark: bookmark)
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

        /// Working days between the letter and the conversation: post takes one or two, and the client
        /// needs a few to read the enclosure and prepare.
        static let minimumNotice = 5

        /// How much of page 1's body a break before the content's second part must leave filled: less,
        /// and the first page looks unfinished.
        static let sectionBreakFill = 0.6

        /// Between the return address and the recipient's name.
        static let returnAddressGap = 1.5

        /// Between paragraphs: about 0.7 of a line, enough to see where one ends.
        static let paragraphSpace = Stijl.Space.s
        /// Above "Met vriendelijke groet,", and between it and the signature.
        static let closingSpace = Stijl.Space.s
        /// Between the signature and the list of enclosures under it.
        static let enclosuresSpace = Stijl.Space.m
        /// Room for a handwritten signature between the closing and the name.
        static let signatureGap = Stijl.Space.xl

        /// How a paragraph's block is named, in messages and when the page break looks for it.
        static func paragraphName(_ id: String) -> String { "paragraph '\(id)'" }

        /// Salutation (the client's own, else the content's), paragraphs (with the facts block after
        /// the first one when it is not beside the window, and the client's own paragraph after
        /// `extraAfter`, as plain text: never a template), and the closing.
        static func bodyBlocks(_ inhoud: Inhoud, values: [Inhoud.Placeholder: String], contact: ExpertContact,
                               salutation: String?, extra: String?,
                               enclosures: [String] = [],
                               facts: FactsBlock?,
                               geometry: Geometry, on canvas: Canvas, warnings: LayoutWarnings) throws -> [Block] {
            let body = Typography.body
            let left = geometry.left, measure = geometry.measure
            func textBlock(_ name: String, _ text: String, space: Double, style: TextStyle = body) throws -> Block {
                let height = try height(of: text, style: style, width: measure, on: canvas)
                return Block(name: name, spaceBefore: space, height: height) { canvas, top in
                    try paragraph(text, style: style, at: Point(left, top), width: measure, on: canvas)
                }
            }
            let brief = inhoud.brief
            var blocks = [try textBlock("the salutation", salutation ?? brief.salutation.filled(values), space: 0)]
            // A paragraph that is empty once filled in (the offer to read together, without a phone
            // number) is left out.
            let paragraphs = brief.paragraphs.map { (id: $0.id, text: $0.text.filled(values)) }.filter { !$0.text.isEmpty }
            for (index, item) in paragraphs.enumerated() {
                var block = try textBlock(paragraphName(item.id), item.text, space: Self.paragraphSpace)
                // The last two paragraphs stay with the closing, so a continuation page never holds the
                // closing and the signature with a single paragraph, like something left over.
                block.keepWithNext = index >= paragraphs.count - 2
                blocks.append(block)
                if index == 0, let facts {
                    blocks.append(Block(name: "the appointment block", spaceBefore: Stijl.Space.m, height: facts.height) {
                        canvas, top in try facts.draw(on: canvas, at: Point(left, top))
                    })
                }
                if item.id == brief.extraAfter, let extra {
                    var own = try textBlock("the client's own paragraph (extra)", extra, space: Self.paragraphSpace)
                    own.keepWithNext = block.keepWithNext
                    blocks.append(own)
                }
            }
            var closing = try closingBlock(inhoud, values: values, contact: contact, geometry: geometry, on: canvas,
                                           warnings: warnings)
            // The enclosures by name under the signature, where a business letter lists them.
            if !enclosures.isEmpty {
                let labels = brief.referenceLine
                let line = (enclosures.count == 1 ? labels.enclosure : labels.enclosures) + ": " + enclosures.joined(separator: ", ")
                closing.keepWithNext = true
                blocks.append(closing)
                blocks.append(try textBlock("the enclosures", line, space: Self.enclosuresSpace, style: Typography.enclosures))
            } else {
                blocks.append(closing)
            }
            return blocks
        }
    }

    /// The small line that says whose page this is, on every page after the first; its right end
    /// is left free for the page number (see ``numbered(_:number:of:_:geometry:)``).
    static func drawRunningHeader(_ text: String, geometry: Geometry, on canvas: Canvas) throws {
        let frame = try paragraph(text, style: Typography.runningHeader, at: Point(geometry.left, geometry.top),
                                  width: geometry.runningHeaderWidth, on: canvas)
        canvas.stroke(.line(from: Point(geometry.left, frame.maxY + Stijl.Space.xs),
                            to: Point(geometry.right, frame.maxY + Stijl.Space.xs)),
                      Stroke(Stijl.rule, width: Stijl.hairline))
    }
}
