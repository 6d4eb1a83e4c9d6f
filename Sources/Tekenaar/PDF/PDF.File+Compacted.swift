// Writing a cairo PDF anew, compactly (ISO 32000-1 §7.5.7–7.5.8): every object that is not a stream
// goes, as written, into a compressed *object stream*, and the cross-reference table becomes a
// compressed *cross-reference stream*. cairo 1.16 writes the structure tree, annotations, font
// descriptors and page dictionaries as plain text objects (about a third of a tagged one-page
// werkblad); compressed together they take a fraction of that. Streams (page content, fonts,
// images) are copied byte for byte: cairo has compressed them already.
//
// Objects are cut out of the file by their cross-reference offsets: an object runs from its offset
// to the next offset the file's cross-reference section names (an object or the section). Objects
// the input already packed in object streams (cairo 1.17/1.18, qpdf) are packed again as they are,
// in ours; the input's object streams and cross-reference stream are left out. No other stream
// body is parsed.

extension PDF.File {
    /// Where an object ends up in the rewritten file.
    private enum Placement {
        case direct(offset: Int, generation: Int)
        case packed(stream: Int, index: Int)
    }

    /// The file from `base` on, rewritten with object streams; `replacing` gives new values for
    /// some objects. Objects before `base` keep their place in the file unless they are replaced.
    func compacted(replacing changed: [(reference: PDF.Reference, dict: PDF.Dict)], trailer: PDF.Dict)
        throws(PDFError) -> [UInt8]
    {
        var replacements: [Int: PDF.Dict] = [:]
        for (reference, dict) in changed { replacements[reference.number] = dict }

        var out = base == 0 ? header() : []
        out.reserveCapacity(bytes.count)
        var placements: [Int: Placement] = [:]
        var packed: [PDF.StreamWriting.Packed] = []
        for number in objectNumbers {
            if let value = try packedValue(number) {
                // Already packed in the input (a file newer cairo or qpdf wrote): packed again, in ours.
                packed.append((number, replacements[number].map { PDF.Writer.serialize(.dictionary($0)) } ?? Array(value)))
                continue
            }
            guard let location = locations[number] else { continue }
            if location.offset < base {
                if let dict = replacements[number] {
                    packed.append((number, PDF.Writer.serialize(.dictionary(dict))))
                } else {
                    placements[number] = .direct(offset: location.offset, generation: location.generation)
                }
                continue
            }
            let object = try rawObject(PDF.Reference(number: number, generation: location.generation), at: location.offset)
            if object.isStream || location.generation != 0 {
                // Streams may not go into an object stream (§7.5.7), nor objects of another generation.
                guard replacements[number] == nil else {
                    throw .unsupported("a changed object \(number) that is a stream or of generation \(location.generation)")
                }
                placements[number] = .direct(offset: base + out.count, generation: location.generation)
                out += object.whole
                out.append(0x0A)
            } else if let dict = replacements[number] {
                packed.append((number, PDF.Writer.serialize(.dictionary(dict))))
            } else {
                packed.append((number, Array(object.value)))
            }
        }

        let firstNewNumber = max(trailerSize, highestObjectNumber + 1)
        let streams = try PDF.StreamWriting.objectStreams(packed, numberedFrom: firstNewNumber)
        for stream in streams {
            for (position, item) in stream.members.enumerated() {
                placements[item.number] = .packed(stream: stream.number, index: position)
            }
            placements[stream.number] = .direct(offset: base + out.count, generation: 0)
            out += stream.bytes
        }

        // The cross-reference stream: /W [1 4 2], one row per object number (§7.5.8.3).
        let xrefNumber = firstNewNumber + streams.count
        let size = xrefNumber + 1
        let xrefOffset = base + out.count
        placements[xrefNumber] = .direct(offset: xrefOffset, generation: 0)
        var rows: [UInt8] = []
        rows.reserveCapacity(size * 7)
        for number in 0..<size {
            switch placements[number] {
            case .direct(let offset, let generation)?:
                PDF.StreamWriting.appendRow(type: 1, offset, generation, to: &rows)
            case .packed(let stream, let position)?:
                PDF.StreamWriting.appendRow(type: 2, stream, position, to: &rows)
            case nil:
                // Free; object 0 heads the free list with generation 65535, like in a table.
                PDF.StreamWriting.appendRow(type: 0, 0, number == 0 ? 65535 : 0, to: &rows)
            }
        }
        out += try PDF.StreamWriting.crossReferenceStream(number: xrefNumber, offset: xrefOffset, rows: rows, size: size,
                                                         trailer: trailer)
        return out
    }

