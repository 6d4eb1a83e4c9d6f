import Inhoud
import Tekenaar

extension BriefLayout {
    /// The second page, *Voorbereiden op ons gesprek*: a running header naming the client, the title,
    /// a short introduction, the numbered questions each with ruled lines to write on, and at the foot
    /// the keuzehulp with its address, link and QR code. Every question gets at least two writing
    /// lines; the room the page has left goes to the questions that ask most (see
    /// ``writingLines(_:fits:)``), up to five lines each. When even two lines each do not fit, the
    /// questions continue on another page rather than losing their room.
    struct PreparationPlan {
        let pages: [Page]

        /// Writing lines per question: fewer leaves no room to write, more looks like a form.
        static let lineRange = 2...5
        /// 10 mm between writing lines: room for large or unsteady handwriting (the werkblad, written
        /// on by the arbeidsdeskundige at the table, keeps the kit's 8.5 mm, and so does this page
        /// when the keuzehulp leaves it too little room for two such lines per question).
        static let linePitch = 10.0
        /// Above each question more than a line's writing room, so a question reads as the start of
        /// its lines rather than the end of the previous question's.
        static let questionGap = Stijl.Space.l + 1
        /// The question's number sits in a circle left of its text.
        static let numberColumn = 9.0

        init(_ inhoud: Inhoud, appointment: Appointment, geometry: Geometry, bookmark: LetterBookmark,
             on canvas: Canvas, warnings: LayoutWarnings) throws {
            let values = BriefLayout.values(inhoud, appointment)
            let preparation = inhoud.preparation
            let left = geometry.left, measure = geometry.measure, right = geometry.right
            let header = BriefLayout.runningHeader(preparation.header, values: values, appointment: appointment, inhoud)
            let headerHeight = try height(of: header, style: Typography.runningHeader, width: geometry.runningHeaderWidth,
                                          on: canvas)
            let titleTop = geometry.top + headerHeight + Stijl.Space.l
            let titleHeight = try height(of: preparation.title, style: Typography.pageTitle, width: right - left, on: canvas)
            let introTop = titleTop + titleHeight + Stijl.Space.s
            let introHeight = try height(of: preparation.intro, style: Typography.body, width: measure, on: canvas)
            let questionsTop = introTop + introHeight + Stijl.Space.s
            let continuationTop = geometry.top + headerHeight + Stijl.Space.xl

            let tips = BriefLayout.includesKeuzehulp(inhoud, appointment)
                ? try TipsBlock(inhoud.keuzehulp, geometry: geometry, on: canvas) : nil
            let textWidth = measure - Self.numberColumn
            let questionHeights = try preparation.questions.map {
                try height(of: $0.text, style: Typography.question, width: textWidth, on: canvas)
            }
            // Generous spacing when the page holds it with two lines per question, else the kit's.
            var pitch = Self.linePitch, questionGap = Self.questionGap
            func blocks(lines: [Int], gap: Double) -> [Block] {
                var blocks: [Block] = []
                for (index, question) in preparation.questions.enumerated() {
                    let textHeight = questionHeights[index]
                    let number = index + 1
                    let count = lines[index]
                    let linePitch = pitch
                    blocks.append(Block(name: "question \(number)", spaceBefore: gap,
                                        height: textHeight + Double(count) * pitch, isListItem: true) { canvas, top in
                        try PreparationPlan.drawQuestion(question.text, number: number, top: top, textHeight: textHeight,
                                                         lines: count, pitch: linePitch, left: left, right: right,
                                                         textWidth: textWidth, on: canvas)
                    })
                }
                // The keuzehulp sits at the foot of the last page, however much room the questions left.
                if let tips {
                    blocks.append(Block(name: "the keuzehulp", spaceBefore: Stijl.Space.l, height: tips.height) { canvas, top in
                        try tips.draw(on: canvas, at: Point(left, max(top, geometry.bottom - tips.height)))
                    })
                }
                return blocks
            }
            func flow(_ lines: [Int], gap: Double? = nil) -> (pages: [[PlacedBlock]], overfull: [String]) {
                BriefLayout.flow(blocks(lines: lines, gap: gap ?? questionGap), firstTop: questionsTop,
                                 nextTop: continuationTop, bottom: geometry.bottom)
            }
            let fewest = Array(repeating: Self.lineRange.lowerBound, count: preparation.questions.count)
            if flow(fewest).pages.count > 1 {
                pitch = Stijl.writingLinePitch
                questionGap = Stijl.Space.s
            }
            let lines = Self.writingLines(preparation.questions.map(\.text)) { flow($0).pages.count == 1 }
            var flowed = flow(lines)
            // Room that is left over on a single page goes between the questions (up to a line's
            // pitch each), rather than into one gap above the keuzehulp.
            if flowed.pages.count == 1, let last = flowed.pages[0].last(where: \.block.isListItem) {
                let footing = tips.map { $0.height + Stijl.Space.l } ?? 0
                let spare = geometry.bottom - footing - (last.top + last.block.height)
                let count = Double(preparation.questions.count)
                let extra = min(max(0, spare) / count, pitch)
                if extra > 0.5 { flowed = flow(lines, gap: questionGap + extra) }
            }
            if flowed.pages.count > 1 {
                warnings.add(.brief, .preparation(.questions),
                             "the \(preparation.questions.count) preparatory questions do not fit on one page with room "
                             + "to write, so they continue on another page; fewer or shorter questions keep them on one page")
            }

            let title = preparation.title, intro = preparation.intro
            pages = flowed.pages.enumerated().map { index, placed in
                Page(size: geometry.page) { canvas in
                    try drawRunningHeader(header, geometry: geometry, on: canvas)
                    if index == 0 {
                        try canvas.tagged(.heading1) {
                            canvas.outline(title, at: Point(left, titleTop), under: bookmark.entry)
                            try canvas.text(title, style: Typography.pageTitle, at: Point(left, titleTop), width: right - left)
                        }
                        try paragraph(intro, style: Typography.body, at: Point(left, introTop), width: measure, on: canvas)
                    }
                    let questions = placed.filter(\.block.isListItem)
                    if !questions.isEmpty {
                        try canvas.tagged(.list) {
                            for item in questions { try item.block.draw(canvas, item.top) }
                        }
                    }
                    for item in placed where !item.block.isListItem { try item.block.draw(canvas, item.top) }
                }
            }
        }

