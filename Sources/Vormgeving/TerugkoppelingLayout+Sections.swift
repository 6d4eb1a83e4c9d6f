import Inhoud
import Tekenaar

extension TerugkoppelingLayout.SheetPlan {
    typealias Geometry = TerugkoppelingLayout.Geometry
    typealias Typography = TerugkoppelingLayout.Typography
    typealias Block = TerugkoppelingLayout.Block

    /// The lead-in, and in a grey box what the three onderwerpen are and are not (the client's words,
    /// not the conclusion): the one thing every reader must take from the sheet, so it comes first.
    static func introBlocks(_ content: Inhoud.Terugkoppeling, values: [Inhoud.Placeholder: String],
                            on canvas: Canvas) throws -> [Block] {
        let intro = content.intro.filled(values)
        let introHeight = try canvas.measure(intro, style: Typography.body, width: Geometry.measure).height
        let status = content.status.filled(values)
        let statusHeight = try canvas.measure(status, style: Typography.body, width: Geometry.measure).height
        let boxHeight = statusHeight + 2 * Geometry.padding
        return [
            Block(name: "the lead-in", spaceBefore: Geometry.apart, height: introHeight) { canvas, top in
                try BriefLayout.paragraph(intro, style: Typography.body, at: Point(Geometry.left, top),
                                          width: Geometry.measure, on: canvas)
            },
            Block(name: "the status line", spaceBefore: Geometry.near, height: boxHeight) { canvas, top in
                let box = Rect(x: Geometry.left, y: top, width: Geometry.right - Geometry.left, height: boxHeight)
                drawMarkedBox(box, colours: Stijl.colours(.centre), on: canvas)
                try BriefLayout.paragraph(status, style: Typography.body, at: Point(Geometry.boxText, top + Geometry.padding),
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

    /// An onderwerp: its pictogram and heading in its colour on white, then the client's words in a
    /// panel of the onderwerp's tint, so they never look like the arbeidsdeskundige's text. Each
    /// paragraph is a block that draws its slice of the panel, so a panel continues over a page break;
    /// a paragraph longer than a page is split between sentences, so nothing ever runs off the page.
    static func topicBlocks(heading: String, part: Stijl.Part, paragraphs: [String], empty: String, field: FieldPath,
                            on canvas: Canvas) throws -> [Block] {
        var blocks = [try headingBlock(heading, colours: Stijl.colours(part), pictogram: .part(part), on: canvas)]
        let room = Geometry.bottom - Geometry.top - 2 * Geometry.padding
        let isEmpty = paragraphs.isEmpty
        var pieces: [(text: String, paragraph: Int, startsParagraph: Bool)] = []
        for (index, paragraph) in (isEmpty ? [empty] : paragraphs).enumerated() {
            for (pieceIndex, piece) in try splitToFit(paragraph, room: room, on: canvas).enumerated() {
                pieces.append((piece, index, pieceIndex == 0))
            }
        }
        let tint = Stijl.colours(part).tint
        for (index, piece) in pieces.enumerated() {
            let textHeight = try canvas.measure(piece.text, style: Typography.body, width: Geometry.measure).height
            let isFirst = index == 0, isLast = index == pieces.count - 1
            let above = isFirst ? Geometry.padding : (piece.startsParagraph ? 3.0 : 0)
            let below = isLast ? Geometry.padding : 0
            let height = above + textHeight + below
            let name = isEmpty ? "\(field) (empty)" : "\(field) paragraph \(piece.paragraph + 1)"
            blocks.append(Block(name: name, spaceBefore: isFirst ? Geometry.near : 0, height: height) { canvas, top in
                drawPanelSlice(Rect(x: Geometry.left, y: top, width: Geometry.right - Geometry.left, height: height),
                               roundTop: isFirst, roundBottom: isLast, colour: tint, on: canvas)
                try BriefLayout.paragraph(piece.text, style: Typography.body, at: Point(Geometry.textLeft, top + above),
                                          width: Geometry.measure, on: canvas)
            })
        }
        return blocks
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

    /// A section heading at the text column with its pictogram flush at the margin.
    static func headingBlock(_ heading: String, colours: Stijl.Colours, pictogram: HeadingPictogram,
                             spaceBefore: Double = Geometry.apart, on canvas: Canvas) throws -> Block {
        var style = Typography.heading
        style.colour = colours.text
        let textWidth = Geometry.right - Geometry.textLeft
        let textHeight = try canvas.measure(heading, style: style, width: textWidth).height
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
                try canvas.text(heading, style: style, at: Point(Geometry.textLeft, top + (height - textHeight) / 2),
                                width: textWidth)
            }
        }
    }

    /// `text` as it is when it fits `room`; else cut between sentences into pieces that each fit (a
    /// single sentence taller than a page, which no one writes, stays whole).
    static func splitToFit(_ text: String, room: Double, on canvas: Canvas) throws -> [String] {
        func height(_ text: String) throws -> Double {
            try canvas.measure(text, style: Typography.body, width: Geometry.measure).height
        }
        guard try height(text) > room else { return [text] }
        var pieces: [String] = []
        var current = ""
        for sentence in sentences(text) {
            let candidate = current.isEmpty ? sentence : current + " " + sentence
            if !current.isEmpty, try height(candidate) > room {
                pieces.append(current)
                current = sentence
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// The sentences of `text`: cut after ".", "?" or "!" followed by a space.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character == " ", ".?!".contains(previous), !current.isEmpty {
                result.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
