extension Inhoud {
    /// The texts of the uitnodigingsbrief (invitation letter), as Mustache templates.
    ///
    /// The paragraphs carry the seed's five attention points (informeren, inleven, benaderbaar zijn,
    /// verwachtingen, voorbereiden); the default puts them in three paragraphs, so the letter keeps
    /// its full-width Strip on one page. An organisation may rewrite, add or remove paragraphs.
    public struct Brief: Sendable, Equatable {
        /// Title of the letter as a document (PDF metadata).
        public var title: String
        /// The subject line (*onderwerp*) above the salutation.
        public var subject: Template
        /// The salutation, e.g. `Beste {{naam}},`.
        public var salutation: Template
        /// The appointment at a glance (date, time, place, with whom), for readers who scan.
        public var appointment: AppointmentFacts
        /// The body, one template per paragraph, in order.
        public var paragraphs: [Paragraph]
        /// The id of the paragraph after which a client's own paragraph (`extra`) goes; always one of
        /// `paragraphs`.
        public var extraAfter: String
        /// How long the conversation takes, as words after "het gesprek duurt" (`{{duur}}`).
        public var duration: String
        /// The labels of the reference line (*referentieregel*) under the address.
        public var referenceLine: ReferenceLine
        /// The page number at the foot of every page, e.g. `Pagina {{pagina}} van {{paginas}}`.
        public var pageNumber: Template
        /// The closing formula, e.g. `Met vriendelijke groet,`.
        public var closing: Template
        /// Lines under the closing (name, role, contact). A line that is empty once filled in is meant
        /// to be left out, so optional data can sit in a `{{#telefoon}}…{{/telefoon}}` section.
        public var signature: [Template]
        /// The presets per kind of assessment; a client without a soort gets the letter as it is.
        public var soorten: [Soort]
        /// The id of the paragraph a soort's paragraphs replace; always one of `paragraphs`.
        public var soortIn: String
        /// The texts per kind of meeting, one for every ``Appointment/Meeting``.
        public var meetings: [MeetingTexts]
        /// The id of the paragraph a meeting's own paragraph follows; always one of `paragraphs`.
        public var meetingAfter: String
        /// The texts per letter variant, one for every ``Appointment/LetterVariant``.
        public var variants: [VariantTexts]
        /// The id of the paragraph that starts page 2 when the letter does not fit on one page (and
        /// what comes before it does), so the second page opens with a part of its own rather than
        /// with whatever spilled over; nil lets the text run on.
        public var secondPageFrom: String?
        /// Whether the enclosure shows the Strip; a letter variant may leave it out.
        public var includesStrip = true

        /// The labels of a Dutch business letter's reference line: the date, the organisation's
        /// reference (kenmerk), the subject and the enclosure; a value that is empty leaves its column out.
        public struct ReferenceLine: Sendable, Equatable {
            public var date: String
            public var reference: String
            public var subject: String
            public var enclosure: String
            /// The label when there is more than one enclosure (*Bijlagen*).
            public var enclosures: String
            /// Words after the questions sheet's title when it carries the keuzehulp (*met de keuzehulp*).
            public var withKeuzehulp: String
        }

        /// A short block with the appointment's facts as label and value rows, e.g. *Datum* ·
        /// `{{datum}}`, so that the essentials can be found without reading the whole letter.
        public struct AppointmentFacts: Sendable, Equatable {
            /// The block's heading, e.g. *Je afspraak*.
            public var title: String
            /// At least one row, in order.
            public var rows: [Row]

            /// One fact: a short label and the template of its value.
            public struct Row: Sendable, Equatable, Identifiable {
                public var id: String
                /// E.g. *Datum*.
                public var label: String
                /// E.g. `{{tijd}} uur`.
                public var value: Template
            }
        }

        /// One paragraph of the letter's body.
        public struct Paragraph: Sendable, Equatable, Identifiable {
            /// In the default, the attention point the paragraph leads with: `informeren`,
            /// `verwachtingen` (which opens with inleven) and `voorbereiden` (which ends with how to
            /// reach the arbeidsdeskundige: benaderbaar zijn).
            public var id: String
            public var text: Template
        }

        /// Every template of the letter, in reading order; handy for checking that all are filled.
        public var allTemplates: [Template] {
            [subject, salutation, pageNumber] + appointment.rows.map(\.value) + paragraphs.map(\.text) + [closing] + signature
        }
    }
}
