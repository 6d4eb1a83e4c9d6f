import Inhoud
import Tekenaar

extension WerkbladLayout {
    /// Fixed measures of the page, in millimetres. The page is a three-column grid (the three
    /// onderwerpen) inside one margin; everything else lines up with those columns.
    enum Metrics {
        static let page = PageSize.a4
        /// Wide enough that office printers, which cannot print the outer 4–6 mm, cut nothing.
        static let margin = 13.0
        /// Top and bottom: a little tighter than the sides, still well clear of the printer's edge.
        static let verticalMargin = 12.5
        static let gutter = 5.0
        static var contentWidth: Double { page.width - 2 * margin }
        static var columnWidth: Double { (contentWidth - 2 * gutter) / 3 }
        /// Space between the page's sections.
        static let sectionGap = 4.0
        /// Inner padding of tinted panels.
        static let padding = 3.5
        /// An onderwerp card's text starts further in, so that the hanging bullets keep clear of its edge.
        static let cardTextInset = 5.0
        static var cardTextWidth: Double { columnWidth - cardTextInset - padding }
        /// The note areas are together at least this tall: a third of the page.
        static var minimumNotesHeight: Double { page.height / 3 }
        /// The personal block: a label above writing room; a value sits on the line, and a long name gets two lines.
        static let fieldValueHeight = 9.0
        static let fieldGap = 4.0
        /// Room for what the client wants to discuss: a label and a few lines.
        static let minimumTopicsHeight = 39.0
    }

