import Foundation

extension MappingReader {
    /// Reads a list of blocks that each have an `id`, after checking its length. When the length is
    /// wrong the items are not read, so one mistyped id gives one message instead of a cascade.
    func identifiedItems(_ key: String, rule: CountRule, singular: String, plural: String, required: Bool = true)
        -> [(id: String, reader: MappingReader)]? {
        guard let list = list(key, required: required),
              checkCount(list, key: key, rule: rule, singular: singular, plural: plural) else { return nil }
        var seen: [String: Origin] = [:]
        var result: [(id: String, reader: MappingReader)] = []
        for (index, item) in list.items.enumerated() {
            let itemPath = path.key(key).item(id: Merger.id(of: item), index: index)
            guard let reader = MappingReader(item, path: itemPath, context: context,
                                             expecting: "a block that starts with 'id:'"),
                  let id = reader.readID(seen: &seen) else { continue }
            result.append((id, reader))
        }
        return result
    }

    /// Reads a list of questions. A question is a block with `id` and `tekst`, or plain text; the latter
    /// has no id and can only be replaced with its whole list.
    func questions(_ key: String, rule: CountRule) -> [Inhoud.Question]? {
        guard let list = list(key),
              checkCount(list, key: key, rule: rule, singular: "question", plural: "questions") else { return nil }
        var seen: [String: Origin] = [:]
        var questions: [Inhoud.Question] = []
        var complete = true
        for (index, item) in list.items.enumerated() {
            let itemPath = path.key(key).item(id: Merger.id(of: item), index: index)
            let isBlock = item.entries.map { $0.contains { $0.key == "id" || $0.key == "tekst" } } ?? false
            if isBlock, let reader = MappingReader(item, path: itemPath, context: context) {
                let id = reader.readID(seen: &seen)
                let text = reader.text("tekst")
                reader.finish()
                if let id, let text { questions.append(Inhoud.Question(id: id, text: text)) } else { complete = false }
            } else if let text = Self.variants(of: item, path: itemPath, context: context)?.chosen.text {
                questions.append(Inhoud.Question(id: nil, text: text))
            } else {
                complete = false
            }
        }
        return complete ? questions : nil
    }

    /// `[a-z0-9]+(-[a-z0-9]+)*`, checked by hand: a regular expression is compiled anew on every
    /// call, and there is an id on every block of the content (it was most of the start-up time).
    static func isWellFormedID(_ id: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "-")
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-") where previous != UInt8(ascii: "-"): break
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "-")
    }

    /// Reads this block's `id`: required, in a form that survives being typed by hand, unique in its list.
    func readID(seen: inout [String: Origin]) -> String? {
        guard let id = value("id").flatMap({ Self.text(of: $0, path: path.key("id"), context: context) })
        else { return nil }
        guard Self.isWellFormedID(id.text) else {
            log.report(.invalidValue, at: id.origin, id.path,
                       "the id '\(id.text)' may only contain lowercase letters, digits and '-', like 'mijn-vraag'.")
            return nil
        }
        if let first = seen[id.text] {
            log.report(.duplicateId, at: id.origin, id.path,
                       "the id '\(id.text)' is used twice in this list (first at \(first.file.name):\(first.line)). "
                           + "Give each item its own id.")
            return nil
        }
        seen[id.text] = id.origin
        return id.text
    }

    /// Reads a list of plain texts (address lines, signature lines).
    func textList(_ key: String, rule: CountRule, singular: String, plural: String,
                  required: Bool = true) -> [Variants]? {
        guard let list = list(key, required: required) else { return required ? nil : [] }
        guard checkCount(list, key: key, rule: rule, singular: singular, plural: plural) else { return nil }
        let texts = list.items.enumerated().map { index, item in
            Self.variants(of: item, path: path.key(key).item(id: nil, index: index), context: context)
        }
        let read = texts.compactMap { $0 }
        return read.count == texts.count ? read : nil
    }
}
