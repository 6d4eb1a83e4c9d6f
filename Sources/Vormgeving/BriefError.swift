import Foundation
import Inhoud
import Tekenaar

/// Why a letter cannot be drawn.
public enum BriefError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The appointment lacks data the letter needs (see ``BriefLayout/missingFields(in:)``).
    case missingFields([BriefLayout.MissingField], client: String?)
    /// The client's row asks for something the content does not have (a soort without a preset).
    case content(Inhoud.LetterChoiceError, client: String?)

    public var description: String {
        switch self {
        case let .missingFields(fields, client):
            let whose = client.map { "the letter for \($0)" } ?? "a letter"
            return "\(whose) needs " + fields.map(\.rawValue).joined(separator: ", ") + "; nothing was written"
        case let .content(problem, client):
            let whose = client.map { "the letter for \($0)" } ?? "a letter"
            return "\(whose): \(problem); nothing was written"
        }
    }
}
