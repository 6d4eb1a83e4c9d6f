import Foundation
import Yams

/// A content file as it was named to the user, and the folder its relative paths start from.
struct SourceFile: Sendable, Equatable {
    let name: String
    let directory: URL?
}

/// Where a node came from. Merging keeps the origin of whichever file supplied a node, so that a
/// problem in merged content still points at the line someone has to edit.
struct Origin: Sendable, Equatable {
    let file: SourceFile
    let line: Int
}

/// A YAML node reduced to what content needs (text, mappings, lists, null), each with its origin.
/// Yams' `Node` cannot carry the file a node came from, and merging two files needs exactly that.
struct SourceNode: Sendable {
    enum Value: Sendable {
        case null
        case text(String)
        case mapping([Entry], flow: Bool)
        case list([SourceNode], flow: Bool)
    }

    struct Entry: Sendable {
        var key: String
        var keyOrigin: Origin
        var value: SourceNode
    }

    var value: Value
    var origin: Origin

    var entries: [Entry]? {
        if case .mapping(let entries, _) = value { entries } else { nil }
    }

    var items: [SourceNode]? {
        if case .list(let items, _) = value { items } else { nil }
    }

    var text: String? {
        if case .text(let text) = value { text } else { nil }
    }

    subscript(key: String) -> SourceNode? {
        entries?.first { $0.key == key }?.value
    }

    /// How the node looks in an error message ("a list", "a {…} block").
    var shape: String {
        switch value {
        case .null: "nothing"
        case .text: "text"
        case .mapping(_, let flow): flow || self["{…}"] != nil ? "a {…} block" : "a block of fields"
        case .list(_, let flow): flow ? "a […] list" : "a list"
        }
    }
}

extension SourceNode {
    /// Converts a composed Yams node. A value's origin is the line of its key, because that is the line
    /// a person looks for ("vragen:"), not the line where a nested block happens to start.
    init(_ node: Node, file: SourceFile, lines: [[Unicode.Scalar]], line: Int? = nil) {
        let origin = Origin(file: file, line: line ?? node.mark?.line ?? 1)
        switch node {
        case .scalar(let scalar):
            self.init(value: node.null != nil ? .null : .text(scalar.string), origin: origin)
        case .mapping(let mapping):
            let entries = mapping.map { key, value in
                let keyLine = key.mark?.line ?? origin.line
                // A non-text key comes from an unquoted "{{…}}"; keeping it under a visible name lets
                // validation report it on the right line.
                let name = key.scalar?.string ?? "{…}"
                return Entry(key: name, keyOrigin: Origin(file: file, line: keyLine),
                             value: SourceNode(value, file: file, lines: lines, line: keyLine))
            }
            self.init(value: .mapping(entries, flow: Self.startsWithBracket(node.mark, lines)), origin: origin)
        case .sequence(let sequence):
            let items = sequence.map { SourceNode($0, file: file, lines: lines) }
            self.init(value: .list(items, flow: Self.startsWithBracket(node.mark, lines)), origin: origin)
        case .alias:
            // Yams resolves aliases while composing; an unresolved one carries no content.
            self.init(value: .null, origin: origin)
        }
    }

    /// Whether a collection was written inline as {…} or […]. Read from the text because Yams 6 takes
    /// the style from the collection's end event, where libyaml leaves it unset.
    private static func startsWithBracket(_ mark: Mark?, _ lines: [[Unicode.Scalar]]) -> Bool {
        guard let mark, lines.indices.contains(mark.line - 1) else { return false }
        let line = lines[mark.line - 1]
        guard line.indices.contains(mark.column - 1) else { return false }
        return line[mark.column - 1] == "{" || line[mark.column - 1] == "["
    }

    /// Parses YAML text; an empty document gives `nil`.
    static func parse(_ text: String, file: SourceFile) throws(InhoudError) -> SourceNode? {
        let node: Node?
        do {
            // The basic resolver: every scalar stays text (the decoder reads numbers and dates itself), and
            // the default resolver's regular expressions cost more than the rest of loading.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw syntaxError(error, file: file, text: text)
        } catch {
            throw .syntax(file: file.name, line: 1, column: 1, problem: "\(error)")
        }
        // Split by scalar, not by Character: grapheme breaking over the whole file cost more than
        // parsing it (and a "\r\n" is one Character, so files with Windows line ends did not split).
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        return node.map { SourceNode($0, file: file, lines: lines) }
    }

    private static func syntaxError(_ error: YamlError, file: SourceFile, text: String) -> InhoudError {
        func described(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let context, !context.text.isEmpty else { return problem }
            return "\(context.text) at line \(context.mark.line), \(problem)"
        }
        // libyaml's words for a tab ("cannot start any token") do not say what to do about it.
        func tabHint(_ line: Int) -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.indices.contains(line - 1), lines[line - 1].contains("\t") else { return "" }
            return " (this line contains a tab: indent with spaces)"
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return .syntax(file: file.name, line: mark.line, column: mark.column,
                           problem: described(context, problem) + tabHint(mark.line))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .syntax(file: file.name, line: context.mark.line, column: context.mark.column,
                           problem: "the key '\(duplicates.joined(separator: "', '"))' appears twice in one block")
        case .reader(let problem, let offset, _, _):
            let line = offset.map { offset in text.prefix(offset).filter { $0 == "\n" }.count + 1 } ?? 1
            return .syntax(file: file.name, line: line, column: 1, problem: problem)
        default:
            return .syntax(file: file.name, line: 1, column: 1, problem: "\(error)")
        }
    }
}
