import CCairo
import Foundation

/// The surface a page draws on, in millimetres from the top-left corner. The same drawing code
/// serves PDF, SVG and PNG: the renderer hands each page a canvas on the right backend.
public final class Canvas {
    /// The size of the page being drawn.
    public internal(set) var size: PageSize
    /// Zero-based index of the page being drawn.
    public internal(set) var pageIndex: Int
    /// The backend, for the rare drawing that differs (PDF-only links and tags are handled here).
    public let format: OutputFormat

    let cr: OpaquePointer
    let pango: OpaquePointer
    /// The renderer's Pango context for this kind of surface, with the layouts it keeps.
    let textContext: TextContext
    let fonts: FontLibrary
    let record: RenderRecord
    /// Device units per point: 1 for PDF and SVG, dpi/72 for PNG. Used to map back to page space.
    let deviceScale: Double
    let pdfSurface: OpaquePointer?

    init(cr: OpaquePointer, fonts: FontLibrary, textContext: TextContext, format: OutputFormat, size: PageSize,
         pageIndex: Int, record: RenderRecord, deviceScale: Double, pdfSurface: OpaquePointer?) {
        self.cr = cr; self.fonts = fonts; self.format = format; self.size = size; self.pageIndex = pageIndex
        self.record = record; self.deviceScale = deviceScale; self.pdfSurface = pdfSurface
        self.textContext = textContext
        pango = textContext.pango
        textContext.sync(to: cr)
    }

    /// Throws when cairo has entered an error state (cairo errors are sticky and silent).
    func checkStatus(_ doing: @autoclosure () -> String) throws(TekenaarError) {
        let status = cairo_status(cr)
        if status != CAIRO_STATUS_SUCCESS {
            throw .cairo(status: String(cString: cairo_status_to_string(status)), context: doing())
        }
    }

    // MARK: State and transforms

    /// Runs `body` with the graphics state (transform, clip) saved before and restored after.
    @discardableResult
    public func scoped<T>(_ body: () throws -> T) rethrows -> T {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        return try body()
    }

    public func translate(by offset: Point) {
        cairo_translate(cr, offset.x * pointsPerMillimetre, offset.y * pointsPerMillimetre)
    }

    /// Rotates by `angle` radians (clockwise on the page) around `pivot`.
    public func rotate(by angle: Double, around pivot: Point = Point(0, 0)) {
        translate(by: pivot)
        cairo_rotate(cr, angle)
        translate(by: Point(-pivot.x, -pivot.y))
    }

    /// Scales around `pivot`; negative or zero factors are a cairo error reported at the page's end.
    public func scale(by factor: Double, around pivot: Point = Point(0, 0)) {
        translate(by: pivot)
        cairo_scale(cr, factor, factor)
        translate(by: Point(-pivot.x, -pivot.y))
    }

    /// Draws `body` clipped to the inside of `path`, as one group that is painted through the clip
    /// once. For many shapes under one clip this is what a PDF should hold: cairo 1.16 repeats a
    /// clip path set with `clip(to:)` (and a box around the shape) before every shape drawn under
    /// it, which made a letter's Strip many times larger than its drawing. The group is only as large as the
    /// path's bounding box, so PNG output does not pay for a page-sized intermediate image.
    public func clipped<T>(to path: Path, _ body: () throws -> T) rethrows -> T {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        path.apply(to: cr)
        var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
        cairo_path_extents(cr, &x1, &y1, &x2, &y2)
        cairo_new_path(cr)
        cairo_rectangle(cr, x1.rounded(.down), y1.rounded(.down), (x2 - x1.rounded(.down)).rounded(.up),
                        (y2 - y1.rounded(.down)).rounded(.up))
        cairo_clip(cr)
        cairo_push_group(cr)
        let result: T
        do {
            result = try body()
        } catch {
            cairo_pattern_destroy(cairo_pop_group(cr))
            throw error
        }
        cairo_pop_group_to_source(cr)
        path.apply(to: cr)
        cairo_clip(cr)
        cairo_paint(cr)
        return result
    }

    /// Restricts later drawing (within the current scope) to the inside of `path`.
    public func clip(to path: Path) {
        path.apply(to: cr)
        cairo_clip(cr)
    }

    // MARK: Painting

    public func fill(_ path: Path, _ colour: Colour) {
        path.apply(to: cr)
        setSource(colour)
        cairo_fill(cr)
    }

    public func stroke(_ path: Path, _ stroke: Stroke) {
        path.apply(to: cr)
        apply(stroke)
        cairo_stroke(cr)
    }

    public func fill(_ path: Path, _ colour: Colour, stroke: Stroke) {
        fill(path, colour)
        self.stroke(path, stroke)
    }

    /// A filled round dot (a list bullet, a marker). Drawn as a zero-length stroke with round caps,
    /// which every PDF and SVG renderer paints as a disc: two coordinates in the file instead of the
    /// four Bézier curves of a circle, so pages with many dots stay small and fast to write.
    public func dot(at centre: Point, diameter: Double, _ colour: Colour) {
        stroke(.line(from: centre, to: centre), Stroke(colour, width: diameter, cap: .round))
    }

    func setSource(_ colour: Colour) {
        cairo_set_source_rgba(cr, colour.red, colour.green, colour.blue, colour.alpha)
    }

    private func apply(_ stroke: Stroke) {
        setSource(stroke.colour)
        cairo_set_line_width(cr, stroke.width * pointsPerMillimetre)
        let dashes = stroke.dash.map { $0 * pointsPerMillimetre }
        cairo_set_dash(cr, dashes, Int32(dashes.count), 0)
        switch stroke.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch stroke.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
    }

    // MARK: Mapping back to the page

    /// The page-space bounding box (mm) of a rectangle given in the current user space (points).
    func pageRect(ofUserRectInPoints rect: (x: Double, y: Double, w: Double, h: Double)) -> Rect {
        let corners = [(rect.x, rect.y), (rect.x + rect.w, rect.y), (rect.x, rect.y + rect.h), (rect.x + rect.w, rect.y + rect.h)]
        var xs: [Double] = [], ys: [Double] = []
        for (cx, cy) in corners {
            var x = cx, y = cy
            cairo_user_to_device(cr, &x, &y)
            xs.append(x / deviceScale / pointsPerMillimetre)
            ys.append(y / deviceScale / pointsPerMillimetre)
        }
        let minX = xs.min() ?? 0, minY = ys.min() ?? 0
        return Rect(x: minX, y: minY, width: (xs.max() ?? 0) - minX, height: (ys.max() ?? 0) - minY)
    }
}
