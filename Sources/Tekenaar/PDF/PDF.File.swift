extension PDF {

    /// A PDF file indexed through its cross-reference data: a classic table (cairo 1.16) or a
    /// cross-reference stream whose objects may be packed in object streams (cairo 1.17/1.18, qpdf).
    struct File {
        /// The file from byte `base` to its end; offsets in the file are `base` more than indices here.
        let bytes: [UInt8]
        let base: Int
        /// The file from its start, at least up to `base` (more does no harm), or empty: where a
        /// dictionary before `base` is read when it is to be changed (cairo 1.16 writes each page
        /// object when the page is shown, long before the tail). Never copied or rewritten.
        let head: [UInt8]
        /// The trailer dictionary (for a cross-reference stream, the stream's dictionary).
        let trailer: Dict
        /// Where each object in use is, by number (free entries are left out).
        let locations: [Int: Location]
        /// The cross-reference stream's own object number (nil for a classic table).
        let crossReferenceStream: Int?
        /// The object streams holding `packedLocations`, decoded, by object number.
        private(set) var objectStreams: [Int: ObjectStream] = [:]

        /// How far from the end `startxref` and `%%EOF` are looked for.
        private static let tailLength = 2048

        init(bytes: [UInt8], base: Int = 0, head: [UInt8] = []) throws(PDFError) {
            self.bytes = bytes
            self.base = base
            self.head = base > 0 ? head : []
            guard base > 0 || bytes.starts(with: Array("%PDF-".utf8)) else {
                throw .notAPDF("it does not start with %PDF-")
            }

            // The last "%%EOF" with only whitespace after it, and "startxref <offset>" right before it.
            let tailStart = max(0, bytes.count - Self.tailLength)
            guard let eof = Self.lastIndex(of: Array("%%EOF".utf8), in: bytes[...], from: tailStart) else {
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

            // One section, as cairo and qpdf write it: a file with incremental updates is not ours.
            guard offset >= base else { throw .outsideWindow(offset: offset) }
            let section = try Self.readSection(at: offset - base, in: bytes)
            let trailer = section.trailer
            if trailer["Encrypt"] != nil { throw .unsupported("encrypted PDF (/Encrypt in the trailer)") }
            if trailer["Prev"] != nil || trailer["XRefStm"] != nil {
                throw .unsupported("a file with more than one cross-reference section (/Prev or /XRefStm)")
            }
            self.trailer = trailer
            self.locations = section.locations
            self.crossReferenceStream = section.streamNumber
            objectStreams = try decodedObjectStreams()
        }

        /// Where an object is: written directly at a byte offset, or packed in an object stream.
        enum Location {
            case direct(generation: Int, offset: Int)
            case packed(stream: Int, index: Int)
        }

        /// Reads the cross-reference section at `offset`: a classic table or a cross-reference stream.
        private static func readSection(at offset: Int, in bytes: [UInt8])
            throws(PDFError) -> (locations: [Int: Location], trailer: Dict, streamNumber: Int?)
        {
            guard offset >= 0, offset < bytes.count else {
                throw .invalidCrossReference(offset: offset, "the cross-reference offset is outside the file")
            }
            var parser = Parser(bytes: bytes, position: offset)
            switch try parser.lexer.nextToken() {
            case .keyword("xref"):
                let (locations, trailer) = try readTable(&parser)
                return (locations, trailer, nil)
            case .integer:
                parser.lexer.position = offset
                return try CrossReferenceStream.read(&parser, in: bytes)
            default:
                throw .invalidCrossReference(offset: offset, "no 'xref' keyword or cross-reference stream where startxref points")
            }
        }

        /// Reads the subsections after `xref` and the `trailer` dictionary.
        private static func readTable(_ parser: inout Parser) throws(PDFError) -> (locations: [Int: Location], trailer: Dict) {
            var locations: [Int: Location] = [:]
            while true {
                let subsectionOffset = parser.lexer.position
                let token = try parser.lexer.nextToken()
                if token == .keyword("trailer") { break }
                guard case .integer(let first) = token, case .integer(let count) = try parser.lexer.nextToken(),
                    first >= 0, count >= 0, first <= 8_388_607, count <= parser.lexer.bytes.count / 18
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
                    if kind == "n" { locations[first + index] = .direct(generation: generation, offset: objectOffset) }
                }
            }
            guard case .dictionary(let trailer) = try parser.parseValue() else {
                throw .invalidCrossReference(offset: parser.lexer.position, "the trailer is not a dictionary")
            }
            return (locations, trailer)
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

        /// Decodes the object streams that hold packed objects (before any object is read).
        private func decodedObjectStreams() throws(PDFError) -> [Int: ObjectStream] {
            var streams: [Int: ObjectStream] = [:]
            let numbers = locations.values.compactMap { location -> Int? in
                guard case .packed(let stream, _) = location else { return nil }
                return stream
            }
            for number in Set(numbers).sorted() {
                if case .packed? = locations[number] {
                    throw .invalidCrossReference(offset: 0, "object stream \(number) 0 R is itself packed")
                }
                let (_, _, data) = try rawObject(number)
                guard let data, case .dictionary(let dict) = try object(Reference(number: number, generation: 0)),
                      dict["Type"] == .name("ObjStm")
                else { throw .unexpectedObject("\(number) 0 R, which holds packed objects, is not an object stream") }
                streams[number] = try ObjectStream(dictionary: dict, data: data, number: number)
            }
            return streams
        }

        /// A parser at the start of the object `reference` points to, if it is written directly.
        private func parser(at reference: Reference) throws(PDFError) -> Parser {
            guard case .direct(let generation, let offset)? = locations[reference.number], generation == reference.generation
            else { throw .objectNotFound(number: reference.number, generation: reference.generation) }
            guard offset >= base else {
                guard offset < min(base, head.count) else { throw .outsideWindow(offset: offset) }
                return Parser(bytes: head, position: offset)
            }
            guard offset - base < bytes.count else {
                throw .invalidCrossReference(offset: offset, "object \(reference) lies outside the file")
            }
            return Parser(bytes: bytes, position: offset - base)
        }

        /// A parser at the value of object `reference`: after its `obj` header, or in its object stream.
        private func valueParser(_ reference: Reference) throws(PDFError) -> Parser {
            guard case .packed(let stream, let index)? = locations[reference.number] else {
                var parser = try parser(at: reference)
                try parser.readObjectHeader(reference)
                return parser
            }
            guard reference.generation == 0, let stream = objectStreams[stream] else {
                throw .objectNotFound(number: reference.number, generation: reference.generation)
            }
            return Parser(bytes: stream.data, position: try stream.value(at: index, number: reference.number).startIndex)
        }

        /// The object `reference` points to (stream objects yield their dictionary).
        func object(_ reference: Reference) throws(PDFError) -> Value {
            var parser = try valueParser(reference)
            return try parser.parseValue()
        }

        /// Object `number` as written: its value (for a packed object, in the data of its object
        /// stream), and for an object written directly all of it (`n g obj` … `endobj`) and its stream's
        /// data, if it is a stream. The value is stepped over without being built, a stream's data by
        /// its `/Length`.
        func rawObject(_ number: Int) throws(PDFError)
            -> (value: ArraySlice<UInt8>, whole: ArraySlice<UInt8>?, streamData: ArraySlice<UInt8>?)
        {
            guard case .direct(let generation, let offset)? = locations[number] else {
                guard case .packed(let stream, let index)? = locations[number], let stream = objectStreams[stream] else {
                    throw .objectNotFound(number: number, generation: 0)
                }
                return (try stream.value(at: index, number: number), nil, nil)
            }
            // Slices of `bytes` are returned: an object in `head` is read as a value only.
            guard offset >= base else { throw .outsideWindow(offset: offset) }
            let reference = Reference(number: number, generation: generation)
            var parser = try self.parser(at: reference)
            let start = parser.lexer.position
            try parser.readObjectHeader(reference)
            parser.lexer.skipWhitespace()
            let valueStart = parser.lexer.position
            try parser.skipValue()
            var value = bytes[valueStart..<parser.lexer.position]
            var keyword = try parser.lexer.nextToken()
            if case .integer = keyword, try parser.lexer.nextToken() == .keyword("R") {  // a reference `12 0 R`
                value = bytes[valueStart..<parser.lexer.position]
                keyword = try parser.lexer.nextToken()
            }
            guard keyword == .keyword("stream") else {
                guard keyword == .keyword("endobj") else {
                    throw .syntax(offset: base + value.endIndex, "missing 'endobj' after object \(reference)")
                }
                return (value, bytes[start..<parser.lexer.position], nil)
            }
            var dictionary = Parser(bytes: bytes, position: valueStart)
            guard case .dictionary(let dict) = try dictionary.parseValue() else {
                throw .syntax(offset: base + valueStart, "stream without a dictionary")
            }
            let data = try streamData(dict, after: parser.lexer.position)
            parser.lexer.position = data.endIndex
            _ = try parser.lexer.nextToken()  // `endstream`, which `streamData` checked
            guard try parser.lexer.nextToken() == .keyword("endobj") else {
                throw .syntax(offset: base + parser.lexer.position, "object \(reference) does not end with 'endobj'")
            }
            return (value, bytes[start..<parser.lexer.position], data)
        }

        /// Every object number in use, in order, without the object streams and the cross-reference
        /// stream that only carry the others.
        var objectNumbers: [Int] {
            Set(locations.keys).subtracting(objectStreams.keys)
                .subtracting(crossReferenceStream.map { [$0] } ?? [])
                .sorted()
        }

        /// The highest object number the cross-reference data names.
        var highestObjectNumber: Int { locations.keys.max() ?? 0 }

        /// The data of a stream whose `stream` keyword ends at index `position` of `bytes`.
        func streamData(_ dictionary: Dict, after position: Int) throws(PDFError) -> ArraySlice<UInt8> {
            let length: Int
            switch dictionary["Length"] {
            case .integer(let value)?:
                length = value
            case .reference(let reference)?:
                guard case .integer(let value) = try object(reference) else {
                    throw .unexpectedObject("a stream /Length is not a number")
                }
                length = value
            default:
                throw .unexpectedObject("a stream has no /Length")
            }
            return try Self.streamData(in: bytes, after: position, length: length)
        }

        /// The `length` bytes of a stream whose `stream` keyword ends at `position`, checked to be
        /// followed by `endstream`.
        static func streamData(in bytes: [UInt8], after position: Int, length: Int) throws(PDFError) -> ArraySlice<UInt8> {
            var start = position
            if start < bytes.count, bytes[start] == 0x0D { start += 1 }
            if start < bytes.count, bytes[start] == 0x0A { start += 1 }
            guard length >= 0, start <= bytes.count, length <= bytes.count - start else {
                throw .syntax(offset: start, "a stream runs past the end of the file")
            }
            var after = start + length
            while after < bytes.count, Lexer.isWhitespace(bytes[after]) { after += 1 }
            guard bytes[after..<min(after + 9, bytes.count)].elementsEqual("endstream".utf8) else {
                throw .syntax(offset: after, "a stream does not end where its /Length says")
            }
            return bytes[start..<(start + length)]
        }

        /// The entries of a structure tree kid the walk reads (`/Type`, `/S`, `/K`, `/MCID`, `/Obj`),
        /// read without building the rest of the dictionary.
        func structureSummary(_ reference: Reference) throws(PDFError) -> Dict {
            var parser = try valueParser(reference)
            guard case .dictionary(let dict) = try parser.parseValue(keeping: Self.structureKeys) else {
                throw .unexpectedObject("the structure tree kid \(reference) is not a dictionary")
            }
            return dict
        }

        private static let structureKeys: Set<Name> = ["Type", "S", "K", "MCID", "Obj"]

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
