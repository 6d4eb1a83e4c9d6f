import CCairo
import Foundation

/// Draws documents to PDF, SVG or PNG with the bundled fonts. A renderer keeps its font set-up
/// for every document it draws (batches depend on that). It is not thread-safe: give each worker
/// its own renderer.
public final class Renderer {
    public let fonts: FontLibrary

    /// The kinds of surface that text is laid out for; each has its own Pango context (see `TextContext`).
    enum SurfaceKind: Hashable {
        case pdf, svg, png(dpi: Double), measuring
    }

    /// Whether `render` reports where each text block went (`RenderedDocument.placedText`). Tests of
    /// margins and overlaps need it; a batch that only writes files turns it off and saves the work.
    public var recordsPlacedText = true

    /// One Pango context per kind of surface, each keeping the layouts it shaped for the next document.
    private var textContexts: [SurfaceKind: TextContext] = [:]

    public init(fonts: FontLibrary) {
        self.fonts = fonts
    }

    func textContext(for kind: SurfaceKind) throws(TekenaarError) -> TextContext {
        if let context = textContexts[kind] { return context }
        let context = try TextContext(fonts: fonts)
        textContexts[kind] = context
        return context
    }

    /// A renderer with the fonts in `fontsDirectory`.
    public convenience init(fontsDirectory: String) throws(TekenaarError) {
        self.init(fonts: try FontLibrary(directory: fontsDirectory))
    }

    /// Draws every page of `document` in `format`. Errors thrown by page drawing code pass through.
    public func render(_ document: Document, as format: OutputFormat) throws -> RenderedDocument {
        var document = document
        document.pages = try paginate(document.pages, format: format)
        try Self.validate(document)
        let record = RenderRecord(keepsPlacedText: recordsPlacedText)
        let files: [Data]
        switch format {
        case .pdf:
            files = [try renderPDF(document, record: record)]
        case .svg:
            files = try document.pages.enumerated().map { index, page in
                try renderSVG(page, index: index, record: record)
            }
        case let .png(dpi):
            guard dpi >= 10, dpi <= 2400 else { throw TekenaarError.invalidDocument("a PNG resolution of \(dpi) dpi is out of range (10–2400)") }
            files = try document.pages.enumerated().map { index, page in
                try renderPNG(page, index: index, dpi: dpi, record: record)
            }
        }
        return RenderedDocument(format: format, files: files, placedText: record.placedText)
    }

    // MARK: Backends

    private func renderPDF(_ document: Document, record: RenderRecord) throws -> Data {
        let sink = ByteSink()
        try drawPDF(document, record: record, write: ByteSink.write, closure: Unmanaged.passUnretained(sink).toOpaque(),
                    beforeFinishing: { sink.finishStart = sink.bytes.count })
        let (base, tail) = try Self.compactedTail(finishStart: sink.finishStart, head: sink.bytes, language: document.info.language,
                                                  figureAlternativeTexts: record.figureAlternativeTexts,
                                                  creationDate: document.info.creationDate) { offset in
            Array(sink.bytes[offset...])
        }
        var data = Data(capacity: base + tail.count)
        data.append(contentsOf: sink.bytes[..<base])
        data.append(contentsOf: tail)
        return data
    }

    /// The post-processed end of a PDF cairo has just written: what replaces the file from `base`
    /// on. Only what cairo wrote while finishing the surface is read and rewritten (fonts, structure
    /// tree, catalog: packed into object streams); the pages before it stay as they are, so a file
    /// of a thousand pages is never held whole. When an object to change lies before `finishStart`,
    /// the whole file is read instead (`read(0)`), unless it is a dictionary in `head` (the file
    /// from its start, shared, not copied): the page objects cairo 1.16 wrote when each page was
    /// shown, which get `/Tabs`. Those are read there and written anew in the tail.
    static func compactedTail(finishStart: Int, head: [UInt8] = [], language: String, figureAlternativeTexts: [String],
                              creationDate: String?, read: (Int) throws -> [UInt8]) throws -> (base: Int, tail: [UInt8]) {
        func compacted(from base: Int) throws -> (base: Int, tail: [UInt8]) {
            (base, try PDF.PostProcessor.compacted(try read(base), base: base, head: head, language: language,
                                                   figureAlternativeTexts: figureAlternativeTexts, creationDate: creationDate))
        }
        do {
            do {
                return try compacted(from: finishStart)
            } catch PDFError.outsideWindow {
                // An object to change was written before the surface was finished: read the whole file.
                return try compacted(from: 0)
            }
        } catch let error as PDFError {
            throw TekenaarError.pdfPostProcessing(String(describing: error))
        }
    }

