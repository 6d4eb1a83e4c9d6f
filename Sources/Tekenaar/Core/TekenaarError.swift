import Foundation

/// Everything that can go wrong while drawing or writing a document, with messages a user can act on.
public enum TekenaarError: Error, CustomStringConvertible, Equatable {
    /// cairo reported a failure; `context` says what Tekenaar was doing.
    case cairo(status: String, context: String)
    /// Pango or fontconfig could not be set up.
    case fontSetup(String)
    /// The fonts folder holds no usable font files.
    case noFonts(directory: String)
    /// A text style asks for a face that is not among the bundled fonts.
    case fontNotBundled(requested: String, available: [String])
    /// Characters that none of the bundled fonts can draw.
    case missingGlyphs(text: String, count: Int)
    /// Text marked up for Pango whose markup does not parse.
    case invalidMarkup(text: String, reason: String)
    /// A colour that is not `#RGB`, `#RRGGBB` or `#RRGGBBAA`.
    case invalidColour(String)
    /// A PNG image that could not be read.
    case image(path: String, reason: String)
    /// An output path whose extension names no supported format.
    case unsupportedFormat(path: String)
    /// A multi-page document written to SVG or PNG needs `{p}` in its path.
    case pageNumberPlaceholderMissing(path: String, pageCount: Int)
    /// The output could not be written.
    case write(path: String, reason: String)
    /// Finishing the PDF (language, alternative texts, dates) failed.
    case pdfPostProcessing(String)
    /// A document without pages, or a page with an impossible size.
    case invalidDocument(String)
    /// A QR code that cannot be made: empty or too long text, or a box too small to scan.
    case qrCode(text: String, reason: String)

    public var description: String {
        switch self {
        case let .cairo(status, context):
            return "drawing failed while \(context): cairo says \"\(status)\""
        case let .fontSetup(message):
            return "font set-up failed: \(message)"
        case let .noFonts(directory):
            return "no font files (.ttf, .otf) found in \(directory); the bundled fonts belong in Assets/fonts"
        case let .fontNotBundled(requested, available):
            return "the font \(requested) is not bundled; bundled faces are: \(available.joined(separator: ", ")). "
                + "Add the font file to Assets/fonts or choose one of these."
        case let .missingGlyphs(text, count):
            let excerpt = text.count > 60 ? String(text.prefix(57)) + "…" : text
            return "\(count) character(s) in \"\(excerpt)\" cannot be drawn with any bundled font; "
                + "replace them or bundle a font that has them"
        case let .invalidMarkup(text, reason):
            return "the marked-up text \"\(text.prefix(60))\" does not parse: \(reason)"
        case let .invalidColour(value):
            return "\"\(value)\" is not a colour; write it as hex, for example #1F2430"
        case let .image(path, reason):
            return "cannot use the image \(path): \(reason)"
        case let .unsupportedFormat(path):
            return "cannot tell the output format of \(path): use a name ending in .pdf, .svg or .png"
        case let .pageNumberPlaceholderMissing(path, pageCount):
            return "the document has \(pageCount) pages, and SVG and PNG hold one page each: put {p} in the output "
                + "name for the page number, for example \(FileOutput.numberedSuggestion(for: path))"
        case let .write(path, reason):
            return "cannot write \(path): \(reason)"
        case let .pdfPostProcessing(message):
            return "finishing the PDF failed: \(message)"
        case let .invalidDocument(message):
            return "invalid document: \(message)"
        case let .qrCode(text, reason):
            let excerpt = text.count > 60 ? String(text.prefix(57)) + "…" : text
            return "cannot draw a QR code for \"\(excerpt)\": \(reason)"
        }
    }
}
