/// Why a notes file could not be read. Every message names the file (and where known the line and
/// field), because the person reading it has just typed the notes by hand.
public enum NotesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The notes file does not exist.
    case fileNotFound(path: String)
    /// The file exists but cannot be read as UTF-8 text (or is a folder).
    case unreadable(path: String, reason: String)
    /// The file is not valid YAML.
    case syntax(file: String, line: Int, column: Int, problem: String)
    /// The YAML is fine but the notes are not: every problem found, in file order.
    case invalid([InhoudProblem])

    /// The validation problems, or none for the other cases.
    public var problems: [InhoudProblem] {
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
            problems.map(\.description).joined(separator: "\n")
        }
    }

    /// The same problem as reading content reports it, for the notes.
    init(_ error: InhoudError) {
        switch error {
        case .fileNotFound(let path): self = .fileNotFound(path: path)
        case .unreadable(let path, let reason): self = .unreadable(path: path, reason: reason)
        case let .syntax(file, line, column, problem): self = .syntax(file: file, line: line, column: column, problem: problem)
        case .invalid(let problems): self = .invalid(problems)
        }
    }
}