    /// How many pages a caller that writes a long PDF in parts (`renderPart`, `PDFPartsFile`) should
    /// draw on one cairo surface: cairo keeps the structure tree of every page of a surface until it
    /// is finished, so one surface for a thousand tagged pages would hold them all. Each part repeats
    /// the font subsets it uses (a few kilobytes per part).
    public internal(set) var partLength = 32

    /// Draws every page on a PDF surface writing through `write`, then finishes and frees the
    /// surface (so cairo's own record of the pages is gone before any post-processing).
    func drawPDF(_ document: Document, record: RenderRecord, write: cairo_write_func_t,
                         closure: UnsafeMutableRawPointer, beforeFinishing: () -> Void = {}) throws {
        let first = document.pages[0].size
        guard let surface = cairo_pdf_surface_create_for_stream(write, closure, first.widthInPoints, first.heightInPoints) else {
            throw TekenaarError.cairo(status: "no surface", context: "creating a PDF")
        }
        defer { cairo_surface_destroy(surface) }
        setMetadata(document.info, on: surface)
        guard let cr = cairo_create(surface) else { throw TekenaarError.cairo(status: "no context", context: "creating a PDF") }
        defer { cairo_destroy(cr) }
        let canvas = Canvas(cr: cr, fonts: fonts, textContext: try textContext(for: .pdf), format: .pdf, size: first,
                            pageIndex: 0, record: record, deviceScale: 1, pdfSurface: surface)
        cairo_tag_begin(cr, "Document", "")
        for (index, page) in document.pages.enumerated() {
            if index > 0 { cairo_pdf_surface_set_size(surface, page.size.widthInPoints, page.size.heightInPoints) }
            canvas.size = page.size
            canvas.pageIndex = index
            try drawPage(page, on: canvas, index: index)
            if index == document.pages.count - 1 { cairo_tag_end(cr, "Document") }
            cairo_show_page(cr)
            try canvas.checkStatus("finishing page \(index + 1)")
        }
        beforeFinishing()
        cairo_surface_finish(surface)
        try Self.checkSurface(surface, "finishing the PDF")
    }

