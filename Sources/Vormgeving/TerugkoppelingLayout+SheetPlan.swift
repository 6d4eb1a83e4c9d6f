import Inhoud
import Tekenaar

extension TerugkoppelingLayout {
    typealias Block = BriefLayout.Block
    typealias PlacedBlock = BriefLayout.PlacedBlock

    /// The sheet measured and distributed over pages. Everything below the personal block is a
    /// block in one flow (the letter's: blocks are never split or shrunk, a heading stays with what
    /// follows); the client's words are a block per line, so long notes fill a page and continue on
    /// the next between two lines.
    struct SheetPlan {
        let pages: [Page]
        /// The blocks as the flow placed them, page by page (a block per line of the client's words).
        let placements: [[PlacedBlock]]

        init(_ inhoud: Inhoud, notes: ConversationNotes, on canvas: Canvas, warnings: LayoutWarnings) throws {
            let content = inhoud.terugkoppeling
            let values = TerugkoppelingLayout.values(inhoud, notes)
            let header = try TerugkoppelingLayout.HeaderBlock(inhoud, notes: notes, on: canvas, warnings: warnings)
            var blocks = try Self.introBlocks(content, values: values, on: canvas)
            let colours = OnderwerpColours(inhoud)
            var panelLines: PanelLines = [:]
            // Every onderwerp, also one without notes: a missing heading would look like a page lost.
            for topic in ConversationNotes.Topic.allCases {
                blocks += try Self.topicBlocks(heading: content.topicHeadings[topic] ?? topic.rawValue,
                                               gloss: content.topicGlosses?[topic],
                                               part: colours.part(of: topic.rawValue), paragraphs: notes.paragraphs(topic),
                                               empty: content.emptyTopic, field: Self.field(topic), lines: &panelLines,
                                               on: canvas)
            }
            // What the client said about the conversation, under the centre's name (*Ons gesprek*). The
            // arbeidsdeskundige's own observations (`gesprek`) go to the report only.
            if !notes.experienced.isEmpty {
                blocks += try Self.topicBlocks(heading: inhoud.centre.title, gloss: nil, part: .centre,
                                               paragraphs: notes.experienced,
                                               empty: "", field: .notes(.experienced), lines: &panelLines, on: canvas)
            }
            if !notes.agreements.isEmpty {
                blocks += try TerugkoppelingLayout.AgreementsTable(content, agreements: notes.agreements, values: values,
                                                                               on: canvas).blocks
                for (index, agreement) in notes.agreements.enumerated() where agreement.hasRelativeWhen {
                    let line = agreement.whenLine.map { "line \($0): " } ?? ""
                    warnings.add(.terugkoppeling, .notes(.agreements), client: notes.name,
                                 "\(line)agreement \(index + 1) is due '\(agreement.when ?? "")', which means another day "
                                     + "by the time the client reads it; write a date")
                }
            }
            blocks += try Self.nextStepsBlocks(content.nextSteps, values: values, on: canvas)
            blocks.append(try Self.correctionBlock(content.correction, values: values,
                                                   emphasised: [values[.telefoon], values[.email]].compactMap { $0 },
                                                   on: canvas))
            if let evaluation = content.evaluation {
                blocks += try Self.evaluationBlocks(evaluation, values: values, on: canvas)
            }

            let flowed = Self.flow(blocks, firstTop: header.bottom)
            for name in flowed.overfull {
                warnings.add(.terugkoppeling, nil, client: notes.name,
                             "\(name) is taller than a page and runs into the footer; split it into shorter paragraphs")
            }
            var footer = [content.title, notes.name, notes.date.dutch]
            if let kenmerk = notes.kenmerk { footer.append("\(content.fieldLabels.kenmerk) \(kenmerk)") }
            // A long name and a kenmerk may not fit beside the page number: the title goes first, as
            // the page itself says what it is.
            let footerWidth = Geometry.right - Geometry.left - Self.pageNumberWidth
            var footerText = footer.joined(separator: " · ")
            if try canvas.measure(footerText, style: Typography.footer, width: footerWidth, maxLines: 1).isEllipsized {
                footerText = footer.dropFirst().joined(separator: " · ")
            }
            placements = flowed.pages
            let count = flowed.pages.count
            let organisation = inhoud.organisation.name
            pages = flowed.pages.enumerated().map { index, flowedPage in
                let placed = Self.joinLines(flowedPage, lines: panelLines, continuesPanel: index > 0)
                return Page(size: Geometry.page) { canvas in
                    if index == 0 { try header.draw(on: canvas) }
                    try Self.draw(placed, on: canvas)
                    if index < count - 1 {
                        try BriefLayout.paragraph(content.continues, style: Typography.continues,
                                                  at: Point(Geometry.left, Geometry.continuesTop),
                                                  width: Geometry.right - Geometry.left, on: canvas)
                    }
                    let number = content.pageNumber.replacingOccurrences(of: "{{pagina}}", with: "\(index + 1)")
                        .replacingOccurrences(of: "{{paginas}}", with: "\(count)")
                    try Self.drawFooter(footerText, organisation: organisation, pageNumber: number, on: canvas)
                }
            }
        }

