/// The bouwstenen (building blocks) for the report: the notes' own text under the report's section
/// names, as plain text or Markdown, to paste into the report.
///
/// The client's words stand verbatim in quotation marks under a line that says where they come from;
/// every other sentence is the content's (filled from the notes' data) or the arbeidsdeskundige's own
/// (`gesprek`, `reactie`). `[privé]` parts were already left out when the notes were read. What the
/// client said about the conversation (`zo_ervaren`) is left out unless the content names a heading
/// for it: how a client liked the conversation is not the employer's business. The reply line is
/// always there (*(nog) geen* without `reactie`), so the report never leaves open whether the client
/// reacted. It lives in Inhoud because it is words from the content and the notes, with no drawing
/// and no files: every front-end gets the same text from it.
public struct Bouwstenen: Sendable {
    /// How the text is marked up.
    public enum Format: String, Sendable, CaseIterable {
        /// A heading on its own line, then a blank line; pastes cleanly into any word processor.
        case plain
        /// `##` headings and `-` lists.
        case markdown
    }

    /// One section of the report with the notes' paragraphs under it.
    public struct Section: Sendable, Equatable {
        public var heading: String
        /// 1 for a section of the report, 2 for a part of one (an onderwerp under *Visie werknemer*).
        public var level = 1
        public var paragraphs: [String]
        /// The paragraphs after the first are items of a list (the agreements), printed with "- ".
        public var isList = false
    }

    public let notes: ConversationNotes
    /// The line to read before pasting (no medical details in a report for the employer).
    public let check: String
    /// The sections with text, in the report's order.
    public let sections: [Section]
    /// Label and value lines at the top (client, date, arbeidsdeskundige, kenmerk).
    public let facts: [(label: String, value: String)]
    /// The sentences bound for the report with a word of the content's health list in them.
    public let healthMentions: [HealthMention]

    public init(_ inhoud: Inhoud, notes: ConversationNotes) {
        self.notes = notes
        let report = inhoud.terugkoppeling.report
        let columns = inhoud.terugkoppeling.columns
        let values = notes.templateValues(inhoud)
        check = report.check
        var sections = [Section(heading: report.method, paragraphs: [report.methodText.filled(values)] + notes.conversation)]
        let topics = ConversationNotes.Topic.allCases.filter { !notes.paragraphs($0).isEmpty }
        sections.append(Section(heading: report.vision, paragraphs: [report.attribution.filled(values)]))
        for topic in topics {
            sections.append(Section(heading: report.topics[topic] ?? topic.rawValue, level: 2,
                                    paragraphs: notes.paragraphs(topic).map { "“\($0)”" }))
        }
        var reportBound: [(FieldPath.Notes, [String])] = ConversationNotes.Topic.allCases.map {
            ($0.field, notes.paragraphs($0))
        }
        if let heading = report.experienced, !notes.experienced.isEmpty {
            sections.append(Section(heading: heading, level: 2, paragraphs: notes.experienced.map { "“\($0)”" }))
            reportBound.append((.experienced, notes.experienced))
        }
        sections.append(Section(heading: report.reaction, level: 2,
                                paragraphs: notes.reaction.isEmpty ? [report.noReaction] : notes.reaction))
        if !notes.agreements.isEmpty {
            let items = notes.agreements.map { agreement in
                var parts = [agreement.what]
                let who = agreement.role.flatMap { report.roles[$0] } ?? agreement.who
                if let who { parts.append("\(columns.who): \(who)") }
                if let when = agreement.when { parts.append("\(columns.when): \(when)") }
                return parts.joined(separator: " · ")
            }
            sections.append(Section(heading: report.agreements, paragraphs: [report.agreementsLead.filled(values)] + items,
                                    isList: true))
        }
        self.sections = sections
        reportBound += [(.conversation, notes.conversation), (.reaction, notes.reaction),
                        (.agreements, notes.agreements.map(\.what))]
        let healthWords = HealthWords(report.healthWords)
        healthMentions = reportBound.flatMap { field, paragraphs in
            paragraphs.flatMap { healthWords.mentions(in: $0) }.map { HealthMention(field: field, sentence: $0.sentence, word: $0.word) }
        }
        let labels = inhoud.terugkoppeling.fieldLabels
        var facts = [(labels.name, notes.name), (report.dateLabel, notes.date.dutch), (labels.expert, notes.expert)]
        if let kenmerk = notes.kenmerk { facts.append((labels.kenmerk, kenmerk)) }
        self.facts = facts
    }

    /// The whole text, ending in a newline.
    public func text(_ format: Format) -> String {
        var lines = [check, ""]
        for fact in facts {
            lines.append(format == .markdown ? "**\(fact.label):** \(fact.value)  " : "\(fact.label): \(fact.value)")
        }
        if format == .markdown, !facts.isEmpty { lines[lines.count - 1].removeLast(2) }
        for section in sections {
            lines.append("")
            switch format {
            case .plain: lines.append(section.heading)
            case .markdown: lines.append(String(repeating: "#", count: section.level + 1) + " " + section.heading)
            }
            lines.append("")
            if section.isList, let lead = section.paragraphs.first {
                lines.append(lead)
                lines.append(contentsOf: section.paragraphs.dropFirst().map { "- \($0)" })
            } else {
                lines.append(section.paragraphs.joined(separator: "\n\n"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
