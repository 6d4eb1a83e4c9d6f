// Post-processing of the PDFs cairo 1.16 writes, for what cairo cannot do itself
// (see cairo-pango-notes.md §4 "PDF in cairo 1.16" in the shared docs):
//
//  - `/Lang` in the document catalog (cairo has no API for it);
//  - `/Alt` on `/Figure` structure elements (cairo ignores `alt='…'` on the Figure tag);
//  - `/CreationDate` and `/ModDate`, written here rather than by cairo, whose explicitly set dates
//    lack the `D:` prefix and the closing `'` of the time zone;
//  - for PDF/UA-1 (docs/pdf-ua.md): `/ViewerPreferences << /DisplayDocTitle true >>` in the catalog,
//    `/Tabs /S` on pages with annotations, and an XMP metadata stream (`PDF.XMPMetadata`).
//
// The changes are made while the file is rewritten compactly (PDF.File+Compacted.swift). Objects are
// located through the cross-reference table only, so stream bodies (binary Flate data) are never
// parsed or searched. Pure Swift, no cairo and no Foundation needed; the output is deterministic
// (no `/ID` is added).

extension PDF {
    /// Adds what cairo 1.16 cannot write to a finished (tagged) PDF; see the comment at the top of this file.
    enum PostProcessor {
        /// A file that is about to be written, with the changes (`/Lang`, `/Alt`, dates) made in
        /// place while it is rewritten with object streams and a cross-reference stream (PDF 1.5).
        ///
        /// - Parameters:
        ///   - language: a BCP 47 tag such as `"nl-NL"`, written as `/Lang` in the catalog (replacing an
        ///     existing one); `nil` leaves the catalog's language alone.
        ///   - figureAlternativeTexts: one text per `/S /Figure` structure element, in the order the Figure
        ///     tags were begun, i.e. depth-first document order of the structure tree. Written as `/Alt`.
        ///   - creationDate: an ISO 8601 date written as `/CreationDate` and `/ModDate`; `nil` leaves
        ///     the dates alone.
        ///   - base: for a file too big to hold whole, where `pdf` starts in it (for a cairo file, what
        ///     it wrote while finishing the surface). What is returned replaces the file from `base` on:
        ///     objects before `base` stay where they are (unless changed), the rest is packed. Throws
        ///     `PDFError.outsideWindow` when an object to change lies before `base`; the caller then
        ///     passes the whole file.
        ///   - head: the file from its start (at least up to `base`), where objects before `base` that
        ///     are to be changed (cairo's page objects) are read; without it they cannot be changed.
        static func compacted(_ pdf: [UInt8], base: Int = 0, head: [UInt8] = [], language: String?,
                              figureAlternativeTexts: [String], creationDate: String? = nil) throws(PDFError) -> [UInt8]
        {
            if let language { try validateLanguage(language) }
            let document = try File(bytes: pdf, base: base, head: head)
            var changes = try changes(in: document, language: language, figureAlternativeTexts: figureAlternativeTexts,
                                      creationDate: creationDate)
            let metadata = try addMetadata(to: &changes, in: document)
            return try document.compacted(replacing: changes.objects, trailer: changes.trailer, adding: metadata)
        }

        /// Points the changed catalog at an XMP metadata stream made from the changed information
        /// dictionary; returns that stream, by number: the catalog's `/Metadata` object when there
        /// is one (so processing a processed file again gives the same bytes), else a new number.
        private static func addMetadata(to changes: inout Changes, in document: File) throws(PDFError) -> [Int: [UInt8]] {
            guard case .reference(let rootReference)? = changes.trailer["Root"] else {
                throw .unexpectedObject("the trailer has no indirect /Root (document catalog) entry")
            }
            /// The changed version of a dictionary, else the one in the file.
            func current(_ reference: Reference, role: String) throws(PDFError) -> Dict {
                if let changed = changes.objects[reference.number] { return changed }
                return try document.dictionary(reference, role: role)
            }
            var catalog = try current(rootReference, role: "document catalog")
            let info: Dict
            switch changes.trailer["Info"] {
            case .reference(let reference)?: info = try current(reference, role: "document information dictionary")
            case .dictionary(let dict)?: info = dict
            default: info = Dict()
            }
            let number: Int
            if case .reference(let existing)? = catalog["Metadata"], existing.generation == 0, document.locations[existing.number] != nil {
                number = existing.number
            } else {
                number = document.firstFreeNumber
                catalog["Metadata"] = .reference(Reference(number: number, generation: 0))
                changes.objects[rootReference.number] = catalog
            }
            let packet = XMPMetadata.packet(info: info, language: language(of: catalog),
                                            claimsUniversalAccessibility: isTagged(catalog))
            return [number: XMPMetadata.streamObject(number: number, packet: packet)]
        }

