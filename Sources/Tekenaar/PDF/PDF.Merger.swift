// Joining the PDFs cairo wrote for consecutive parts of one long document (a batch merged into one
// PDF) into one tagged PDF, part by part. cairo 1.16 keeps the structure tree of every page of a
// surface in memory until the surface is finished, so a thousand tagged pages on one surface cost
// tens of megabytes; drawn in parts of a few dozen pages and joined here, memory stays flat.
//
// Each part is a complete PDF as cairo writes it (classic cross-reference table). Its objects get
// new numbers and are written as they come: streams as they are, everything else packed into one
// compressed object stream per part. What is kept until the end is small: the new numbers of the
// pages, of each part's top structure element and of its parent-tree entries. The parts' catalogs,
// page trees, structure tree roots, parent trees, outline roots and information dictionaries are
// replaced by one of each, written last. Each part's `Document` structure element becomes a `Sect`
// under one new `Document`; outline items are chained across the parts.

extension PDF {
    /// Joins cairo PDFs of consecutive parts into one PDF, written through `write` as it goes.
    final class Merger {
        /// Numbers of the objects written at the end, reserved before the first part.
        private enum Reserved {
            static let catalog = 1, pages = 2, structureRoot = 3, outlines = 4, info = 5, parentTree = 6, document = 7
            static let count = 7
        }

        private let write: ([UInt8]) throws -> Void
        private var written = 0
        /// The cross-reference stream's rows, 7 bytes per object number, kept as they will be written:
        /// the one thing that grows with every page (about a kilobyte a page).
        private var rows: [UInt8] = []
        private var nextNumber = Reserved.count + 1

        private var pages: [Int] = []
        private var sections: [Int] = []
        private var parentTree: [(key: Int, value: Value)] = []
        private var nextParentKey = 0
        private var outline: (first: Int, last: Int, count: Int)?
        /// The last top-level outline item of the part before, written once its `/Next` is known.
        private var pendingOutlineItem: (number: Int, dict: Dict)?
        private var catalog: Dict?
        private var info: Dict?

        init(write: @escaping ([UInt8]) throws -> Void) throws {
            self.write = write
            try emit(Array("%PDF-1.5\n%".utf8) + [0xB5, 0xED, 0xAE, 0xFB, 0x0A])
        }

