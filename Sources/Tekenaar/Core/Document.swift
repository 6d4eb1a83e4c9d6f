/// Descriptive data written into a PDF, and the language of the document's text.
public struct DocumentInfo: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    public var creator: String
    /// ISO 8601 creation date. Fixed by default so the same input gives the same bytes;
    /// `nil` lets cairo write the current time.
    public var creationDate: String?
    /// BCP 47 language tag written as the PDF's `/Lang`.
    public var language: String

    public static let fixedCreationDate = "2026-01-01T00:00:00Z"

    public init(title: String, author: String = "", subject: String = "", keywords: [String] = [],
                creator: String = "materialen", creationDate: String? = DocumentInfo.fixedCreationDate,
                language: String = "nl-NL") {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.creationDate = creationDate; self.language = language
    }
}

/// One page: its size and the code that draws it. The same closure draws for every backend.
public struct Page {
    public var size: PageSize
    public var draw: (Canvas) throws -> Void
    /// Set by ``flow(size:paginate:)``: turns this placeholder into the pages to draw.
    let paginate: ((Canvas) throws -> [Page])?

    public init(size: PageSize, draw: @escaping (Canvas) throws -> Void) {
        self.size = size; self.draw = draw; self.paginate = nil
    }

    /// Content whose number of pages is only known once its text has been measured, such as a letter
    /// whose body may run onto a continuation page. Before drawing anything, the renderer calls
    /// `paginate` with a canvas of `size` that measures but keeps nothing, and draws the pages it
    /// returns in this page's place. Flow pages compose like pages: a batch can concatenate them.
    public static func flow(size: PageSize, paginate: @escaping (Canvas) throws -> [Page]) -> Page {
        Page(size: size, paginate: paginate)
    }

    /// The same page, calling `action` once it has been drawn (for a flow page: once its last
    /// laid-out page has been drawn). Batches count progress with it.
    public func onDrawn(_ action: @escaping () -> Void) -> Page {
        if let paginate {
            return .flow(size: size) { canvas in
                var pages = try paginate(canvas)
                if let last = pages.popLast() { pages.append(last.onDrawn(action)) }
                return pages
            }
        }
        let draw = self.draw
        return Page(size: size, draw: { canvas in
            try draw(canvas)
            action()
        })
    }

    /// `pages` laid out, with an empty page after them when their number is odd: for a file printed
    /// on both sides, where the next document must start on a new sheet.
    public static func evenCount(_ pages: [Page]) -> Page {
        .flow(size: pages.first?.size ?? .a4) { canvas in
            var laidOut: [Page] = []
            for page in pages {
                if let paginate = page.paginate { laidOut += try paginate(canvas) } else { laidOut.append(page) }
            }
            if laidOut.count % 2 == 1, let last = laidOut.last { laidOut.append(Page(size: last.size) { _ in }) }
            return laidOut
        }
    }

    private init(size: PageSize, paginate: @escaping (Canvas) throws -> [Page]) {
        self.size = size
        self.paginate = paginate
        self.draw = { _ in
            throw TekenaarError.invalidDocument("a flowing page is laid out by the renderer before it is drawn")
        }
    }
}

/// A document of one or more pages, each with its own size, ready to render to PDF, SVG or PNG.
public struct Document {
    public var info: DocumentInfo
    public var pages: [Page]

    public init(info: DocumentInfo, pages: [Page]) {
        self.info = info; self.pages = pages
    }
}

/// What the renderer learned while drawing: where text went and which figures were tagged.
final class RenderRecord {
    /// Whether `placedText` is kept: not for documents written straight to a file, whose pages
    /// may number in the thousands.
    let keepsPlacedText: Bool
    var placedText: [PlacedText] = []
    var figureAlternativeTexts: [String] = []

    init(keepsPlacedText: Bool) {
        self.keepsPlacedText = keepsPlacedText
    }
}