        /// The letter's flow, with one addition: a table that continues on another page repeats its
        /// header row there, so the columns are named on every page. The header is inserted before the
        /// first row of each such page and the blocks flow again (a header row is small and stays with
        /// the row after it, so this settles at once; the loop is bounded all the same).
        static func flow(_ blocks: [Block], firstTop: Double) -> (pages: [[PlacedBlock]], overfull: [String]) {
            var blocks = blocks
            var flowed = BriefLayout.flow(blocks, firstTop: firstTop, nextTop: Geometry.top, bottom: Geometry.bottom)
            guard let tableHeader = blocks.first(where: { $0.name == AgreementsTable.headerName }) else { return flowed }
            for _ in 0..<4 {
                let rowsStartingAPage = flowed.pages.dropFirst().compactMap(\.first).map(\.block)
                    .filter { $0.container == .table && $0.name != AgreementsTable.headerName }.map(\.name)
                guard !rowsStartingAPage.isEmpty else { break }
                for name in rowsStartingAPage {
                    guard let index = blocks.firstIndex(where: { $0.name == name }) else { continue }
                    var repeated = tableHeader
                    repeated.spaceBefore = 0
                    blocks.insert(repeated, at: index)
                }
                flowed = BriefLayout.flow(blocks, firstTop: firstTop, nextTop: Geometry.top, bottom: Geometry.bottom)
            }
            return flowed
        }

        static func field(_ topic: ConversationNotes.Topic) -> FieldPath {
            .notes(topic.field)
        }

        /// Draws the placed blocks; neighbours that share a container (a table's rows) are drawn
        /// inside one structure element of it, so a table split over two pages is a table on each.
        static func draw(_ placed: [PlacedBlock], on canvas: Canvas) throws {
            var index = 0
            while index < placed.count {
                guard let container = placed[index].block.container else {
                    try placed[index].block.draw(canvas, placed[index].top)
                    index += 1
                    continue
                }
                var end = index
                while end < placed.count, placed[end].block.container == container { end += 1 }
                let group = placed[index..<end]
                try canvas.tagged(container) {
                    for item in group { try item.block.draw(canvas, item.top) }
                }
                index = end
            }
        }

        static let pageNumberWidth = 30.0

        /// The footer: whose sheet it is and which page, so loose pages find their way back, and whose
        /// organisation sent it, where the werkblad has it.
        static func drawFooter(_ text: String, organisation: String, pageNumber: String, on canvas: Canvas) throws {
            let y = Geometry.footerTop
            canvas.stroke(.line(from: Point(Geometry.left, y - 2), to: Point(Geometry.right, y - 2)),
                          Stroke(Stijl.rule, width: Stijl.hairline))
            let numberWidth = pageNumberWidth
            try BriefLayout.paragraph(text, style: Typography.footer, at: Point(Geometry.left, y),
                                      width: Geometry.right - Geometry.left - numberWidth, on: canvas, maxLines: 1)
            try BriefLayout.paragraph(pageNumber, style: Typography.footerRight,
                                      at: Point(Geometry.right - numberWidth, y), width: numberWidth, on: canvas)
            try BriefLayout.paragraph(organisation, style: Typography.footer, at: Point(Geometry.left, y + 4.2),
                                      width: Geometry.right - Geometry.left, on: canvas, maxLines: 1)
        }
    }
}
