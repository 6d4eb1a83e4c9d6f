import Inhoud
import Tekenaar

extension WerkbladLayout {
    /// Fixed measures of the page, in millimetres. The page is a three-column grid (the three
    /// onderwerpen) inside one margin; everything else lines up with those columns.
    enum Metrics {
        static let page = PageSize.a4
        /// Wide enough that office printers, which cannot print the outer 4–6 mm, cut nothing.
        static let margin = 12.0
        /// Top and bottom: a little tighter than the sides, still well clear of the printer's edge.
        static let verticalMargin = 12.5
        static let gutter = 4.0
        static var contentWidth: Double { page.width - 2 * margin }
        static var columnWidth: Double { (contentWidth - 2 * gutter) / 3 }
        /// Space between the page's sections.
        static let sectionGap = 4.0
        /// Inner padding of tinted panels.
        static let padding = 3.5
        /// An onderwerp card's text starts further in, so that the hanging bullets keep clear of its edge.
        static let cardTextInset = 4.5
        /// Ragged-right text may come as close to the card's right edge as the bullets are to its left one.
        static let cardTextRightInset = 2.5
        static var cardTextWidth: Double { columnWidth - cardTextInset - cardTextRightInset }
        /// The note areas on the front are at least this tall: room for six lines. (With the
        /// questions at 12 pt, a third of the page would cost half the questions; the back side has
        /// the room for longer notes.)
        static let minimumNotesHeight = 60.0
        /// The personal block: a label above room to write a value by hand or print it on one line;
        /// the name's room holds two printed lines, so that the block has the same height for every
        /// client, however long the name.
        static let fieldValueHeight = 7.0
        /// Every field's room holds two lines of this size, so that a long name can take two lines
        /// and the three fields still have one height.
        static let fieldTwoLineSize = 10.0
        /// Between a printed value's last line and the writing line under it.
        static let fieldValueClearance = 0.8
        /// Above a value of more than one line, so that it keeps clear of its label.
        static let fieldValueAir = 1.0
        static let fieldGap = 4.0
        /// The lines the name, the date and the arbeidsdeskundige may take before they are cut off
        /// (each field's room is fixed: see `fieldValueHeight`).
        static let fieldMaxLines = [2, 1, 1]
        /// How small each field's value may be set before it is cut off: a client's name should
        /// hardly ever be shortened on their own sheet, so a very long one is set smaller instead.
        static let fieldMinimumSizes = [9.5, 10, 10]
        /// Writing lines for what the client wants to discuss on a sheet without it: at least two,
        /// three when the page has room.
        static let topicsWritingLines = (minimum: 2, preferred: 3)
        /// Between the note areas and the footer line under them: enough that the footer reads as
        /// the page's foot rather than a caption of the last note area.
        static let footerGap = 4.5
    }

