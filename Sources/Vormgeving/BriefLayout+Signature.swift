import Inhoud
import Tekenaar

extension BriefLayout {
    /// The height of a signature image: about that of a handwritten one on paper.
    static let signatureHeight = 15.0
    /// The widest a signature image is drawn; a very wide image is scaled down to this.
    static let signatureMaxWidth = 60.0
    /// Between "Met vriendelijke groet," and the signature image, and between the image and the name.
    static let signatureImageSpace = (above: 1.5, below: 1.0)

    /// "Met vriendelijke groet," and, after a small gap, the signature lines (those that are empty
    /// once filled in are left out). Who signs (the first two lines, the name in bold) stands on the
    /// left; how to reach them (the rest) in a second column beside it when both fit the text
    /// width, so the contact details sit together at the foot of the letter, where people look
    /// for them. When the staff list has a signature image for the arbeidsdeskundige, it fills the
    /// gap above the name (left-aligned, its aspect kept); an image that cannot be read leaves the
    /// usual gap for a pen, with a warning.
    static func closingBlock(_ inhoud: Inhoud, values: [Inhoud.Placeholder: String], contact: ExpertContact,
                             geometry: Geometry, on canvas: Canvas, warnings: LayoutWarnings) throws -> Block {
        let brief = inhoud.brief
        let closing = brief.closing.filled(values)
        let signature = brief.signature.map { $0.filled(values) }.filter { !$0.isEmpty }
        let left = geometry.left, measure = geometry.measure
        let closingHeight = try height(of: closing, style: Typography.body, width: measure, on: canvas)
        typealias Line = (text: String, style: TextStyle, width: Double, height: Double)
        var lines: [Line] = []
        for (index, text) in signature.enumerated() {
            let style = index == 0 ? Typography.bodyBold : Typography.body
            let width = try canvas.measure(text, style: style).width
            lines.append((text, style, width, try height(of: text, style: style, width: measure, on: canvas)))
        }
        let who = Array(lines.prefix(2)), how = Array(lines.dropFirst(2))
        let secondColumn = max((who.map(\.width).max() ?? 0) + Stijl.Space.xl, measure * 0.45)
        let howWidth = measure - secondColumn
        // Beside the name when every contact line fits there, or wraps there onto one more line at a
        // space (a long "Bereikbaar:" line): one column would make the closing three lines taller
        // and push it off a full page 1. A word wider than the column (an e-mail address never
        // breaks) puts everything in one column.
        func fitsBeside(_ line: Line) throws -> Bool {
            if line.width <= howWidth { return true }
            let words = try line.text.split(separator: " ").map { try canvas.measure(String($0), style: line.style).width }
            guard (words.max() ?? 0) <= howWidth else { return false }
            return try canvas.measure(line.text, style: line.style, width: howWidth).lineCount <= 2
        }
        let twoColumns = try !how.isEmpty && how.allSatisfy(fitsBeside)
        let columns: [(x: Double, lines: [Line])] = twoColumns
            ? [(left, who), (left + secondColumn, try how.map { line in
                (line.text, line.style, line.width, try height(of: line.text, style: line.style, width: howWidth, on: canvas))
            })]
            : [(left, lines)]
        let signatureHeight = columns.map { $0.lines.reduce(0) { $0 + $1.height } }.max() ?? 0
        let image = try signatureImage(contact, client: values[.naam], left: left, on: canvas, warnings: warnings)
        let gap = image.map { signatureImageSpace.above + $0.size.height + signatureImageSpace.below }
            ?? (signature.isEmpty ? 0 : LetterPlan.signatureGap)
        return Block(name: "the closing", spaceBefore: LetterPlan.closingSpace,
                                 height: closingHeight + gap + signatureHeight) { canvas, top in
            try paragraph(closing, style: Typography.body, at: Point(left, top), width: measure, on: canvas)
            if let image {
                let box = Rect(x: left, y: top + closingHeight + signatureImageSpace.above,
                               width: image.size.width, height: image.size.height)
                try canvas.figure(alternativeText: image.alternativeText) {
                    _ = try canvas.image(pngAt: image.path, in: box)
                }
            }
            for column in columns {
                var y = top + closingHeight + gap
                try canvas.tagged(.paragraph) {
                    for line in column.lines {
                        try canvas.text(line.text, style: line.style, at: Point(column.x, y),
                                        width: measure - (column.x - left))
                        y += line.height
                    }
                }
            }
        }
    }

    /// The arbeidsdeskundige's signature from the staff list, tried on the measuring canvas for its
    /// size at ``signatureHeight`` (so the box drawn later holds it exactly, flush left); nil without
    /// one, or after a warning when it cannot be read.
    private static func signatureImage(_ contact: ExpertContact, client: String?, left: Double, on canvas: Canvas,
                                       warnings: LayoutWarnings) throws
        -> (path: String, size: (width: Double, height: Double), alternativeText: String)? {
        let expert = contact.name
        guard let path = contact.signature?.path else { return nil }
        do {
            let placed = try canvas.image(pngAt: path, in: Rect(x: left, y: 0, width: signatureMaxWidth,
                                                                height: signatureHeight))
            return (path, (placed.width, placed.height), "Handtekening van \(expert)")
        } catch {
            warnings.add(.brief, .organisation(.staff), client: client.flatMap { $0.isEmpty ? nil : $0 },
                         "the signature of \(expert) cannot be used (\(error)); the letter leaves room to sign by hand")
            return nil
        }
    }
}
