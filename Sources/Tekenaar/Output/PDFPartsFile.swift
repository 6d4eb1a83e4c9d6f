import Foundation

/// One part of a long PDF: some of its pages, drawn on a surface of their own with
/// `Renderer.renderPart`, to be joined with the other parts by `PDFPartsFile`. Parts can be drawn
/// by different renderers on different threads; joined in the same order they give the same bytes.
public struct PDFPart: Sendable {
    let bytes: [UInt8]
    let figureAlternativeTexts: [String]
    /// The document's ISO 8601 creation date, written by the merger (cairo is not given it).
    let creationDate: String?
    /// How many pages the part has.
    public let pageCount: Int
}

/// A PDF file written part by part, each part joined into the file as it is appended, so that a
/// document of any length is never held whole (in memory or on one cairo surface). The result is
/// one tagged PDF: one page tree, one outline, one structure tree with a `Sect` per part.
public final class PDFPartsFile {
    private let merger: PDF.Merger
    private var finished = false

    /// Hands the PDF's bytes to `write` in order as they are made (a file, a buffer, a ZIP entry,
    /// an HTTP body); nothing is held back but what the next write needs.
    public init(write: @escaping ([UInt8]) throws -> Void) throws {
        merger = try PDF.Merger(write: write)
    }

    /// Joins the next part into the file.
    public func append(_ part: PDFPart) throws {
        do {
            try merger.append(part.bytes, figureAlternativeTexts: part.figureAlternativeTexts, creationDate: part.creationDate)
        } catch let error as PDFError {
            throw TekenaarError.pdfPostProcessing(String(describing: error))
        }
    }

    /// Writes what belongs to all parts (catalog, page tree, structure tree, outline) with the
    /// document's language, and completes the file. Nothing may be appended after this.
    public func finish(language: String) throws {
        guard !finished else { return }
        finished = true
        do {
            try merger.finish(language: language)
        } catch let error as PDFError {
            throw TekenaarError.pdfPostProcessing(String(describing: error))
        }
    }
}

extension Renderer {
    /// Draws `document` as one part of a longer PDF (see `PDFPartsFile`). Its pages must not flow
    /// onto further pages (flow pages are laid out here, within the part).
    public func renderPart(_ document: Document) throws -> PDFPart {
        var document = document
        document.pages = try paginate(document.pages, format: .pdf)
        try Self.validate(document)
        let bytes = ByteSink()
        let record = RenderRecord(keepsPlacedText: false)
        try drawPDF(document, record: record, write: ByteSink.write, closure: Unmanaged.passUnretained(bytes).toOpaque())
        return PDFPart(bytes: bytes.bytes, figureAlternativeTexts: record.figureAlternativeTexts,
                       creationDate: document.info.creationDate, pageCount: document.pages.count)
    }
}