        /// Adds the pages of one part (a complete PDF cairo wrote), with the alternative texts of its
        /// `/Figure` elements in document order and the document's ISO 8601 creation date (nil keeps
        /// the one cairo wrote).
        func append(_ pdf: [UInt8], figureAlternativeTexts: [String], creationDate: String? = nil) throws {
            let document = try File(bytes: pdf)
            let changes = try PostProcessor.changes(in: document, language: nil, figureAlternativeTexts: figureAlternativeTexts,
                                                    creationDate: creationDate)
            var replacements: [Int: Dict] = [:]
            for (reference, dict) in changes.objects { replacements[reference.number] = dict }
            func dictionary(_ reference: Reference, _ role: String) throws -> Dict {
                try replacements[reference.number] ?? document.dictionary(reference, role: role)
            }
            func reference(_ value: Value?, _ role: String) throws -> Reference {
                guard case .reference(let reference)? = value else {
                    throw PDFError.unexpectedObject("the part's \(role) is not an indirect object")
                }
                return reference
            }

            // The objects replaced by one of each at the end.
            var dropped: Set<Int> = []
            let rootReference = try reference(changes.trailer["Root"], "catalog")
            let partCatalog = try dictionary(rootReference, "document catalog")
            dropped.insert(rootReference.number)
            let known: Set<PDF.Name> = ["Type", "Pages", "StructTreeRoot", "Outlines", "MarkInfo", "Lang",
                                                     "ViewerPreferences", "PageMode", "PageLayout"]
            if let unknown = partCatalog.entries.first(where: { !known.contains($0.key) }) {
                throw PDFError.unsupported("joining PDFs whose catalog has \(unknown.key)")
            }
            if catalog == nil { catalog = partCatalog }
            if case .reference(let infoReference)? = changes.trailer["Info"] {
                if info == nil { info = try dictionary(infoReference, "document information dictionary") }
                dropped.insert(infoReference.number)
            }

            // Pages, in order.
            var pageNumbers: [Int] = []
            var pageSet: Set<Int> = []
            var treeNodes: Set<Int> = []
            var stack = [try reference(partCatalog["Pages"], "page tree")]
            while let node = stack.popLast() {
                let dict = try dictionary(node, "page tree node")
                if dict["Type"] == .name("Pages") {
                    guard treeNodes.insert(node.number).inserted else { throw PDFError.unexpectedObject("the page tree has a cycle") }
                    guard case .array(let kids)? = dict["Kids"] else { throw PDFError.unexpectedObject("a page tree node has no /Kids") }
                    for kid in kids.reversed() { stack.append(try reference(kid, "page")) }
                } else {
                    pageNumbers.append(node.number)
                    pageSet.insert(node.number)
                }
            }
            dropped.formUnion(treeNodes)

            // The structure tree: its top elements become sections; its parent tree is gathered.
            var tops: [Int] = []
            var partParentTree: [(key: Int, value: Value)] = []
            var structureRoot: Int?
            if let rootValue = partCatalog["StructTreeRoot"] {
                let rootReference = try reference(rootValue, "structure tree root")
                structureRoot = rootReference.number
                dropped.insert(rootReference.number)
                let root = try dictionary(rootReference, "structure tree root")
                for key in root.entries.map(\.key) where !["Type", "K", "ParentTree", "ParentTreeNextKey"].contains(key) {
                    throw PDFError.unsupported("joining structure trees with \(key)")
                }
                switch root["K"] {
                case .reference(let top)?: tops = [top.number]
                case .array(let items)?: tops = try items.map { try reference($0, "top structure element").number }
                default: break
                }
                var nodes: [Value] = root["ParentTree"].map { [$0] } ?? []
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
                            partParentTree.append((key, numbers[index + 1]))
                        }
                    }
                }
            }

            // Outlines: the part's top-level items join the chain.
            var outlineRoot: Int?
            var partOutline: (first: Int, last: Int, count: Int)?
            if let outlinesValue = partCatalog["Outlines"] {
                let outlinesReference = try reference(outlinesValue, "outline root")
                outlineRoot = outlinesReference.number
                dropped.insert(outlinesReference.number)
                let root = try dictionary(outlinesReference, "outline root")
                if case .reference(let first)? = root["First"], case .reference(let last)? = root["Last"] {
                    var count = 0
                    if case .integer(let value)? = root["Count"] { count = abs(value) }
                    partOutline = (first.number, last.number, count)
                }
            }

            // New numbers: the part's own, shifted past everything written so far.
            let base = nextNumber - 1
            let highest = document.highestObjectNumber
            nextNumber = base + highest + 1
            func renumbered(_ number: Int) -> Int {
                if treeNodes.contains(number) { return Reserved.pages }
                if number == structureRoot { return Reserved.structureRoot }
                if number == outlineRoot { return Reserved.outlines }
                return base + number
            }
            func renumbered(_ value: Value) -> Value {
                switch value {
                case .reference(let reference):
                    return .reference(Reference(number: renumbered(reference.number), generation: 0))
                case .array(let items):
                    return .array(items.map(renumbered))
                case .dictionary(var dict):
                    for index in dict.entries.indices { dict.entries[index].value = renumbered(dict.entries[index].value) }
                    return .dictionary(dict)
                default:
                    return value
                }
            }
            let keyOffset = nextParentKey
            func shiftedKey(_ value: Value?) -> Value? {
                guard case .integer(let key)? = value else { return value }
                return .integer(key + keyOffset)
            }

            // The previous part's last outline item learns its successor, and this part's first its
            // predecessor.
            var previousLastItem: Int?
            if let partOutline, let pending = pendingOutlineItem {
                previousLastItem = pending.number
                try flushPendingOutlineItem(next: base + partOutline.first)
            }

            var packed: [(number: Int, value: [UInt8])] = []
            for number in document.objectNumbers where !dropped.contains(number) {
                let (_, parsed, streamData) = try document.objectWithStreamData(number)
                var value = replacements[number].map(Value.dictionary) ?? parsed
                if case .dictionary(var dict) = value {
                    if pageSet.contains(number), dict["StructParents"] != nil { dict["StructParents"] = shiftedKey(dict["StructParents"]) }
                    if dict["StructParent"] != nil { dict["StructParent"] = shiftedKey(dict["StructParent"]) }
                    value = .dictionary(dict)
                }
                value = renumbered(value)
                // Set after renumbering: these point at objects of the joined file, not of the part.
                if tops.contains(number), case .dictionary(var dict) = value {
                    dict["S"] = .name("Sect")
                    dict["P"] = .reference(Reference(number: Reserved.document, generation: 0))
                    value = .dictionary(dict)
                }
                if let partOutline, number == partOutline.first, let previousLastItem, case .dictionary(var dict) = value {
                    dict["Prev"] = .reference(Reference(number: previousLastItem, generation: 0))
                    value = .dictionary(dict)
                }
                let newNumber = base + number
                if let data = streamData {
                    guard case .dictionary(let dict) = value else { throw PDFError.unexpectedObject("a stream without a dictionary") }
                    setRow(newNumber, type: 1, written)
                    try emit(Array("\(newNumber) 0 obj\n".utf8) + Writer.topLevel(dict) + Array("\nstream\n".utf8))
                    try emit(Array(data))
                    try emit(Array("\nendstream\nendobj\n".utf8))
                } else if let partOutline, number == partOutline.last, case .dictionary(let dict) = value {
                    pendingOutlineItem = (newNumber, dict)
                } else {
                    packed.append((newNumber, Writer.serialize(value)))
                }
            }
            // The joined outline runs from the first part's first item to this part's last one (held
            // back until the next part's first item is known).
            if let partOutline {
                let first = base + partOutline.first
                if var current = outline {
                    current.last = base + partOutline.last
                    current.count += partOutline.count
                    outline = current
                } else {
                    outline = (first, base + partOutline.last, partOutline.count)
                }
            }
            try emitObjectStream(packed)

            pages += pageNumbers.map { renumbered($0) }
            sections += tops.map { renumbered($0) }
            parentTree += partParentTree.map { (key: $0.key + keyOffset, value: renumbered($0.value)) }
            nextParentKey += (partParentTree.map(\.key).max() ?? -1) + 1
        }

        /// Writes the catalog, page tree, structure tree, outline root and information dictionary for
        /// all parts, the cross-reference stream and the trailer.
        func finish(language: String?) throws {
            try flushPendingOutlineItem(next: nil)
            guard var catalog else { throw PDFError.unexpectedObject("no part was added") }
            var objects: [(number: Int, value: [UInt8])] = []
            func ref(_ number: Int) -> Value { .reference(Reference(number: number, generation: 0)) }

            catalog["Pages"] = ref(Reserved.pages)
            if let language {
                try PDF.PostProcessor.validateLanguage(language)
                catalog["Lang"] = .string(PDF.textString(language))
            }
            var pagesDict = Dict()
            pagesDict["Type"] = .name("Pages")
            pagesDict["Kids"] = .array(pages.map(ref))
            pagesDict["Count"] = .integer(pages.count)
            objects.append((Reserved.pages, Writer.serialize(.dictionary(pagesDict))))
            if !sections.isEmpty {
                catalog["StructTreeRoot"] = ref(Reserved.structureRoot)
                var root = Dict()
                root["Type"] = .name("StructTreeRoot")
                root["K"] = .array([ref(Reserved.document)])
                root["ParentTree"] = ref(Reserved.parentTree)
                root["ParentTreeNextKey"] = .integer(nextParentKey)
                objects.append((Reserved.structureRoot, Writer.serialize(.dictionary(root))))
                var tree = Dict()
                tree["Nums"] = .array(parentTree.sorted { $0.key < $1.key }.flatMap { [Value.integer($0.key), $0.value] })
                objects.append((Reserved.parentTree, Writer.serialize(.dictionary(tree))))
                var element = Dict()
                element["Type"] = .name("StructElem")
                element["S"] = .name("Document")
                element["P"] = ref(Reserved.structureRoot)
                element["K"] = .array(sections.map(ref))
                objects.append((Reserved.document, Writer.serialize(.dictionary(element))))
            } else {
                catalog["StructTreeRoot"] = nil
            }
            if let outline {
                catalog["Outlines"] = ref(Reserved.outlines)
                var root = Dict()
                root["Type"] = .name("Outlines")
                root["First"] = ref(outline.first)
                root["Last"] = ref(outline.last)
                root["Count"] = .integer(outline.count)
                objects.append((Reserved.outlines, Writer.serialize(.dictionary(root))))
            } else {
                catalog["Outlines"] = nil
            }
            objects.append((Reserved.catalog, Writer.serialize(.dictionary(catalog))))
            if let info { objects.append((Reserved.info, Writer.serialize(.dictionary(info)))) }
            try emitObjectStream(objects.sorted { $0.number < $1.number })

            // The cross-reference stream, then the trailer.
            let xrefNumber = nextNumber
            nextNumber += 1
            setRow(xrefNumber, type: 1, written)
            var trailer = Dict()
            trailer["Root"] = ref(Reserved.catalog)
            if info != nil { trailer["Info"] = ref(Reserved.info) }
            try emit(try PDF.StreamWriting.crossReferenceStream(number: xrefNumber, offset: written, rows: rows,
                                                              size: rows.count / 7, trailer: trailer))
        }

        // MARK: - Writing

        /// Sets object `number`'s row; numbers not set stay free (object 0 heads the free list).
        private func setRow(_ number: Int, type: UInt8, _ field: Int, _ index: Int = 0) {
            if rows.isEmpty { PDF.StreamWriting.appendRow(type: 0, 0, 65535, to: &rows) }
            if rows.count < (number + 1) * 7 { rows += Array(repeating: 0, count: (number + 1) * 7 - rows.count) }
            var row: [UInt8] = []
            PDF.StreamWriting.appendRow(type: type, field, index, to: &row)
            rows.replaceSubrange((number * 7)..<(number * 7 + 7), with: row)
        }

        private func emit(_ bytes: [UInt8]) throws {
            try write(bytes)
            written += bytes.count
        }

        private func emitObjectStream(_ objects: [PDF.StreamWriting.Packed]) throws {
            let streams = try PDF.StreamWriting.objectStreams(objects, numberedFrom: nextNumber)
            nextNumber += streams.count
            for stream in streams {
                for (position, item) in stream.members.enumerated() { setRow(item.number, type: 2, stream.number, position) }
                setRow(stream.number, type: 1, written)
                try emit(stream.bytes)
            }
        }

        /// Writes the held-back outline item, with `/Next` when the item after it is known.
        private func flushPendingOutlineItem(next: Int?) throws {
            guard var pending = pendingOutlineItem else { return }
            pendingOutlineItem = nil
            if let next { pending.dict["Next"] = .reference(Reference(number: next, generation: 0)) }
            try emitObjectStream([(pending.number, Writer.serialize(.dictionary(pending.dict)))])
        }
    }
}
