import CCairo

/// A Pango context and the text layouts shaped in it, kept by a renderer across every document it
/// draws. A batch draws the same headings and questions on every page; shaping them (HarfBuzz) and
/// breaking them into lines was most of the cost of a page, so each distinct block of text is laid
/// out once and reused. Layouts that depend on the client (names, dates, fitted sizes) are dropped
/// again after a while, so memory stays flat however many documents a renderer draws.
///
/// One context per kind of surface (PDF, SVG, PNG at a resolution, the measuring surface of flowing
/// pages): `pango_cairo_update_context` compares the surface's font options and transform with the
/// context's, and a change would make Pango re-shape every layout of that context.
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