    /// The styles of the werkblad: every text the client reads is at least 11 pt.
    enum Typography {
        static let title = Stijl.a4.title
        static let fieldLabel = Stijl.a4.label
        static let fieldValue = Stijl.a4.body.sized(12).withLineHeight(1.05)
        static let topicsLabel = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 11,
                                           colour: Stijl.kleuren(.centrum).text, lineHeight: 1.2)
        static let topicsText = Stijl.a4.body.sized(12).withLineHeight(1.25)
        static let sectionHeading = Stijl.a4.heading
        static let sectionNote = Stijl.a4.body.coloured(Stijl.inkSoft)
        static let themaTitle = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 11.5,
                                          colour: Stijl.kleuren(.centrum).text, lineHeight: 1.2)
        static let question = Stijl.a4.body.withLineHeight(1.28)
        static func onderwerpTitle(_ deel: Stijl.Deel) -> TextStyle {
            TextStyle(family: Stijl.headingFamily, weight: .bold, size: 14, colour: Stijl.kleuren(deel).text, lineHeight: 1.15)
        }
        static func notesLabel(_ deel: Stijl.Deel) -> TextStyle {
            TextStyle(family: Stijl.headingFamily, weight: .bold, size: 11, colour: Stijl.kleuren(deel).text, lineHeight: 1.15)
        }
        /// The smallest size fitted text may shrink to before it wraps or is cut off.
        static let minimumFittedSize = 11.0
        /// Every style a client reads as running text or a question (tests check the 11 pt floor).
        static var readingStyles: [TextStyle] {
            [fieldValue, topicsLabel, topicsText, sectionNote, themaTitle, question]
                + Stijl.Deel.allCases.flatMap { [onderwerpTitle($0), notesLabel($0)] }
        }
    }

    /// Where everything goes on the page, measured from the content. The same for every client:
    /// only the personal fields differ between pages of a batch.
    public struct Plan: Sendable {
        public var title: Rect
        /// Name, date and arbeidsdeskundige, top to bottom: each the box from its label to its line.
        public var fields: [Rect]
        /// The marked box for what the client wants to discuss.
        public var topicsBox: Rect
        /// The *Ons gesprek* panel with the four thema's.
        public var conversation: Rect
        /// The section heading above the onderwerpen, and the three onderwerp cards.
        public var onderwerpenHeading: Rect
        public var onderwerpCards: [Rect]
        /// How many of each onderwerp's questions are printed (all, unless they would crowd out the notes).
        public var questionCounts: [Int]
        /// One ruled area per onderwerp, side by side at the bottom of the page.
        public var noteAreas: [Rect]
        /// Distance between writing lines.
        public var linePitch: Double
    }

    /// The onderwerp's colour and pictogram: by id, else by position (an organisation's own ids).
    static func deel(of onderwerp: Inhoud.Onderwerp, at index: Int) -> Stijl.Deel {
        if let deel = Stijl.Deel(rawValue: onderwerp.id), deel != .centrum { return deel }
        return [Stijl.Deel.ervaringen, .behoeften, .toekomst][index % 3]
    }

    /// Measures the content and places every block. Questions that would push the notes below a
    /// third of the page are left out (from the longest list first), with a warning.
    public static func plan(_ inhoud: Inhoud, measuringOn canvas: Canvas, warnings: LayoutWarnings) throws -> Plan {
        let m = Metrics.self
        let left = m.margin, width = m.contentWidth, column = m.columnWidth
        let wide = 2 * column + m.gutter
        let right = left + wide + m.gutter

        // The top band. Left, the method: title over the Ons gesprek panel. Right, the client:
        // the personal block over the box for what they want to discuss.
        let titleHeight = try canvas.measure(inhoud.werkblad.title, style: Typography.title, width: wide, maxLines: 1).height
        let title = Rect(x: left, y: m.verticalMargin, width: wide, height: titleHeight)
        let labelHeight = try canvas.measure("Xg", style: Typography.fieldLabel).height
        var fields: [Rect] = []
        var y = m.verticalMargin
        for _ in 0..<3 {
            let field = Rect(x: right, y: y, width: column, height: labelHeight + m.fieldValueHeight)
            fields.append(field)
            y = field.maxY + m.fieldGap
        }
        let conversationTop = title.maxY + Stijl.Ruimte.s
        let conversationHeight = try conversationHeight(inhoud, width: wide, on: canvas)
        let topicsTop = fields[2].maxY + Stijl.Ruimte.s
        let bandBottom = max(conversationTop + conversationHeight, topicsTop + m.minimumTopicsHeight)
        let conversation = Rect(x: left, y: conversationTop, width: wide, height: bandBottom - conversationTop)
        let topicsBox = Rect(x: right, y: topicsTop, width: column, height: bandBottom - topicsTop)

        // The onderwerpen: heading, then three cards of equal height.
        let headingHeight = try canvas.measure(inhoud.werkblad.topicsHeading, style: Typography.sectionHeading).height
        let onderwerpenHeading = Rect(x: left, y: bandBottom + m.sectionGap, width: width, height: headingHeight)
        let cardsTop = onderwerpenHeading.maxY + Stijl.Ruimte.xs
        let cardHeader = try onderwerpHeaderHeight(inhoud, on: canvas)
        var questionHeights: [[Double]] = []
        for onderwerp in inhoud.onderwerpen {
            questionHeights.append(try onderwerp.questions.map { try questionHeight($0.text, width: m.cardTextWidth, on: canvas) })
        }
        let bottom = m.page.height - m.verticalMargin

        func listHeight(_ heights: ArraySlice<Double>) -> Double {
            heights.reduce(0, +) + Double(max(0, heights.count - 1)) * questionGap
        }
        var counts = questionHeights.map(\.count)
        func cardHeight() -> Double {
            let lists = questionHeights.indices.map { listHeight(questionHeights[$0].prefix(counts[$0])) }
            return m.padding + cardHeader + headerGap + (lists.max() ?? 0) + m.padding
        }
        func notesHeight() -> Double { bottom - (cardsTop + cardHeight() + m.sectionGap) }
        while notesHeight() < m.minimumNotesHeight {
            // Drop the last question of the longest list; keep at least one per onderwerp.
            let lists = questionHeights.indices.map { listHeight(questionHeights[$0].prefix(counts[$0])) }
            guard let longest = lists.indices.filter({ counts[$0] > 1 }).max(by: { lists[$0] < lists[$1] }) else { break }
            counts[longest] -= 1
        }
        for (index, onderwerp) in inhoud.onderwerpen.enumerated() where counts[index] < onderwerp.questions.count {
            warnings.add("werkblad: onderwerpen[\(onderwerp.id)].vragen: only \(counts[index]) of \(onderwerp.questions.count) "
                         + "questions fit above the note areas; the rest are left out")
        }
        if notesHeight() < m.minimumNotesHeight {
            warnings.add("werkblad: the questions leave less than a third of the page for notes; shorten them in the content file")
        }
        let cards = (0..<3).map { index in
            Rect(x: left + Double(index) * (column + m.gutter), y: cardsTop, width: column, height: cardHeight())
        }
        let notesTop = cards[0].maxY + m.sectionGap
        let noteAreas = (0..<3).map { index in
            Rect(x: left + Double(index) * (column + m.gutter), y: notesTop, width: column, height: bottom - notesTop)
        }
        return Plan(title: title, fields: fields, topicsBox: topicsBox, conversation: conversation,
                    onderwerpenHeading: onderwerpenHeading, onderwerpCards: cards, questionCounts: counts,
                    noteAreas: noteAreas, linePitch: Stijl.writingLinePitch)
    }

    // MARK: Measures shared by the plan and the drawing

    static let questionGap = 1.6
    /// Between a panel's heading row and its content, and between the rows of thema's.
    static let headerGap = 2.5
    static let themaQuestionGap = 0.6
    /// How far a question's bullet hangs left of its text (into the panel's padding).
    static let bulletHang = 2.0
    static let pictogramSize = 7.5

    static func questionHeight(_ text: String, width: Double, on canvas: Canvas) throws -> Double {
        try canvas.measure(text, style: Typography.question, width: width).height
    }

    /// The Ons gesprek panel is a small table: thema names in a column, their questions beside them.
    static let themaNameWidth = 24.0
    static let themaNameGap = 4.0
    static let themaRowGap = 2.6

    static func themaRowHeight(_ thema: Inhoud.Thema, questionWidth: Double, on canvas: Canvas) throws -> Double {
        let name = try canvas.measure(thema.title, style: Typography.themaTitle, width: themaNameWidth).height
        var questions = 0.0
        for question in thema.questions { questions += try questionHeight(question.text, width: questionWidth, on: canvas) }
        questions += Double(max(0, thema.questions.count - 1)) * themaQuestionGap
        return max(name, questions)
    }

    static func conversationQuestionWidth(panelWidth: Double) -> Double {
        panelWidth - 2 * Metrics.padding - themaNameWidth - themaNameGap
    }

    /// The height the Ons gesprek panel needs at `width`.
    static func conversationHeight(_ inhoud: Inhoud, width: Double, on canvas: Canvas) throws -> Double {
        let questionWidth = conversationQuestionWidth(panelWidth: width)
        var rows = 0.0
        for thema in inhoud.themas { rows += try themaRowHeight(thema, questionWidth: questionWidth, on: canvas) }
        rows += Double(max(0, inhoud.themas.count - 1)) * themaRowGap
        return Metrics.padding + (try conversationHeaderHeight(inhoud, on: canvas)) + headerGap + rows + Metrics.padding
    }

    static func conversationHeaderHeight(_ inhoud: Inhoud, on canvas: Canvas) throws -> Double {
        max(pictogramSize, try canvas.measure(inhoud.centre.title, style: Typography.sectionHeading).height)
    }

    static func onderwerpHeaderHeight(_ inhoud: Inhoud, on canvas: Canvas) throws -> Double {
        var height = pictogramSize
        for (index, onderwerp) in inhoud.onderwerpen.enumerated() {
            let style = Typography.onderwerpTitle(deel(of: onderwerp, at: index))
            height = max(height, try canvas.measure(onderwerp.title, style: style,
                                                    width: Metrics.cardTextWidth - pictogramSize - 2).height)
        }
        return height
    }
}
