import Foundation
import Inhoud

/// The columns a client spreadsheet (`--clients`) may have. Offices export from Dutch or English
/// software, so each column is known by its Dutch and its English header; case and surrounding
/// spaces do not matter. Other columns are ignored (and named in a warning, to catch typos).
public enum ClientColumn: String, CaseIterable, Sendable {
    /// `clientPhone` and `clientEmail` are the client's own phone number and e-mail address, as an
    /// office's export has them next to the address: read, never printed. `phone` and `email` are
    /// the arbeidsdeskundige's, printed as the contact for questions.
    case name, date, time, location, expert, address, postcode, city, clientPhone, clientEmail, phone, email, topics
    case reference, reason, salutation, extra, keuzehulp, soort, meeting, videoLink, present, form, variant

    /// The headers that name this column, the Dutch one first.
    public var headers: [String] {
        switch self {
        case .name: ["naam", "name"]
        case .date: ["datum", "date"]
        case .time: ["tijd", "time"]
        case .location: ["locatie", "location"]
        case .expert: ["arbeidsdeskundige", "expert"]
        case .address: ["adres", "address"]
        case .postcode: ["postcode"]
        case .city: ["plaats", "city"]
        case .phone: ["telefoon_arbeidsdeskundige", "expert_phone"]
        case .email: ["email_arbeidsdeskundige", "expert_email", "e-mail_arbeidsdeskundige"]
        case .clientPhone: ["telefoon", "phone"]
        case .clientEmail: ["email", "e-mail"]
        case .topics: ["onderwerpen", "topics"]
        case .reference: ["kenmerk", "reference"]
        case .reason: ["reden", "reason"]
        case .salutation: ["aanhef", "salutation"]
        case .extra: ["extra"]
        case .keuzehulp: ["keuzehulp"]
        case .soort: ["soort", "kind"]
        case .meeting: ["gespreksvorm", "meeting"]
        case .videoLink: ["videolink", "video_link"]
        case .present: ["aanwezig", "present"]
        case .form: ["aanspreekvorm", "form"]
        case .variant: ["variant"]
        }
    }

    /// What kind of value the column holds: how a spreadsheet's date and time cells in it are read.
    public var valueKind: ValueKind {
        switch self {
        case .date: .date
        case .time: .time
        default: .text
        }
    }

    /// The kinds of value a column can hold.
    public enum ValueKind: Sendable {
        /// Free text; a date or time cell is written as a Dutch spreadsheet shows it.
        case text
        /// A day: `CalendarDate.reading(_:)` reads it; of a date-and-time cell the date counts.
        case date
        /// A time of day: `Appointment.normalisedTime(_:)` reads it; of a date-and-time cell the time counts.
        case time
    }

    /// What is wrong with `value` as text in this column whatever the material: a BSN in free text
    /// (phone numbers are not checked: Excel drops a mobile number's leading 0, which leaves nine
    /// digits). The one rule for sheets, forms and the command line's options.
    public func freeTextProblem(_ value: String) -> ClientValueProblem? {
        mayHoldFreeText && BSN.find(in: value) != nil ? .looksLikeBSN : nil
    }

    /// Whether people type free text (or a kenmerk) into the column: these are checked for a BSN.
    public var mayHoldFreeText: Bool {
        switch self {
        case .name, .location, .expert, .address, .city, .topics, .reference, .reason, .salutation, .extra, .present: true
        case .date, .time, .postcode, .phone, .email, .keuzehulp, .soort, .meeting, .videoLink, .form, .variant,
             .clientPhone, .clientEmail: false
        }
    }

    /// How messages name the column when the file does not have it: `naam (or name)`.
    public var displayName: String {
        headers.count == 1 ? "\"\(headers[0])\"" : "\"\(headers[0])\" (or \"\(headers[1])\")"
    }

    /// The column a header names, if any.
    /// A space counts as the underscore of the two-word headers: "Telefoon arbeidsdeskundige".
    public static func matching(_ header: String) -> ClientColumn? {
        let key = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().replacing(" ", with: "_")
        return allCases.first { $0.headers.contains(key) }
    }
}
