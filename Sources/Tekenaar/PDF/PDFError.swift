/// What was wrong with the input of the PDF post-processor or merger.
enum PDFError: Error, CustomStringConvertible, Equatable {
    /// The bytes are not a complete PDF file (no `%PDF-` header, no `startxref`/`%%EOF` at the end, …).
    case notAPDF(String)
    /// A PDF syntax error at a byte offset.
    case syntax(offset: Int, String)
    /// The cross-reference table or trailer at a byte offset is broken or points at the wrong place.
    case invalidCrossReference(offset: Int, String)
    /// A PDF feature this post-processor does not handle (incremental updates, encryption, …).
    case unsupported(String)
    /// An object that is referenced is not in the cross-reference table (or is a free entry).
    case objectNotFound(number: Int, generation: Int)
    /// An object exists but is not what its role requires (e.g. the catalog is not a dictionary).
    case unexpectedObject(String)
    /// The structure tree cannot be walked (cycle, inline structure element, missing `/S`, …).
    case invalidStructureTree(String)
    /// The number of `/Figure` structure elements differs from the number of alternative texts.
    case figureCountMismatch(figures: Int, alternativeTexts: Int)
    /// The language is not a plausible BCP 47 tag such as `nl-NL`.
    case invalidLanguage(String)
    /// The creation date to write is not an ISO 8601 date such as `2026-01-01T00:00:00Z`.
    case invalidDate(String)
    /// Data at this byte offset was needed but lies before the part of the file that was read.
    case outsideWindow(offset: Int)
    /// zlib failed to compress a stream we write, or a stream of the input could not be decoded.
    case streamData(String)

    var description: String {
        switch self {
        case .notAPDF(let reason):
            "not a complete PDF file: \(reason)"
        case .syntax(let offset, let message):
            "PDF syntax error at byte \(offset): \(message)"
        case .invalidCrossReference(let offset, let message):
            "invalid cross-reference data at byte \(offset): \(message)"
        case .unsupported(let feature):
            "unsupported PDF feature: \(feature)"
        case .objectNotFound(let number, let generation):
            "object \(number) \(generation) R is referenced but not present in the cross-reference table"
        case .unexpectedObject(let message):
            "unexpected PDF object: \(message)"
        case .invalidStructureTree(let message):
            "invalid structure tree: \(message)"
        case .figureCountMismatch(let figures, let alternativeTexts):
            "the PDF has \(figures) /Figure structure element(s) but \(alternativeTexts) alternative text(s) were given"
        case .invalidLanguage(let language):
            "invalid language tag \"\(language)\" (expected a BCP 47 tag such as \"nl-NL\")"
        case .invalidDate(let date):
            "the creation date \"\(date)\" is not an ISO 8601 date such as 2026-01-01T00:00:00Z"
        case .outsideWindow(let offset):
            "byte \(offset) lies before the part of the file that was read"
        case .streamData(let reason):
            "PDF stream data: \(reason)"
        }
    }
}
