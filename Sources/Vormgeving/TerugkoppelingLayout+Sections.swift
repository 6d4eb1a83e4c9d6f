import Inhoud
import Tekenaar

extension TerugkoppelingLayout.SheetPlan {
    typealias Geometry = TerugkoppelingLayout.Geometry
    typealias Typography = TerugkoppelingLayout.Typography
    typealias Block = TerugkoppelingLayout.Block
    typealias PlacedBlock = TerugkoppelingLayout.PlacedBlock

    /// The lead-in, and in a grey box what the three onderwerpen are and are not (the client's words,
    /// not the conclusion): the one thing every reader must take from the sheet, so it comes first,
    /// with, in bold, the one thing the client may have to do (say what is wrong, by when, how).
    static func introBlocks(_ content: Inhoud.Terugkoppeling, values: [Inhoud.Placeholder: String],
                            on canvas: Canvas) throws -> [Block] {
        let intro = content.intro.filled(values)
        let introHeight = try canvas.measure(intro, style: Typography.body, width: Geometry.measure).height
        let status = content.status.filled(values)
        let statusHeight = try canvas.measure(status, style: Typography.body, width: Geometry.measure).height
        let prompt = content.correction.prompt.filled(values)
        let promptHeight = try canvas.measure(prompt, style: Typography.bodyBold, width: Geometry.measure).height
        let boxHeight = statusHeight + Geometry.near + promptHeight + 2 * Geometry.padding
        return [
            Block(name: "the lead-in", spaceBefore: Geometry.apart, height: introHeight) { canvas, top in
                try BriefLayout.paragraph(intro, style: Typography.body, at: Point(Geometry.textLeft, top),
                                          width: Geometry.measure, on: canvas)
            },
            Block(name: "the status line", spaceBefore: Geometry.near, height: boxHeight) { canvas, top in
                let box = Rect(x: Geometry.left, y: top, width: Geometry.right - Geometry.left, height: boxHeight)
                drawMarkedBox(box, colours: Stijl.colours(.centre), on: canvas)
                let textTop = top + Geometry.padding
                try BriefLayout.paragraph(status, style: Typography.body, at: Point(Geometry.textLeft, textTop),
                                          width: Geometry.measure, on: canvas)
                try BriefLayout.paragraph(prompt, style: Typography.bodyBold,
                                          at: Point(Geometry.textLeft, textTop + statusHeight + Geometry.near),
                                          width: Geometry.measure, on: canvas)
            },
        ]
    }

    /// A grey box with a bar in the strong colour down its left edge, following the rounded corners:
    /// the arbeidsdeskundige speaking, set apart from the client's tinted words.
    static func drawMarkedBox(_ box: Rect, colours: Stijl.Colours, on canvas: Canvas) {
        let shape = Path.roundedRect(box, radius: Stijl.cornerRadius)
        canvas.fill(shape, colours.tint)
        canvas.scoped {
            canvas.clip(to: shape)
            canvas.fill(.rect(Rect(x: box.minX, y: box.minY, width: 1.8, height: box.height)), colours.strong)
        }
    }

    /// A paragraph of the client's words in an onderwerp's panel, with the lines it wraps into, so
    /// the flow can break it between two lines at the bottom of a page.
    struct PanelParagraph {
        /// "ervaringen paragraph 2": what its blocks and warnings are called.
        let name: String
        let text: String
        let lines: [TextLine]
        let tint: Colour
        let isFirstInPanel: Bool
        let isLastInPanel: Bool

        /// The text of lines `lines` (with the space the last one broke at: set again at the
        /// measure, they break where they did).
        func text(of range: ClosedRange<Int>) -> String {
            String(text[lines[range.lowerBound].range.lowerBound..<lines[range.upperBound].range.upperBound])
        }
    }

    /// Which line of which paragraph a flow block stands for, by the block's name.
    typealias PanelLines = [String: (paragraph: PanelParagraph, line: Int)]

    /// The space between two paragraphs inside one panel.
    static let paragraphGap = 3.0

