// Joining the PDFs cairo wrote for consecutive parts of one long document (a batch merged into one
// PDF) into one tagged PDF, part by part. cairo 1.16 keeps the structure tree of every page of a
// surface in memory until the surface is finished, so a thousand tagged pages on one surface cost
// tens of megabytes; drawn in parts of a few dozen pages and joined here, memory stays flat.
//
// Each part is a complete PDF as cairo writes it (a classic cross-reference table, or from cairo
// 1.17 on a cross-reference stream and object streams), read as a `Part`. Its objects get new
// numbers (`Renumbering`) and are written as they come: streams as they are, everything else
// packed into one compressed object stream per part. What is kept until the end is small: the new numbers of the
// pages, of each part's top structure element and of its parent-tree entries. The parts' catalogs,
// page trees, structure tree roots, parent trees, outline roots and information dictionaries are
// replaced by one of each, written last, with an XMP metadata stream (PDF/UA-1). Each part's `Document` structure element becomes a `Sect`
// under one new `Document`; outline items are chained across the parts.

extension PDF {
    /// Joins cairo PDFs of consecutive parts into one PDF, written through `write` as it goes.
    final class Merger {
        /// Numbers of the objects written at the end, reserved before the first part.
        enum Reserved {
            static let catalog = 1, pages = 2, structureRoot = 3, outlines = 4, info = 5, parentTree = 6, document = 7
            static let count = 7
        }

        private let write: ([UInt8]) throws -> Void
        private var written = 0
        /// The cross-reference stream's rows, kept as they will be written: the one thing that grows
        /// with every page (about a kilobyte a page).
        private var rows = PDF.StreamWriting.Rows()
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
            let part = try Part(pdf, figureAlternativeTexts: figureAlternativeTexts, creationDate: creationDate)
            if catalog == nil { catalog = part.catalog }
            if info == nil { info = part.info }
            let numbering = Renumbering(base: nextNumber - 1, keyOffset: nextParentKey, part: part)
            nextNumber = numbering.base + part.file.highestObjectNumber + 1
            let previousOutlineItem = try linkOutline(of: part, numbering)
            try writeObjects(of: part, numbering, previousOutlineItem: previousOutlineItem)
            record(part, numbering)
        }

        /// Writes the previous part's last outline item, now that its `/Next` (this part's first
        /// item) is known; returns its number, this part's first item's `/Prev`.
        private func linkOutline(of part: Part, _ numbering: Renumbering) throws -> Int? {
            guard let partOutline = part.outline, let pending = pendingOutlineItem else { return nil }
            try flushPendingOutlineItem(next: numbering.number(partOutline.first))
            return pending.number
        }

        /// Writes the part's objects under their new numbers: streams as they come, the rest in one
        /// object stream, except its last outline item, held back until its `/Next` is known.
        private func writeObjects(of part: Part, _ numbering: Renumbering, previousOutlineItem: Int?) throws {
            var packed: [(number: Int, value: [UInt8])] = []
            for number in part.file.objectNumbers where !part.dropped.contains(number) {
                let (rawValue, _, streamData) = try part.file.rawObject(number)
                var parser = Parser(bytes: Array(rawValue), position: 0)
                let parsed = try parser.parseValue()
                let value = rewritten(part.replacements[number].map(Value.dictionary) ?? parsed, number: number, of: part,
                                      numbering, previousOutlineItem: previousOutlineItem)
                let newNumber = numbering.number(number)
                if let data = streamData {
                    guard case .dictionary(let dict) = value else { throw PDFError.unexpectedObject("a stream without a dictionary") }
                    rows.set(newNumber, type: 1, written)
                    try emit(Array("\(newNumber) 0 obj\n".utf8) + Writer.topLevel(dict) + Array("\nstream\n".utf8))
                    try emit(Array(data))
                    try emit(Array("\nendstream\nendobj\n".utf8))
                } else if let partOutline = part.outline, number == partOutline.last, case .dictionary(let dict) = value {
                    pendingOutlineItem = (newNumber, dict)
                } else {
                    packed.append((newNumber, Writer.serialize(value)))
                }
            }
            try emitObjectStream(packed)
        }

        /// Object `number` of `part` as the joined file has it: parent-tree keys shifted, references
        /// renumbered, a top structure element made a `Sect` of the joined `Document`, the first
        /// outline item linked to the previous part's last.
        private func rewritten(_ value: Value, number: Int, of part: Part, _ numbering: Renumbering,
                               previousOutlineItem: Int?) -> Value {
            var value = value
            if case .dictionary(var dict) = value {
                if part.pages.contains(number), dict["StructParents"] != nil { dict["StructParents"] = numbering.key(dict["StructParents"]) }
                if dict["StructParent"] != nil { dict["StructParent"] = numbering.key(dict["StructParent"]) }
                value = .dictionary(dict)
            }
            value = numbering.value(value)
            // Set after renumbering: these point at objects of the joined file, not of the part.
            if part.topElements.contains(number), case .dictionary(var dict) = value {
                dict["S"] = .name("Sect")
                dict["P"] = .reference(Reference(number: Reserved.document, generation: 0))
                value = .dictionary(dict)
            }
            if let partOutline = part.outline, number == partOutline.first, let previousOutlineItem, case .dictionary(var dict) = value {
                dict["Prev"] = .reference(Reference(number: previousOutlineItem, generation: 0))
                value = .dictionary(dict)
            }
            return value
        }

