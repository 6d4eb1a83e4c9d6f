import Foundation
import Inhoud
import Tekenaar

/// Why a strip cannot be drawn with the options given.
public enum StripError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The panels would be too narrow to draw; `minimum` is the narrowest width that works.
    case tooNarrow(width: Double, minimum: Double, arrangement: StripLayout.Arrangement)
    /// The width is not a usable number of millimetres (not a number, infinite, or absurdly large).
    case invalidWidth(Double)
    /// The layout is drawn for exactly four panels (the content loader checks this too).
    case panelCount(Int)

    public var description: String {
        func mm(_ value: Double) -> String {
            value == value.rounded() ? String(format: "%.0f", value) : String(format: "%.1f", value)
        }
        switch self {
        case let .tooNarrow(width, minimum, arrangement):
            var message = "a width of \(mm(width)) mm is too narrow for the strip in the \(arrangement.rawValue) layout: "
                + "its panels would be too narrow for their pictures and text. Use --width \(mm(minimum)) or more"
            // The same padding (a document's, or none) applies to the other arrangement.
            let padding = minimum - StripLayout.minimumWidth(for: arrangement)
            for other in StripLayout.Arrangement.allCases where other != arrangement
                && StripLayout.minimumWidth(for: other) + padding <= max(width, 0) {
                message += ", or --layout \(other.rawValue) (which fits from \(mm(StripLayout.minimumWidth(for: other) + padding)) mm)"
            }
            return message + "."
        case let .invalidWidth(width):
            return "\(width) is not a usable strip width; give the width in millimetres, for example --width 170"
        case let .panelCount(count):
            return "the strip has \(count) panels; it is drawn for exactly four"
        }
    }
}
