extension Inhoud.Brief {
    /// A preset per kind of assessment and commissioner (*soort*: `wia`, `spoor2`, …), chosen per
    /// client. It fills the letter's *Richting en kader*: who asked for the conversation, what the
    /// arbeidsdeskundige decides or advises (work, never health), who receives the rapport and what is
    /// expected of the client. An organisation may change the presets and add its own.
    public struct Soort: Sendable, Equatable, Identifiable {
        /// What a sheet's `soort` column, `--soort` and the web form's choice say, e.g. `wia`.
        public var id: String
        /// How a choice list names it, e.g. *UWV: WIA-beoordeling*.
        public var name: String
        /// Words after "een gesprek over" when the client's row gives no `reden`.
        public var reason: String?
        /// The paragraphs that take the place of the paragraph ``Inhoud/Brief/soortIn``, in order.
        public var paragraphs: [Inhoud.Template]
        /// Rows of the facts block this kind of assessment adds or changes (*Neem mee*: the
        /// identiteitsbewijs UWV asks for), merged like a kind of meeting's.
        public var rows: [AppointmentFacts.Row] = []
    }

    /// The preset with this id (ids are compared without regard to case and outer spaces).
    public func soort(_ id: String) -> Soort? {
        let key = id.trimmingCharacters(in: .whitespaces).lowercased()
        return soorten.first { $0.id == key }
    }
}
