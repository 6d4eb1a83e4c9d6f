// Post-processing of the PDFs cairo 1.16 writes, for what cairo cannot do itself
// (see cairo-pango-notes.md §4 "PDF in cairo 1.16" in the shared docs):
//
//  - `/Lang` in the document catalog (cairo has no API for it);
//  - `/Alt` on `/Figure` structure elements (cairo ignores `alt='…'` on the Figure tag);
//  - `/CreationDate` and `/ModDate`, written here rather than by cairo, whose explicitly set dates
//    lack the `D:` prefix and the closing `'` of the time zone.
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
        static func compacted(_ pdf: [UInt8], base: Int = 0, language: String?, figureAlternativeTexts: [String],
                              creationDate: String? = nil) throws(PDFError) -> [UInt8]
        {
            if let language { try validateLanguage(language) }
            let document = try File(bytes: pdf, base: base)
            let changes = try changes(in: document, language: language, figureAlternativeTexts: figureAlternativeTexts,
                                      creationDate: creationDate)
            return try document.compacted(replacing: changes.objects, trailer: changes.trailer)
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

            // Language (after the figures: a malformed file could use the catalog as a "Figure").
            if let language {
                var newCatalog = try currentDictionary(rootReference, role: "document catalog")
                let lang = Value.string(textString(language))
                if newCatalog["Lang"] != lang {
                    newCatalog["Lang"] = lang
                    updates[rootReference.number] = (rootReference, newCatalog)
                }
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
            guard language.utf8.count <= 64, language.wholeMatch(of: /[A-Za-z][A-Za-z0-9]{0,7}(-[A-Za-z0-9]{1,8})*/) != nil
            else { throw .invalidLanguage(language) }
        }
    }
}