    /// An onderwerp: its pictogram and heading in its colour on white (with `gloss`, a short question
    /// that says what the heading means), then the client's words in a panel of the onderwerp's tint,
    /// so they never look like the arbeidsdeskundige's text (or, with no notes, `empty` on white).
    ///
    /// Each line of the words is a block of the flow, so a long panel fills the page and goes on on
    /// the next between two lines, never whole to the next page nor cut off. Each line block holds
    /// the panel's padding below it and the next line starts that much higher: a page then always
    /// has room for the padding under its last line. A paragraph keeps two lines together at either
    /// side of a break (no single line alone), and so does the onderwerp as a whole (its first two
    /// and last two lines stay together across paragraphs); an onderwerp of at most
    /// ``wholeSectionLines`` lines is not broken at all, as a few lines at the top of a page read as
    /// an orphan. The heading keeps with the lines after it. `joinLines` makes the lines on one page a
    /// single paragraph again after the flow.
    static func topicBlocks(heading: String, gloss: String?, part: Stijl.Part, paragraphs: [String], empty: String,
                            field: FieldPath, lines index: inout PanelLines, on canvas: Canvas) throws -> [Block] {
        var blocks = [try headingBlock(heading, gloss: gloss, colours: Stijl.colours(part), pictogram: .part(part),
                                       on: canvas)]
        // No notes: the arbeidsdeskundige says so on white, under the heading; the tinted panel is
        // for the client's words only.
        if paragraphs.isEmpty {
            let height = try canvas.measure(empty, style: Typography.aside, width: Geometry.measure).height
            blocks.append(Block(name: "\(field) (empty)", spaceBefore: Geometry.near, height: height) { canvas, top in
                try BriefLayout.paragraph(empty, style: Typography.aside, at: Point(Geometry.textLeft, top),
                                          width: Geometry.measure, on: canvas)
            })
            return blocks
        }
        let tint = Stijl.colours(part).tint
        let panel = try paragraphs.enumerated().map { number, text in
            PanelParagraph(name: "\(field) paragraph \(number + 1)", text: text,
                           lines: try canvas.lines(text, style: Typography.body, width: Geometry.measure),
                           tint: tint, isFirstInPanel: number == 0, isLastInPanel: number == paragraphs.count - 1)
        }
        let total = panel.map(\.lines.count).reduce(0, +)
        var sectionLine = 0
        for paragraph in panel {
            let count = paragraph.lines.count
            for (line, metrics) in paragraph.lines.enumerated() {
                let opensPanel = paragraph.isFirstInPanel && line == 0
                let spaceBefore = opensPanel ? Geometry.near : (line == 0 ? paragraphGap : 0) - Geometry.padding
                let height = (opensPanel ? Geometry.padding : 0) + metrics.height + Geometry.padding
                let name = "\(paragraph.name) line \(line + 1)"
                index[name] = (paragraph, line)
                // The first line stays with the second, the last but one with the last: of the
                // paragraph, and of the whole onderwerp; a short onderwerp stays together.
                let keepsParagraph = count > 1 && (line == 0 || line == count - 2)
                let keepsSection = total <= wholeSectionLines ? sectionLine < total - 1
                    : sectionLine == 0 || sectionLine == total - 2
                blocks.append(Block(name: name, spaceBefore: spaceBefore, height: height,
                                    keepWithNext: keepsParagraph || keepsSection) { canvas, top in
                    try drawPiece(paragraph, lines: line...line, top: top, height: height, startsPage: false, on: canvas)
                })
                sectionLine += 1
            }
        }
        return blocks
    }

    /// An onderwerp of at most this many lines moves to the next page whole rather than break.
    static let wholeSectionLines = 6

    /// After the flow: the lines of one paragraph that ended up on one page become one block again,
    /// drawn as one tagged paragraph in its slice of the panel. A piece that starts a continuation
    /// page has its panel reach the padding above the flow's top, so its first line has the room
    /// around it it would have had in the middle of the panel.
    static func joinLines(_ placed: [PlacedBlock], lines index: PanelLines, continuesPanel: Bool) -> [PlacedBlock] {
        var joined: [PlacedBlock] = []
        var position = 0
        while position < placed.count {
            guard let (paragraph, firstLine) = index[placed[position].block.name] else {
                joined.append(placed[position])
                position += 1
                continue
            }
            var lastLine = firstLine, end = position + 1
            while end < placed.count, let (next, line) = index[placed[end].block.name], next.name == paragraph.name,
                  line == lastLine + 1 {
                lastLine = line
                end += 1
            }
            let first = placed[position], last = placed[end - 1]
            let height = last.top + last.block.height - first.top
            let startsPage = continuesPanel && position == 0
            var block = first.block
            block.name = paragraph.name
            block.height = height
            block.keepWithNext = false
            block.draw = { canvas, top in
                try drawPiece(paragraph, lines: firstLine...lastLine, top: top, height: height, startsPage: startsPage,
                              on: canvas)
            }
            joined.append(PlacedBlock(block: block, top: first.top))
            position = end
        }
        return joined
    }

