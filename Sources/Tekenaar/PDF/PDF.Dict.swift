extension PDF {
    /// A dictionary that keeps its keys in file order so rewritten objects stay recognisable.
    struct Dict: Equatable, Sendable, ExpressibleByDictionaryLiteral {
        struct Entry: Equatable, Sendable {
            var key: Name
            var value: Value
        }

        var entries: [Entry] = []

        init() {}

        /// The entries in the order written (a Swift dictionary literal keeps its order here).
        init(dictionaryLiteral elements: (Name, Value)...) {
            entries = elements.map { Entry(key: $0, value: $1) }
        }

        /// Reads the last entry with `key` (duplicate keys are malformed; the last one wins).
        /// Writing replaces the first entry with `key` in place (dropping duplicates), appends a
        /// new one, or removes all entries with `key` when set to `nil`.
        subscript(key: Name) -> Value? {
            get { entries.last(where: { $0.key == key })?.value }
            set {
                guard let newValue else {
                    entries.removeAll { $0.key == key }
                    return
                }
                if let index = entries.firstIndex(where: { $0.key == key }) {
                    entries[index].value = newValue
                    var seen = false
                    entries.removeAll { entry in
                        guard entry.key == key else { return false }
                        defer { seen = true }
                        return seen
                    }
                } else {
                    entries.append(Entry(key: key, value: newValue))
                }
            }
        }
    }
}
