extension PDF.Merger {
    /// The numbers a part's objects get in the joined file: its own, shifted past everything
    /// written so far, except the page tree, structure tree root and outline root, which become
    /// the joined file's; and its parent-tree keys, shifted past the earlier parts' keys.
    struct Renumbering {
        /// What is added to the part's object numbers.
        let base: Int
        /// What is added to the part's parent-tree keys.
        let keyOffset: Int
        let part: Part

        func number(_ number: Int) -> Int {
            if part.pageTreeNodes.contains(number) { return Reserved.pages }
            if number == part.structureRoot { return Reserved.structureRoot }
            if number == part.outlineRoot { return Reserved.outlines }
            return base + number
        }

        /// `value` with every reference in it renumbered.
        func value(_ value: PDF.Value) -> PDF.Value {
            switch value {
            case .reference(let reference):
                return .reference(PDF.Reference(number: number(reference.number), generation: 0))
            case .array(let items):
                return .array(items.map(self.value))
            case .dictionary(var dict):
                for index in dict.entries.indices { dict.entries[index].value = self.value(dict.entries[index].value) }
                return .dictionary(dict)
            default:
                return value
            }
        }

        /// A `/StructParent(s)` key shifted past the earlier parts' keys.
        func key(_ value: PDF.Value?) -> PDF.Value? {
            guard case .integer(let key)? = value else { return value }
            return .integer(key + keyOffset)
        }
    }
}
