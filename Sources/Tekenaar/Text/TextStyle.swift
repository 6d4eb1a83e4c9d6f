import CCairo

/// How a piece of text looks: a bundled face, its size in points, colour, alignment and line height.
public struct TextStyle: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable { case left, centre, right }

    public var family: String
    public var weight: FontWeight
    public var italic: Bool
    /// Font size in points.
    public var size: Double
    public var colour: Colour
    public var alignment: Alignment
    /// Distance between baselines as a multiple of the size; `nil` uses the font's own line height.
    public var lineHeight: Double?
    /// Extra space between letters in points (for small capitals-like labels).
    public var letterSpacing: Double

    public init(
        family: String, weight: FontWeight = .regular, italic: Bool = false, size: Double,
        colour: Colour = .black, alignment: Alignment = .left, lineHeight: Double? = nil, letterSpacing: Double = 0
    ) {
        self.family = family; self.weight = weight; self.italic = italic; self.size = size
        self.colour = colour; self.alignment = alignment; self.lineHeight = lineHeight
        self.letterSpacing = letterSpacing
    }

    /// The same style at another size.
    public func sized(_ size: Double) -> TextStyle { var copy = self; copy.size = size; return copy }
    /// The same style in another colour.
    public func coloured(_ colour: Colour) -> TextStyle { var copy = self; copy.colour = colour; return copy }
    /// The same style with another alignment.
    public func aligned(_ alignment: Alignment) -> TextStyle { var copy = self; copy.alignment = alignment; return copy }
    /// The same style with another line height (a multiple of the size).
    public func withLineHeight(_ lineHeight: Double?) -> TextStyle { var copy = self; copy.lineHeight = lineHeight; return copy }
    /// The same style in another weight.
    public func weighted(_ weight: FontWeight) -> TextStyle { var copy = self; copy.weight = weight; return copy }

    /// A new Pango description; the caller frees it.
    func fontDescription() -> OpaquePointer {
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, family)
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(weight.rawValue)))
        pango_font_description_set_style(description, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_size(description, Int32((size * Double(PANGO_SCALE)).rounded()))
        return description
    }
}
