import Inhoud
import Tekenaar

extension TerugkoppelingLayout {
    typealias Block = BriefLayout.Block
    typealias PlacedBlock = BriefLayout.PlacedBlock

    /// The sheet measured and distributed over pages. Everything below the personal block is a
    /// block in one flow (the letter's: blocks are never split or shrunk, a heading stays with what
    /// follows), so long notes simply continue on the next page.
    struct SheetPlan {
        let pages: [Page]

        init(_ inhoud: Inhoud, notes: ConversationNotes, on canvas: Canvas, warnings: LayoutWarnings) throws {
            let content = inhoud.terugkoppeling
            let values = TerugkoppelingLayout.values(inhoud, notes)
            let header = try TerugkoppelingLayout.HeaderBlock(inhoud, notes: notes, on: canvas, warnings: warnings)
            var blocks = try Self.introBlocks(content, values: values, on: canvas)
            let colours = OnderwerpColours(inhoud)
            for topic in ConversationNotes.Topic.allCases where !notes.paragraphs(topic).isEmpty {
                let part = colours.part(of: topic.rawValue)
                blocks += try Self.topicBlocks(heading: content.topicHeadings[topic] ?? topic.rawValue, part: part,
                                          paragraphs: notes.paragraphs(topic), field: Self.field(topic), on: canvas)
            }
            // How the conversation went, under the centre's name (*Ons gesprek*), when the notes say.
            if !notes.conversation.isEmpty {
                blocks += try Self.topicBlocks(heading: inhoud.centre.title, part: .centre, paragraphs: notes.conversation,
                                               field: .notes(.conversation), on: canvas)
            }
            if !notes.agreements.isEmpty {
                // The agreements take the centre's pictogram too, unless Ons gesprek just showed it.
                blocks += try TerugkoppelingLayout.AgreementsTable(content, agreements: notes.agreements,
                                                                   pictogram: notes.conversation.isEmpty, on: canvas).blocks
            }
            blocks.append(try Self.correctionBlock(content.correction, inhoud: inhoud, notes: notes, on: canvas))
            if let evaluation = content.evaluation {
                blocks.append(try Self.evaluationBlock(evaluation, on: canvas))
            }

            let flowed = Self.flow(blocks, firstTop: header.bottom)
            for name in flowed.overfull {
                warnings.add(.terugkoppeling, nil, client: notes.name,
                             "\(name) is taller than a page and runs into the footer; split it into shorter paragraphs")
            }
            let footer = "\(content.title) · \(notes.name) · \(notes.date.dutch)"
            let count = flowed.pages.count
            pages = flowed.pages.enumerated().map { index, placed in
                Page(size: Geometry.page) { canvas in
                    if index == 0 { try header.draw(on: canvas) }
                    try Self.draw(placed, on: canvas)
                    try Self.drawFooter(footer, page: index + 1, of: count, on: canvas)
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
            switch topic {
            case .ervaringen: .notes(.ervaringen)
            case .behoeften: .notes(.behoeften)
            case .toekomst: .notes(.toekomst)
            }
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

        /// The footer: whose sheet it is and which page, so loose pages find their way back.
        static func drawFooter(_ text: String, page: Int, of count: Int, on canvas: Canvas) throws {
            let y = Geometry.footerTop
            canvas.stroke(.line(from: Point(Geometry.left, y - Stijl.Space.xs), to: Point(Geometry.right, y - Stijl.Space.xs)),
                          Stroke(Stijl.rule, width: Stijl.hairline))
            try BriefLayout.paragraph(text, style: Typography.footer, at: Point(Geometry.left, y),
                                      width: Geometry.right - Geometry.left - 20, on: canvas, maxLines: 1)
            try BriefLayout.paragraph("\(page) / \(count)", style: Typography.footerRight,
                                      at: Point(Geometry.right - 20, y), width: 20, on: canvas)
        }
    }
}
