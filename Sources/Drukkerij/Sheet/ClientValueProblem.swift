import Inhoud

/// Why a client value could not be read: typed, so each front-end words it in its own language
/// (the command line in English, `description`; the web page in Dutch) from the same reading.
public enum ClientValueProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text of a date column is not a date.
    case notADate(String)
    /// A written date whose weekday is not the date's own ("vr 3 december 2026").
    case wrongWeekday(String, date: CalendarDate)
    /// The text of a time column is not a time.
    case notATime(String)
    /// A one-line value (a name, the date) holds a line break: usually a missing closing quote.
    case lineBreak
    /// The text of a yes-or-no column (keuzehulp) is neither.
    case notAYesOrNo(String)
    /// A free-text value (or the kenmerk) holds what looks like a BSN: it does not belong on paper.
    case looksLikeBSN
    /// An address that will not arrive: no postcode and place, and no country.
    case addressWithoutPostcode
    /// A value that must be one of a list (a soort the content has no preset for), with the list.
    case notAChoice(String, known: [String])
    /// A form of address the organisation's content has not all texts in, with what is missing.
    case formNotInContent(String, detail: String)
    /// A workbook's formula cell without a saved result (the file was made by a program that does
    /// not calculate, and not saved by a spreadsheet program since).
    case formulaWithoutResult

    /// `text` read by `read` as one of `Choice`'s cases, or the problem that names them all: the one
    /// reading of a choice column (gespreksvorm, aanspreekvorm, variant) for sheets, forms and options.
    public static func choice<Choice: RawRepresentable & CaseIterable>(_ text: String, _ read: (String) -> Choice?)
        -> Result<Choice, ClientValueProblem> where Choice.RawValue == String {
        read(text).map { .success($0) } ?? .failure(.notAChoice(text, known: Choice.allCases.map(\.rawValue)))
    }

    /// The command line's English message.
    public var description: String {
        switch self {
        case let .notADate(text): "\"\(text)\" is not a date; write it as \(CalendarDate.acceptedForms)"
        case let .wrongWeekday(text, date):
            "\"\(text)\": \(date.dutch) is a \(date.dutchWeekday); correct the weekday or the date"
        case let .notATime(text): "\"\(text)\" is not a time; write it as HH:MM, e.g. 14:30 (or 9.30 uur)"
        case let .notAChoice(text, known):
            "\"\(text)\" is not known; use one of: \(known.joined(separator: ", "))"
        case let .formNotInContent(_, detail): detail
        case .lineBreak: "contains a line break; is a closing quote (\") missing?"
        case let .notAYesOrNo(text): "\"\(text)\" is not a yes or no; write ja or nee (or leave it empty)"
        case .addressWithoutPostcode:
            "has no postcode and place (\"1234 AB Plaats\"): the letter would not arrive; add them in the address or "
                + "in the postcode and plaats columns, or a country line for an address abroad"
        case .looksLikeBSN:
            "holds what looks like a BSN (nine digits that pass the elfproef); a BSN does not belong on these papers, "
                + "and a kenmerk must not be one: remove it or use the dossier number"
        case .formulaWithoutResult:
            "a formula without a saved result; open the file in Excel or LibreOffice and save it, so the result is stored"
        }
    }
}
