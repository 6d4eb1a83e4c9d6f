import Inhoud

/// Why a client value could not be read: typed, so each front-end words it in its own language
/// (the command line in English, `description`; the web page in Dutch) from the same reading.
public enum ClientValueProblem: Sendable, Hashable, CustomStringConvertible {
    /// The text of a date column is not a date.
    case notADate(String)
    /// The text of a time column is not a time.
    case notATime(String)
    /// A one-line value (a name, the date) holds a line break: usually a missing closing quote.
    case lineBreak
    /// The text of a yes-or-no column (keuzehulp) is neither.
    case notAYesOrNo(String)

    /// The command line's English message.
    public var description: String {
        switch self {
        case let .notADate(text): "\"\(text)\" is not a date; write it as \(CalendarDate.acceptedForms)"
        case let .notATime(text): "\"\(text)\" is not a time; write it as HH:MM, e.g. 14:30"
        case .lineBreak: "contains a line break; is a closing quote (\") missing?"
        case let .notAYesOrNo(text): "\"\(text)\" is not a yes or no; write ja or nee (or leave it empty)"
        }
    }
}