        /// The catalog's `/Lang` as text.
        static func language(of catalog: Dict) -> String? {
            guard case .string(let lang)? = catalog["Lang"] else { return nil }
            return lang.text
        }

        /// Whether a catalog says the document is tagged: `/MarkInfo << /Marked true >>` and a
        /// structure tree. Only then is PDF/UA-1 claimed in the metadata.
        static func isTagged(_ catalog: Dict) -> Bool {
            guard case .dictionary(let markInfo)? = catalog["MarkInfo"], markInfo["Marked"] == .bool(true) else { return false }
            return catalog["StructTreeRoot"] != nil
        }

        /// What `compacted` and `PDF.Merger` change: new versions of objects (by number) and the trailer.
        struct Changes {
            var objects: [Int: Dict]
            var trailer: Dict
        }

        /// The changed catalog, Figure elements and dates of `document` (the language is already valid).
        static func changes(in document: File, language: String?, figureAlternativeTexts: [String],
                            creationDate: String?) throws(PDFError) -> Changes
        {
            var updates: [Int: (reference: Reference, dict: Dict)] = [:]

            /// The newest version of a dictionary object: one already changed here, or the one in the file.
            func currentDictionary(_ reference: Reference, role: String) throws(PDFError) -> Dict {
                if let updated = updates[reference.number], updated.reference == reference { return updated.dict }
                return try document.dictionary(reference, role: role)
            }

            // The catalog.
            guard case .reference(let rootReference)? = document.trailer["Root"] else {
                throw .unexpectedObject("the trailer has no indirect /Root (document catalog) entry")
            }
            let catalog = try currentDictionary(rootReference, role: "document catalog")
            guard catalog["Type"] == .name("Catalog") else {
                throw .unexpectedObject("object \(rootReference) (the trailer's /Root) is not a /Type /Catalog dictionary")
            }

            // Figures.
            let figures = try figureElements(of: catalog, in: document)
            guard figures.count == figureAlternativeTexts.count else {
                throw .figureCountMismatch(figures: figures.count, alternativeTexts: figureAlternativeTexts.count)
            }
            // Objects whose entry already has exactly the new value are not rewritten, so processing
            // an already processed file with the same arguments returns it unchanged.
            for (figure, text) in zip(figures, figureAlternativeTexts) {
                var element = try currentDictionary(figure, role: "Figure structure element")
                let alt = Value.string(textString(text))
                if element["Alt"] != alt {
                    element["Alt"] = alt
                    updates[figure.number] = (figure, element)
                }
            }

            // Language and viewer preferences (after the figures: a malformed file could use the
            // catalog as a "Figure").
            var newCatalog = try currentDictionary(rootReference, role: "document catalog")
            if let language { newCatalog["Lang"] = .string(textString(language)) }
            newCatalog["ViewerPreferences"] = .dictionary(try displayingTitle(newCatalog["ViewerPreferences"]))
            if newCatalog != catalog { updates[rootReference.number] = (rootReference, newCatalog) }

            // Tab order follows the structure on every page with links (PDF/UA-1 §7.18.3).
            for page in try pages(of: newCatalog, in: document) {
                var dict = try currentDictionary(page, role: "page")
                guard let annotations = dict["Annots"], annotations != .array([]), dict["Tabs"] != .name("S") else { continue }
                dict["Tabs"] = .name("S")
                updates[page.number] = (page, dict)
            }

            // Dates in the document information dictionary, in place of the one cairo wrote (the
            // time it ran), so that the same input gives the same bytes.
            var trailer = document.trailer
            if let creationDate {
                let date = Value.string(ByteString(bytes: Array(try PDF.date(iso8601: creationDate).utf8), isHex: false))
                func setDates(_ info: inout Dict) {
                    info["CreationDate"] = date
                    info["ModDate"] = date
                }
                switch document.trailer["Info"] {
                case .reference(let infoReference)?:
                    var info = try currentDictionary(infoReference, role: "document information dictionary")
                    setDates(&info)
                    updates[infoReference.number] = (infoReference, info)
                case .dictionary(var info)?:
                    setDates(&info)
                    trailer["Info"] = .dictionary(info)
                case nil, .null?:
                    throw .unexpectedObject("the trailer has no /Info to write the creation date in")
                case let other?:
                    throw .unexpectedObject("the trailer's /Info is \(other.kindDescription), not a dictionary")
                }
            }

            return Changes(objects: updates.mapValues(\.dict), trailer: trailer)
        }

        /// Viewer preferences (a direct dictionary or none) with `/DisplayDocTitle true`, so that a
        /// viewer shows the title rather than the file name (PDF/UA-1 §7.1).
        private static func displayingTitle(_ preferences: Value?) throws(PDFError) -> Dict {
            var dict: Dict
            switch preferences {
            case nil, .null?: dict = Dict()
            case .dictionary(let existing)?: dict = existing
            case let other?: throw .unsupported("a catalog whose /ViewerPreferences is \(other.kindDescription)")
            }
            dict["DisplayDocTitle"] = .bool(true)
            return dict
        }

