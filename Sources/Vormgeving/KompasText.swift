import Foundation
import Inhoud
import Tekenaar

/// Setting the compass's texts: lines along the dial, and breaking descriptions into lines that
/// read well. Shared by the centre, the ring and the face.
struct KompasText {
    let canvas: Canvas
    let warnings: LayoutWarnings

    // MARK: Along the dial

    /// How a style sits on an arc: cap height (centred on the radius), ascent and descent, in mm.
    struct ArcMetrics {
        let cap: Double
        let ascent: Double
        let descent: Double

        /// From the radius the caps are centred on to the inner and outer edge of the letters' full height.
        var inward: Double { ascent - cap / 2 }
        var outward: Double { cap / 2 + descent }
    }

    func arcMetrics(_ style: TextStyle) throws -> ArcMetrics {
        let metrics = try canvas.measure("Hg", style: style)
        return ArcMetrics(cap: try canvas.capHeight(of: style), ascent: metrics.firstBaseline,
                          descent: metrics.height - metrics.firstBaseline)
    }

    /// The angle a line of text spans when set on `radius`.
    func span(_ text: String, style: TextStyle, radius: Double) throws -> Double {
        try canvas.arcSpan(of: text, style: style, radius: radius)
    }

    /// The length of one line of text in millimetres.
    func length(_ text: String, style: TextStyle) throws -> Double {
        try canvas.measure(text, style: style).width
    }

    /// Greedy lines that each span at most `maxSpan` on `radius`; nil when a single word is
    /// already too long. Only for text that is cut short anyway: good text gets ``balanced``.
    func greedyArcLines(_ text: String, style: TextStyle, radius: Double, maxSpan: Double) throws -> [String]? {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if try span(candidate, style: style, radius: radius) <= maxSpan {
                current = candidate
            } else {
                if current.isEmpty { return nil }
                lines.append(current)
                current = word
                if try span(current, style: style, radius: radius) > maxSpan { return nil }
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The longest start of `text` that, followed by "…", is at most `fits` long.
    func shortened(_ text: String, fits: (String) throws -> Bool) rethrows -> String {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        while words.count > 1 {
            // No comma or full stop right before the ellipsis.
            let candidate = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",.;:")) + "…"
            if try fits(candidate) { return candidate }
            words.removeLast()
        }
        var characters = Array(words.first ?? "")
        while !characters.isEmpty {
            let candidate = String(characters) + "…"
            if try fits(candidate) { return candidate }
            characters.removeLast()
        }
        return "…"
    }

    /// One line that must span at most `maxSpan`: shrunk down to `minimum`, then shortened with a
    /// warning that names the field.
    func fittedArcLine(_ text: String, style: TextStyle, minimum: Double, radius: Double, maxSpan: Double,
                       field: FieldPath) throws -> (String, TextStyle) {
        var style = style
        while try span(text, style: style, radius: radius) > maxSpan, style.size > minimum {
            style = style.sized(max(minimum, style.size - 0.5))
        }
        if try span(text, style: style, radius: radius) <= maxSpan { return (text, style) }
        let excerpt = text.count > 50 ? text.prefix(47) + "…" : Substring(text)
        warnings.add(.kompas, field, "\"\(excerpt)\" is too long for the Gesprekskompas and was shortened; write a shorter text")
        let fitted = try shortened(text) { try span($0, style: style, radius: radius) <= maxSpan }
        return (fitted, style)
    }
}
