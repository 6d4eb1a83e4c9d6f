import CCairo
import Foundation

extension Canvas {
    /// Draws the PNG file at `path` as large as fits inside `box`, keeping its aspect ratio,
    /// centred. Returns the rectangle the image occupies (mm).
    @discardableResult
    public func image(pngAt path: String, in box: Rect) throws(TekenaarError) -> Rect {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .image(path: path, reason: "the file does not exist or cannot be read")
        }
        guard let surface = cairo_image_surface_create_from_png(path) else {
            throw .image(path: path, reason: "cairo could not open it")
        }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .image(path: path, reason: String(cString: cairo_status_to_string(status)) + " (is it a PNG file?)")
        }
        let pixelWidth = Double(cairo_image_surface_get_width(surface))
        let pixelHeight = Double(cairo_image_surface_get_height(surface))
        guard pixelWidth > 0, pixelHeight > 0 else { throw .image(path: path, reason: "the image is empty") }
        let scale = min(box.width / pixelWidth, box.height / pixelHeight)
        let placed = Rect(x: box.midX - pixelWidth * scale / 2, y: box.midY - pixelHeight * scale / 2,
                          width: pixelWidth * scale, height: pixelHeight * scale)
        cairo_save(cr)
        cairo_translate(cr, placed.x * pointsPerMillimetre, placed.y * pointsPerMillimetre)
        cairo_scale(cr, scale * pointsPerMillimetre, scale * pointsPerMillimetre)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_rectangle(cr, 0, 0, pixelWidth, pixelHeight)
        cairo_fill(cr)
        cairo_restore(cr)
        try checkStatus("drawing the image \(path)")
        return placed
    }
}
