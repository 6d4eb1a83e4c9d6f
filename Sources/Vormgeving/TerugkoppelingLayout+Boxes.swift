import Inhoud
import Tekenaar

extension TerugkoppelingLayout.SheetPlan {
    /// *Klopt dit?*: the invitation to correct, with the date and how to reach the arbeidsdeskundige,
    /// in a marked box: it asks the client to act, so it must not read as more notes.
    static func correctionBlock(_ correction: Inhoud.Terugkoppeling.Correction, inhoud: Inhoud,
                                notes: ConversationNotes, on canvas: Canvas) throws -> Block {
        var values = TerugkoppelingLayout.values(inhoud, notes)
        let contact = correction.contact.map { $0.filled(values) }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        values[.datum] = BriefLayout.longDutch(notes.effectiveReplyBy)
        let text = correction.text.filled(values)
        let inset = Geometry.padding + 1.8
        let width = min(Geometry.measure, Geometry.right - Geometry.left - inset - Geometry.padding)
        let titleHeight = try canvas.measure(correction.title, style: Typography.boxHeading, width: width).height
        let textHeight = try canvas.measure(text, style: Typography.body, width: width).height
        let contactText = contact.joined(separator: "\n")
        // Contact lines are short lines, not running text: they may use the whole box, so an
        // organisation's long name does not break a line in two.
        let contactWidth = Geometry.right - Geometry.left - inset - Geometry.padding
        let contactHeight = contact.isEmpty ? 0 : try canvas.measure(contactText, style: Typography.body, width: contactWidth).height
        let height = Geometry.padding + titleHeight + Stijl.Space.xs + textHeight
            + (contact.isEmpty ? 0 : Stijl.Space.xs + contactHeight) + Geometry.padding
        return Block(name: "the invitation to correct", spaceBefore: Stijl.Space.l, height: height) { canvas, top in
            let box = Rect(x: Geometry.left, y: top, width: Geometry.right - Geometry.left, height: height)
            drawMarkedBox(box, colours: Stijl.colours(.centre), on: canvas)
            let x = box.minX + inset
            var y = top + Geometry.padding
            try canvas.tagged(.heading2) {
                try canvas.text(correction.title, style: Typography.boxHeading, at: Point(x, y), width: width)
            }
            y += titleHeight + Stijl.Space.xs
            try BriefLayout.paragraph(text, style: Typography.body, at: Point(x, y), width: width, on: canvas)
            y += textHeight + Stijl.Space.xs
            if !contact.isEmpty {
                try BriefLayout.paragraph(contactText, style: Typography.body, at: Point(x, y), width: contactWidth, on: canvas)
            }
        }
    }

    /// *Hoe vond je ons gesprek?*: a box with a dashed edge (a part to cut off and return) with the
    /// boxes to tick beside the title when they fit there, and the question on the first of two
    /// lines to write on: compact, so that short notes keep the whole sheet on one page.
    static func evaluationBlock(_ evaluation: Inhoud.Terugkoppeling.Evaluation, on canvas: Canvas) throws -> Block {
        let inset = Geometry.padding
        let width = Geometry.right - Geometry.left - 2 * inset
        let textWidth = min(width, Geometry.measure)
        let title = try canvas.measure(evaluation.title, style: Typography.boxHeading, width: width)
        let explanationHeight = try canvas.measure(evaluation.explanation, style: Typography.body, width: textWidth).height
        let tick = 5.0, tickGap = Stijl.Space.m
        let choiceWidths = try evaluation.choices.map { try canvas.measure($0, style: Typography.body).width }
        let ticksWidth = choiceWidths.reduce(0) { $0 + tick + Stijl.Space.xs + $1 } + Double(choiceWidths.count - 1) * tickGap
        let choiceHeight = max(tick, try canvas.measure("Ag", style: Typography.body).height)
        // Beside the title when they fit there, else on a row of their own under it, or one under
        // the other when even that row is too narrow.
        let besideTitle = title.width + Stijl.Space.l + ticksWidth <= width
        let oneRow = ticksWidth <= width
        let rowHeight = max(title.height, choiceHeight)
        let ticksHeight = besideTitle ? 0
            : Stijl.Space.xs + (oneRow ? choiceHeight : Double(evaluation.choices.count) * (choiceHeight + Stijl.Space.xs))
        let question = try canvas.measure(evaluation.question, style: Typography.bodyBold, width: textWidth)
        let pitch = Stijl.writingLinePitch
        let height = inset + rowHeight + ticksHeight + Stijl.Space.xs + explanationHeight + 2 * pitch + inset
        return Block(name: "the evaluation", spaceBefore: Stijl.Space.m, height: height) { canvas, top in
            let box = Rect(x: Geometry.left, y: top, width: Geometry.right - Geometry.left, height: height)
            canvas.stroke(.roundedRect(box, radius: Stijl.cornerRadius), Stroke(Stijl.rule, width: Stijl.hairline, dash: [2, 1.5]))
            let x = box.minX + inset
            var y = top + inset
            try canvas.tagged(.heading2) {
                try canvas.text(evaluation.title, style: Typography.boxHeading,
                                at: Point(x, y + (rowHeight - title.height) / 2), width: width)
            }
            var tickOrigin = besideTitle ? Point(box.maxX - inset - ticksWidth, y + (rowHeight - choiceHeight) / 2)
                : Point(x, y + rowHeight + Stijl.Space.xs)
            try canvas.tagged(.list) {
                for (index, choice) in evaluation.choices.enumerated() {
                    let square = Rect(x: tickOrigin.x, y: tickOrigin.y + (choiceHeight - tick) / 2, width: tick, height: tick)
                    try canvas.tagged(.listItem) {
                        canvas.stroke(.roundedRect(square, radius: 0.8), Stroke(Stijl.ink, width: Stijl.hairline))
                        try canvas.tagged(.listBody) {
                            try canvas.text(choice, style: Typography.body, at: Point(tickOrigin.x + tick + Stijl.Space.xs, tickOrigin.y))
                        }
                    }
                    if besideTitle || oneRow {
                        tickOrigin.x += tick + Stijl.Space.xs + choiceWidths[index] + tickGap
                    } else {
                        tickOrigin.y += choiceHeight + Stijl.Space.xs
                    }
                }
            }
            y += rowHeight + ticksHeight + Stijl.Space.xs
            try BriefLayout.paragraph(evaluation.explanation, style: Typography.body, at: Point(x, y), width: textWidth, on: canvas)
            y += explanationHeight
            // The question sits on the first writing line, which starts after it.
            let firstLine = y + pitch
            try BriefLayout.paragraph(evaluation.question, style: Typography.bodyBold,
                                      at: Point(x, firstLine - question.firstBaseline - 0.8), width: textWidth, on: canvas)
            let lineStart = question.lineCount == 1 ? x + question.width + Stijl.Space.xs : x
            canvas.stroke(.line(from: Point(lineStart, firstLine), to: Point(box.maxX - inset, firstLine)),
                          Stroke(Stijl.rule, width: Stijl.hairline))
            canvas.stroke(.line(from: Point(x, firstLine + pitch), to: Point(box.maxX - inset, firstLine + pitch)),
                          Stroke(Stijl.rule, width: Stijl.hairline))
        }
    }
}
