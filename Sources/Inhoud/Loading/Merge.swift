import Foundation

/// Deep-merges an organisation's content over the default.
///
/// The rule, also explained at the top of `inhoud.yaml`:
/// - mapping over mapping: merged key by key; keys the override does not name stay as they are;
/// - a non-empty list whose items are all mappings with an `id`, over a list whose items all have an
///   `id`: merged by id. An item with a known id is merged into that item (in place, so the order of the
///   default stays); an item with a new id is appended; an item with a known id and `verwijder: ja`
///   removes that item;
/// - anything else (text, null, a list without ids, an empty list, a change of shape): the override
///   replaces the default. Null thus clears an optional field.
/// Every merged node keeps the origin of the file that last supplied it.
struct Merger {
    static let removeKey = "verwijder"

    let log: Diagnostics

    func merge(_ base: SourceNode, _ override: SourceNode, at path: NodePath) -> SourceNode {
        switch (base.value, override.value) {
        case (.mapping(let baseEntries, _), .mapping(let overrideEntries, let flow)):
            var merged = baseEntries
            for entry in overrideEntries {
                if let index = merged.firstIndex(where: { $0.key == entry.key }) {
                    let value = merge(merged[index].value, entry.value, at: path.key(entry.key))
                    merged[index] = SourceNode.Entry(key: entry.key, keyOrigin: entry.keyOrigin, value: value)
                } else {
                    merged.append(entry)
                }
            }
            return SourceNode(value: .mapping(merged, flow: flow), origin: override.origin)
        case (.list(let baseItems, _), .list(let overrideItems, let flow))
            where !overrideItems.isEmpty && overrideItems.allSatisfy(Self.hasID) && baseItems.allSatisfy(Self.hasID):
            let merged = mergeByID(baseItems, overrideItems, at: path)
            return SourceNode(value: .list(merged, flow: flow), origin: override.origin)
        default:
            return override
        }
    }

    private static func hasID(_ node: SourceNode) -> Bool {
        id(of: node) != nil
    }

    static func id(of node: SourceNode) -> String? {
        node["id"]?.text?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func mergeByID(_ base: [SourceNode], _ override: [SourceNode], at path: NodePath) -> [SourceNode] {
        var result = base
        var seen: [String: Origin] = [:]
        for (index, item) in override.enumerated() {
            guard let id = Self.id(of: item) else { continue }
            let idOrigin = item.entries?.first { $0.key == "id" }?.keyOrigin ?? item.origin
            let itemPath = path.item(id: id, index: index)
            if let first = seen[id] {
                log.report(.duplicateId, at: idOrigin, itemPath.key("id"),
                           "the id '\(id)' is used twice in this list (first at \(first.file.name):\(first.line)). "
                               + "Give each item its own id, or put both changes in one item.")
                continue
            }
            seen[id] = idOrigin
            let (remove, rest) = removalFlag(item, at: itemPath)
            if let position = result.firstIndex(where: { Self.id(of: $0) == id }) {
                if remove {
                    result.remove(at: position)
                } else {
                    result[position] = merge(result[position], rest, at: itemPath)
                }
            } else if remove {
                let known = base.compactMap(Self.id(of:)).joined(separator: ", ")
                log.report(.unknownId, at: idOrigin, itemPath,
                           "cannot remove '\(id)': there is no item with that id here. Known ids: \(known).")
            } else {
                result.append(rest)
            }
        }
        return result
    }

    /// Reads and strips `verwijder`, which is an instruction to the merge and not content.
    private func removalFlag(_ item: SourceNode, at path: NodePath) -> (Bool, SourceNode) {
        guard case .mapping(let entries, let flow) = item.value,
              let flag = entries.first(where: { $0.key == Self.removeKey }) else { return (false, item) }
        var rest = item
        rest.value = .mapping(entries.filter { $0.key != Self.removeKey }, flow: flow)
        switch flag.value.text?.lowercased() {
        case "ja", "yes", "true": return (true, rest)
        case "nee", "no", "false": return (false, rest)
        default:
            log.report(.invalidValue, at: flag.keyOrigin, path.key(Self.removeKey),
                       "write 'verwijder: ja' to remove this item, or leave the line out.")
            return (false, rest)
        }
    }
}