        /// The pages (leaves of the page tree) in order.
        static func pages(of catalog: Dict, in document: File) throws(PDFError) -> [Reference] {
            guard case .reference(let root)? = catalog["Pages"] else {
                throw .unexpectedObject("the catalog has no indirect /Pages entry")
            }
            var pages: [Reference] = []
            var nodes: Set<Reference> = []
            var stack = [root]
            while let node = stack.popLast() {
                let dict = try document.dictionary(node, role: "page tree node")
                guard dict["Type"] == .name("Pages") else {
                    pages.append(node)
                    continue
                }
                guard nodes.insert(node).inserted else { throw .unexpectedObject("the page tree has a cycle") }
                guard case .array(let kids)? = dict["Kids"] else { throw .unexpectedObject("a page tree node has no /Kids") }
                for kid in kids.reversed() {
                    guard case .reference(let reference) = kid else { throw .unexpectedObject("a page tree kid is not a reference") }
                    stack.append(reference)
                }
            }
            return pages
        }

        // MARK: - Structure tree

        /// The `/S /Figure` structure elements in depth-first (document) order.
        static func figureElements(of catalog: Dict, in document: File) throws(PDFError) -> [Reference] {
            let root: Dict
            switch catalog["StructTreeRoot"] {
            case nil, .null?:
                return []
            case .reference(let reference)?:
                root = try document.dictionary(reference, role: "structure tree root")
            case .dictionary(let dict)?:
                root = dict
            case let other?:
                throw .invalidStructureTree("the catalog's /StructTreeRoot is \(other.kindDescription)")
            }
            if let type = root["Type"], type != .name("StructTreeRoot") {
                throw .invalidStructureTree("the /StructTreeRoot dictionary has /Type \(type.kindDescription)")
            }

            var figures: [Reference] = []
            var visited: Set<Reference> = []
            // Depth-first, pre-order: children are pushed in reverse so the first child is popped first.
            var stack: [Value] = try kids(root["K"], in: document).reversed()
            while let kid = stack.popLast() {
                switch kid {
                case .integer, .null:
                    continue  // a marked-content id on the parent's page (or an empty slot)
                case .dictionary(let dict):
                    // Inline kids may only be marked-content (MCR) or object (OBJR) references.
                    if dict["S"] != nil {
                        throw .invalidStructureTree("a structure element is written inline instead of as an indirect object")
                    }
                    continue
                case .reference(let reference):
                    let element = try document.structureSummary(reference)
                    let type = element["Type"]
                    if type == .name("MCR") || type == .name("OBJR")
                        || (element["S"] == nil && (element["MCID"] != nil || element["Obj"] != nil))
                    {
                        continue
                    }
                    guard case .name(let structureType)? = element["S"] else {
                        throw .invalidStructureTree("structure element \(reference) has no /S name")
                    }
                    guard visited.insert(reference).inserted else {
                        throw .invalidStructureTree("structure element \(reference) occurs more than once (cycle?)")
                    }
                    if structureType == "Figure" { figures.append(reference) }
                    stack += try kids(element["K"], in: document).reversed()
                default:
                    throw .invalidStructureTree("a /K entry contains \(kid.kindDescription)")
                }
            }
            return figures
        }

        /// The kids in a `/K` value: a single kid, an array of kids, or a reference to such an array.
        private static func kids(_ value: Value?, in document: File)
            throws(PDFError) -> [Value]
        {
            switch value {
            case nil, .null?:
                return []
            case .array(let items)?:
                return items
            case .reference(let reference)?:
                // Either a single kid (a dictionary) or an indirect array of kids.
                if case .array(let items) = try document.object(reference) { return items }
                return [.reference(reference)]
            case let single?:
                return [single]
            }
        }

        // MARK: - Language

        /// Accepts BCP 47-shaped tags: subtags of 1–8 ASCII letters and digits joined by hyphens,
        /// starting with a letter, at most 64 characters.
        static func validateLanguage(_ language: String) throws(PDFError) {
            // Written out rather than as a Swift Regex: this runs for every document, and a regex
            // literal is compiled again each time it is evaluated.
            let subtags = language.split(separator: "-", omittingEmptySubsequences: false)
            let isValid =
                !language.isEmpty && language.utf8.count <= 64
                && subtags.allSatisfy { subtag in
                    (1...8).contains(subtag.utf8.count)
                        && subtag.utf8.allSatisfy { byte in
                            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                        }
                }
                && language.utf8.first.map { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) } == true
            guard isValid else { throw .invalidLanguage(language) }
        }
    }
}
