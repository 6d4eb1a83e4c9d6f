// Post-processing of the PDFs cairo 1.16 writes, for what cairo cannot do itself
// (see cairo-pango-notes.md §4 "PDF in cairo 1.16" in the shared docs):
//
//  - `/Lang` in the document catalog (cairo has no API for it);
//  - `/Alt` on `/Figure` structure elements (cairo ignores `alt='…'` on the Figure tag);
//  - the missing `D:` prefix and closing `'` in explicitly set `/CreationDate` and `/ModDate`.
//
// The changes are made while the file is rewritten compactly (PDFObjectStreams.swift). Objects are
// located through the cross-reference table only, so stream bodies (binary Flate data) are never
// parsed or searched. Pure Swift, no cairo and no Foundation needed; the output is deterministic
// (no `/ID` is added).

/// What was wrong with the input of the PDF post-processor or merger.
enum PDFPostProcessorError: Error, CustomStringConvertible, Equatable {
    /// The bytes are not a complete PDF file (no `%PDF-` header, no `startxref`/`%%EOF` at the end, …).
    case notAPDF(String)
    /// A PDF syntax error at a byte offset.
    case syntax(offset: Int, String)
    /// The cross-reference table or trailer at a byte offset is broken or points at the wrong place.
    case invalidCrossReference(offset: Int, String)
    /// A PDF feature this post-processor does not handle (cross-reference streams, encryption, …).
    case unsupported(String)
    /// An object that is referenced is not in the cross-reference table (or is a free entry).
    case objectNotFound(number: Int, generation: Int)
    /// An object exists but is not what its role requires (e.g. the catalog is not a dictionary).
    case unexpectedObject(String)
    /// The structure tree cannot be walked (cycle, inline structure element, missing `/S`, …).
    case invalidStructureTree(String)
    /// The number of `/Figure` structure elements differs from the number of alternative texts.
    case figureCountMismatch(figures: Int, alternativeTexts: Int)
    /// The language is not a plausible BCP 47 tag such as `nl-NL`.
    case invalidLanguage(String)
    /// A `/CreationDate` or `/ModDate` is neither a valid PDF date nor cairo 1.16's broken form of one.
    case invalidDate(key: String, value: String)
    /// Data at this byte offset was needed but lies before the part of the file that was read.
    case outsideWindow(offset: Int)
    /// zlib failed to compress an object or cross-reference stream.
    case compression(String)

    var description: String {
        switch self {
        case .notAPDF(let reason):
            "not a complete PDF file: \(reason)"
        case .syntax(let offset, let message):
            "PDF syntax error at byte \(offset): \(message)"
        case .invalidCrossReference(let offset, let message):
            "invalid cross-reference data at byte \(offset): \(message)"
        case .unsupported(let feature):
            "unsupported PDF feature: \(feature)"
        case .objectNotFound(let number, let generation):
            "object \(number) \(generation) R is referenced but not present in the cross-reference table"
        case .unexpectedObject(let message):
            "unexpected PDF object: \(message)"
        case .invalidStructureTree(let message):
            "invalid structure tree: \(message)"
        case .figureCountMismatch(let figures, let alternativeTexts):
            "the PDF has \(figures) /Figure structure element(s) but \(alternativeTexts) alternative text(s) were given"
        case .invalidLanguage(let language):
            "invalid language tag \"\(language)\" (expected a BCP 47 tag such as \"nl-NL\")"
        case .invalidDate(let key, let value):
            "the /\(key) value \"\(value)\" is not a PDF date (D:YYYYMMDDHHmmSSOHH'mm')"
        case .outsideWindow(let offset):
            "byte \(offset) lies before the part of the file that was read"
        case .compression(let reason):
            "could not compress a PDF stream: \(reason)"
        }
    }
}

/// Adds what cairo 1.16 cannot write to a finished (tagged) PDF; see the comment at the top of this file.
struct PDFPostProcessor {

    /// What `compacted` and `PDFMerger` change: new versions of objects (by number) and the trailer.
    struct Changes {
        var objects: [(reference: Reference, dict: Dict)]
        var trailer: Dict
    }

