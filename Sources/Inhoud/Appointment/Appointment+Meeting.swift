extension Appointment {
    /// How the conversation takes place (*gespreksvorm*): the letter's facts block and text follow it.
    public enum Meeting: String, Sendable, Hashable, CaseIterable {
        /// At the organisation's office: the letter as it always was.
        case kantoor
        /// At the client's home.
        case huisbezoek
        /// At the client's workplace, with the leidinggevende.
        case werkplek
        /// A video call: needs the link (`videolink`).
        case video
        /// A phone call.
        case telefoon

        /// The kind a sheet, form or option names ("Video", " telefoon "); nil for anything else.
        public init?(parsing text: String) {
            self.init(rawValue: text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
        }

        /// Whether the conversation happens at a place the letter must name (`locatie`).
        public var needsLocation: Bool { self == .kantoor || self == .werkplek }
    }
}

extension Appointment {
    /// Which letter the client gets (*variant*): the first invitation, an invitation to a follow-up
    /// conversation, or a new date for an appointment already made.
    public enum LetterVariant: String, Sendable, Hashable, CaseIterable {
        case uitnodiging
        /// Refers to the agreements of the previous conversation; no Strip in the enclosure.
        case vervolggesprek
        /// A new date or time, with a short apology.
        case gewijzigdeAfspraak = "gewijzigde-afspraak"

        /// The variant a sheet, form or option names ("Vervolggesprek", "gewijzigde afspraak"); nil
        /// for anything else.
        public init?(parsing text: String) {
            let key = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().replacingOccurrences(of: " ", with: "-")
            self.init(rawValue: key)
        }
    }
}
