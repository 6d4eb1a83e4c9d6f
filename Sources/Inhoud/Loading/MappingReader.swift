import Foundation

/// What every reader shares while one content tree is read.
struct ReadContext {
    let log: Diagnostics
    let form: Inhoud.FormOfAddress
    /// The bundled default; hints about "leaving a line out" only make sense in an organisation's file.
    let defaultFile: SourceFile
}

/// A text together with where it was written, for checks that come after reading (URLs, templates).
struct LocatedText {
    let text: String
    let origin: Origin
    let path: NodePath
}

/// Reads one mapping of the merged content. Each accessor reports what is missing, empty or of the
/// wrong shape; `finish()` then reports every key that no accessor asked for, which catches typos.
final class MappingReader {
    let node: SourceNode
    let path: NodePath
    let context: ReadContext
    private let entries: [SourceNode.Entry]
    private var asked: [String] = []

    var log: Diagnostics { context.log }

    /// `nil` (after reporting) when the node is not a mapping.
    init?(_ node: SourceNode, path: NodePath, context: ReadContext, expecting: String = "a block of fields") {
        guard let entries = node.entries else {
            context.log.report(.wrongType, at: node.origin, path,
                               "expected \(expecting), found \(node.shape).\(Self.quotingHint(node))")
            return nil
        }
        self.node = node
        self.path = path
        self.context = context
        self.entries = entries
    }

    // MARK: Raw access

    func entry(_ key: String) -> SourceNode.Entry? {
        if !asked.contains(key) { asked.append(key) }
        return entries.first { $0.key == key }
    }

    /// The value under `key` unless absent or null; a required one is reported as missing or empty.
    func value(_ key: String, required: Bool = true) -> SourceNode? {
        guard let entry = entry(key) else {
            if required {
                log.report(.missingField, at: node.origin, path.key(key), "missing. Add '\(key):' here.")
            }
            return nil
        }
        if case .null = entry.value.value {
            if required {
                log.report(.emptyField, at: entry.keyOrigin, path.key(key),
                           "is empty. Fill it in\(keepDefaultHint(entry.keyOrigin)).")
            }
            return nil
        }
        return entry.value
    }

    // MARK: Text

    /// Trimmed, non-empty text of a node, reporting anything else.
    static func text(of node: SourceNode, path: NodePath, context: ReadContext) -> LocatedText? {
        guard let raw = node.text else {
            context.log.report(.wrongType, at: node.origin, path,
                               "expected text, found \(node.shape).\(quotingHint(node))")
            return nil
        }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            context.log.report(.emptyField, at: node.origin, path, "is empty. Write a text here.")
            return nil
        }
        return LocatedText(text: text, origin: node.origin, path: path)
    }

    func number(_ key: String) -> Double? {
        guard let located = locatedText(key) else { return nil }
        // Dutch users write decimal commas; YAML would otherwise keep "22,5" as text.
        guard let number = Double(located.text.replacingOccurrences(of: ",", with: ".")) else {
            log.report(.invalidValue, at: located.origin, located.path,
                       "'\(located.text)' is not a number. Write millimetres as a number, like 22 or 22.5.")
            return nil
        }
        return number
    }

    /// A yes or no: `ja`/`nee` as the content file's comments write it, or YAML's `true`/`false`.
    func flag(_ key: String) -> Bool? {
        guard let located = locatedText(key) else { return nil }
        switch located.text.lowercased() {
        case "ja", "true", "yes": return true
        case "nee", "false", "no": return false
        default:
            log.report(.invalidValue, at: located.origin, located.path,
                       "'\(located.text)' is not a yes or no. Write ja or nee.")
            return nil
        }
    }

    // MARK: Nested structures

    func mapping(_ key: String) -> MappingReader? {
        guard let value = value(key) else { return nil }
        return MappingReader(value, path: path.key(key), context: context)
    }

    func list(_ key: String, required: Bool = true) -> (node: SourceNode, items: [SourceNode])? {
        guard let value = value(key, required: required) else { return nil }
        guard let items = value.items else {
            log.report(.wrongType, at: value.origin, path.key(key),
                       "expected a list (lines starting with '- '), found \(value.shape).")
            return nil
        }
        return (value, items)
    }

    /// Checks a list's length, reporting a mismatch at the list. Too many items after merging usually
    /// means a mistyped id, which was appended instead of merged, so the message lists the ids it found.
    func checkCount(_ list: (node: SourceNode, items: [SourceNode]), key: String, rule: CountRule,
                    singular: String, plural: String) -> Bool {
        let count = list.items.count
        guard !rule.allows(count) else { return true }
        let ids = list.items.compactMap(Merger.id(of:))
        let found = count == 0 ? "none" : "\(count)" + (ids.count == count ? " (\(ids.joined(separator: ", ")))" : "")
        let advice: String
        if count < rule.minimum {
            let more = rule.minimum - count == 1 ? "one" : "\(rule.minimum - count)"
            advice = "Add \(more)\(keepDefaultHint(list.node.origin, what: "'\(key)'"))."
        } else if !ids.isEmpty {
            advice = "A new id adds an item; to change an item, use its id. Check the ids for typos."
        } else {
            advice = "Remove \(count > 1 ? "some" : "one")."
        }
        log.report(.wrongCount, at: list.node.origin, path.key(key),
                   "must have \(rule.phrase(singular: singular, plural: plural)), found \(found). \(advice)")
        return false
    }

    /// Reports keys that nothing asked for. Call after all accessors.
    func finish() {
        for entry in entries where !asked.contains(entry.key) {
            let message: String
            if entry.key == Merger.removeKey {
                message = "'verwijder: ja' only works in an organisation's file, on a list item whose id is in the default."
            } else {
                let suggestion = Suggestion.closest(to: entry.key, in: asked).map { " Did you mean '\($0)'?" } ?? ""
                message = "unknown field '\(entry.key)'.\(suggestion) Fields here: \(asked.joined(separator: ", "))."
            }
            log.report(.unknownKey, at: entry.keyOrigin, path.key(entry.key), message)
        }
    }

    // MARK: Hints

    func keepDefaultHint(_ origin: Origin, what: String = "the line") -> String {
        origin.file == context.defaultFile ? "" : ", or leave \(what) out to keep the default"
    }

    /// An unquoted "{{naam}}" is YAML for a nested {…} block; say so, since the YAML error itself would
    /// only puzzle someone who meant to write a letter text.
    static func quotingHint(_ node: SourceNode) -> String {
        let inline: Bool
        switch node.value {
        case .mapping(_, let flow): inline = flow || node["{…}"] != nil
        case .list(_, let flow): inline = flow
        default: inline = false
        }
        return inline ? " Text that starts with '{' or '[' (like {{naam}}) must be between quotes: \"{{naam}} …\"." : ""
    }
}
