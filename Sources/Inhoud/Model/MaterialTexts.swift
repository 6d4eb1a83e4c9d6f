extension Inhoud {
    /// The fixed lines printed on the Gesprekskompas.
    public struct Kompas: Sendable, Equatable {
        /// E.g. *Gesprekskompas · Gezien & Gehoord*.
        public var title: String
        /// One line on how to use the compass: the client chooses where to begin, all three onderwerpen
        /// come up, there is no fixed order.
        public var hint: String
    }

    /// The fixed lines printed on the Werkblad.
    public struct Werkblad: Sendable, Equatable {
        /// E.g. *Werkblad · Gezien & Gehoord*.
        public var title: String
        /// Labels of the personal block at the top.
        public var fieldLabels: FieldLabels
        /// Heading above the thema's questions (how the conversation goes).
        public var conversationHeading: String
        /// Heading above the onderwerpen's questions (what the conversation is about).
        public var topicsHeading: String
        /// The small label above each note area's onderwerp title (*Aantekeningen* over *Jouw ervaringen*).
        public var notesHeading: String
        /// Whether the werkblad has a back side (more room for notes, the agreements and how the
        /// conversation went); a single-sided werkblad is the front alone.
        public var hasBackSide: Bool
        /// The small line at the foot of the front that points to the back side.
        public var backSideHint: String
        /// The small label over each note area's onderwerp title on the back side (*Aantekeningen (vervolg)*).
        public var continuedNotesHeading: String
        /// The back side's block about how the conversation went (the method's thema *Dit gesprek*).
        public var evaluation: Evaluation

        /// *Dit gesprek: hoe ging het?* with the question to write an answer under.
        public struct Evaluation: Sendable, Equatable {
            public var title: String
            public var question: String

            public init(title: String, question: String) {
                self.title = title
                self.question = question
            }
        }

        /// Labels of the Werkblad's personal block.
        public struct FieldLabels: Sendable, Equatable {
            public var name: String
            public var date: String
            public var expert: String
            /// The label for what the client wants to discuss, e.g. *Waar wil je het over hebben?*
            public var topics: String
        }
    }
}
