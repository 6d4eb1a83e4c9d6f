extension PDF {

    /// A PDF file indexed through its cross-reference data: a classic table (cairo 1.16) or a
    /// cross-reference stream whose objects may be packed in object streams (cairo 1.17/1.18, qpdf).
    struct File {
        /// The file from byte `base` to its end; offsets in the file are `base` more than indices here.
        let bytes: [UInt8]
        let base: Int
        /// The trailer dictionary (for a cross-reference stream, the stream's dictionary).
        let trailer: Dict
        /// Objects written directly in the file: number → (generation, byte offset).
        let locations: [Int: (generation: Int, offset: Int)]
        /// Objects packed in an object stream: number → (the stream's object number, index in it).
        let packedLocations: [Int: (stream: Int, index: Int)]
        /// The cross-reference stream's own object number (nil for a classic table).
        let crossReferenceStream: Int?
        /// The object streams holding `packedLocations`, decoded, by object number.
        private(set) var objectStreams: [Int: ObjectStream] = [:]

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

            // One section, as cairo and qpdf write it: a file with incremental updates is not ours.
            guard offset >= base else { throw .outsideWindow(offset: offset) }
            let section = try Self.readSection(at: offset - base, in: bytes)
            let trailer = section.trailer
            if trailer["Encrypt"] != nil { throw .unsupported("encrypted PDF (/Encrypt in the trailer)") }
            if trailer["Prev"] != nil || trailer["XRefStm"] != nil {
                throw .unsupported("a file with more than one cross-reference section (/Prev or /XRefStm)")
            }
            var locations: [Int: (generation: Int, offset: Int)] = [:]
            var packedLocations: [Int: (stream: Int, index: Int)] = [:]
            for entry in section.entries {
                switch entry.kind {
                case .free:
                    continue
                case .direct(let generation, let objectOffset):
                    locations[entry.number] = (generation, objectOffset)
                case .packed(let stream, let index):
                    packedLocations[entry.number] = (stream, index)
                }
            }
            self.trailer = trailer
            self.locations = locations
            self.packedLocations = packedLocations
            self.crossReferenceStream = section.streamNumber
            objectStreams = try decodedObjectStreams()
        }

        /// One row of the cross-reference data.
        struct Entry {
            enum Kind {
                case free
                case direct(generation: Int, offset: Int)
                case packed(stream: Int, index: Int)
            }

            var number: Int
            var kind: Kind
        }

        /// Reads the cross-reference section at `offset`: a classic table or a cross-reference stream.
        private static func readSection(at offset: Int, in bytes: [UInt8])
            throws(PDFError) -> (entries: [Entry], trailer: Dict, streamNumber: Int?)
        {
            guard offset >= 0, offset < bytes.count else {
                throw .invalidCrossReference(offset: offset, "the cross-reference offset is outside the file")
            }
            var parser = Parser(bytes: bytes, position: offset)
            switch try parser.lexer.nextToken() {
            case .keyword("xref"):
                let (entries, trailer) = try readTable(&parser)
                return (entries, trailer, nil)
            case .integer:
                parser.lexer.position = offset
                return try CrossReferenceStream.read(&parser, in: bytes)
            default:
                throw .invalidCrossReference(offset: offset, "no 'xref' keyword or cross-reference stream where startxref points")
            }
        }

        /// Reads the subsections after `xref` and the `trailer` dictionary.
        private static func readTable(_ parser: inout Parser) throws(PDFError) -> (entries: [Entry], trailer: Dict) {
            var entries: [Entry] = []
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
                    entries.append(Entry(number: first + index,
                                         kind: kind == "n" ? .direct(generation: generation, offset: objectOffset) : .free))
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

        /// Decodes the object streams that hold packed objects (before any object is read).
        private func decodedObjectStreams() throws(PDFError) -> [Int: ObjectStream] {
            var streams: [Int: ObjectStream] = [:]
            for number in Set(packedLocations.values.map(\.stream)).sorted() {
                let reference = Reference(number: number, generation: 0)
                guard packedLocations[number] == nil else {
                    throw .invalidCrossReference(offset: 0, "object stream \(reference) is itself packed")
                }
                var parser = try parser(at: reference)
                let (value, isStream) = try parser.parseIndirectObject(expecting: reference)
                guard isStream, case .dictionary(let dict) = value, dict["Type"] == .name("ObjStm") else {
                    throw .unexpectedObject("\(reference), which holds packed objects, is not an object stream")
                }
                let data = try streamData(dict, after: parser.lexer.position)
                streams[number] = try ObjectStream(dictionary: dict, data: data, number: number)
            }
            return streams
        }

        /// A parser at the start of the object `reference` points to, if it is written directly.
        func parser(at reference: Reference) throws(PDFError) -> Parser {
            guard let location = locations[reference.number], location.generation == reference.generation else {
                throw .objectNotFound(number: reference.number, generation: reference.generation)
            }
            guard location.offset >= base else { throw .outsideWindow(offset: location.offset) }
            guard location.offset - base < bytes.count else {
                throw .invalidCrossReference(offset: location.offset, "object \(reference) lies outside the file")
            }
            return Parser(bytes: bytes, position: location.offset - base)
        }

        /// A parser at the value of a packed object; nil when `reference` is not packed.
        private func packedParser(_ reference: Reference) throws(PDFError) -> Parser? {
            guard let location = packedLocations[reference.number] else { return nil }
            guard reference.generation == 0, let stream = objectStreams[location.stream] else {
                throw .objectNotFound(number: reference.number, generation: reference.generation)
            }
            let value = try stream.value(at: location.index, number: reference.number)
            return Parser(bytes: stream.data, position: value.startIndex)
        }

        /// The bytes of a packed object's value (nil when it is not packed), to copy as they are.
        func packedValue(_ number: Int) throws(PDFError) -> ArraySlice<UInt8>? {
            guard let location = packedLocations[number] else { return nil }
            guard let stream = objectStreams[location.stream] else { throw .objectNotFound(number: number, generation: 0) }
            return try stream.value(at: location.index, number: number)
        }

        /// The object `reference` points to (stream objects yield their dictionary).
        func object(_ reference: Reference) throws(PDFError) -> Value {
            if var parser = try packedParser(reference) { return try parser.parseValue() }
            var parser = try parser(at: reference)
            return try parser.parseIndirectObject(expecting: reference).value
        }

        /// Object `number` with the data of its stream (nil when it is not a stream).
        func objectWithStreamData(_ number: Int) throws(PDFError) -> (reference: Reference, value: Value, streamData: ArraySlice<UInt8>?) {
            let generation = locations[number]?.generation ?? 0
            let reference = Reference(number: number, generation: generation)
            if var parser = try packedParser(reference) { return (reference, try parser.parseValue(), nil) }
            var parser = try parser(at: reference)
            let (value, isStream) = try parser.parseIndirectObject(expecting: reference)
            guard isStream, case .dictionary(let dict) = value else { return (reference, value, nil) }
            return (reference, value, try streamData(dict, after: parser.lexer.position))
        }

        /// Every object number in use, in order, without the object streams and the cross-reference
        /// stream that only carry the others.
        var objectNumbers: [Int] {
            Set(locations.keys).union(packedLocations.keys)
                .subtracting(objectStreams.keys)
                .subtracting(crossReferenceStream.map { [$0] } ?? [])
                .sorted()
        }

        /// The highest object number the cross-reference data names.
        var highestObjectNumber: Int {
            max(locations.keys.max() ?? 0, packedLocations.keys.max() ?? 0)
        }

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
            var parser: Parser
            if let packed = try packedParser(reference) {
                parser = packed
            } else {
                parser = try self.parser(at: reference)
                try parser.readObjectHeader(reference)
            }
            guard let dict = try parser.parseDictionary(keeping: Self.structureKeys) else {
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
