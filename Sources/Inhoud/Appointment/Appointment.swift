/// One client's appointment: what personalises a werkblad or a letter. Every field is optional
/// here; each material says which it needs (a letter needs a time and a place, a werkblad
/// needs nothing and prints writing lines for what is missing).
public struct Appointment: Sendable, Hashable {
    /// The client's name as it is printed.
    public var name: String?
    public var date: CalendarDate?
    /// "14:30".
    public var time: String?
    public var location: String?
    /// The arbeidsdeskundige's name.
    public var expert: String?
    /// The client's postal address, one line per element (street, postcode and city).
    public var addressLines: [String]
    /// The arbeidsdeskundige's phone and e-mail for this appointment (the letter's contact lines).
    public var phone: String?
    public var email: String?
    /// What the client said beforehand they want to discuss.
    public var topics: String?

    public init(name: String? = nil, date: CalendarDate? = nil, time: String? = nil, location: String? = nil,
                expert: String? = nil, addressLines: [String] = [], phone: String? = nil, email: String? = nil,
                topics: String? = nil) {
        self.name = Self.clean(name); self.date = date; self.time = Self.clean(time); self.location = Self.clean(location)
        self.expert = Self.clean(expert); self.addressLines = addressLines.compactMap(Self.clean)
        self.phone = Self.clean(phone); self.email = Self.clean(email); self.topics = Self.clean(topics)
    }

    /// Empty and white-space-only values count as absent.
    private static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

import Foundation
