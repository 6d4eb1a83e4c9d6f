import Inhoud
import Tekenaar

extension TerugkoppelingLayout.SheetPlan {
    /// *Wat gebeurt er nu?*: a heading and a paragraph on white, the arbeidsdeskundige speaking.
    static func nextStepsBlocks(_ next: Inhoud.Terugkoppeling.TitledText, values: [Inhoud.Placeholder: String],
                                on canvas: Canvas) throws -> [Block] {
        let text = next.text.filled(values)
        let height = try canvas.measure(text, style: Typography.body, width: Geometry.measure).height
        return [
            try headingBlock(next.title, colours: Stijl.colours(.centre), pictogram: .none, on: canvas),
            Block(name: "what happens now", spaceBefore: Geometry.near, height: height) { canvas, top in
                try BriefLayout.paragraph(text, style: Typography.body, at: Point(Geometry.textLeft, top),
                                          width: Geometry.measure, on: canvas)
            },
        ]
    }

    /// *Klopt dit?*: what to do when something is wrong, one sentence per line, with the last day to
    /// react and how to reach the arbeidsdeskundige (the phone number and e-mail address in bold), in
    /// a grey marked box: it asks the client to act, so it must not read as more notes.
    static func correctionBlock(_ correction: Inhoud.Terugkoppeling.Correction, values: [Inhoud.Placeholder: String],
                                emphasised: [String], on canvas: Canvas) throws -> Block {
        let lines = correction.lines.map { $0.filled(values) }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let contact = correction.contact.map { $0.filled(values) }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let width = Geometry.measure
        let contactMarkup = contact.map { emphasising(emphasised, in: $0) }.joined(separator: "\n")
        let titleHeight = try canvas.measure(correction.title, style: Typography.heading, width: width).height
        let lineHeights = try lines.map { try canvas.measure($0, style: Typography.body, width: width).height }
        let contactHeight = contact.isEmpty ? 0
            : try canvas.measure(contactMarkup, style: Typography.body, width: width, markup: true).height
        let height = Geometry.padding + titleHeight + Geometry.near + lineHeights.reduce(0, +)
            + (contact.isEmpty ? 0 : Geometry.near + contactHeight) + Geometry.padding
        return Block(name: "the invitation to correct", spaceBefore: Geometry.apart, height: height) { canvas, top in
            let box = Rect(x: Geometry.left, y: top, width: Geometry.right - Geometry.left, height: height)
            drawMarkedBox(box, colours: Stijl.colours(.centre), on: canvas)
            var y = top + Geometry.padding
            try canvas.tagged(.heading2) {
                try canvas.text(correction.title, style: Typography.heading, at: Point(Geometry.textLeft, y), width: width)
            }
            y += titleHeight + Geometry.near
            for (line, lineHeight) in zip(lines, lineHeights) {
                try BriefLayout.paragraph(line, style: Typography.body, at: Point(Geometry.textLeft, y), width: width, on: canvas)
                y += lineHeight
            }
            if !contact.isEmpty {
                y += Geometry.near
                try canvas.tagged(.paragraph) {
                    try canvas.text(contactMarkup, style: Typography.body, at: Point(Geometry.textLeft, y),
                                    width: width, markup: true)
                }
            }
        }
    }

    /// `line` as Pango markup with each of `emphasised` (a phone number, an address) in bold.
    static func emphasising(_ emphasised: [String], in line: String) -> String {
        let found = emphasised.filter { !$0.isEmpty }.compactMap { value in line.range(of: value).map { (value, $0) } }
        guard let (value, range) = found.min(by: { $0.1.lowerBound < $1.1.lowerBound }) else { return markupEscaped(line) }
        return markupEscaped(String(line[..<range.lowerBound])) + "<b>" + markupEscaped(value) + "</b>"
            + emphasising(emphasised, in: String(line[range.upperBound...]))
    }

