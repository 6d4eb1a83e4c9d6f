extension Inhoud {
    /// The fixed texts of the terugkoppeling (the sheet for the client after the conversation) and of
    /// the bouwstenen (the report's section names the notes go under).
    public struct Terugkoppeling: Sendable, Equatable {
        /// E.g. *Wat we besproken hebben*.
        public var title: String
        /// The lead-in, filled with the conversation's values (`{{datum}}` is the conversation's date).
        public var intro: Template
        /// The line that says these are the client's words, not yet the arbeidsdeskundige's conclusion.
        public var status: String
        /// The headings above each onderwerp's notes: the method's fixed terms.
        public var topicHeadings: [ConversationNotes.Topic: String]
        /// The heading above the agreements, e.g. *Afspraken*.
        public var agreementsHeading: String
        /// The agreements table's column headings.
        public var columns: Columns
        public var correction: Correction
        /// The block the client may return; nil when the organisation left it out.
        public var evaluation: Evaluation?
        public var report: ReportSections

        /// Column headings of the agreements table.
        public struct Columns: Sendable, Equatable {
            public var what: String
            public var who: String
            public var when: String
        }

        /// The invitation to correct the notes, with how to reach the arbeidsdeskundige.
        public struct Correction: Sendable, Equatable {
            /// E.g. *Klopt dit?*
            public var title: String
            /// `{{datum}}` is the day before which to react.
            public var text: Template
            /// Contact lines; a line that is empty once filled is left out.
            public var contact: [Template]
        }

        /// *Hoe vond je ons gesprek?*: boxes to tick and a question with room to write.
        public struct Evaluation: Sendable, Equatable {
            public var title: String
            public var explanation: String
            public var choices: [String]
            public var question: String
        }

        /// The report's own section names, per part of the notes (configurable per organisation).
        public struct ReportSections: Sendable, Equatable {
            public var topics: [ConversationNotes.Topic: String]
            public var agreements: String
            public var conversation: String
            /// The sentence on how the conversation was held, e.g. *Gevoerd met Gezien & Gehoord.*
            public var method: String
            /// The label before who else was there, e.g. *Aanwezig*.
            public var present: String
        }
    }
}
