import CCairo
import Foundation

/// Where text along a circle was placed.
public struct ArcTextPlacement: Sendable, Hashable {
    /// The angle (radians) the text spans along the circle.
    public var span: Double
    /// Whether the text runs clockwise (top half) or counter-clockwise (bottom half).
    public var readsClockwise: Bool
    /// The page-space bounding box of all glyphs, in millimetres.
    public var frame: Rect
}

extension Canvas {
    /// The angle (radians) that `text` would span on a circle of `radius` mm.
    public func arcSpan(of text: String, style: TextStyle, radius: Double) throws(TekenaarError) -> Double {
        let layout = try textLayout(text, style: style, width: nil, maxLines: nil, markup: false)
        return layout.logicalExtents.width / (radius * pointsPerMillimetre)
    }

    /// Sets one line of `text` along a circle around `centre`, centred on direction `angle` (radians,
    /// 0 to the right, clockwise on the page), with the letters' cap height centred on `radius`.
    /// Text on the top half runs clockwise and text on the bottom half counter-clockwise, so both
    /// read upright from the side of the table they face. Pango shapes the line once, so kerning,
    /// ligatures and combining marks are kept; each cluster is then placed on the circle.
    @discardableResult
    public func textAlongArc(_ text: String, style: TextStyle, centre: Point, radius: Double,
                             angle: Double) throws(TekenaarError) -> ArcTextPlacement {
        let layout = try textLayout(text, style: style, width: nil, maxLines: nil, markup: false)
        let capHeight = try self.capHeight(style)
        let top = sin(angle) <= 0
        let direction: Double = top ? 1 : -1
        let r = radius * pointsPerMillimetre
        // Letters are spaced along the radius where their middle sits (not along the baseline),
        // so on a tight circle they neither crowd at the tops (bottom half) nor gape (top half).
        // The baseline sits half a cap height inside (top) or outside (bottom) the radius, so the
        // letters are centred on the circle on both halves.
        let baseline = top ? r - capHeight / 2 : r + capHeight / 2
        let cx = centre.x * pointsPerMillimetre, cy = centre.y * pointsPerMillimetre
        let lineWidth = layout.logicalExtents.width
        let metrics = layout.logicalExtents
        let ascent = layout.firstBaseline - metrics.y
        let descent = metrics.height - ascent

        guard let line = pango_layout_get_line_readonly(layout.layout, 0) else {
            return ArcTextPlacement(span: 0, readsClockwise: top, frame: Rect(x: centre.x, y: centre.y, width: 0, height: 0))
        }
        guard let textPointer = pango_layout_get_text(layout.layout) else {
            throw .fontSetup("Pango lost the text of a layout")
        }
        setSource(style.colour)
        var frame: Rect?
        var runX = 0.0
        var node = line.pointee.runs
        while let current = node {
            defer { node = current.pointee.next }
            guard let data = current.pointee.data else { continue }
            let run = data.assumingMemoryBound(to: PangoGlyphItem.self)
            guard let glyphString = run.pointee.glyphs, let font = run.pointee.item.pointee.analysis.font else { continue }
            let count = Int(glyphString.pointee.num_glyphs)
            let infos = glyphString.pointee.glyphs!
            var advances = [0.0]
            for index in 0..<count { advances.append(advances[index] + TextLayout.points(infos[index].geometry.width)) }
            let scaledFont = pango_cairo_font_get_scaled_font(OpaquePointer(font))

            var iterator = PangoGlyphItemIter()
            var more = pango_glyph_item_iter_init_start(&iterator, run, textPointer)
            while more != 0 {
                defer { more = pango_glyph_item_iter_next_cluster(&iterator) }
                let low = Int(min(iterator.start_glyph, iterator.end_glyph + (iterator.start_glyph > iterator.end_glyph ? 1 : 0)))
                let high = Int(max(iterator.start_glyph, iterator.end_glyph)) - (iterator.start_glyph < iterator.end_glyph ? 1 : 0)
                guard low <= high, high < count else { continue }
                let clusterStart = runX + advances[low], clusterEnd = runX + advances[high + 1]
                let middle = (clusterStart + clusterEnd) / 2
                let theta = angle + direction * (middle - lineWidth / 2) / r
                var glyphs: [cairo_glyph_t] = []
                for index in low...high {
                    let info = infos[index]
                    if info.glyph == PANGO_GLYPH_EMPTY || info.glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 { continue }
                    glyphs.append(cairo_glyph_t(
                        index: UInt(info.glyph),
                        x: runX + advances[index] + TextLayout.points(info.geometry.x_offset) - middle,
                        y: TextLayout.points(info.geometry.y_offset)))
                }
                cairo_save(cr)
                cairo_translate(cr, cx + baseline * cos(theta), cy + baseline * sin(theta))
                cairo_rotate(cr, top ? theta + .pi / 2 : theta - .pi / 2)
                if !glyphs.isEmpty, let scaledFont {
                    cairo_set_scaled_font(cr, scaledFont)
                    var cluster = cairo_text_cluster_t(num_bytes: Int32(iterator.end_index - iterator.start_index),
                                                       num_glyphs: Int32(glyphs.count))
                    cairo_show_text_glyphs(cr, textPointer + Int(iterator.start_index), Int32(iterator.end_index - iterator.start_index),
                                           glyphs, Int32(glyphs.count), &cluster, 1, cairo_text_cluster_flags_t(rawValue: 0))
                }
                let halfWidth = (clusterEnd - clusterStart) / 2
                let box = pageRect(ofUserRectInPoints: (-halfWidth, -ascent, 2 * halfWidth, ascent + descent))
                frame = frame.map { $0.union(box) } ?? box
                cairo_restore(cr)
            }
            runX += advances[count]
        }
        try checkStatus("setting \"\(text.prefix(40))\" along an arc")
        let placed = frame ?? Rect(x: centre.x, y: centre.y, width: 0, height: 0)
        if record.keepsPlacedText {
            record.placedText.append(PlacedText(text: layout.text, frame: placed, pageIndex: pageIndex))
        }
        return ArcTextPlacement(span: lineWidth / r, readsClockwise: top, frame: placed)
    }

    /// Cap height in points of a style, measured from the ink of "H".
    func capHeight(_ style: TextStyle) throws(TekenaarError) -> Double {
        let layout = try textLayout("H", style: style, width: nil, maxLines: nil, markup: false)
        return layout.inkExtents.height
    }
}