    /// The styles of the werkblad: every text the client reads is at least 12 pt, labels 9 pt.
    enum Typography {
        static let title = Stijl.a4.title
        /// *Gezien & Gehoord* above the title: the brand lock-up (see ``Lockup``).
        static let brand = Lockup.brandStyle(size: 12)
        static let fieldLabel = Stijl.a4.label.sized(9)
        static let fieldValue = Stijl.a4.body.sized(12).withLineHeight(1.15)
        static let topicsLabel = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 12,
                                           colour: Stijl.colours(.centre).text, lineHeight: 1.2)
        static let topicsText = Stijl.a4.body.sized(12).withLineHeight(1.25)
        /// *Ons gesprek* and *Waar praten we over?*: a step above the onderwerpen's 14 pt titles.
        static let sectionHeading = Stijl.a4.heading.sized(16)
        static let sectionNote = Stijl.a4.body.sized(12).coloured(Stijl.inkSoft)
        static let question = Stijl.a4.body.sized(12).withLineHeight(1.3)
        /// A thema's name, on its own line above its questions.
        static let themaTitle = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 12,
                                          colour: Stijl.colours(.centre).text, lineHeight: 1.15)
        static func onderwerpTitle(_ part: Stijl.Part) -> TextStyle {
            TextStyle(family: Stijl.headingFamily, weight: .bold, size: 14, colour: Stijl.colours(part).text, lineHeight: 1.15)
        }
        /// The small *Aantekeningen* above each note area's onderwerp title, like the personal block's labels.
        static let notesHeading = fieldLabel
        /// The onderwerp's own name over its note area, in its colour.
        static func notesTitle(_ part: Stijl.Part) -> TextStyle {
            TextStyle(family: Stijl.headingFamily, weight: .bold, size: 11, colour: Stijl.colours(part).text, lineHeight: 1.15)
        }
        /// The organisation's name at the foot of the page: small print, one line, so no leading.
        static let footer = Stijl.a4.small.withLineHeight(1.1)
        /// The smallest size fitted text may shrink to before it wraps or is cut off.
        static let minimumFittedSize = 11.0
        /// The line at the foot of the front that points to the back side.
        static let backSideHint = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 11,
                                            colour: Stijl.colours(.centre).text, lineHeight: 1.1)
        /// Every style a client reads as running text or a question (tests check the 11 pt floor).
        static var readingStyles: [TextStyle] {
            [fieldValue, topicsLabel, topicsText, sectionNote, themaTitle, question]
                + Stijl.Part.allCases.flatMap { [onderwerpTitle($0), notesTitle($0)] }
        }
    }

    /// Where everything goes on the page, measured from the content and the client's details. The
    /// same for every client whose topics fit the usual room (the personal fields have one height),
    /// so the pages of a batch differ only in the personal fields; a long text about what the client
    /// wants to discuss makes its own room.
    public struct Plan: Sendable {
        public var title: Rect
        /// Name, date and arbeidsdeskundige, top to bottom: each the box from its label to its line.
        public var fields: [Rect]
        /// The marked box for what the client wants to discuss.
        public var topicsBox: Rect
        /// The part of `topicsBox` under its label: the client's text, or writing lines.
        public var topicsTextBox: Rect
        /// The *Ons gesprek* panel with the four thema's.
        public var conversation: Rect
        /// The section heading above the onderwerpen, and the three onderwerp cards.
        public var onderwerpenHeading: Rect
        public var onderwerpCards: [Rect]
        /// How many of each onderwerp's questions are printed (all, unless they would crowd out the
        /// notes or the client's own words).
        public var questionCounts: [Int]
        /// One ruled area per onderwerp, side by side at the bottom of the page.
        public var noteAreas: [Rect]
        /// Distance between writing lines.
        public var linePitch: Double
        /// The organisation's name under the note areas, when it fits without taking their room.
        public var footer: Rect?
        /// The colour and pictogram of each onderwerp's card and note area, in the content's order
        /// (see ``OnderwerpColours``).
        public var onderwerpParts: [Stijl.Part]
        /// How each personal field's value is set (nil where the field is left to write on).
        var fieldValues: [FittedText?]
        /// Whether a back side follows (the foot of the front points to it).
        public var backSide: Bool
        /// How the client's words about what they want to discuss are set (nil when none were given).
        var topicsText: FittedText?
        /// Where the writing lines in the topics box go: all of it on a blank sheet, under the
        /// client's words otherwise (more comes up in the conversation).
        public var topicsWritingLines: [Double]
    }

    /// Measures the content and the client's details and places every block.
    ///
    /// The note areas always keep a third of the page. Questions that would push them below that
    /// are left out (from the longest list first), with a warning. What the client wants to discuss
    /// is the most personal part of the sheet: its box grows with the text, first into spare room,
    /// then by leaving out example questions (keeping one per onderwerp), each with a warning; only
    /// text beyond that is cut off.
    /// With `backSide`, the notes go on over the back, so the front keeps less room for them (see
    /// `Metrics.minimumNotesHeight`) and its foot points to the back.
    public static func plan(_ inhoud: Inhoud, for appointment: Appointment = Appointment(), backSide: Bool = true,
                            measuringOn canvas: Canvas, warnings: LayoutWarnings) throws -> Plan {
        let m = Metrics.self
        let left = m.margin, width = m.contentWidth, column = m.columnWidth
        let wide = 2 * column + m.gutter
        let right = left + wide + m.gutter

        // The top band. Left, the method: title over the Ons gesprek panel. Right, the client:
        // the personal block over the box for what they want to discuss.
        let lockup = Lockup(inhoud.werkblad.title)
        let brandHeight = try lockup.brand.map { try canvas.measure($0, style: Typography.brand, width: wide, maxLines: 1).height } ?? 0
        let titleHeight = brandHeight + (try canvas.measure(lockup.name, style: Typography.title, width: wide, maxLines: 1).height)
        let title = Rect(x: left, y: m.verticalMargin, width: wide, height: titleHeight)
        let personal = try personalBlock(appointment, x: right, on: canvas)
        let topicsTop = personal.fields[2].maxY + Stijl.Space.s
        let chrome = try topicsChrome(inhoud.werkblad.fieldLabels.topics, on: canvas)
        let conversationTop = title.maxY + Stijl.Space.s
        let conversationBottom = conversationTop + (try conversationHeight(inhoud, width: wide, on: canvas))

        // Below the band: the onderwerpen (heading, then three cards of equal height) and the notes.
        let onderwerpParts = OnderwerpColours(inhoud).parts
        let budget = try VerticalBudget(inhoud, parts: onderwerpParts, minimumNotes: m.minimumNotesHeight,
                                        on: canvas)
        let usual = contentBand(inhoud, conversationBottom: conversationBottom, topicsTop: topicsTop,
                                chrome: chrome, budget: budget, backSide: backSide, warnings: warnings)
        let (band, counts) = try clientBand(inhoud, appointment, usual: usual, topicsTop: topicsTop, chrome: chrome,
                                            budget: budget, on: canvas, warnings: warnings)

        let conversation = Rect(x: left, y: conversationTop, width: wide, height: band - conversationTop)
        let topicsBox = Rect(x: right, y: topicsTop, width: column, height: band - topicsTop)
        let topicsTextBox = topicsBox.inset(top: chrome.top, left: chrome.left, bottom: chrome.bottom, right: chrome.right)
        let onderwerpenHeading = Rect(x: left, y: band + m.sectionGap, width: width, height: budget.headingHeight)
        let cardsTop = onderwerpenHeading.maxY + Stijl.Space.xs
        let cards = (0..<3).map { index in
            Rect(x: left + Double(index) * (column + m.gutter), y: cardsTop, width: column, height: budget.cardHeight(counts))
        }
        let notesTop = cards[0].maxY + m.sectionGap
        let noteAreas = (0..<3).map { index in
            Rect(x: left + Double(index) * (column + m.gutter), y: notesTop, width: column,
                 height: budget.notesBottom(footer: usual.hasFooter) - notesTop)
        }
        let footer = usual.hasFooter
            ? Rect(x: left, y: budget.bottom - budget.footerHeight, width: width, height: budget.footerHeight) : nil
        var topicsText: FittedText?
        var topicsWritingLines = writingLines(in: topicsTextBox)
        if let text = appointment.topics {
            let fitted = try fit(text, style: Typography.topicsText, in: topicsTextBox, preferOneLine: false, on: canvas)
            let height = try canvas.measure(text, style: fitted.style, width: topicsTextBox.width, maxLines: fitted.maxLines).height
            topicsWritingLines = writingLines(in: Rect(x: topicsTextBox.minX, y: topicsTextBox.minY + height - 1,
                                                       width: topicsTextBox.width,
                                                       height: max(0, topicsTextBox.height - height + 1)))
            topicsText = fitted
        }
        return Plan(title: title, fields: personal.fields, topicsBox: topicsBox, topicsTextBox: topicsTextBox,
                    conversation: conversation, onderwerpenHeading: onderwerpenHeading, onderwerpCards: cards,
                    questionCounts: counts, noteAreas: noteAreas, linePitch: Stijl.writingLinePitch, footer: footer,
                    onderwerpParts: onderwerpParts, fieldValues: personal.values, backSide: backSide,
                    topicsText: topicsText, topicsWritingLines: topicsWritingLines)
    }

    /// The personal block at `x`: name, date and arbeidsdeskundige, each a label over room for the
    /// value, the same for every client (a longer value is set smaller or on the name's second line,
    /// see `fitField`).
    static func personalBlock(_ appointment: Appointment, x: Double, on canvas: Canvas) throws
        -> (fields: [Rect], values: [FittedText?]) {
        let m = Metrics.self
        let labelHeight = try canvas.measure("Xg", style: Typography.fieldLabel).height
        let values = [appointment.name, appointment.date?.dutch, appointment.expert]
        var fields: [Rect] = [], fieldValues: [FittedText?] = []
        var y = m.verticalMargin
        for (index, value) in values.enumerated() {
            let maxLines = m.fieldMaxLines[index]
            let room = try fieldValueRoom(on: canvas)
            let field = Rect(x: x, y: y, width: m.columnWidth, height: labelHeight + room)
            fields.append(field)
            fieldValues.append(try value.map {
                try fitField($0, maxLines: maxLines, minimumSize: m.fieldMinimumSizes[index], width: m.columnWidth,
                             height: room - m.fieldValueClearance, on: canvas)
            })
            y = field.maxY + m.fieldGap
        }
        return (fields, fieldValues)
    }

    /// The room under a field's label: two lines of a long name set at `fieldTwoLineSize`, and at
    /// least room to write by hand. The same for every field.
    static func fieldValueRoom(on canvas: Canvas) throws -> Double {
        let height = try canvas.measure("Xg\nXg", style: Typography.fieldValue.sized(Metrics.fieldTwoLineSize)).height
        return max(Metrics.fieldValueHeight, Metrics.fieldValueAir + height + Metrics.fieldValueClearance)
    }

    /// What the content itself needs, the same for every client: how many questions fit, where the
    /// top band usually ends, and whether the organisation's name fits at the foot.
    struct ContentBand {
        var counts: [Int]
        var usualBand: Double
        var hasFooter: Bool
    }

    /// The content's own needs: questions that would leave the notes less than a third of the page
    /// are left out (from the longest list first), with a warning; the top band ends where three
    /// writing lines for the topics fit, or two when the notes need the room.
    static func contentBand(_ inhoud: Inhoud, conversationBottom: Double, topicsTop: Double, chrome: TopicsChrome,
                            budget: VerticalBudget, backSide: Bool, warnings: LayoutWarnings) -> ContentBand {
        let m = Metrics.self
        let minimumBand = max(conversationBottom, topicsTop + chrome.boxHeight(writingLines: m.topicsWritingLines.minimum))
        var counts = budget.questionHeights.map(\.count)
        while budget.notesHeight(band: minimumBand, counts: counts, footer: backSide) < budget.minimumNotes,
              budget.dropOne(&counts) {}
        for (index, onderwerp) in inhoud.onderwerpen.enumerated() where counts[index] < onderwerp.questions.count {
            warnings.add(.werkblad, .onderwerp(onderwerp.id, .questions), "only \(counts[index]) of \(onderwerp.questions.count) "
                         + "questions fit above the note areas; the rest are left out")
        }
        if budget.notesHeight(band: minimumBand, counts: counts, footer: backSide) < budget.minimumNotes {
            warnings.add(.werkblad, nil, "the questions leave less than six lines for notes; "
                         + "shorten them in the content file")
        }
        let roomier = max(conversationBottom, topicsTop + chrome.boxHeight(writingLines: m.topicsWritingLines.preferred))
        let usualBand = budget.notesHeight(band: roomier, counts: counts, footer: backSide) >= budget.minimumNotes
            ? roomier : minimumBand
        // With a back side the foot always points to it; else the organisation's name only takes room the notes can spare.
        let hasFooter = backSide || (!inhoud.organisation.name.isEmpty
            && budget.notesHeight(band: usualBand, counts: counts, footer: true) >= budget.minimumNotes)
        return ContentBand(counts: counts, usualBand: usualBand, hasFooter: hasFooter)
    }

    /// This client's needs: a long text about what they want to discuss makes the topics box grow, into
    /// spare room first and then by leaving out example questions, each with a warning. Returns where
    /// the top band ends and how many questions each onderwerp keeps.
    static func clientBand(_ inhoud: Inhoud, _ appointment: Appointment, usual: ContentBand, topicsTop: Double,
                           chrome: TopicsChrome, budget: VerticalBudget, on canvas: Canvas,
                           warnings: LayoutWarnings) throws -> (band: Double, counts: [Int]) {
        var band = usual.usualBand, counts = usual.counts
        let needed: (full: Double, smallest: Double)
        if let topics = appointment.topics {
            needed = (try topicsTextHeight(topics, size: Typography.topicsText.size, on: canvas),
                      try topicsTextHeight(topics, size: Typography.minimumFittedSize, on: canvas))
        } else {
            let lines = writingLinesHeight(Metrics.topicsWritingLines.minimum)
            needed = (lines, lines)
        }
        guard topicsTop + chrome.top + needed.full + chrome.bottom > band else { return (band, counts) }
        let full = topicsTop + chrome.top + needed.full + chrome.bottom
        let smallest = topicsTop + chrome.top + needed.smallest + chrome.bottom
        // The box may reach down as far as the notes allow (never less than the usual band).
        func limit(_ counts: [Int]) -> Double { max(usual.usualBand, budget.lowestBand(counts: counts, footer: usual.hasFooter)) }
        var grown = counts
        // The client's own words are worth an example question (but every onderwerp keeps two, so
        // the sheet still does its job); blank writing lines are not.
        while appointment.topics != nil, smallest > limit(grown), budget.dropOne(&grown, keeping: 2) {}
        band = max(band, min(full, limit(grown)))
        for (index, onderwerp) in inhoud.onderwerpen.enumerated() where grown[index] < counts[index] {
            warnings.add(.werkblad, .onderwerp(onderwerp.id, .questions), "only \(grown[index]) of \(onderwerp.questions.count) "
                         + "questions are printed, to make room for what the client wants to discuss")
        }
        counts = grown
        return (band, counts)
    }

    // MARK: Measures shared by the plan and the drawing

    static let questionGap = 1.6
    /// Between a panel's heading row and its content, and between the rows of thema's.
    static let headerGap = 2.5
    /// None: a thema's (one-line) questions then keep the same line pitch as its name beside them.
    static let themaQuestionGap = 0.0
    /// How far a question's bullet hangs left of its text (into the panel's padding).
    static let bulletHang = 2.0
    static let pictogramSize = 7.5

    static func questionHeight(_ text: String, width: Double, on canvas: Canvas) throws -> Double {
        try canvas.measure(try questionAsSet(text, width: width, on: canvas), style: Typography.question, width: width).height
    }

    /// A question as it is set at `width`: on one line where it fits; else each of its sentences
    /// starts a line ("Wat lukt al wel? / En wat nog niet?"), and a sentence that wraps keeps its
    /// last two words together, so lines break by meaning rather than wherever the width ends.
    /// The content may mark where a long sentence breaks with a line break of its own.
    static func questionAsSet(_ text: String, width: Double, on canvas: Canvas) throws -> String {
        let oneLine = text.replacing("\n", with: " ")
        if try canvas.measure(oneLine, style: Typography.question, width: width).lineCount == 1 { return oneLine }
        return text.replacing("? ", with: "?\n").split(separator: "\n").map { keepingLastWordsTogether(String($0)) }
            .joined(separator: "\n")
    }

    /// Joins a question's last two words with an unbreakable space, so that a question that wraps never
    /// leaves one short word alone on its last line ("nodig?", "helpen?"). Only for texts of four
    /// words or more, and only when the pair is short enough to share a line with room to spare.
    static func keepingLastWordsTogether(_ text: String) -> String {
        // One pass over the scalars (this runs for every question of every werkblad): the number
        // of words, where the last space is, and how long the last two words are.
        let scalars = text.unicodeScalars
        var words = 0, lastSpace: String.Index?, lengths = (previous: 0, last: 0), inWord = false
        for index in scalars.indices {
            if scalars[index] == " " {
                lastSpace = index
                inWord = false
            } else {
                if !inWord { words += 1; lengths = (lengths.last, 0) }
                inWord = true
                lengths.last += 1
            }
        }
        guard words >= 4, inWord, let lastSpace, lengths.previous + lengths.last + 1 <= 20 else { return text }
        var joined = text
        // A space followed by a word joiner (U+2060) rather than a no-break space: the same rule for
        // line breaking, but it is drawn with the ordinary space glyph, so no extra font subset.
        joined.replaceSubrange(lastSpace...lastSpace, with: " \u{2060}")
        return joined
    }

    /// How a personal field's value is set: on one line when it fits at 12 pt or a little smaller,
    /// else on as few lines as it needs (each at the largest size from 12 pt down to `minimumSize`),
    /// up to `maxLines` and within `height`; beyond that cut off with "…".
    static func fitField(_ value: String, maxLines: Int, minimumSize: Double, width: Double, height: Double,
                         on canvas: Canvas) throws -> FittedText {
        let style = Typography.fieldValue
        let sizes = Array(stride(from: style.size, through: minimumSize, by: -0.25))
        // One line while it stays close to full size; then as few lines as it needs, as large as they fit.
        let oneLineSizes = sizes.filter { $0 >= style.size - 0.5 }
        for lines in 1...max(1, maxLines) {
            for size in lines == 1 && maxLines > 1 ? oneLineSizes : sizes {
                let metrics = try canvas.measure(value, style: style.sized(size), width: width)
                if metrics.lineCount <= lines && !metrics.overflowsWidth && metrics.height <= height + 0.01 {
                    return FittedText(style: style.sized(size), maxLines: nil, isCut: false)
                }
            }
        }
        let smallest = style.sized(minimumSize)
        var lines = max(1, maxLines)
        // A word wider than the box runs over on any line but an ellipsised last one.
        if try canvas.measure(value, style: smallest, width: width, maxLines: lines).overflowsWidth { lines = 1 }
        return FittedText(style: smallest, maxLines: lines, isCut: true)
    }

    // MARK: The box for what the client wants to discuss

    /// The box's insets around its text: the padding, the bar down its left edge, and above, the
    /// row with the pictogram and the label.
    struct TopicsChrome {
        var top, left, bottom, right: Double
        var labelRow: Double

        /// The height of a box that holds `count` writing lines.
        func boxHeight(writingLines count: Int) -> Double { top + writingLinesHeight(count) + bottom }
    }

    static let topicsIconSize = 6.0
    /// Between the label row and the text or the first writing line's room.
    static let topicsLabelGap = 1.2

    static func topicsChrome(_ label: String, on canvas: Canvas) throws -> TopicsChrome {
        let labelWidth = Metrics.columnWidth - (Metrics.padding + 2.5) - Metrics.padding - topicsIconSize - 2
        let labelHeight = try canvas.measure(keepingLastWordsTogether(label), style: Typography.topicsLabel, width: labelWidth, maxLines: 2).height
        let row = max(topicsIconSize, labelHeight)
        return TopicsChrome(top: Metrics.padding - 0.5 + row + topicsLabelGap, left: Metrics.padding + 2.5,
                            bottom: Metrics.padding, right: Metrics.padding, labelRow: row)
    }

    static var topicsTextWidth: Double { Metrics.columnWidth - (Metrics.padding + 2.5) - Metrics.padding }

    /// The height of the client's text at `size`, wrapped to the box.
    static func topicsTextHeight(_ text: String, size: Double, on canvas: Canvas) throws -> Double {
        try canvas.measure(text, style: Typography.topicsText.sized(size), width: topicsTextWidth).height + 0.01
    }

    /// The first writing line sits a little less than a line pitch under the label (the label's
    /// line box has air below it); the last may run into the box's padding by this much.
    static let firstWritingLine = Stijl.writingLinePitch - 1.5
    static let writingLineOverhang = 0.5

    /// The height of text box that holds `count` writing lines.
    static func writingLinesHeight(_ count: Int) -> Double {
        firstWritingLine + Double(max(0, count - 1)) * Stijl.writingLinePitch - writingLineOverhang
    }

    /// Where the writing lines go in the topics box's text area on a sheet without the client's text.
    static func writingLines(in textBox: Rect) -> [Double] {
        var lines: [Double] = []
        var y = textBox.minY + firstWritingLine
        while y <= textBox.maxY + writingLineOverhang + 0.001 {
            lines.append(y)
            y += Stijl.writingLinePitch
        }
        return lines
    }

    /// In the Ons gesprek panel each thema's name stands on its own line above its questions, so
    /// that the names never wrap and every question has the panel's width.
    static let themaNameGap = 0.6
    static let themaRowGap = 2.4

    static func themaRowHeight(_ thema: Inhoud.Thema, questionWidth: Double, on canvas: Canvas) throws -> Double {
        let name = try canvas.measure(thema.title, style: Typography.themaTitle, width: questionWidth, maxLines: 1).height
        var questions = 0.0
        for question in thema.questions { questions += try questionHeight(question.text, width: questionWidth, on: canvas) }
        questions += Double(max(0, thema.questions.count - 1)) * themaQuestionGap
        return name + themaNameGap + questions
    }

    /// The panel's text starts as far in as an onderwerp card's, so the bullets hang in its padding.
    static func conversationQuestionWidth(panelWidth: Double) -> Double {
        panelWidth - Metrics.cardTextInset - Metrics.cardTextRightInset
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

    static func onderwerpHeaderHeight(_ inhoud: Inhoud, parts: [Stijl.Part], on canvas: Canvas) throws -> Double {
        var height = pictogramSize
        for (onderwerp, part) in zip(inhoud.onderwerpen, parts) {
            let style = Typography.onderwerpTitle(part)
            height = max(height, try canvas.measure(onderwerp.title, style: style,
                                                    width: Metrics.cardTextWidth - pictogramSize - 2).height)
        }
        return height
    }
}
