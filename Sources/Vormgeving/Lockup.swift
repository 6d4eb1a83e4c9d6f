import Tekenaar

/// The brand lock-up every material shares: the method's name, *Gezien & Gehoord*, set small and
/// bold above the material's own name (*Werkblad*, *Gesprekskompas*), both in the centre's navy.
/// The content writes a material's title as one line, "Werkblad · Gezien & Gehoord"; the part
/// after the last " · " is the brand. A title without it is the material's name alone.
public struct Lockup: Sendable, Equatable {
    /// The material's name: the title proper.
    public let name: String
    /// The method's name above it, when the title has one.
    public let brand: String?

    public init(_ title: String) {
        guard let range = title.range(of: " · ", options: .backwards) else {
            (name, brand) = (title, nil)
            return
        }
        let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
        (name, brand) = head.isEmpty || tail.isEmpty ? (title, nil) : (head, tail)
    }

    /// The brand's style at `size`: Lato Bold in the centre's text colour, a little tracked, so it
    /// reads as a mark rather than a heading.
    public static func brandStyle(size: Double) -> TextStyle {
        TextStyle(family: Stijl.headingFamily, weight: .bold, size: size, colour: Stijl.colours(.centre).text,
                  lineHeight: 1.15, letterSpacing: 0.3)
    }
}