        /// Writing lines per question: two each, then one more at a time while `fits` says the page
        /// still holds them, in rounds, to the questions that ask most first: a question that asks two
        /// things ("Wat lukt al wel? En wat nog niet?") before one that asks one, then the longer
        /// question, then the earlier. A quick "Hoe gaat het nu met je?" keeps two lines when the
        /// page has no room for more.
        static func writingLines(_ questions: [String], fits: ([Int]) -> Bool) -> [Int] {
            var lines = Array(repeating: lineRange.lowerBound, count: questions.count)
            guard fits(lines) else { return lines }
            let order = questions.indices.sorted { a, b in
                let asksA = questions[a].filter { $0 == "?" }.count, asksB = questions[b].filter { $0 == "?" }.count
                if asksA != asksB { return asksA > asksB }
                if questions[a].count != questions[b].count { return questions[a].count > questions[b].count }
                return a < b
            }
            for _ in lineRange.dropFirst() {
                for index in order {
                    lines[index] += 1
                    if !fits(lines) { lines[index] -= 1; return lines }
                }
            }
            return lines
        }

        /// A number in a tinted circle, the question in bold beside it, and `lines` writing lines
        /// reaching to the right edge below it (the first a full pitch below the text, so there is room
        /// for the first line of handwriting).
        static func drawQuestion(_ text: String, number: Int, top: Double, textHeight: Double, lines: Int, pitch: Double,
                                 left: Double, right: Double, textWidth: Double, on canvas: Canvas) throws {
            let textX = left + numberColumn
            let firstBaseline = try canvas.measure(text, style: Typography.question, width: textWidth).firstBaseline
            try canvas.tagged(.listItem) {
                let diameter = 6.2
                let centre = Point(left + diameter / 2, top + firstBaseline - 1.45)
                let colours = Stijl.colours(.centre)
                // As strong as the question beside it: a solid badge, the number in white.
                canvas.fill(.circle(centre: centre, radius: diameter / 2), colours.strong)
                try canvas.tagged(.label) {
                    let numberStyle = Typography.questionNumber
                    let numberHeight = try canvas.measure("\(number)", style: numberStyle).height
                    try canvas.text("\(number)", style: numberStyle,
                                    in: Rect(x: centre.x - diameter / 2, y: centre.y - numberHeight / 2, width: diameter,
                                             height: numberHeight))
                }
                try canvas.tagged(.listBody) {
                    try canvas.text(text, style: Typography.question, at: Point(textX, top), width: textWidth)
                }
            }
            var path = Path()
            for line in 1...max(1, lines) {
                let y = top + textHeight + Double(line) * pitch
                path.append(.line(from: Point(textX, y), to: Point(right, y)))
            }
            canvas.stroke(path, Stroke(Stijl.rule, width: Stijl.hairline, cap: .butt))
        }
    }

