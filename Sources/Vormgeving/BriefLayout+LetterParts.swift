import Foundation
import Inhoud
import Tekenaar

extension BriefLayout {
    /// The organisation at the top of the letter: its logo (or its name set as a wordmark) on the
    /// left, and its address and contact details in a column that lines up with the facts block.
    /// The details run together where they fit on one line (street and town; phone and e-mail), so
    /// the letterhead stays low and the facts block below it can end level with the envelope window.
    struct Letterhead {
        private let drawing: (Canvas) throws -> Void
        /// The lowest point of the letterhead (mm), so the facts block can keep its distance.
        let bottom: Double

        /// The logo's box: about as high as the two-line wordmark it replaces, so that the facts block
        /// below the sender's column can still end level with the envelope window.
        static let logoHeight = 14.0

        init(_ organisation: Inhoud.Organisation, accent: Accent, geometry: Geometry, on canvas: Canvas,
             warnings: LayoutWarnings) throws {
            let columnX = (geometry.besideWindow?.minX ?? geometry.right - 64) + FactsBlock.textInset
            let columnWidth = geometry.right - columnX
            let top = geometry.top
            let left = geometry.left
            let logoBox = Rect(x: left, y: top, width: min(64, columnX - left - Stijl.Space.l), height: Self.logoHeight)

            // Try the logo on the measuring canvas, so an unreadable file falls back to the wordmark.
            var logo = organisation.logo?.path
            if let path = logo {
                do { try canvas.image(pngAt: path, in: logoBox) } catch {
                    warnings.add(.brief, .organisation(.logo),
                                 "the organisation's logo cannot be used (\(error)); the letterhead shows its name instead")
                    logo = nil
                }
            }

            // `parts` on one line when it fits the column, else one line each.
            func together(_ parts: [String], separator: String) throws -> [String] {
                guard parts.count > 1 else { return parts }
                let line = parts.joined(separator: separator)
                return try canvas.measure(line, style: Typography.contact).width <= columnWidth ? [line] : parts
            }
            var lines: [(text: String, style: TextStyle)] = []
            if logo != nil { lines.append((organisation.name, Typography.contactBold)) }
            lines += try together(organisation.addressLines, separator: ", ").map { ($0, Typography.contact) }
            lines += try together([organisation.phone.map(PhoneNumber.grouped), organisation.email].compactMap { $0 },
                                  separator: "  ·  ")
                .map { ($0, Typography.contact) }
            if let website = organisation.website { lines.append((displayAddress(website.absoluteString), Typography.contact)) }
            let contactLines = lines
            // A name on two lines never leaves one word alone on the second ("Arbeidsdeskundig Bureau /
            // Voorbeeld" becomes "Arbeidsdeskundig / Bureau Voorbeeld").
            let wordmarkWidth = columnX - left - Stijl.Space.l
            let name = try Self.balanced(organisation.name, style: Typography.wordmark, width: wordmarkWidth, on: canvas)
            var contactHeight = 0.0
            for line in lines {
                contactHeight += try canvas.measure(line.text, style: line.style, width: columnWidth).height
            }
            let leftHeight = logo != nil ? logoBox.height
                : Self.wordmarkOffset + (try canvas.measure(name, style: Typography.wordmark, width: wordmarkWidth).height)
            bottom = top + max(contactHeight, leftHeight)

            drawing = { canvas in
                if let logo {
                    try canvas.figure(alternativeText: "\(organisation.name) (logo)") {
                        _ = try canvas.image(pngAt: logo, in: logoBox)
                    }
                } else {
                    // A short bar in the organisation's colour above its name: the letterhead's one accent.
                    canvas.fill(.roundedRect(Rect(x: left, y: top, width: 12, height: 1.4), radius: 0.7), accent.bar)
                    try paragraph(name, style: Typography.wordmark.coloured(accent.text),
                                  at: Point(left, top + Self.wordmarkOffset),
                                  width: wordmarkWidth, on: canvas)
                }
                try canvas.tagged(.paragraph) {
                    var y = top
                    for line in contactLines {
                        let frame = try canvas.text(line.text, style: line.style, at: Point(columnX, y), width: columnWidth)
                        y = frame.maxY
                    }
                }
            }
        }

