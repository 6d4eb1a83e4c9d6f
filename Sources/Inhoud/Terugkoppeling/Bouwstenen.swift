/// The bouwstenen (building blocks) for the report: the notes' own text under the report's section
/// names, as plain text or Markdown, to paste into the report.
///
/// It adds no words of its own beyond the content's labels and section names: every sentence under a
/// heading is the arbeidsdeskundige's, and `[privé]` parts were already left out when the notes were
/// read. It lives in Inhoud because it is words from the content and the notes, with no drawing and
/// no files: every front-end gets the same text from it.
public struct Bouwstenen: Sendable {
    /// How the text is marked up.
    public enum Format: String, Sendable, CaseIterable {
        /// Headings underlined with dashes; pastes cleanly into any word processor.
        case plain
        /// `##` headings and `-` lists.
        case markdown
    }

    /// One section of the report with the notes' paragraphs under it.
    public struct Section: Sendable, Equatable {
        public var heading: String
        public var paragraphs: [String]
        /// Each paragraph is an item of a list (the agreements), printed with "- ".
        public var isList = false
    }

    public let notes: ConversationNotes
    /// The sections with text, in the report's order (topics, agreements, how the conversation went).
    public let sections: [Section]
    /// Label and value lines at the top (client, date, arbeidsdeskundige, kenmerk).
    public let facts: [(label: String, value: String)]

    public init(_ inhoud: Inhoud, notes: ConversationNotes) {
        self.notes = notes
        let report = inhoud.terugkoppeling.report
        let columns = inhoud.terugkoppeling.columns
        var sections = ConversationNotes.Topic.allCases.map { topic in
            Section(heading: report.topics[topic] ?? topic.rawValue, paragraphs: notes.paragraphs(topic))
        }
        sections.append(Section(heading: report.agreements, paragraphs: notes.agreements.map { agreement in
            var parts = [agreement.what]
            if let who = agreement.who { parts.append("\(columns.who): \(who)") }
            if let when = agreement.when { parts.append("\(columns.when): \(when)") }
            return parts.joined(separator: " · ")
        }, isList: true))
        var method = report.method
        if let present = notes.present { method += " \(report.present): \(present)" }
        sections.append(Section(heading: report.conversation, paragraphs: [method] + notes.conversation))
        self.sections = sections.filter { !$0.paragraphs.isEmpty }
        let labels = inhoud.werkblad.fieldLabels
        var facts = [(labels.name, notes.name), (labels.date, notes.date.dutch), (labels.expert, notes.expert)]
        // "Kenmerk" is the name the CSV column and the notes' key already give this value.
        if let kenmerk = notes.kenmerk { facts.append(("Kenmerk", kenmerk)) }
        self.facts = facts
    }

    /// The whole text, ending in a newline.
    public func text(_ format: Format) -> String {
        var lines: [String] = []
        for fact in facts {
            lines.append(format == .markdown ? "**\(fact.label):** \(fact.value)  " : "\(fact.label): \(fact.value)")
        }
        if format == .markdown, !lines.isEmpty { lines[lines.count - 1].removeLast(2) }
        for section in sections {
            lines.append("")
            switch format {
            case .plain:
                lines.append(section.heading)
                lines.append(String(repeating: "-", count: section.heading.count))
            case .markdown:
                lines.append("## \(section.heading)")
            }
            lines.append("")
            if section.isList {
                lines.append(contentsOf: section.paragraphs.map { "- \($0)" })
            } else {
                lines.append(section.paragraphs.joined(separator: "\n\n"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
