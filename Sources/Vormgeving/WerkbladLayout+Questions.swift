import Inhoud
import Tekenaar

extension WerkbladLayout {
    /// *Ons gesprek*: how the conversation is experienced; the four thema's with their questions.
    static func drawConversation(_ inhoud: Inhoud, plan: Plan, on canvas: Canvas) throws {
        let colours = Stijl.colours(.centre)
        let panel = plan.conversation
        canvas.fill(.roundedRect(panel, radius: Stijl.cornerRadius), colours.tint)
        let inner = panel.inset(top: Metrics.padding, left: Metrics.cardTextInset, bottom: Metrics.padding,
                                right: Metrics.cardTextRightInset)
        let headerHeight = try conversationHeaderHeight(inhoud, on: canvas)
        try drawSectionHeader(title: inhoud.centre.title, note: inhoud.werkblad.conversationHeading, part: .centre,
                              in: Rect(x: inner.minX, y: inner.minY, width: inner.width, height: headerHeight), on: canvas)
        let width = conversationQuestionWidth(panelWidth: panel.width)
        // When the client's box beside the panel is the taller, share the extra height out around
        // the rows (half a share above the first and below the last) rather than leaving it empty
        // at the bottom.
        let extra = max(0, panel.height - (try conversationHeight(inhoud, width: panel.width, on: canvas)))
        let spread = extra / Double(max(1, inhoud.themas.count))
        var y = inner.minY + headerHeight + headerGap + spread / 2
        for thema in inhoud.themas {
            let rowHeight = try themaRowHeight(thema, questionWidth: width, on: canvas)
            try canvas.tagged(.section) {
                let name = try canvas.tagged(.heading3) {
                    try canvas.text(thema.title, style: Typography.themaTitle, at: Point(inner.minX, y), width: width, maxLines: 1)
                }
                try drawQuestions(thema.questions.map(\.text), at: Point(inner.minX, name.maxY + themaNameGap), width: width,
                                  gap: themaQuestionGap, bullet: colours.strong, on: canvas)
            }
            y += rowHeight + themaRowGap + spread
        }
    }

    /// The three onderwerpen side by side, each on its tint with its pictogram and questions.
    static func drawOnderwerpen(_ inhoud: Inhoud, plan: Plan, on canvas: Canvas) throws {
        try canvas.tagged(.heading2) {
            try canvas.text(inhoud.werkblad.topicsHeading, style: Typography.sectionHeading, in: plan.onderwerpenHeading)
        }
        let headerHeight = try onderwerpHeaderHeight(inhoud, parts: plan.onderwerpParts, on: canvas)
        for (index, onderwerp) in inhoud.onderwerpen.enumerated() {
            let part = plan.onderwerpParts[index]
            let colours = Stijl.colours(part)
            let card = plan.onderwerpCards[index]
            canvas.fill(.roundedRect(card, radius: Stijl.cornerRadius), colours.tint)
            let inner = card.inset(top: Metrics.padding, left: Metrics.cardTextInset, bottom: Metrics.padding,
                                   right: Metrics.cardTextRightInset)
            try canvas.tagged(.section) {
                try drawSectionHeader(title: onderwerp.title, note: nil, part: part,
                                      in: Rect(x: inner.minX, y: inner.minY, width: inner.width, height: headerHeight),
                                      titleStyle: Typography.onderwerpTitle(part), on: canvas)
                let questions = onderwerp.questions.prefix(plan.questionCounts[index]).map(\.text)
                try drawQuestions(questions, at: Point(inner.minX, inner.minY + headerHeight + headerGap),
                                  width: inner.width, gap: questionGap, bullet: colours.strong, on: canvas)
            }
        }
    }

    /// A pictogram followed by a heading (and, for *Ons gesprek*, a quieter note on the same baseline).
    static func drawSectionHeader(title: String, note: String?, part: Stijl.Part, in row: Rect,
                                  titleStyle: TextStyle = Typography.sectionHeading, on canvas: Canvas) throws {
        let colours = Stijl.colours(part)
        canvas.figure(alternativeText: title) {
            Pictogram.draw(part, on: canvas, in: Rect(x: row.minX, y: row.midY - pictogramSize / 2,
                                                      width: pictogramSize, height: pictogramSize), colour: colours.strong)
        }
        let textX = row.minX + pictogramSize + 2
        let titleBox = Rect(x: textX, y: row.minY, width: row.maxX - textX, height: row.height)
        let titleFrame = try canvas.tagged(.heading2) {
            try canvas.text(title, style: titleStyle, in: titleBox, vertical: .middle)
        }
        guard let note else { return }
        // Share the heading's baseline.
        let titleMetrics = try canvas.measure(title, style: titleStyle, width: titleBox.width)
        let noteMetrics = try canvas.measure(note, style: Typography.sectionNote)
        let baseline = titleFrame.minY + titleMetrics.firstBaseline
        let noteX = titleFrame.minX + titleMetrics.width + Stijl.Space.s
        try canvas.tagged(.paragraph) {
            try canvas.text(note, style: Typography.sectionNote, at: Point(noteX, baseline - noteMetrics.firstBaseline),
                            width: max(10, row.maxX - noteX))
        }
    }

    /// Questions as a list with small round bullets and a hanging indent. Returns the height used.
    @discardableResult
    static func drawQuestions(_ questions: [String], at origin: Point, width: Double, gap: Double, bullet: Colour,
                              on canvas: Canvas) throws -> Double {
        var y = origin.y
        try canvas.tagged(.list) {
            for (index, question) in questions.enumerated() {
                if index > 0 { y += gap }
                try canvas.tagged(.listItem) {
                    let question = try questionAsSet(question, width: width, on: canvas)
                    let metrics = try canvas.measure(question, style: Typography.question, width: width)
                    // The bullet hangs in the padding left of the text, on the middle of the first line's
                    // x-height, so questions align with their heading and keep the full width.
                    let xHeight = Typography.question.size * 0.5 * 25.4 / 72
                    canvas.dot(at: Point(origin.x - bulletHang, y + metrics.firstBaseline - xHeight / 2), diameter: 1.5, bullet)
                    let frame = try canvas.tagged(.listBody) {
                        try canvas.text(question, style: Typography.question, at: Point(origin.x, y), width: width)
                    }
                    y += frame.height
                }
            }
        }
        return y - origin.y
    }
}
