import CCairo

/// One Pango layout, owned here and freed with this object.
final class TextLayout {
    let layout: OpaquePointer
    private(set) var text: String

    init(canvas: Canvas, text: String, style: TextStyle, width: Double?, maxLines: Int?, markup: Bool) throws(TekenaarError) {
        try canvas.fonts.verify(style, context: canvas.pango)
        guard let layout = pango_layout_new(canvas.pango) else { throw .fontSetup("Pango could not create a layout") }
        self.layout = layout
        self.text = text
        let description = style.fontDescription()
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        var attributes = pango_attr_list_new()
        var plain = text
        if markup {
            var parsed: OpaquePointer?
            var parsedText: UnsafeMutablePointer<CChar>?
            var error: UnsafeMutablePointer<GError>?
            guard pango_parse_markup(text, -1, 0, &parsed, &parsedText, nil, &error) != 0, let parsed, let parsedText else {
                let reason = error.map { String(cString: $0.pointee.message) } ?? "unknown reason"
                if let error { g_error_free(error) }
                pango_attr_list_unref(attributes)
                throw .invalidMarkup(text: text, reason: reason)
            }
            plain = String(cString: parsedText)
            g_free(parsedText)
            pango_attr_list_unref(attributes)
            attributes = parsed
        }
        self.text = plain
        pango_layout_set_text(layout, plain, -1)
        if let width {
            pango_layout_set_width(layout, Self.units(width * pointsPerMillimetre))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        }
        switch style.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .centre: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        if let maxLines, width != nil {
            pango_layout_set_height(layout, -Int32(max(1, maxLines)))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        }
        if let lineHeight = style.lineHeight {
            pango_attr_list_insert(attributes, pango_attr_line_height_new_absolute(Self.units(lineHeight * style.size)))
        }
        // Every letter keeps its own shape (no fi, ft, ti ligatures): readers who spell a word out
        // letter by letter see each letter, text extracts letter by letter, and cairo 1.16 needs no
        // extra CID font subset per face for ligature glyphs (smaller, faster PDFs).
        pango_attr_list_insert(attributes, pango_attr_font_features_new(Self.withoutLigatures))
        if style.letterSpacing != 0 {
            pango_attr_list_insert(attributes, pango_attr_letter_spacing_new(Self.units(style.letterSpacing)))
        }
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        let unknown = pango_layout_get_unknown_glyphs_count(layout)
        if unknown > 0 { throw .missingGlyphs(text: text, count: Int(unknown)) }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    private static let withoutLigatures = "liga 0, clig 0"

    static func units(_ points: Double) -> Int32 { Int32((points * Double(PANGO_SCALE)).rounded()) }
    static func points(_ units: Int32) -> Double { Double(units) / Double(PANGO_SCALE) }

    /// What the drawing code asks of a layout, read from Pango once per shaping: a kept layout is
    /// asked again on every page. Pango re-shapes a layout when its context changes (another
    /// transform or surface), so the figures are read again when the context's serial moves on.
    private struct Figures {
        var serial: UInt32
        var logical: PangoRectangle
        var baseline: Int32
        var lineCount: Int32
        var isEllipsized: Bool
    }
    private var figures: Figures?

    private var currentFigures: Figures {
        let serial = pango_context_get_serial(pango_layout_get_context(layout))
        if let figures, figures.serial == serial { return figures }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let fresh = Figures(serial: serial, logical: logical, baseline: pango_layout_get_baseline(layout),
                            lineCount: pango_layout_get_line_count(layout),
                            isEllipsized: pango_layout_is_ellipsized(layout) != 0)
        figures = fresh
        return fresh
    }

    /// Logical extents in points, relative to the layout's top-left.
    var logicalExtents: (x: Double, y: Double, width: Double, height: Double) {
        let logical = currentFigures.logical
        return (Self.points(logical.x), Self.points(logical.y), Self.points(logical.width), Self.points(logical.height))
    }

    /// Ink extents in points, relative to the layout's top-left.
    var inkExtents: (x: Double, y: Double, width: Double, height: Double) {
        var ink = PangoRectangle()
        pango_layout_get_extents(layout, &ink, nil)
        return (Self.points(ink.x), Self.points(ink.y), Self.points(ink.width), Self.points(ink.height))
    }

    var firstBaseline: Double { Self.points(currentFigures.baseline) }
    var lineCount: Int { Int(currentFigures.lineCount) }
    var isEllipsized: Bool { currentFigures.isEllipsized }
    /// Whether the wrapped text breaks all lines at spaces: a word longer than the width overflows instead.
    func overflowsWidth(_ width: Double?) -> Bool {
        guard let width else { return false }
        return logicalExtents.width > width * pointsPerMillimetre + 0.01
    }
}
