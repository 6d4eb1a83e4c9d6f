extension PDF.Merger {
    /// One part as the merger reads it, before anything of it is written: the file with the
    /// post-processor's changes (`/Alt`, dates), its pages in order, the top elements and parent
    /// tree of its structure tree, its outline, and the objects the merger replaces by one of each
    /// for all parts (catalog, information dictionary, page tree nodes, structure tree root,
    /// parent tree nodes, outline root).
    struct Part {
        typealias Dict = PDF.Dict
        typealias Reference = PDF.Reference
        typealias Value = PDF.Value

        let file: PDF.File
        /// New values of objects, by number (from `PDF.PostProcessor.changes`).
        let replacements: [Int: Dict]
        private(set) var catalog = Dict()
        private(set) var info: Dict?
        /// The objects that are not copied.
        private(set) var dropped: Set<Int> = []
        private(set) var pages: [Int] = []
        private(set) var pageTreeNodes: Set<Int> = []
        /// The structure tree root's kids, which become `Sect`s under the joined `Document`.
        private(set) var topElements: [Int] = []
        private(set) var parentTree: [(key: Int, value: Value)] = []
        private(set) var structureRoot: Int?
        private(set) var outlineRoot: Int?
        /// The first and last top-level outline items and how many items are open.
        private(set) var outline: (first: Int, last: Int, count: Int)?

        /// Catalog entries the joined catalog can stand for.
        private static let knownCatalogKeys: Set<PDF.Name> = ["Type", "Pages", "StructTreeRoot", "Outlines", "MarkInfo",
                                                              "Lang", "ViewerPreferences", "PageMode", "PageLayout"]

        init(_ pdf: [UInt8], figureAlternativeTexts: [String], creationDate: String?) throws {
            file = try PDF.File(bytes: pdf)
            let changes = try PDF.PostProcessor.changes(in: file, language: nil, figureAlternativeTexts: figureAlternativeTexts,
                                                        creationDate: creationDate)
            replacements = changes.objects
            try readCatalog(trailer: changes.trailer)
            try readPageTree()
            try readStructureTree()
            try readOutline()
        }

        func dictionary(_ reference: Reference, _ role: String) throws -> Dict {
            try replacements[reference.number] ?? file.dictionary(reference, role: role)
        }

        static func reference(_ value: Value?, _ role: String) throws -> Reference {
            guard case .reference(let reference)? = value else {
                throw PDFError.unexpectedObject("the part's \(role) is not an indirect object")
            }
            return reference
        }

        private mutating func readCatalog(trailer: Dict) throws {
            let rootReference = try Self.reference(trailer["Root"], "catalog")
            catalog = try dictionary(rootReference, "document catalog")
            dropped.insert(rootReference.number)
            if let unknown = catalog.entries.first(where: { !Self.knownCatalogKeys.contains($0.key) }) {
                throw PDFError.unsupported("joining PDFs whose catalog has \(unknown.key)")
            }
            if case .reference(let infoReference)? = trailer["Info"] {
                info = try dictionary(infoReference, "document information dictionary")
                dropped.insert(infoReference.number)
            }
        }

        /// The pages in order, depth first.
        private mutating func readPageTree() throws {
            var stack = [try Self.reference(catalog["Pages"], "page tree")]
            while let node = stack.popLast() {
                let dict = try dictionary(node, "page tree node")
                if dict["Type"] == .name("Pages") {
                    guard pageTreeNodes.insert(node.number).inserted else { throw PDFError.unexpectedObject("the page tree has a cycle") }
                    guard case .array(let kids)? = dict["Kids"] else { throw PDFError.unexpectedObject("a page tree node has no /Kids") }
                    for kid in kids.reversed() { stack.append(try Self.reference(kid, "page")) }
                } else {
                    pages.append(node.number)
                }
            }
            dropped.formUnion(pageTreeNodes)
        }

        /// The dictionary the catalog's `key` points to, which the joined file replaces (so it is
        /// dropped), and its number; nil when the catalog has no `key`.
        private mutating func replacedRoot(_ key: PDF.Name, _ role: String) throws -> (number: Int, dict: Dict)? {
            guard let value = catalog[key] else { return nil }
            let reference = try Self.reference(value, role)
            dropped.insert(reference.number)
            return (reference.number, try dictionary(reference, role))
        }

        private mutating func readStructureTree() throws {
            guard let (number, root) = try replacedRoot("StructTreeRoot", "structure tree root") else { return }
            structureRoot = number
            for key in root.entries.map(\.key) where !["Type", "K", "ParentTree", "ParentTreeNextKey"].contains(key) {
                throw PDFError.unsupported("joining structure trees with \(key)")
            }
            switch root["K"] {
            case .reference(let top)?: topElements = [top.number]
            case .array(let items)?: topElements = try items.map { try Self.reference($0, "top structure element").number }
            default: break
            }
            try readParentTree(root["ParentTree"])
        }

        /// Gathers the number tree's entries (key → marked-content parents) from all its nodes.
        private mutating func readParentTree(_ top: Value?) throws {
            var nodes: [Value] = top.map { [$0] } ?? []
            while let node = nodes.popLast() {
                let dict: Dict
                switch node {
                case .reference(let reference):
                    guard dropped.insert(reference.number).inserted else {
                        throw PDFError.invalidStructureTree("the parent tree has a cycle")
                    }
                    dict = try dictionary(reference, "parent tree node")
                case .dictionary(let direct): dict = direct
                default: throw PDFError.invalidStructureTree("a parent tree node is \(node.kindDescription)")
                }
                if case .array(let kids)? = dict["Kids"] { nodes += kids }
                if case .array(let numbers)? = dict["Nums"] {
                    guard numbers.count % 2 == 0 else { throw PDFError.invalidStructureTree("an odd /Nums array") }
                    for index in stride(from: 0, to: numbers.count, by: 2) {
                        guard case .integer(let key) = numbers[index] else {
                            throw PDFError.invalidStructureTree("a parent tree key is not a number")
                        }
                        parentTree.append((key, numbers[index + 1]))
                    }
                }
            }
        }

        private mutating func readOutline() throws {
            guard let (number, root) = try replacedRoot("Outlines", "outline root") else { return }
            outlineRoot = number
            if case .reference(let first)? = root["First"], case .reference(let last)? = root["Last"] {
                var count = 0
                if case .integer(let value)? = root["Count"] { count = abs(value) }
                outline = (first.number, last.number, count)
            }
        }
    }
}
