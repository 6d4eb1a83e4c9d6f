extension PDF {

    /// A PDF file indexed through its (classic) cross-reference table.
    struct File {
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

        init(bytes: [UInt8], base: Int = 0) throws(PDFError) {
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
            throws(PDFError) -> (entries: [Entry], trailer: Dict)
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
        private func parser(at reference: Reference) throws(PDFError) -> Parser {
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
        func object(_ reference: Reference) throws(PDFError) -> Value {
            var parser = try parser(at: reference)
            return try parser.parseIndirectObject(expecting: reference).value
        }

        /// The entries of a structure tree kid the walk reads (`/Type`, `/S`, `/K`, `/MCID`, `/Obj`),
        /// read without building the rest of the dictionary.
        func structureSummary(_ reference: Reference) throws(PDFError) -> Dict {
            var parser = try parser(at: reference)
            guard let dict = try parser.parseIndirectDictionary(expecting: reference, keeping: Self.structureKeys) else {
                throw .unexpectedObject("the structure tree kid \(reference) is not a dictionary")
            }
            return dict
        }

        private static let structureKeys = ["Type", "S", "K", "MCID", "Obj"].map { Array($0.utf8) }

        /// The dictionary `reference` points to; `role` names it in the error.
        func dictionary(_ reference: Reference, role: String) throws(PDFError) -> Dict {
            let value = try object(reference)
            guard case .dictionary(let dict) = value else {
                throw .unexpectedObject("the \(role) \(reference) is \(value.kindDescription), not a dictionary")
            }
            return dict
        }
    }
}