    /// `%PDF-1.x` with at least version 1.5 (object streams are new in 1.5), then the binary comment.
    private func header() -> [UInt8] {
        var version = (major: 1, minor: 5)
        if bytes.count >= 8, let major = digit(bytes[5]), bytes[6] == UInt8(ascii: "."), let minor = digit(bytes[7]),
           (major, minor) > (version.major, version.minor) {
            version = (major, minor)
        }
        return ascii("%PDF-\(version.major).\(version.minor)\n%") + [0xB5, 0xED, 0xAE, 0xFB, 0x0A]
    }

    private var trailerSize: Int {
        if case .integer(let size)? = trailer["Size"], size > 0 { return size }
        return 0
    }

    /// The bytes of one object: all of it (`n g obj` … `endobj`), its value (without the stream),
    /// and whether it is a stream.
    private func rawObject(_ reference: PDF.Reference, at offset: Int) throws(PDFError)
        -> (whole: ArraySlice<UInt8>, value: ArraySlice<UInt8>, isStream: Bool)
    {
        guard offset >= base, offset - base < bytes.count else {
            throw .invalidCrossReference(offset: offset, "object \(reference) lies outside the file")
        }
        // The first boundary after `offset` (binary search in the sorted list).
        var low = 0, high = boundaries.count
        while low < high {
            let middle = (low + high) / 2
            if boundaries[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        // From here on, indices into `bytes` (the part of the file from `base` on).
        let start = offset - base
        var end = low < boundaries.count ? min(boundaries[low] - base, bytes.count) : bytes.count
        while end > start, PDF.Lexer.isWhitespace(bytes[end - 1]) { end -= 1 }
        guard ends(with: Self.endobj, at: end, after: start) else {
            throw .syntax(offset: offset, "object \(reference) does not end with 'endobj' before the next object")
        }
        var valueEnd = end - Self.endobj.count
        while valueEnd > start, PDF.Lexer.isWhitespace(bytes[valueEnd - 1]) { valueEnd -= 1 }
        var isStream = ends(with: Self.endstream, at: valueEnd, after: start)

        var parser = PDF.Parser(bytes: bytes, position: start)
        try parser.readObjectHeader(reference, fileOffset: offset)
        parser.lexer.skipWhitespace()
        let valueStart = parser.lexer.position
        guard valueStart < valueEnd else { throw .syntax(offset: offset, "object \(reference) is empty") }
        if !isStream, valueEnd - valueStart > Self.endstream.count,
           PDF.Lexer.matches(bytes, (valueEnd - Self.endstream.count)..<valueEnd, Self.endstream) {
            // qpdf writes stream data straight up to `endstream`: the keyword after the dictionary decides.
            var dictionary = parser
            _ = try dictionary.parseValue()
            isStream = try dictionary.lexer.nextToken() == .keyword("stream")
        }
        return (bytes[start..<end], bytes[valueStart..<valueEnd], isStream)
    }

    private static let endobj = Array("endobj".utf8)
    private static let endstream = Array("endstream".utf8)

    /// Whether `word` ends at `end` as a keyword of its own (preceded by whitespace or a delimiter).
    private func ends(with word: [UInt8], at end: Int, after start: Int) -> Bool {
        let begin = end - word.count
        guard begin > start, PDF.Lexer.matches(bytes, begin..<end, word) else { return false }
        return !PDF.Lexer.isRegular(bytes[begin - 1])
    }

    private func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }
}
