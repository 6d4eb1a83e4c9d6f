/// Why content could not be loaded. Every message names the file (and where known the line and field)
/// and says what to do, because the person reading it is usually editing a content file by hand.
public enum InhoudError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The content file does not exist.
    case fileNotFound(path: String)
    /// The file exists but cannot be read as UTF-8 text (or is a folder).
    case unreadable(path: String, reason: String)
    /// The file is not valid YAML.
    case syntax(file: String, line: Int, column: Int, problem: String)
    /// The YAML is fine but the content is not: every problem found, in file order.
    case invalid([InhoudProblem])

    /// The validation problems, or none for the other cases.
    public var problems: [InhoudProblem] {
        if case .invalid(let problems) = self { problems } else { [] }
    }

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            "\(path): file not found. Check the path given to --content."
        case .unreadable(let path, let reason):
            "\(path): cannot read the file: \(reason)"
        case .syntax(let file, let line, let column, let problem):
            "\(file):\(line):\(column): YAML syntax error: \(problem). Check the indentation (spaces, no tabs), "
                + "the space after ':' and '-', and put text that contains ': ' or starts with '{' or '[' "
                + "between quotes."
        case .invalid(let problems):
            problems.map(\.description).joined(separator: "\n")
        }
    }
}

/// One thing wrong in the content, with where it is and how to fix it.
public struct InhoudProblem: Sendable, Equatable, CustomStringConvertible {
    /// The sort of problem, for callers and tests that react to it.
    public enum Kind: Sendable, Equatable {
        case unknownKey
        case missingField
        case emptyField
        case wrongType
        case wrongCount
        case duplicateId
        case unknownId
        case invalidURL
        case invalidValue
        case unknownPlaceholder
        case invalidTemplate
        case missingFile
    }

    public let kind: Kind
    /// The file as the user named it (or the bundled default's path in the repository).
    public let file: String
    /// 1-based line in `file`.
    public let line: Int
    /// The field's path, e.g. `onderwerpen[behoeften].vragen[2].tekst`: list items by id, or counted
    /// from 1 when they have none.
    public let field: String
    /// What is wrong and what to do about it.
    public let message: String

    public var description: String { "\(file):\(line): \(field): \(message)" }
}