    /// The keuzehulp at the foot of the questions page: a tinted block with the QR code on the left
    /// and, beside it, an inviting heading, the keuzehulp's name, a few plain sentences on what it is
    /// and for whom, and how to open it from paper; under both, the address as a clickable link,
    /// across the block's width so that it stays on one line. Kept compact, so the questions above it
    /// get the room to write.
    struct TipsBlock {
        static let padding = Stijl.Space.s
        /// 45 modules for the default address: about 0.55 mm each, still easy for a phone camera.
        static let qrSide = 24.0

        let height: Double
        private let width: Double
        private let keuzehulp: Inhoud.Keuzehulp
        private let texts: [(text: String, style: TextStyle, height: Double, gap: Double)]
        private let address: String
        /// Where the address row starts, below the QR code and the texts beside it.
        private let addressOffset: Double

        init(_ keuzehulp: Inhoud.Keuzehulp, geometry: Geometry, on canvas: Canvas) throws {
            self.keuzehulp = keuzehulp
            width = geometry.right - geometry.left
            let textWidth = width - 2 * Self.padding - Self.qrSide - Stijl.Space.s
            let parts: [(String, TextStyle, Double)] = [
                (keuzehulp.heading, Typography.tipsHeading, 0),
                (keuzehulp.title, Typography.tipsTitle, 1),
                (keuzehulp.explanation, Typography.tipsBody, 0),
                (keuzehulp.scanHint, Typography.scanHint, 1),
            ]
            var texts: [(text: String, style: TextStyle, height: Double, gap: Double)] = []
            for (text, style, gap) in parts {
                let height = try BriefLayout.height(of: text, style: style, width: textWidth, on: canvas)
                texts.append((text, style, height, gap))
            }
            self.texts = texts
            let textHeight = texts.reduce(0) { $0 + $1.height + $1.gap }
            address = try Self.addressLines(displayAddress(keuzehulp.url.absoluteString), width: width - 2 * Self.padding,
                                            on: canvas)
            let addressHeight = try BriefLayout.height(of: address, style: Typography.link, width: width - 2 * Self.padding,
                                                       on: canvas)
            addressOffset = Self.padding + max(Self.qrSide, textHeight) + Stijl.Space.xs
            height = addressOffset + addressHeight + Self.padding
        }

        /// The address on one line, or broken after a `/` when it is wider than the column (a URL has
        /// no spaces to wrap at, and a break after a slash is where a reader expects one).
        static func addressLines(_ address: String, width: Double, on canvas: Canvas) throws -> String {
            guard try canvas.measure(address, style: Typography.link).width > width else { return address }
            var best: String.Index?
            var index = address.startIndex
            while let slash = address[index...].firstIndex(of: "/") {
                let end = address.index(after: slash)
                if try canvas.measure(String(address[..<end]), style: Typography.link).width <= width { best = end }
                index = end
            }
            guard let best else { return address }
            return String(address[..<best]) + "\n" + String(address[best...])
        }

        func draw(on canvas: Canvas, at origin: Point) throws {
            let box = Rect(x: origin.x, y: origin.y, width: width, height: height)
            canvas.fill(.roundedRect(box, radius: Stijl.cornerRadius), Stijl.colours(.centre).tint)
            let url = keuzehulp.url.absoluteString
            let qrBox = Rect(x: box.minX + Self.padding, y: box.minY + Self.padding, width: Self.qrSide, height: Self.qrSide)
            try canvas.link(to: url) {
                try canvas.figure(alternativeText: "QR-code: \(keuzehulp.title), \(url)") {
                    try canvas.qrCode(url, in: qrBox, colour: Stijl.ink, background: .white)
                }
            }
            let x = qrBox.maxX + Stijl.Space.s
            let textWidth = box.maxX - Self.padding - x
            var y = box.minY + Self.padding
            for (index, part) in texts.enumerated() {
                y += part.gap
                try paragraph(part.text, style: part.style, at: Point(x, y), width: textWidth, on: canvas,
                              tag: index == 0 ? .heading2 : .paragraph)
                y += part.height
            }
            try canvas.tagged(.paragraph) {
                try canvas.link(to: url) {
                    try canvas.text("<u>" + Markup.escape(address) + "</u>", style: Typography.link,
                                    at: Point(qrBox.minX, box.minY + addressOffset), width: box.width - 2 * Self.padding,
                                    markup: true)
                }
            }
        }
    }
}