    /// Pango markup needs these three escaped; the rest of a text is safe as it is.
    static func markupEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// *Hoe vond je ons gesprek?*, on white without a cut-out edge: the heading, that it is optional,
    /// the method's questions each with *ja / een beetje / nee* to tick beside it, *Wat kan
    /// beter?* with three lines to write on, then how to give it back and that it does not weigh in
    /// the report. A form the client fills in and returns, so it is kept on one page: its blocks
    /// keep with the next, up to its last line.
    static func evaluationBlocks(_ evaluation: Inhoud.Terugkoppeling.Evaluation, values: [Inhoud.Placeholder: String],
                                 on canvas: Canvas) throws -> [Block] {
        var blocks = [try headingBlock(evaluation.title, colours: Stijl.colours(.centre), pictogram: .none, on: canvas)]
        let width = Geometry.measure
        func textBlock(_ name: String, _ text: String, style: TextStyle, space: Double) throws -> Block {
            let height = try canvas.measure(text, style: style, width: width).height
            return Block(name: name, spaceBefore: space, height: height) { canvas, top in
                try BriefLayout.paragraph(text, style: style, at: Point(Geometry.textLeft, top), width: width, on: canvas)
            }
        }
        blocks.append(try textBlock("the evaluation's explanation", evaluation.explanation, style: Typography.body,
                                    space: Geometry.near))
        let tick = 5.0
        let choiceHeight = max(tick, try canvas.measure("Ag", style: Typography.body).height)
        let choiceWidths = try evaluation.choices.map { try canvas.measure($0, style: Typography.body).width }
        // The boxes stand in columns at the right edge, beside each question, so the three answers
        // line up under each other from question to question.
        let choiceGap = 6.0
        let choicesWidth = choiceWidths.reduce(0) { $0 + tick + 2 + $1 } + Double(max(0, choiceWidths.count - 1)) * choiceGap
        let choicesLeft = Geometry.right - choicesWidth
        let questionWidth = min(width, choicesLeft - Geometry.gutter - Geometry.textLeft)
        for (index, question) in evaluation.questions.enumerated() {
            let questionHeight = try canvas.measure(question, style: Typography.bodyBold, width: questionWidth).height
            let height = max(questionHeight, choiceHeight)
            blocks.append(Block(name: "evaluation question \(index + 1)", spaceBefore: Geometry.near, height: height) { canvas, top in
                try BriefLayout.paragraph(question, style: Typography.bodyBold, at: Point(Geometry.textLeft, top),
                                          width: questionWidth, on: canvas)
                var x = choicesLeft
                try canvas.tagged(.list) {
                    for (choice, choiceWidth) in zip(evaluation.choices, choiceWidths) {
                        let square = Rect(x: x, y: top + (choiceHeight - tick) / 2, width: tick, height: tick)
                        try canvas.tagged(.listItem) {
                            canvas.stroke(.roundedRect(square, radius: 0.8), Stroke(Stijl.ink, width: Stijl.hairline))
                            try canvas.tagged(.listBody) {
                                try canvas.text(choice, style: Typography.body, at: Point(x + tick + 2, top))
                            }
                        }
                        x += tick + 2 + choiceWidth + choiceGap
                    }
                }
            })
        }
        // The question sits above three lines to write on, far enough apart for handwriting.
        let pitch = 9.0
        let questionHeight = try canvas.measure(evaluation.question, style: Typography.bodyBold, width: width).height
        let writeHeight = questionHeight + 3 * pitch
        blocks.append(Block(name: "the evaluation's open question", spaceBefore: Geometry.apart, height: writeHeight) { canvas, top in
            try BriefLayout.paragraph(evaluation.question, style: Typography.bodyBold, at: Point(Geometry.textLeft, top),
                                      width: width, on: canvas)
            for line in 1...3 {
                let y = top + questionHeight + Double(line) * pitch
                canvas.stroke(.line(from: Point(Geometry.textLeft, y), to: Point(Geometry.right, y)),
                              Stroke(Stijl.rule, width: Stijl.hairline))
            }
        })
        let closing = [evaluation.returnLine.filled(values)] + (evaluation.noInfluence.map { [$0] } ?? [])
        for (index, line) in closing.enumerated() {
            blocks.append(try textBlock("the evaluation's closing \(index + 1)", line, style: Typography.body,
                                        space: index == 0 ? Geometry.near : 0))
        }
        for index in blocks.indices.dropLast() { blocks[index].keepWithNext = true }
        return blocks
    }
}