    /// Lines `range` of `paragraph` in their slice of the panel: rounded where the panel starts or
    /// ends, square where it goes on (on the same page in the next paragraph, or on the next page).
    static func drawPiece(_ paragraph: PanelParagraph, lines range: ClosedRange<Int>, top: Double, height: Double,
                          startsPage: Bool, on canvas: Canvas) throws {
        let opensPanel = paragraph.isFirstInPanel && range.lowerBound == 0
        let closesPanel = paragraph.isLastInPanel && range.upperBound == paragraph.lines.count - 1
        let sliceTop = startsPage && !opensPanel ? top - Geometry.padding : top
        drawPanelSlice(Rect(x: Geometry.left, y: sliceTop, width: Geometry.right - Geometry.left, height: top + height - sliceTop),
                       roundTop: opensPanel, roundBottom: closesPanel, colour: paragraph.tint, on: canvas)
        try BriefLayout.paragraph(paragraph.text(of: range), style: Typography.body,
                                  at: Point(Geometry.textLeft, top + (opensPanel ? Geometry.padding : 0)),
                                  width: Geometry.measure, on: canvas)
    }

    /// One block's part of a tinted panel: rounded where the panel starts or ends, square where it
    /// goes on in the next block, so the slices join without a seam.
    static func drawPanelSlice(_ rect: Rect, roundTop: Bool, roundBottom: Bool, colour: Colour, on canvas: Canvas) {
        let overhang = 2 * Stijl.cornerRadius
        let extended = Rect(x: rect.minX, y: rect.minY - (roundTop ? 0 : overhang), width: rect.width,
                            height: rect.height + (roundTop ? 0 : overhang) + (roundBottom ? 0 : overhang))
        // The clip reaches a little into the neighbouring slice where the panel goes on, so the two
        // overlap instead of meeting at an anti-aliased edge that shows as a pale seam.
        let seam = 0.3
        let clip = Rect(x: rect.minX, y: rect.minY - (roundTop ? 0 : seam), width: rect.width,
                        height: rect.height + (roundTop ? 0 : seam) + (roundBottom ? 0 : seam))
        canvas.scoped {
            canvas.clip(to: .rect(clip))
            canvas.fill(.roundedRect(extended, radius: Stijl.cornerRadius), colour)
        }
    }

    /// Which pictogram stands left of a heading.
    enum HeadingPictogram {
        case part(Stijl.Part)
        case checklist
        case none
    }

    /// A section heading at the text column with its pictogram flush at the margin; `gloss`, when
    /// given, follows the heading on its line after a dash, in the regular weight (*Jouw behoeften –
    /// wat heb je nodig?*), so the method's term keeps its place and the reader learns what it means.
    static func headingBlock(_ heading: String, gloss: String? = nil, colours: Stijl.Colours, pictogram: HeadingPictogram,
                             spaceBefore: Double = Geometry.apart, on canvas: Canvas) throws -> Block {
        var style = Typography.heading
        style.colour = colours.text
        let textWidth = Geometry.right - Geometry.textLeft
        let markup = markupEscaped(heading) + (gloss.map { "<span weight=\"normal\"> – \(markupEscaped($0))</span>" } ?? "")
        let textHeight = try canvas.measure(markup, style: style, width: textWidth, markup: true).height
        let hasIcon: Bool = if case .none = pictogram { false } else { true }
        let height = hasIcon ? max(Geometry.icon, textHeight) : textHeight
        return Block(name: "the heading \(heading)", spaceBefore: spaceBefore, height: height, keepWithNext: true) { canvas, top in
            let iconBox = Rect(x: Geometry.left, y: top + (height - Geometry.icon) / 2, width: Geometry.icon, height: Geometry.icon)
            switch pictogram {
            case .part(let part):
                canvas.figure(alternativeText: Pictogram.description(part)) {
                    Pictogram.draw(part, on: canvas, in: iconBox, colour: colours.strong)
                }
            case .checklist:
                canvas.figure(alternativeText: Pictogram.checklistDescription) {
                    Pictogram.drawChecklist(on: canvas, in: iconBox, colour: colours.strong)
                }
            case .none:
                break
            }
            try canvas.tagged(.heading2) {
                try canvas.text(markup, style: style, at: Point(Geometry.textLeft, top + (height - textHeight) / 2),
                                width: textWidth, markup: true)
            }
        }
    }
}