    /// The changed catalog, Figure elements and dates of `document` (the language is already valid).
    static func changes(in document: Document, language: String?, figureAlternativeTexts: [String])
        throws(PDFPostProcessorError) -> Changes
    {
        var updates: [Int: (reference: Reference, dict: Dict)] = [:]

        /// The newest version of a dictionary object: one already changed here, or the one in the file.
        func currentDictionary(_ reference: Reference, role: String) throws(PDFPostProcessorError) -> Dict {
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

        // Dates in the document information dictionary.
        var trailer = document.trailer
        switch document.trailer["Info"] {
        case nil, .null?:
            break
        case .reference(let infoReference)?:
            var info = try currentDictionary(infoReference, role: "document information dictionary")
            if try repairDates(in: &info, document: document) {
                updates[infoReference.number] = (infoReference, info)
            }
        case .dictionary(var info)?:
            if try repairDates(in: &info, document: document) { trailer["Info"] = .dictionary(info) }
        case let other?:
            throw .unexpectedObject("the trailer's /Info is \(other.kindDescription), not a dictionary")
        }

        return Changes(objects: updates.values.sorted { $0.reference.number < $1.reference.number }, trailer: trailer)
    }

    // MARK: - Structure tree

    /// The `/S /Figure` structure elements in depth-first (document) order.
    static func figureElements(of catalog: Dict, in document: Document) throws(PDFPostProcessorError) -> [Reference] {
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
    private static func kids(_ value: Value?, in document: Document)
        throws(PDFPostProcessorError) -> [Value]
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

    /// Accepts BCP 47-shaped tags: ASCII letters, digits and hyphens, starting with a letter.
    static func validateLanguage(_ language: String) throws(PDFPostProcessorError) {
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

    // MARK: - Dates

    /// Repairs `/CreationDate` and `/ModDate`; returns whether anything changed.
    private static func repairDates(in info: inout Dict, document: Document) throws(PDFPostProcessorError) -> Bool {
        var changed = false
        for key: Name in ["CreationDate", "ModDate"] {
            guard var value = info[key] else { continue }
            if case .reference(let reference) = value { value = try document.object(reference) }
            guard case .string(let string) = value else {
                throw .invalidDate(key: keyText(key), value: value.kindDescription)
            }
            guard let text = decodedTextString(string.bytes) else {
                throw .invalidDate(key: keyText(key), value: "<undecodable string>")
            }
            guard let repaired = repairedDate(text) else { throw .invalidDate(key: keyText(key), value: text) }
            if repaired != text {
                info[key] = .string(textString(repaired))  // a direct string, even if it was indirect
                changed = true
            }
        }
        return changed
    }

    private static func keyText(_ key: Name) -> String { String(decoding: key.bytes, as: UTF8.self) }

    /// A valid PDF date for `text`: unchanged if it already is one, repaired if it is cairo 1.16's
    /// form (no `D:` prefix; `+HH'mm` without the closing apostrophe), nil if it is no date at all.
    ///
    /// Accepted: `[D:]YYYY[MM[DD[HH[mm[SS[Z|+HH['[mm[']]]|-HH…]]]]]]` with field ranges checked.
    static func repairedDate(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var index = 0
        let hasPrefix = bytes.starts(with: Array("D:".utf8))
        if hasPrefix { index = 2 }

        func twoDigits(in range: ClosedRange<Int>) -> Bool {
            guard index + 1 < bytes.count,
                let high = digit(bytes[index]), let low = digit(bytes[index + 1]),
                range.contains(high * 10 + low)
            else { return false }
            index += 2
            return true
        }

        // Year (required), then month, day, hour, minute, second, each optional but only in order.
        guard twoDigits(in: 0...99), twoDigits(in: 0...99) else { return nil }
        let fieldRanges: [ClosedRange<Int>] = [1...12, 1...31, 0...23, 0...59, 0...59]
        for range in fieldRanges {
            guard index < bytes.count, digit(bytes[index]) != nil else { break }
            guard twoDigits(in: range) else { return nil }
        }

        var addClosingApostrophe = false
        if index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "Z"):
                index += 1
                // Some writers put "Z00'00'" here; accept that as written.
                if index < bytes.count {
                    guard text.utf8.dropFirst(index).elementsEqual("00'00'".utf8)
                        || text.utf8.dropFirst(index).elementsEqual("00'00".utf8)
                    else { return nil }
                    index = bytes.count
                }
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                index += 1
                guard twoDigits(in: 0...23) else { return nil }
                if index < bytes.count {
                    guard bytes[index] == UInt8(ascii: "'") else { return nil }
                    index += 1
                    if index < bytes.count {
                        guard twoDigits(in: 0...59) else { return nil }
                        if index < bytes.count, bytes[index] == UInt8(ascii: "'") {
                            index += 1
                        } else {
                            addClosingApostrophe = true  // cairo 1.16 writes +01'00
                        }
                    }
                }
            default:
                return nil
            }
        }
        guard index == bytes.count else { return nil }
        return (hasPrefix ? "" : "D:") + text + (addClosingApostrophe ? "'" : "")
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}

// MARK: - Reading the cross-reference table and writing the update

extension PDFPostProcessor {