        /// `text` as it is when it fits one line at `width`; else broken into two lines at the word
        /// boundary that makes the longer line shortest, so no word is left alone on the second.
        /// A name that needs three lines or more is left to wrap by itself.
        static func balanced(_ text: String, style: TextStyle, width: Double, on canvas: Canvas) throws -> String {
            guard try canvas.measure(text, style: style, width: width).lineCount == 2 else { return text }
            let words = text.split(separator: " ").map(String.init)
            var best: (text: String, width: Double)?
            for split in 1..<words.count {
                let first = words[..<split].joined(separator: " "), second = words[split...].joined(separator: " ")
                let widest = max(try canvas.measure(first, style: style).width, try canvas.measure(second, style: style).width)
                if widest <= width, widest < best?.width ?? .infinity { best = (first + "\n" + second, widest) }
            }
            return best?.text ?? text
        }

        /// The wordmark sits this far below the top, under the accent bar.
        static let wordmarkOffset = 3.0

        func draw(on canvas: Canvas) throws { try drawing(canvas) }
    }

    /// `text` with no-break spaces that keep a street with its number ("Velperweg 10", "kamer 2.14")
    /// and a date together ("17 december 2026"), so a line breaks at the other spaces ("donderdag /
    /// 17 december 2026").
    static func numbersKeptWithWords(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count > 1 else { return text }
        var result = words[0]
        for (previous, word) in zip(words, words.dropFirst()) {
            let afterWord = previous.last.map { $0.isLetter || $0.isNumber } ?? false
            let numberAfterWord = afterWord && word.first?.isNumber == true
                && !weekdayNames.contains(previous.lowercased())
            let monthAfterDay = previous.allSatisfy(\.isNumber) && !previous.isEmpty
                && CalendarDate.dutchMonths.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters))
            result += (numberAfterWord || monthAfterDay ? "\u{00A0}" : " ") + word
        }
        return result
    }

    /// The client's name and postal address, placed in the envelope window; never outside it.
    ///
    /// In order of preference: every line on a line of its own, shrunk as a whole from 12 pt down to
    /// 9 pt (the smallest a sorting machine and a reader with poor eyesight handle well); then as few
    /// lines as possible broken, at spaces only, never inside a double-barrelled name ("Heuvel-
    /// Oosterbroek"), at the largest size that fits; and when even that does not fit, 9 pt with each
    /// line shortened by "…". Breaking and shortening are reported with the field's name, so the
    /// office can check the envelope.
    struct AddressBlock {
        private let lines: [String]
        private let style: TextStyle
        /// Set when lines had to be shortened: each is drawn alone, at this distance.
        private let cutLineHeight: Double?
        private let window: Rect

        /// Sizes are tried in steps of a quarter point.
        static let sizeStep = 0.25

        /// `window` is the part of the envelope window the address may use (below the return address).
        init(_ appointment: Appointment, window: Rect, on canvas: Canvas, warnings: LayoutWarnings) throws {
            self.window = window
            // Each line with the field it comes from and how a message names it.
            var fields: [(text: String, path: FieldPath, field: String)] = []
            if let name = appointment.name {
                fields.append((name, .client(.name), "the client's name (\(FieldPath.client(.name)))"))
            }
            for (index, line) in appointment.addressLines.enumerated() {
                fields.append((line, .client(.address), "address line \(index + 1) (\(FieldPath.client(.address)))"))
            }
            let client = appointment.name
            let full = Typography.address
            guard !fields.isEmpty else { lines = []; style = full; cutLineHeight = nil; return }

            // 1 and 2. From 12 pt down, the size that needs the fewest broken lines; for that number,
            // the largest size. Unbroken at 9 pt thus wins over broken at 12 pt.
            var best: (breaks: Int, size: Double, lines: [[String]])?
            var size = full.size
            while size >= Typography.minimumAddressSize - 0.001 {
                if let broken = try Self.broken(fields.map(\.text), style: full.sized(size), width: window.width, on: canvas),
                   try canvas.measure(broken.joined().joined(separator: "\n"), style: full.sized(size)).height
                       <= window.height + 0.01 {
                    let breaks = broken.reduce(0) { $0 + $1.count - 1 }
                    if best.map({ breaks < $0.breaks }) ?? true { best = (breaks, size, broken) }
                    if breaks == 0 { break }
                }
                size -= Self.sizeStep
            }
            if let best {
                lines = best.lines.joined().map { $0 }
                style = full.sized(best.size)
                cutLineHeight = nil
                for (field, parts) in zip(fields, best.lines) where parts.count > 1 {
                    warnings.add(.brief, field.path, client: client,
                                 "\(field.field) (\(field.text.count) characters) is too long for one line in the "
                                 + "envelope window; it is printed on \(parts.count == 2 ? "two" : "\(parts.count)") lines "
                                 + "at \(points(best.size))")
                }
                return
            }
            // 3. Nothing fits: the minimum size, one line per field, long ones shortened.
            let smallest = full.sized(Typography.minimumAddressSize)
            let lineHeight = try canvas.measure("Xg\nXg", style: smallest).height / 2
            let capacity = max(1, Int((window.height + 0.01) / lineHeight))
            if fields.count > capacity {
                let rest = fields.dropFirst(capacity - 1)
                warnings.add(.brief, .client(.address), client: client,
                             "the address has \(fields.count) lines and the envelope window holds \(capacity); "
                             + rest.map(\.field).joined(separator: ", ") + " share the last line")
                fields = Array(fields.prefix(capacity - 1))
                    + [(rest.map(\.text).joined(separator: ", "), .client(.address), rest.map(\.field).joined(separator: " and "))]
            }
            for field in fields where try canvas.measure(field.text, style: smallest).width > window.width {
                warnings.add(.brief, field.path, client: client,
                             "\(field.field) (\(field.text.count) characters) is too long for the envelope "
                             + "window even at \(points(smallest.size)); it is shortened with \"…\"")
            }
            lines = fields.map(\.text)
            style = smallest
            cutLineHeight = lineHeight
        }

        /// Each of `texts` as the lines it takes at `width`: whole when it fits, else broken at spaces
        /// (as many words on a line as fit). `nil` when a single word is wider than `width`.
        static func broken(_ texts: [String], style: TextStyle, width: Double, on canvas: Canvas) throws -> [[String]]? {
            var result: [[String]] = []
            for text in texts {
                if try canvas.measure(text, style: style).width <= width { result.append([text]); continue }
                let words = text.split(separator: " ").map(String.init)
                var lines: [String] = []
                var current = ""
                for word in words {
                    let candidate = current.isEmpty ? word : current + " " + word
                    if try canvas.measure(candidate, style: style).width <= width {
                        current = candidate
                    } else {
                        guard !current.isEmpty else { return nil }
                        lines.append(current)
                        current = word
                        if try canvas.measure(word, style: style).width > width { return nil }
                    }
                }
                if !current.isEmpty { lines.append(current) }
                result.append(lines)
            }
            return result
        }

        func draw(on canvas: Canvas) throws {
            guard !lines.isEmpty else { return }
            try canvas.tagged(.paragraph) {
                guard let cutLineHeight else {
                    // Already broken where it may be: no width, so nothing breaks again.
                    try canvas.text(lines.joined(separator: "\n"), style: style, at: Point(window.minX, window.minY))
                    return
                }
                for (index, line) in lines.enumerated() {
                    try canvas.text(line, style: style, at: Point(window.minX, window.minY + Double(index) * cutLineHeight),
                                    width: window.width, maxLines: 1)
                }
            }
        }
    }

    /// "12 pt", "10.5 pt".
    static func points(_ size: Double) -> String {
        size == size.rounded() ? "\(Int(size)) pt" : "\((size * 10).rounded() / 10) pt"
    }

    /// *Je afspraak*: the appointment's facts as label and value rows in a tinted block with an
    /// accent bar, like the Werkblad's marked box, so a reader who scans finds day, time and place
    /// at once.
    struct FactsBlock {
        /// Where text starts inside the block, from its left edge (after the accent bar).
        static let textInset = 5.5
        /// Right of the text (the left has ``textInset``).
        static let padding = 3.5
        static let verticalPadding = 4.0
        static let bar = 1.6

        let height: Double
        let width: Double
        private let title: String
        private let titleHeight: Double
        private let rows: [(label: String, value: String, labelOffset: Double, height: Double)]
        private let labelColumn: Double
        private let accent: Accent

        init(_ facts: Inhoud.Brief.AppointmentFacts, values: [Inhoud.Placeholder: String], width: Double,
             accent: Accent, on canvas: Canvas) throws {
            self.width = width
            self.accent = accent
            title = facts.title
            let inner = width - Self.textInset - Self.padding
            titleHeight = try canvas.measure(facts.title, style: Typography.factsTitle, width: inner).height
            let filled = facts.rows.map { (label: $0.label, value: BriefLayout.numbersKeptWithWords($0.value.filled(values))) }
                .filter { !$0.value.isEmpty }
            // One label column in every letter, so the values start at the same place in a batch.
            var labels = min(Self.labelColumn, inner * 0.4)
            // The first row (the date with its weekday) is what people check first: it stays on one line
            // when the labels can give way, each on two lines at most ("Neem / mee") but no word broken.
            if let first = filled.first {
                let needed = try canvas.measure(first.value, style: Typography.factsValue).width + 0.5
                if inner - labels < needed {
                    let longestWord = try filled.flatMap { $0.label.split(separator: " ") }
                        .map { try canvas.measure(String($0), style: Typography.factsLabel).width }.max() ?? 0
                    labels = max(longestWord + Self.labelGap, inner - needed)
                }
            }
            labelColumn = labels
            var rows: [(label: String, value: String, labelOffset: Double, height: Double)] = []
            for row in filled {
                let value = try canvas.measure(row.value, style: Typography.factsValue, width: inner - labelColumn)
                let label = try canvas.measure(row.label, style: Typography.factsLabel, width: labelColumn - Self.labelGap + 0.1)
                // Label and value share their first baseline.
                let offset = value.firstBaseline - label.firstBaseline
                rows.append((row.label, row.value, offset, max(value.height, offset + label.height)))
            }
            self.rows = rows
            let rowsHeight = rows.reduce(0) { $0 + $1.height } + Double(max(0, rows.count - 1)) * Self.rowGap
            height = Self.verticalPadding + titleHeight + Stijl.Space.xs + rowsHeight + Self.verticalPadding
        }

        /// Between a label and its value, so "Met wie" never reads into the name after it.
        static let labelGap = 3.0
        /// The labels' column: "Ook erbij" on one line with its gap; a longer label takes two lines.
        static let labelColumn = 18.0

        /// Between rows: a hair more than between the lines of one value, enough to tell the rows apart.
        static let rowGap = 0.4

        func draw(on canvas: Canvas, at origin: Point) throws {
            let box = Rect(x: origin.x, y: origin.y, width: width, height: height)
            let colours = Stijl.colours(.centre)
            canvas.fill(.roundedRect(box, radius: Stijl.cornerRadius), colours.tint)
            canvas.fill(.roundedRect(Rect(x: box.minX, y: box.minY, width: Self.bar, height: box.height), radius: Self.bar / 2),
                        accent.bar)
            let x = box.minX + Self.textInset
            let inner = width - Self.textInset - Self.padding
            var y = box.minY + Self.verticalPadding
            try paragraph(title, style: Typography.factsTitle, at: Point(x, y), width: inner, on: canvas, tag: .heading2)
            y += titleHeight + Stijl.Space.xs
            try canvas.tagged(.list) {
                for row in rows {
                    try canvas.tagged(.listItem) {
                        try canvas.tagged(.label) {
                            try canvas.text(row.label, style: Typography.factsLabel, at: Point(x, y + row.labelOffset),
                                            width: labelColumn - Self.labelGap + 0.1)
                        }
                        try canvas.tagged(.listBody) {
                            try canvas.text(row.value, style: Typography.factsValue, at: Point(x + labelColumn, y),
                                            width: inner - labelColumn)
                        }
                    }
                    y += row.height + Self.rowGap
                }
            }
        }
    }
}
