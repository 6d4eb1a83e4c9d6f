extension Inhoud.Brief {
    /// What one choice for a client (a kind of meeting, a letter variant) changes in the letter, all
    /// parts optional: facts rows, paragraphs replaced by id, a paragraph of its own, a subject and
    /// the facts block's title.
    public struct Change: Sendable, Equatable {
        /// Rows of the facts block: a row with a known id takes that row's place; a new one goes after
        /// the row before it in this list (at the end when it comes first).
        public var rows: [AppointmentFacts.Row] = []
        /// Paragraphs that replace the letter's paragraph with the same id.
        public var paragraphs: [Paragraph] = []
        /// A paragraph of its own, after the paragraph the letter names for it.
        public var text: Inhoud.Template?
        /// The letter's subject instead of its own.
        public var subject: Inhoud.Template?
        /// The facts block's title instead of its own (*Je nieuwe afspraak*).
        public var factsTitle: String?

        public init() {}
    }

    /// The texts of one kind of meeting (*gespreksvorm*).
    public struct MeetingTexts: Sendable, Equatable, Identifiable {
        public var id: Appointment.Meeting
        /// How a choice list names it, e.g. *Videogesprek*.
        public var name: String
        public var change: Change
    }

    /// The texts of one letter variant (*vervolggesprek*, *gewijzigde afspraak*).
    public struct VariantTexts: Sendable, Equatable, Identifiable {
        public var id: Appointment.LetterVariant
        /// How a choice list names it, e.g. *Vervolggesprek*.
        public var name: String
        public var change: Change
        /// Whether the enclosure shows the Strip (a follow-up conversation does without).
        public var includesStrip: Bool
    }

    /// The texts for `variant`; every variant has them (the content is checked for it).
    public func texts(for variant: Appointment.LetterVariant) -> VariantTexts? {
        variants.first { $0.id == variant }
    }

    /// The texts for `meeting`; every kind has them (the content is checked for it).
    public func texts(for meeting: Appointment.Meeting) -> MeetingTexts? {
        meetings.first { $0.id == meeting }
    }

    /// The letter with `change` applied; its own paragraph goes after the paragraph `after`.
    func with(_ change: Change, textAfter after: String) -> Inhoud.Brief {
        var brief = self
        var rows = appointment.rows
        var insertion = rows.count
        for row in change.rows {
            if let index = rows.firstIndex(where: { $0.id == row.id }) {
                rows[index] = row
                insertion = index + 1
            } else {
                rows.insert(row, at: insertion)
                insertion += 1
            }
        }
        brief.appointment.rows = rows
        for paragraph in change.paragraphs {
            if let index = brief.paragraphs.firstIndex(where: { $0.id == paragraph.id }) { brief.paragraphs[index] = paragraph }
        }
        if let text = change.text, let index = brief.paragraphs.firstIndex(where: { $0.id == after }) {
            brief.paragraphs.insert(Paragraph(id: after + "-eigen", text: text), at: index + 1)
        }
        if let subject = change.subject { brief.subject = subject }
        if let title = change.factsTitle { brief.appointment.title = title }
        return brief
    }
}
