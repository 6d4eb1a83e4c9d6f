import Foundation
import Inhoud
import Tekenaar

/// Why a letter cannot be drawn.
public enum BriefError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The appointment lacks data the letter needs (see ``BriefLayout/missingFields(in:)``).
    case missingFields([BriefLayout.MissingField], client: String?)

    public var description: String {
        switch self {
        case let .missingFields(fields, client):
            let whose = client.map { "the letter for \($0)" } ?? "a letter"
            return "\(whose) needs " + fields.map(\.rawValue).joined(separator: ", ") + "; nothing was written"
        }
    }
}
