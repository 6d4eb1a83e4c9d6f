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

    public init(size: PageSize, draw: @escaping (Canvas) throws -> Void) {
        self.size = size; self.draw = draw
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
    var placedText: [PlacedText] = []
    var figureAlternativeTexts: [String] = []
}
