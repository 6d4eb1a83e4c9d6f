extension Inhoud {
    /// The fixed texts of the terugkoppeling (the sheet for the client after the conversation) and of
    /// the bouwstenen (the report's section names and sentences the notes go under).
    public struct Terugkoppeling: Sendable, Equatable {
        /// The line above the title: who sends the sheet (`{{organisatie}}`), so the client sees at
        /// once whom it is from.
        public var kicker: Template
        /// E.g. *Wat we besproken hebben*.
        public var title: String
        /// Who else advises besides the report, e.g. *bedrijfsarts* (`{{arts}}`).
        public var doctor: String
        /// Who gets the report, e.g. *je werkgever* (`{{opdrachtgever}}`).
        public var commissioner: String
        public var fieldLabels: FieldLabels
        /// The lead-in, filled with the conversation's values (`{{datum}}` is the conversation's date).
        public var intro: Template
        /// That the three topics hold the client's words, and the conclusion comes later, in the report.
        public var status: Template
        /// The headings above each onderwerp's notes: the method's fixed terms.
        public var topicHeadings: [ConversationNotes.Topic: String]
        /// A short question after each heading that says what the term means (*wat heb je nodig?*);
        /// nil when the organisation left them out.
        public var topicGlosses: [ConversationNotes.Topic: String]?
        /// The heading above the agreements, e.g. *Afspraken*.
        public var agreementsHeading: String
        /// Under an onderwerp without notes.
        public var emptyTopic: String
        /// The agreements table's column headings.
        public var columns: Columns
        /// How the sheet names a role in the agreements' *Wie* column (*Jij*, *{{arbeidsdeskundige}}*,
        /// *Jij en {{arbeidsdeskundige}}*): never *Ik*, which on this sheet is the client speaking.
        public var roles: [ConversationNotes.Agreement.Role: Template]
        /// *Wat gebeurt er nu?*: where the client's words go.
        public var nextSteps: TitledText
        public var correction: Correction
        /// The block the client may fill in; nil when the organisation left it out.
        public var evaluation: Evaluation?
        /// *Pagina {{pagina}} van {{paginas}}*.
        public var pageNumber: String
        /// The cue at the foot of a page when the sheet goes on.
        public var continues: String
        public var report: ReportSections

        /// The header's labels.
        public struct FieldLabels: Sendable, Equatable {
            public var name: String
            public var date: String
            public var expert: String
            public var present: String
            public var kenmerk: String
            /// `{{verzonden}}` is the day the sheet is sent.
            public var sent: Template
        }

        /// A heading with a paragraph under it.
        public struct TitledText: Sendable, Equatable {
            public var title: String
            public var text: Template
        }

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
            /// One line for the top of the sheet: what to do when something is wrong, by when, and how
            /// (`{{reageren_voor}}`, `{{telefoon}}`), so no one has to read to the end to find it.
            public var prompt: Template
            /// One sentence per line; `{{reageren_voor}}` is the last day to react. A line that is
            /// empty once filled is left out.
            public var lines: [Template]
            /// Contact lines; a line that is empty once filled is left out.
            public var contact: [Template]
        }

        /// *Hoe vond je ons gesprek?*: questions to tick, one to write on, and how to return it.
        public struct Evaluation: Sendable, Equatable {
            public var title: String
            public var explanation: String
            /// The method's questions about the conversation, each with the ``choices`` to tick.
            public var questions: [String]
            public var choices: [String]
            public var question: String
            /// How to give it back (`{{email}}`).
            public var returnLine: Template
            /// That the answer does not weigh in the report; nil when that is not true there.
            public var noInfluence: String?
        }

        /// The report's own section names and sentences (configurable per organisation).
        public struct ReportSections: Sendable, Equatable {
            /// The first line: what to check before pasting.
            public var check: String
            /// How the report names the client (`{{werknemer}}`): werknemer, cliënt or kandidaat.
            public var employee: String
            public var dateLabel: String
            /// The section that holds the three onderwerpen, e.g. *Visie werknemer*.
            public var vision: String
            /// The line above the client's words, filled from the notes.
            public var attribution: Template
            /// The sub-part names of the onderwerpen under ``vision``.
            public var topics: [ConversationNotes.Topic: String]
            /// The sub-part for what the client said about the conversation (`zo_ervaren`); nil (the
            /// default) leaves it out: how the client liked the conversation is not for the employer.
            public var experienced: String?
            /// The sub-part for the client's reaction to the sheet (`reactie`), always there so the
            /// report says whether the client reacted.
            public var reaction: String
            /// Under ``reaction`` when the notes have none (yet), e.g. *(nog) geen*.
            public var noReaction: String
            /// Words that point to health details (*pijn*, *diagnose*, …), looked for in the notes that go
            /// into the report; `*` at the start or end matches any beginning or ending of a word.
            public var healthWords: [String]
            public var agreements: String
            /// The line above the agreements, e.g. *Afgesproken op {{datum}}:*.
            public var agreementsLead: Template
            public var method: String
            /// The sentences on how the conversation was held, before the notes' `gesprek`.
            public var methodText: Template
            /// A role in the agreements, in the report's terms.
            public var roles: [ConversationNotes.Agreement.Role: String]
        }
    }
}
