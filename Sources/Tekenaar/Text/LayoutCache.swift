import CCairo

/// A Pango context and the text layouts shaped in it, kept by a renderer across every document it
/// draws. A batch draws the same headings and questions on every page; shaping them (HarfBuzz) and
/// breaking them into lines was most of the cost of a page, so each distinct block of text is laid
/// out once and reused. Layouts that depend on the client (names, dates, fitted sizes) are dropped
/// again after a while, so memory stays flat however many documents a renderer draws.
///
/// One context per kind of surface (PDF, SVG, PNG at a resolution, the measuring surface of flowing
/// pages), kept in step with the surface's font options and transform (see `sync(to:)`).
final class TextContext {
    let pango: OpaquePointer

    /// Layouts used since the last rotation, and those used in the generation before it. A lookup
    /// that finds a layout in `previous` moves it to `current`, so what every document draws stays.
    private var current: [LayoutKey: TextLayout] = [:]
    private var previous: [LayoutKey: TextLayout] = [:]
    /// How many layouts a generation holds before it is rotated out.
    static let generationCapacity = 512

    init(fonts: FontLibrary) throws(TekenaarError) {
        guard let context = pango_font_map_create_context(fonts.fontMap) else {
            throw .fontSetup("Pango could not create a context")
        }
        // Unhinted metrics and unrounded positions: line breaks are then the same in PDF, SVG and PNG.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string("nl"))
        pango = context
    }

    /// Whether the surface's font options have been taken into the context.
    private var isBound = false

    /// Takes the surface's font options and the current transform into the context, as
    /// `pango_cairo_update_context` does, but only when something would change: Pango 1.50 counts
    /// every update as a change and re-shapes every layout of the context after it. Every surface
    /// of a context is of one kind, so its options are taken once; the transform only differs
    /// where text is drawn rotated or scaled (arcs, a scaled strip), and there Pango re-shapes as
    /// it did when every draw updated the context.
    func sync(to cr: OpaquePointer) {
        if isBound {
            var matrix = cairo_matrix_t()
            cairo_get_matrix(cr, &matrix)
            let current = pango_context_get_matrix(pango)?.pointee ?? PangoMatrix(xx: 1, xy: 0, yx: 0, yy: 1, x0: 0, y0: 0)
            if current.xx == matrix.xx && current.yx == matrix.yx && current.xy == matrix.xy && current.yy == matrix.yy {
                return
            }
        }
        pango_cairo_update_context(cr, pango)
        isBound = true
    }

    deinit {
        current.removeAll()
        previous.removeAll()
        g_object_unref(UnsafeMutableRawPointer(pango))
    }

    /// The layout for `key`, laid out by `make` the first time it is asked for.
    func layout(_ key: LayoutKey, make: () throws(TekenaarError) -> TextLayout) throws(TekenaarError) -> TextLayout {
        if let layout = current[key] { return layout }
        let layout: TextLayout
        if let kept = previous.removeValue(forKey: key) {
            layout = kept
        } else {
            layout = try make()
        }
        if current.count >= Self.generationCapacity {
            previous = current
            current = [:]
        }
        current[key] = layout
        return layout
    }

    /// How many layouts are kept (for tests of the bound).
    var count: Int { current.count + previous.count }
}

/// Everything a layout's shape depends on. The colour is left out: it is the cairo source when the
/// layout is drawn, not part of the layout.
struct LayoutKey: Hashable {
    var text: String
    var family: String
    var weight: FontWeight
    var italic: Bool
    var size: Double
    var alignment: TextStyle.Alignment
    var lineHeight: Double?
    var letterSpacing: Double
    var width: Double?
    var maxLines: Int?
    var markup: Bool

    init(text: String, style: TextStyle, width: Double?, maxLines: Int?, markup: Bool) {
        self.text = text
        family = style.family; weight = style.weight; italic = style.italic; size = style.size
        alignment = style.alignment; lineHeight = style.lineHeight; letterSpacing = style.letterSpacing
        self.width = width; self.maxLines = maxLines; self.markup = markup
    }
    // The text is compared and hashed by its UTF-8 bytes, which is what Pango is given: String's own
    // hashing normalises non-ASCII text (every Dutch diacritic) on each lookup, and is the slower.
    static func == (a: LayoutKey, b: LayoutKey) -> Bool {
        a.text.utf8.elementsEqual(b.text.utf8) && a.family == b.family && a.weight == b.weight && a.italic == b.italic
            && a.size == b.size && a.alignment == b.alignment && a.lineHeight == b.lineHeight
            && a.letterSpacing == b.letterSpacing && a.width == b.width && a.maxLines == b.maxLines && a.markup == b.markup
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text.utf8.count)
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { for byte in text.utf8 { hasher.combine(byte) } }
        hasher.combine(family); hasher.combine(weight); hasher.combine(italic); hasher.combine(size)
        hasher.combine(alignment); hasher.combine(lineHeight); hasher.combine(letterSpacing)
        hasher.combine(width); hasher.combine(maxLines); hasher.combine(markup)
    }
}

extension Canvas {
    /// The laid-out `text`: from the renderer's cache when the same block was laid out before.
    func textLayout(_ text: String, style: TextStyle, width: Double?, maxLines: Int?, markup: Bool) throws(TekenaarError) -> TextLayout {
        let key = LayoutKey(text: text, style: style, width: width, maxLines: maxLines, markup: markup)
        return try textContext.layout(key) { () throws(TekenaarError) -> TextLayout in
            try TextLayout(canvas: self, text: text, style: style, width: width, maxLines: maxLines, markup: markup)
        }
    }
}