    /// A PDF file indexed through its (classic) cross-reference table.
    struct Document {
        /// The file from byte `base` to its end; offsets in the file are `base` more than indices here.
        let bytes: [UInt8]
        let base: Int
        /// The trailer dictionary.
        let trailer: Dict
        /// In-use objects: number → (generation, byte offset).
        let locations: [Int: (generation: Int, offset: Int)]
        /// Every offset the cross-reference section names (objects and the section itself), sorted:
        /// an object's bytes end before the next one.
        let boundaries: [Int]

        /// How far from the end `startxref` and `%%EOF` are looked for.
        private static let tailLength = 2048

        init(bytes: [UInt8], base: Int = 0) throws(PDFPostProcessorError) {
            self.bytes = bytes
            self.base = base
            guard base > 0 || bytes.starts(with: Array("%PDF-".utf8)) else {
                throw .notAPDF("it does not start with %PDF-")
            }

            // The last "%%EOF" with only whitespace after it, and "startxref <offset>" right before it.
            let tailStart = max(0, bytes.count - Self.tailLength)
            guard let eof = Self.lastIndex(of: Array("%%EOF".utf8), in: bytes, from: tailStart) else {
                throw .notAPDF("no %%EOF marker at the end (truncated?)")
            }
            guard bytes[(eof + 5)...].allSatisfy(Lexer.isWhitespace) else {
                throw .notAPDF("unexpected data after the last %%EOF")
            }
            guard let startxref = Self.lastIndex(of: Array("startxref".utf8), in: bytes[..<eof], from: tailStart) else {
                throw .notAPDF("no startxref before %%EOF (truncated?)")
            }
            var lexer = Lexer(bytes: bytes, position: startxref + 9)
            guard case .integer(let offset) = try lexer.nextToken() else {
                throw .notAPDF("startxref is not followed by a byte offset")
            }
            lexer.skipWhitespace()
            guard lexer.position == eof else { throw .notAPDF("unexpected data between startxref and %%EOF") }

            // One section, as cairo writes it: a file with incremental updates is not ours.
            guard offset >= base else { throw .outsideWindow(offset: offset) }
            let (entries, trailer) = try Self.readSection(at: offset - base, in: bytes)
            if trailer["Encrypt"] != nil { throw .unsupported("encrypted PDF (/Encrypt in the trailer)") }
            if trailer["Prev"] != nil || trailer["XRefStm"] != nil {
                throw .unsupported("a file with more than one cross-reference section (/Prev or /XRefStm)")
            }
            var locations: [Int: (generation: Int, offset: Int)] = [:]
            var boundaries = [offset]
            for entry in entries {
                guard let location = entry.location else { continue }
                boundaries.append(location.offset)
                locations[entry.number] = location
            }
            self.trailer = trailer
            self.locations = locations
            self.boundaries = boundaries.sorted()
        }

        private struct Entry {
            var number: Int
            var location: (generation: Int, offset: Int)?  // nil for a free entry
        }

