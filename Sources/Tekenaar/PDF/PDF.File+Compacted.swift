// Writing a cairo PDF anew, compactly (ISO 32000-1 §7.5.7–7.5.8): every object that is not a stream
// goes, as written, into a compressed *object stream*, and the cross-reference table becomes a
// compressed *cross-reference stream*. cairo 1.16 writes the structure tree, annotations, font
// descriptors and page dictionaries as plain text objects (about a third of a tagged one-page
// werkblad); compressed together they take a fraction of that. Streams (page content, fonts,
// images) are copied byte for byte: cairo has compressed them already.
//
// Objects are found by their cross-reference offsets and stepped over without being built; a
// stream's data by its /Length. Objects
// the input already packed in object streams (cairo 1.17/1.18, qpdf) are packed again as they are,
// in ours; the input's object streams and cross-reference stream are left out. No other stream
// body is parsed.

extension PDF.File {
    /// The file from `base` on, rewritten with object streams; `replacing` gives new values for
    /// some objects, by number. Objects before `base` keep their place in the file unless they are replaced.
    func compacted(replacing replacements: [Int: PDF.Dict], trailer: PDF.Dict) throws(PDFError) -> [UInt8] {
        var out = base == 0 ? header() : []
        out.reserveCapacity(bytes.count)
        var rows = PDF.StreamWriting.Rows()
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
                    rows.set(number, type: 1, location.offset, location.generation)
                }
                continue
            }
            let object = try rawObject(PDF.Reference(number: number, generation: location.generation))
            if object.isStream || location.generation != 0 {
                // Streams may not go into an object stream (§7.5.7), nor objects of another generation.
                guard replacements[number] == nil else {
                    throw .unsupported("a changed object \(number) that is a stream or of generation \(location.generation)")
                }
                rows.set(number, type: 1, base + out.count, location.generation)
                out += object.whole
                out.append(0x0A)
            } else if let dict = replacements[number] {
                packed.append((number, PDF.Writer.serialize(.dictionary(dict))))
            } else {
                packed.append((number, Array(object.value)))
            }
        }

        let firstNewNumber = max(trailerSize, highestObjectNumber + 1)
        let streams = try PDF.StreamWriting.objectStreams(packed, numberedFrom: firstNewNumber, at: base + out.count,
                                                          rows: &rows)
        out += streams.bytes
        out += try PDF.StreamWriting.crossReferenceStream(number: firstNewNumber + streams.count, offset: base + out.count,
                                                         rows: rows, trailer: trailer)
        return out
    }

    /// `%PDF-1.x` with at least version 1.5 (object streams are new in 1.5), then the binary comment.
    private func header() -> [UInt8] {
        var version = (major: 1, minor: 5)
        if bytes.count >= 8, let major = digit(bytes[5]), bytes[6] == UInt8(ascii: "."), let minor = digit(bytes[7]),
           (major, minor) > (version.major, version.minor) {
            version = (major, minor)
        }
        return Array("%PDF-\(version.major).\(version.minor)\n%".utf8) + [0xB5, 0xED, 0xAE, 0xFB, 0x0A]
    }

    private var trailerSize: Int {
        if case .integer(let size)? = trailer["Size"], size > 0 { return size }
        return 0
    }

    /// The bytes of one object: all of it (`n g obj` … `endobj`), its value (without the stream),
    /// and whether it is a stream. The value is stepped over without being built, and a stream's
    /// data by its `/Length`, so no stream body is parsed.
    private func rawObject(_ reference: PDF.Reference) throws(PDFError)
        -> (whole: ArraySlice<UInt8>, value: ArraySlice<UInt8>, isStream: Bool)
    {
        var parser = try self.parser(at: reference)
        let start = parser.lexer.position
        try parser.readObjectHeader(reference)
        parser.lexer.skipWhitespace()
        let valueStart = parser.lexer.position
        var value = bytes[valueStart..<valueStart]
        var keyword: PDF.Token
        repeat {  // a top-level reference (`12 0 R`) is stepped over word by word
            try parser.skipValue()
            value = bytes[valueStart..<parser.lexer.position]
            keyword = try parser.lexer.nextToken()
        } while keyword != .keyword("endobj") && keyword != .keyword("stream")
        guard keyword == .keyword("stream") else { return (bytes[start..<parser.lexer.position], value, false) }
        var dictionary = PDF.Parser(bytes: bytes, position: valueStart)
        guard case .dictionary(let dict) = try dictionary.parseValue() else {
            throw .syntax(offset: base + valueStart, "stream without a dictionary")
        }
        parser.lexer.position = try streamData(dict, after: parser.lexer.position).endIndex
        _ = try parser.lexer.nextToken()  // `endstream`, which `streamData` checked
        guard try parser.lexer.nextToken() == .keyword("endobj") else {
            throw .syntax(offset: base + parser.lexer.position, "object \(reference) does not end with 'endobj'")
        }
        return (bytes[start..<parser.lexer.position], value, true)
    }

    private func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
