/// Why a notes file could not be read. Every message names the file (and where known the line and
/// field), because the person reading it has just typed the notes by hand.
public enum NotesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The notes file does not exist.
    case fileNotFound(path: String)
    /// The file exists but cannot be read as UTF-8 text (or is a folder).
    case unreadable(path: String, reason: String)
    /// The file is not valid YAML.
    case syntax(file: String, line: Int, column: Int, problem: String)
    /// The YAML is fine but the notes are not: every problem found, in file order, each with the
    /// rule it breaks.
    case invalid([NotesProblem])

    /// The validation problems as the content reader words them, or none for the other cases.
    public var problems: [InhoudProblem] { notesProblems.map(\.problem) }

    /// The validation problems with their rules, or none for the other cases.
    public var notesProblems: [NotesProblem] {
        if case .invalid(let problems) = self { problems } else { [] }
    }

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            "\(path): file not found. Check the path given to --notes."
        case .unreadable(let path, let reason):
            "\(path): cannot read the notes: \(reason)"
        case .syntax(let file, let line, let column, let problem):
            InhoudError.syntax(file: file, line: line, column: column, problem: problem).description
        case .invalid(let problems):
            problems.map(\.problem.description).joined(separator: "\n")
        }
    }

    /// The same problem as reading content reports it, for the notes.
    init(_ error: InhoudError) {
        switch error {
        case .fileNotFound(let path): self = .fileNotFound(path: path)
        case .unreadable(let path, let reason): self = .unreadable(path: path, reason: reason)
        case let .syntax(file, line, column, problem): self = .syntax(file: file, line: line, column: column, problem: problem)
        case .invalid(let problems): self = .invalid(problems.map { NotesProblem($0, rule: .content($0.kind)) })
        }
    }
}

/// One problem of a notes file: where it is and what to do, in English (``problem``), and which
/// rule it breaks (``rule``), so that a front-end that speaks to its user in another language (the
/// web page's Dutch) words it itself from the rule, never from the English text.
public struct NotesProblem: Sendable, Equatable, CustomStringConvertible {
    /// The rule a notes file breaks.
    public enum Rule: Sendable, Equatable {
        /// A rule every content file has: an unknown key, a missing or empty field, a wrong type, ….
        case content(InhoudProblem.Kind)
        /// The file holds nothing at all.
        case emptyFile
        /// None of ervaringen, behoeften and toekomst has text for the client.
        case noTopicText
        /// A date that is not written in one of the accepted forms.
        case notADate
        /// `reageren_voor` is not after the conversation.
        case replyNotAfterConversation
        /// `verzonden` is before the conversation.
        case sentBeforeConversation
        /// `[privé]` inside a line of free text, where the text around it would be printed.
        case privateMarkerInsideLine
        /// `[privé]` in a one-line field that cannot be kept private (wie, wanneer, kenmerk, …).
        case privateMarkerInSingleField
        /// Something that looks like the private marker but is not it (`[prive]`, `[ Privé ]`, …).
        case privateMarkerLookalike
    }

    public let problem: InhoudProblem
    public let rule: Rule

    public init(_ problem: InhoudProblem, rule: Rule) {
        self.problem = problem
        self.rule = rule
    }

    public var description: String { problem.description }
}
