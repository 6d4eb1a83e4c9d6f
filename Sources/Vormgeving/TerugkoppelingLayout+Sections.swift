import Inhoud
import Tekenaar

extension TerugkoppelingLayout.SheetPlan {
    typealias Geometry = TerugkoppelingLayout.Geometry
    typealias Typography = TerugkoppelingLayout.Typography
    typealias Block = TerugkoppelingLayout.Block

    /// The lead-in, and the line that these are the client's words in a marked box: the one thing
    /// every reader must take from the sheet, so it comes before the notes.
    static func introBlocks(_ content: Inhoud.Terugkoppeling, values: [Inhoud.Placeholder: String],
                            on canvas: Canvas) throws -> [Block] {
        let intro = content.intro.filled(values)
        let introWidth = Geometry.textLeft + Geometry.measure - Geometry.left
        let introHeight = try canvas.measure(intro, style: Typography.body, width: introWidth).height
        let boxInset = Geometry.padding + 1.8
        let boxPadding = Stijl.Space.s - 1
        let statusWidth = min(introWidth - boxInset, Geometry.right - Geometry.left - boxInset - Geometry.padding)
        let statusHeight = try canvas.measure(content.status, style: Typography.bodyBold, width: statusWidth).height
        let status = content.status
        return [
            Block(name: "the lead-in", spaceBefore: Stijl.Space.m, height: introHeight) { canvas, top in
                try BriefLayout.paragraph(intro, style: Typography.body, at: Point(Geometry.left, top), width: introWidth,
                                          on: canvas)
            },
            Block(name: "the status line", spaceBefore: Stijl.Space.s, height: statusHeight + 2 * boxPadding) { canvas, top in
                let box = Rect(x: Geometry.left, y: top, width: Geometry.right - Geometry.left,
                               height: statusHeight + 2 * boxPadding)
                drawMarkedBox(box, colours: Stijl.colours(.centre), on: canvas)
                try BriefLayout.paragraph(status, style: Typography.bodyBold,
                                          at: Point(box.minX + boxInset, top + boxPadding), width: statusWidth,
                                          on: canvas)
            },
        ]
    }

    /// A tinted box with a bar in the strong colour down its left edge, following the rounded corners.
    static func drawMarkedBox(_ box: Rect, colours: Stijl.Colours, on canvas: Canvas) {
        let shape = Path.roundedRect(box, radius: Stijl.cornerRadius)
        canvas.fill(shape, colours.tint)
        canvas.scoped {
            canvas.clip(to: shape)
            canvas.fill(.rect(Rect(x: box.minX, y: box.minY, width: 1.8, height: box.height)), colours.strong)
        }
    }

    /// An onderwerp: its pictogram and heading in its colour, then the notes as paragraphs. The
    /// heading stays with its first paragraph; a paragraph longer than a page is split between
    /// sentences, so nothing ever runs off the page.
    static func topicBlocks(heading: String, part: Stijl.Part, paragraphs: [String], field: FieldPath,
                            on canvas: Canvas) throws -> [Block] {
        var blocks = [try headingBlock(heading, part: part, on: canvas)]
        let room = Geometry.bottom - Geometry.top
        for (index, paragraph) in paragraphs.enumerated() {
            let pieces = try splitToFit(paragraph, room: room, on: canvas)
            for (pieceIndex, piece) in pieces.enumerated() {
                let height = try canvas.measure(piece, style: Typography.body, width: Geometry.measure).height
                let space = index == 0 && pieceIndex == 0 ? Stijl.Space.xs : (pieceIndex == 0 ? Stijl.Space.s - 1 : 0)
                blocks.append(Block(name: "\(field) paragraph \(index + 1)", spaceBefore: space, height: height) { canvas, top in
                    try BriefLayout.paragraph(piece, style: Typography.body, at: Point(Geometry.textLeft, top),
                                              width: Geometry.measure, on: canvas)
                })
            }
        }
        return blocks
    }

    /// A section heading with the part's pictogram left of it, in the pictogram column (left empty
    /// when `pictogram` is false).
    static func headingBlock(_ heading: String, part: Stijl.Part, pictogram: Bool = true, on canvas: Canvas) throws -> Block {
        let colours = Stijl.colours(part)
        var style = Typography.heading
        style.colour = colours.text
        let textWidth = Geometry.right - Geometry.textLeft
        let textHeight = try canvas.measure(heading, style: style, width: textWidth).height
        let height = pictogram ? max(Geometry.icon, textHeight) : textHeight
        return Block(name: "the heading \(heading)", spaceBefore: Stijl.Space.m, height: height, keepWithNext: true) { canvas, top in
            if pictogram {
                canvas.figure(alternativeText: Pictogram.description(part)) {
                Pictogram.draw(part, on: canvas, in: Rect(x: Geometry.left, y: top + (height - Geometry.icon) / 2,
                                                          width: Geometry.icon, height: Geometry.icon),
                               colour: colours.strong)
                }
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