    private func renderSVG(_ page: Page, index: Int, record: RenderRecord) throws -> Data {
        let sink = ByteSink()
        guard let surface = cairo_svg_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(),
                                                               page.size.widthInPoints, page.size.heightInPoints) else {
            throw TekenaarError.cairo(status: "no surface", context: "creating an SVG")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw TekenaarError.cairo(status: "no context", context: "creating an SVG") }
        defer { cairo_destroy(cr) }
        let canvas = Canvas(cr: cr, fonts: fonts, textContext: try textContext(for: .svg), format: .svg, size: page.size,
                            pageIndex: index, record: record, deviceScale: 1, pdfSurface: nil)
        try drawPage(page, on: canvas, index: index)
        cairo_show_page(cr)
        cairo_surface_finish(surface)
        try Self.checkSurface(surface, "finishing the SVG of page \(index + 1)")
        return Data(SVGIdentifiers.normalise(String(decoding: sink.bytes, as: UTF8.self)).utf8)
    }

    private func renderPNG(_ page: Page, index: Int, dpi: Double, record: RenderRecord) throws -> Data {
        let scale = dpi / 72
        let width = Int32((page.size.widthInPoints * scale).rounded())
        let height = Int32((page.size.heightInPoints * scale).rounded())
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height) else {
            throw TekenaarError.cairo(status: "no surface", context: "creating a PNG")
        }
        defer { cairo_surface_destroy(surface) }
        try Self.checkSurface(surface, "creating a \(width) × \(height) px image")
        guard let cr = cairo_create(surface) else { throw TekenaarError.cairo(status: "no context", context: "creating a PNG") }
        defer { cairo_destroy(cr) }
        // Paper is white: a transparent background would print as whatever the word processor shows.
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        let canvas = Canvas(cr: cr, fonts: fonts, textContext: try textContext(for: .png(dpi: dpi)), format: .png(dpi: dpi),
                            size: page.size, pageIndex: index, record: record, deviceScale: scale, pdfSurface: nil)
        try drawPage(page, on: canvas, index: index)
        cairo_surface_flush(surface)
        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw TekenaarError.cairo(status: String(cString: cairo_status_to_string(status)), context: "encoding page \(index + 1) as PNG")
        }
        do {
            return Data(try PNGResolution.addingResolution(toPNG: sink.bytes, dpi: dpi))
        } catch {
            throw TekenaarError.cairo(status: String(describing: error), context: "recording the PNG's resolution")
        }
    }

    /// Replaces every flow page (``Page/flow(size:paginate:)``) by the pages it lays out on a
    /// measuring canvas. Measurements are unhinted, so they are the same for every backend.
    func paginate(_ pages: [Page], format: OutputFormat) throws -> [Page] {
        guard pages.contains(where: { $0.paginate != nil }) else { return pages }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1) else {
            throw TekenaarError.cairo(status: "no surface", context: "measuring a flowing page")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw TekenaarError.cairo(status: "no context", context: "measuring a flowing page") }
        defer { cairo_destroy(cr) }
        var result: [Page] = []
        for page in pages {
            guard let paginate = page.paginate else { result.append(page); continue }
            let canvas = Canvas(cr: cr, fonts: fonts, textContext: try textContext(for: .measuring), format: format,
                                size: page.size, pageIndex: result.count, record: RenderRecord(keepsPlacedText: false), deviceScale: 1, pdfSurface: nil)
            let laidOut = try paginate(canvas)
            guard laidOut.allSatisfy({ $0.paginate == nil }) else {
                throw TekenaarError.invalidDocument("a flowing page may not lay out other flowing pages")
            }
            result += laidOut
        }
        return result
    }

    static func validate(_ document: Document) throws(TekenaarError) {
        guard !document.pages.isEmpty else { throw .invalidDocument("the document \"\(document.info.title)\" has no pages") }
        for (index, page) in document.pages.enumerated() where !(page.size.width > 0 && page.size.height > 0) {
            throw .invalidDocument("page \(index + 1) has the size \(page.size.width) × \(page.size.height) mm")
        }
    }

    private func drawPage(_ page: Page, on canvas: Canvas, index: Int) throws {
        cairo_save(canvas.cr)
        try page.draw(canvas)
        cairo_restore(canvas.cr)
        try canvas.checkStatus("drawing page \(index + 1)")
    }

    private func setMetadata(_ info: DocumentInfo, on surface: OpaquePointer) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, info.title)
        if !info.author.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, info.author) }
        if !info.subject.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, info.subject) }
        if !info.keywords.isEmpty {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, info.keywords.joined(separator: ", "))
        }
        if !info.creator.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, info.creator) }
        // No CREATE_DATE or MOD_DATE: cairo 1.16 writes them without the D: prefix, so the
        // post-processor writes both in place of the date cairo puts in (PDF.PostProcessor).
    }

    private static func checkSurface(_ surface: OpaquePointer, _ doing: String) throws(TekenaarError) {
        let status = cairo_surface_status(surface)
        if status != CAIRO_STATUS_SUCCESS {
            throw .cairo(status: String(cString: cairo_status_to_string(status)), context: doing)
        }
    }
}

/// Collects what cairo streams out; kept alive by the caller until the surface is finished.
final class ByteSink {
    var bytes: [UInt8]
    /// How many bytes cairo had written when the surface was about to be finished.
    var finishStart = 0

    /// `capacity`: what the whole output will probably take, so cairo's many small writes do not
    /// make the array grow (and copy itself) again and again.
    init(capacity: Int = 1 << 16) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    static let write: cairo_write_func_t = { context, data, length in
        guard let context, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(context).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}