        /// Keeps what the end needs of the part: its pages, sections and parent-tree entries under
        /// their new numbers, and the joined outline, which runs from the first part's first item
        /// to this part's last one.
        private func record(_ part: Part, _ numbering: Renumbering) {
            if let partOutline = part.outline {
                let last = numbering.number(partOutline.last)
                if var current = outline {
                    current.last = last
                    current.count += partOutline.count
                    outline = current
                } else {
                    outline = (numbering.number(partOutline.first), last, partOutline.count)
                }
            }
            pages += part.pages.map(numbering.number)
            sections += part.topElements.map(numbering.number)
            parentTree += part.parentTree.map { (key: $0.key + numbering.keyOffset, value: numbering.value($0.value)) }
            nextParentKey += (part.parentTree.map(\.key).max() ?? -1) + 1
        }

        /// Writes the catalog, page tree, structure tree, outline root and information dictionary for
        /// all parts, the cross-reference stream and the trailer.
        func finish(language: String?) throws {
            try flushPendingOutlineItem(next: nil)
            guard var catalog else { throw PDFError.unexpectedObject("no part was added") }
            var objects: [Int: Dict] = [:]
            func ref(_ number: Int) -> Value { .reference(Reference(number: number, generation: 0)) }

            catalog["Pages"] = ref(Reserved.pages)
            if let language {
                try PDF.PostProcessor.validateLanguage(language)
                catalog["Lang"] = .string(PDF.textString(language))
            }
            objects[Reserved.pages] = ["Type": .name("Pages"), "Kids": .array(pages.map(ref)), "Count": .integer(pages.count)]
            if !sections.isEmpty {
                catalog["StructTreeRoot"] = ref(Reserved.structureRoot)
                objects[Reserved.structureRoot] = ["Type": .name("StructTreeRoot"), "K": .array([ref(Reserved.document)]),
                                                   "ParentTree": ref(Reserved.parentTree), "ParentTreeNextKey": .integer(nextParentKey)]
                objects[Reserved.parentTree] = ["Nums": .array(parentTree.sorted { $0.key < $1.key }.flatMap { [.integer($0.key), $0.value] })]
                objects[Reserved.document] = ["Type": .name("StructElem"), "S": .name("Document"), "P": ref(Reserved.structureRoot),
                                              "K": .array(sections.map(ref))]
            } else {
                catalog["StructTreeRoot"] = nil
            }
            if let outline {
                catalog["Outlines"] = ref(Reserved.outlines)
                objects[Reserved.outlines] = ["Type": .name("Outlines"), "First": ref(outline.first), "Last": ref(outline.last),
                                              "Count": .integer(outline.count)]
            } else {
                catalog["Outlines"] = nil
            }
            // The XMP metadata (PDF/UA-1), from the joined information dictionary, uncompressed.
            let metadataNumber = nextNumber
            nextNumber += 1
            catalog["Metadata"] = ref(metadataNumber)
            let packet = PDF.XMPMetadata.packet(info: info ?? Dict(), language: PDF.PostProcessor.language(of: catalog),
                                                claimsUniversalAccessibility: PDF.PostProcessor.isTagged(catalog))
            rows.set(metadataNumber, type: 1, written)
            try emit(PDF.XMPMetadata.streamObject(number: metadataNumber, packet: packet))

            objects[Reserved.catalog] = catalog
            objects[Reserved.info] = info
            try emitObjectStream(objects.sorted { $0.key < $1.key }.map { ($0.key, Writer.serialize(.dictionary($0.value))) })

            // The cross-reference stream, then the trailer.
            let xrefNumber = nextNumber
            nextNumber += 1
            var trailer: Dict = ["Root": ref(Reserved.catalog)]
            if info != nil { trailer["Info"] = ref(Reserved.info) }
            try emit(try PDF.StreamWriting.crossReferenceStream(number: xrefNumber, offset: written, rows: rows,
                                                              trailer: trailer))
        }

        // MARK: - Writing

        private func emit(_ bytes: [UInt8]) throws {
            try write(bytes)
            written += bytes.count
        }

        private func emitObjectStream(_ objects: [PDF.StreamWriting.Packed]) throws {
            let streams = try PDF.StreamWriting.objectStreams(objects, numberedFrom: nextNumber, at: written, rows: &rows)
            nextNumber += streams.count
            try emit(streams.bytes)
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
