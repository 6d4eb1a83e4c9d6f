import CCairo

/// One line of a wrapped text: the part of the text it shows and where it lies in the text's block.
public struct TextLine: Sendable, Hashable {
    /// The line's characters in the text, with the space it broke at: set on
    /// their own at the same width, lines `i…j` break exactly where they did (Pango breaks lines
    /// greedily, one after the other).
    public var range: Range<String.Index>
    /// The top of the line below the block's top, in millimetres.
    public var top: Double
    /// The line's height (its line spacing included), in millimetres.
    public var height: Double
}

extension Canvas {
    /// The lines `text` wraps into at `width` in `style`: what lets a layout cut a paragraph between
    /// two lines, at a page break, and set each part again with the lines it had.
    public func lines(_ text: String, style: TextStyle, width: Double) throws(TekenaarError) -> [TextLine] {
        let layout = try textLayout(text, style: style, width: width, maxLines: nil, markup: false)
        let bytes = text.utf8
        guard let iterator = pango_layout_get_iter(layout.layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        var lines: [TextLine] = []
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { break }
            var y0: Int32 = 0, y1: Int32 = 0
            pango_layout_iter_get_line_yrange(iterator, &y0, &y1)
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            guard let lower = bytes.index(bytes.startIndex, offsetBy: start, limitedBy: bytes.endIndex),
                  let upper = bytes.index(lower, offsetBy: length, limitedBy: bytes.endIndex) else { break }
            lines.append(TextLine(range: lower..<upper,
                                  top: TextLayout.points(y0) / pointsPerMillimetre,
                                  height: TextLayout.points(y1 - y0) / pointsPerMillimetre))
        } while pango_layout_iter_next_line(iterator) != 0
        return lines
    }
}
