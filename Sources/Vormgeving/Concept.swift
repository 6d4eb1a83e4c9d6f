import Tekenaar

/// A plainly set, clearly marked draft page for a material whose own layout has not been designed
/// yet: its content in reading order under a "Concept" band, so the wiring can be used and
/// checked before the design lands.
public enum ConceptLayout {
    public struct Section: Sendable {
        public var heading: String
        public var lines: [String]
        public init(heading: String, lines: [String]) { self.heading = heading; self.lines = lines }
    }

    public static func document(title: String, author: String, sections: [Section], warnings: LayoutWarnings) -> Document {
        let type = Stijl.a4
        let margin = 20.0
        let page = Page(size: .a4) { canvas in
            let band = Rect(x: 0, y: 0, width: 210, height: 14)
            canvas.fill(.rect(band), Stijl.kleuren(.behoeften).tint)
            try canvas.text("CONCEPT: deze vormgeving is nog niet definitief", style: type.label.coloured(Stijl.kleuren(.behoeften).text),
                            in: band.inset(left: margin, right: margin), vertical: .middle)
            var y = 26.0
            try canvas.tagged(.heading1) {
                y += try canvas.text(title, style: type.title, at: Point(margin, y), width: 170).height + Stijl.Ruimte.m
            }
            for section in sections {
                try canvas.tagged(.heading2) {
                    y += try canvas.text(section.heading, style: type.heading, at: Point(margin, y), width: 170).height + Stijl.Ruimte.xs
                }
                for line in section.lines {
                    try canvas.tagged(.paragraph) {
                        y += try canvas.text(line, style: type.body, at: Point(margin, y), width: 170).height + 1
                    }
                }
                y += Stijl.Ruimte.s
            }
            if y > 297 - margin { warnings.add("the draft of \"\(title)\" runs off the page") }
        }
        return Document(info: DocumentInfo(title: title, author: author, subject: "Gezien & Gehoord (concept)"), pages: [page])
    }
}
