import Inhoud
import Tekenaar

extension BriefLayout {
    /// The second page, *Voorbereiden op ons gesprek*: a running header naming the client, the title,
    /// a short introduction, the numbered questions each with ruled lines to write on, and at the foot
    /// the keuzehulp with its address, link and QR code. The writing room per question is as generous
    /// as the page allows (two to five lines); when even two lines each do not fit, the questions
    /// continue on another page rather than losing their room.
    struct PreparationPlan {
        let pages: [Page]

        /// Writing lines per question: fewer leaves no room to write, more looks like a form.
        static let lineRange = 2...5
        /// The question's number sits in a circle left of its text.
        static let numberColumn = 9.0

        init(_ inhoud: Inhoud, appointment: Appointment, geometry: Geometry, on canvas: Canvas,
             warnings: LayoutWarnings) throws {
            let values = BriefLayout.values(inhoud, appointment)
            let preparation = inhoud.preparation
            let left = geometry.left, measure = geometry.measure, right = geometry.right
            let header = preparation.header.filled(values)
            let headerHeight = try height(of: header, style: Typography.runningHeader, width: right - left, on: canvas)
            let titleTop = geometry.top + headerHeight + Stijl.Ruimte.l
            let titleHeight = try height(of: preparation.title, style: Typography.pageTitle, width: right - left, on: canvas)
            let introTop = titleTop + titleHeight + Stijl.Ruimte.s
            let introHeight = try height(of: preparation.intro, style: Typography.body, width: measure, on: canvas)
            let questionsTop = introTop + introHeight + Stijl.Ruimte.s
            let continuationTop = geometry.top + headerHeight + Stijl.Ruimte.xl

            let tips = try TipsBlock(inhoud.keuzehulp, geometry: geometry, on: canvas)
            let textWidth = measure - Self.numberColumn
            let questionHeights = try preparation.questions.map {
                try height(of: $0.text, style: Typography.question, width: textWidth, on: canvas)
            }
            let pitch = Stijl.writingLinePitch
            func blocks(lines: Int, gap: Double = Stijl.Ruimte.s) -> [Block] {
                var blocks: [Block] = []
                for (index, question) in preparation.questions.enumerated() {
                    let textHeight = questionHeights[index]
                    let number = index + 1
                    blocks.append(Block(name: "question \(number)", spaceBefore: gap,
                                        height: textHeight + Double(lines) * pitch, isListItem: true) { canvas, top in
                        try PreparationPlan.drawQuestion(question.text, number: number, top: top, textHeight: textHeight,
                                                         lines: lines, left: left, right: right, textWidth: textWidth,
                                                         on: canvas)
                    })
                }
                // The keuzehulp sits at the foot of the last page, however much room the questions left.
                blocks.append(Block(name: "the keuzehulp", spaceBefore: Stijl.Ruimte.l, height: tips.height) { canvas, top in
                    try tips.draw(on: canvas, at: Point(left, max(top, geometry.bottom - tips.height)))
                })
                return blocks
            }
            var lines = Self.lineRange.lowerBound
            for candidate in Self.lineRange.reversed() {
                let attempt = BriefLayout.flow(blocks(lines: candidate), firstTop: questionsTop, nextTop: continuationTop,
                                               bottom: geometry.bottom)
                if attempt.pages.count == 1 { lines = candidate; break }
            }
            var flowed = BriefLayout.flow(blocks(lines: lines), firstTop: questionsTop, nextTop: continuationTop,
                                          bottom: geometry.bottom)
            // Room that is left over on a single page goes between the questions (up to a line's
            // pitch each), rather than into one gap above the keuzehulp.
            if flowed.pages.count == 1, let last = flowed.pages[0].last(where: \.block.isListItem) {
                let spare = geometry.bottom - tips.height - Stijl.Ruimte.l - (last.top + last.block.height)
                let count = Double(preparation.questions.count)
                let extra = min(max(0, spare) / count, pitch)
                if extra > 0.5 {
                    flowed = BriefLayout.flow(blocks(lines: lines, gap: Stijl.Ruimte.s + extra), firstTop: questionsTop,
                                              nextTop: continuationTop, bottom: geometry.bottom)
                }
            }
            if flowed.pages.count > 1 {
                warnings.add("brief: the \(preparation.questions.count) preparatory questions do not fit on one page with room "
                             + "to write, so they continue on another page; fewer or shorter questions under "
                             + "'voorbereiding.vragen' keep them on one page")
            }

            let title = preparation.title, intro = preparation.intro
            pages = flowed.pages.enumerated().map { index, placed in
                Page(size: geometry.page) { canvas in
                    try drawRunningHeader(header, geometry: geometry, on: canvas)
                    if index == 0 {
                        try canvas.tagged(.heading1) {
                            canvas.outline(title, at: Point(left, titleTop))
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

        /// A number in a tinted circle, the question in bold beside it, and `lines` writing lines
        /// reaching to the right edge below it (the first a full pitch below the text, so there is room
        /// for the first line of handwriting).
        static func drawQuestion(_ text: String, number: Int, top: Double, textHeight: Double, lines: Int, left: Double,
                                 right: Double, textWidth: Double, on canvas: Canvas) throws {
            let textX = left + numberColumn
            let firstBaseline = try canvas.measure(text, style: Typography.question, width: textWidth).firstBaseline
            try canvas.tagged(.listItem) {
                let diameter = 6.2
                let centre = Point(left + diameter / 2, top + firstBaseline - 1.45)
                let colours = Stijl.kleuren(.centrum)
                canvas.fill(.circle(centre: centre, radius: diameter / 2), colours.tint)
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
                let y = top + textHeight + Double(line) * Stijl.writingLinePitch
                path.append(.line(from: Point(textX, y), to: Point(right, y)))
            }
            canvas.stroke(path, Stroke(Stijl.rule, width: Stijl.hairline, cap: .butt))
        }
    }

    /// The keuzehulp at the foot of the questions page: a tinted block with the QR code on the left
    /// and, beside it, an inviting heading, the keuzehulp's name, the one sentence on what it is and
    /// for whom, its address as a clickable link, and how to open it from paper.
    struct TipsBlock {
        static let padding = 5.0
        /// 45 modules for the default address: about 0.7 mm each, easy for any phone camera.
        static let qrSide = 31.0

        let height: Double
        private let width: Double
        private let keuzehulp: Inhoud.Keuzehulp
        private let texts: [(text: String, style: TextStyle, height: Double, gap: Double, isLink: Bool)]

        init(_ keuzehulp: Inhoud.Keuzehulp, geometry: Geometry, on canvas: Canvas) throws {
            self.keuzehulp = keuzehulp
            width = geometry.right - geometry.left
            let textWidth = width - 2 * Self.padding - Self.qrSide - Stijl.Ruimte.m
            let address = try Self.addressLines(displayAddress(keuzehulp.url.absoluteString), width: textWidth, on: canvas)
            let parts: [(String, TextStyle, Double, Bool)] = [
                (keuzehulp.heading, Typography.tipsHeading, 0, false),
                (keuzehulp.title, Typography.tipsTitle, Stijl.Ruimte.xs, false),
                (keuzehulp.explanation, Typography.tipsBody, 1, false),
                (address, Typography.link, Stijl.Ruimte.xs, true),
                (keuzehulp.scanHint, Typography.hint, 1, false),
            ]
            var texts: [(text: String, style: TextStyle, height: Double, gap: Double, isLink: Bool)] = []
            for (text, style, gap, isLink) in parts {
                let height = try BriefLayout.height(of: text, style: style, width: textWidth, on: canvas)
                texts.append((text, style, height, gap, isLink))
            }
            self.texts = texts
            let textHeight = texts.reduce(0) { $0 + $1.height + $1.gap }
            height = 2 * Self.padding + max(Self.qrSide, textHeight)
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
            canvas.fill(.roundedRect(box, radius: Stijl.cornerRadius), Stijl.kleuren(.centrum).tint)
            let url = keuzehulp.url.absoluteString
            let qrBox = Rect(x: box.minX + Self.padding, y: box.minY + Self.padding, width: Self.qrSide, height: Self.qrSide)
            try canvas.link(to: url) {
                try canvas.figure(alternativeText: "QR-code: \(keuzehulp.title), \(url)") {
                    try canvas.qrCode(url, in: qrBox, colour: Stijl.ink, background: .white)
                }
            }
            let x = qrBox.maxX + Stijl.Ruimte.m
            let textWidth = box.maxX - Self.padding - x
            var y = box.minY + Self.padding
            for (index, part) in texts.enumerated() {
                y += part.gap
                if index == 0 {
                    try paragraph(part.text, style: part.style, at: Point(x, y), width: textWidth, on: canvas, tag: .heading2)
                } else if part.isLink {
                    try canvas.tagged(.paragraph) {
                        try canvas.link(to: url) {
                            try canvas.text("<u>" + Markup.escape(part.text) + "</u>", style: part.style, at: Point(x, y),
                                            width: textWidth, markup: true)
                        }
                    }
                } else {
                    try paragraph(part.text, style: part.style, at: Point(x, y), width: textWidth, on: canvas)
                }
                y += part.height
            }
        }
    }
}