        /// Reads `xref`, its subsections and the `trailer` dictionary at `offset`.
        private static func readSection(at offset: Int, in bytes: [UInt8])
            throws(PDFPostProcessorError) -> (entries: [Entry], trailer: Dict)
        {
            guard offset >= 0, offset < bytes.count else {
                throw .invalidCrossReference(offset: offset, "the cross-reference offset is outside the file")
            }
            var parser = Parser(bytes: bytes, position: offset)
            switch try parser.lexer.nextToken() {
            case .keyword("xref"):
                break
            case .integer:
                throw .unsupported("cross-reference streams (PDF 1.5 /Type /XRef); expected a classic xref table")
            default:
                throw .invalidCrossReference(offset: offset, "no 'xref' keyword where startxref/Prev points")
            }
            var entries: [Entry] = []
            while true {
                let subsectionOffset = parser.lexer.position
                let token = try parser.lexer.nextToken()
                if token == .keyword("trailer") { break }
                guard case .integer(let first) = token, case .integer(let count) = try parser.lexer.nextToken(),
                    first >= 0, count >= 0, first <= 8_388_607, count <= bytes.count / 18
                else {
                    throw .invalidCrossReference(offset: subsectionOffset, "expected 'first count' of an xref subsection or 'trailer'")
                }
                for index in 0..<count {
                    let entryOffset = parser.lexer.position
                    guard case .integer(let objectOffset) = try parser.lexer.nextToken(),
                        case .integer(let generation) = try parser.lexer.nextToken(),
                        case .keyword(let kind) = try parser.lexer.nextToken(),
                        objectOffset >= 0, (0...65535).contains(generation), kind == "n" || kind == "f"
                    else {
                        throw .invalidCrossReference(offset: entryOffset, "malformed xref entry for object \(first + index)")
                    }
                    entries.append(Entry(number: first + index, location: kind == "n" ? (generation, objectOffset) : nil))
                }
            }
            guard case .dictionary(let trailer) = try parser.parseValue() else {
                throw .invalidCrossReference(offset: parser.lexer.position, "the trailer is not a dictionary")
            }
            return (entries, trailer)
        }

        /// The start index of the last occurrence of `needle` in `haystack` at or after `from`.
        private static func lastIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>, from: Int) -> Int? {
            guard let first = needle.first else { return nil }
            var start = haystack.endIndex - needle.count
            while start >= max(from, haystack.startIndex) {
                if haystack[start] == first, haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
                start -= 1
            }
            return nil
        }

        private static func lastIndex(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
            lastIndex(of: needle, in: bytes[...], from: from)
        }

        /// A parser at the start of the object `reference` points to.
        private func parser(at reference: Reference) throws(PDFPostProcessorError) -> Parser {
            guard let location = locations[reference.number], location.generation == reference.generation else {
                throw .objectNotFound(number: reference.number, generation: reference.generation)
            }
            guard location.offset >= base else { throw .outsideWindow(offset: location.offset) }
            guard location.offset - base < bytes.count else {
                throw .invalidCrossReference(offset: location.offset, "object \(reference) lies outside the file")
            }
            return Parser(bytes: bytes, position: location.offset - base)
        }

        /// The object `reference` points to (stream objects yield their dictionary).
        func object(_ reference: Reference) throws(PDFPostProcessorError) -> Value {
            var parser = try parser(at: reference)
            return try parser.parseIndirectObject(expecting: reference).value
        }

        /// The entries of a structure tree kid the walk reads (`/Type`, `/S`, `/K`, `/MCID`, `/Obj`),
        /// read without building the rest of the dictionary.
        func structureSummary(_ reference: Reference) throws(PDFPostProcessorError) -> Dict {
            var parser = try parser(at: reference)
            guard let dict = try parser.parseIndirectDictionary(expecting: reference, keeping: Self.structureKeys) else {
                throw .unexpectedObject("the structure tree kid \(reference) is not a dictionary")
            }
            return dict
        }

        private static let structureKeys = ["Type", "S", "K", "MCID", "Obj"].map { Array($0.utf8) }

        /// The dictionary `reference` points to; `role` names it in the error.
        func dictionary(_ reference: Reference, role: String) throws(PDFPostProcessorError) -> Dict {
            let value = try object(reference)
            guard case .dictionary(let dict) = value else {
                throw .unexpectedObject("the \(role) \(reference) is \(value.kindDescription), not a dictionary")
            }
            return dict
        }
    }
}
