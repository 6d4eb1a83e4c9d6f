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
    /// `adding` holds whole objects (`n 0 obj` … `endobj`, e.g. a stream) written as they are, by
    /// number: new ones, or in place of the object of that number.
    func compacted(replacing replacements: [Int: PDF.Dict], trailer: PDF.Dict, adding additions: [Int: [UInt8]] = [:])
        throws(PDFError) -> [UInt8]
    {
        var out = base == 0 ? header() : []
        out.reserveCapacity(bytes.count)
        var rows = PDF.StreamWriting.Rows()
        var packed: [PDF.StreamWriting.Packed] = []
        let numbers = additions.isEmpty ? objectNumbers : Set(objectNumbers).union(additions.keys).sorted()
        for number in numbers {
            if let added = additions[number] {
                rows.set(number, type: 1, base + out.count)
                out += added
                continue
            }
            let replacement = replacements[number].map { PDF.Writer.serialize(.dictionary($0)) }
            if case .direct(let generation, let offset)? = locations[number], offset < base {
                if let replacement { packed.append((number, replacement)) } else { rows.set(number, type: 1, offset, generation) }
                continue
            }
            let object = try rawObject(number)
            if let whole = object.whole, case .direct(let generation, _)? = locations[number],
               object.streamData != nil || generation != 0 {
                // Streams may not go into an object stream (§7.5.7), nor objects of another generation.
                guard replacement == nil else {
                    throw .unsupported("a changed object \(number) that is a stream or of generation \(generation)")
                }
                rows.set(number, type: 1, base + out.count, generation)
                out += whole
                out.append(0x0A)
            } else {
                // Objects the input packed already (newer cairo, qpdf) are packed again, in ours.
                packed.append((number, replacement ?? Array(object.value)))
            }
        }

        let firstNewNumber = max(firstFreeNumber, (additions.keys.max() ?? 0) + 1)
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

    /// The lowest object number above every number the file uses.
    var firstFreeNumber: Int { max(trailerSize, highestObjectNumber + 1) }

    private var trailerSize: Int {
        if case .integer(let size)? = trailer["Size"], size > 0 { return size }
        return 0
    }

    private func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
