extension PDF {
    /// The two kinds of stream PDF 1.5 added that the post-processor (`compacted`) and `PDF.Merger` both
    /// write: object streams (§7.5.7) and the cross-reference stream (§7.5.8), with `/W [1 4 2]`.
    enum StreamWriting {
        typealias Packed = (number: Int, value: [UInt8])

        /// Objects per object stream: enough for a whole werkblad in one, small enough that a reader
        /// that wants one object does not inflate a huge stream.
        static let objectsPerStream = 200

        /// `objects` packed into as many object streams as they need, numbered from `firstNumber` on,
        /// to be written from byte `offset` on: their bytes and how many there are. Their rows and
        /// their members' are set in `rows`.
        static func objectStreams(_ objects: [Packed], numberedFrom firstNumber: Int, at offset: Int, rows: inout Rows)
            throws(PDFError) -> (bytes: [UInt8], count: Int)
        {
            var out: [UInt8] = []
            var start = 0, number = firstNumber
            while start < objects.count {
                let members = objects[start..<min(start + objectsPerStream, objects.count)]
                for (position, item) in members.enumerated() { rows.set(item.number, type: 2, number, position) }
                rows.set(number, type: 1, offset + out.count)
                out += try objectStream(number: number, objects: members)
                start = members.endIndex
                number += 1
            }
            return (out, number - firstNumber)
        }

        /// `number 0 obj` … `endobj` of a compressed object stream holding `objects` (their values,
        /// without `obj`/`endobj`); an object's index in the stream is its position in `objects`.
        static func objectStream(number: Int, objects: ArraySlice<Packed>) throws(PDFError) -> [UInt8] {
            var index: [UInt8] = []
            var values: [UInt8] = []
            for item in objects {
                index += Array("\(item.number) \(values.count) ".utf8)
                values += item.value
                values.append(0x0A)
            }
            if !index.isEmpty { index[index.count - 1] = 0x0A }
            let data = try Zlib.compressed(index + values)
            var out = Array("\(number) 0 obj\n<< /Type /ObjStm /N \(objects.count) /First \(index.count)".utf8)
            out += Array(" /Filter /FlateDecode /Length \(data.count) >>\nstream\n".utf8)
            return out + data + Array("\nendstream\nendobj\n".utf8)
        }

        /// The rows of a cross-reference stream as they will be written, `/W [1 4 2]`: 7 bytes per
        /// object number. Numbers not set stay free; object 0 heads the free list (§7.5.8.3).
        struct Rows {
            private(set) var bytes: [UInt8] = [0, 0, 0, 0, 0, 0xFF, 0xFF]

            /// Sets object `number`'s row: type 1 (in the file: offset, generation) or 2 (packed:
            /// object stream number, index in it).
            mutating func set(_ number: Int, type: UInt8, _ field: Int, _ index: Int = 0) {
                if bytes.count < (number + 1) * 7 { bytes += repeatElement(0, count: (number + 1) * 7 - bytes.count) }
                let row = [type] + [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: field >> $0) }
                    + [UInt8(truncatingIfNeeded: index >> 8), UInt8(truncatingIfNeeded: index)]
                bytes.replaceSubrange((number * 7)..<(number * 7 + 7), with: row)
            }
        }

        /// The cross-reference stream object `number` (which sits at byte `offset`, after every other
        /// object) with `rows` and its own, the trailer entries `/Root`, `/Info`, `/ID` … of `trailer`,
        /// then `startxref` and `%%EOF`.
        static func crossReferenceStream(number: Int, offset: Int, rows: Rows, trailer: PDF.Dict)
            throws(PDFError) -> [UInt8]
        {
            guard offset <= Int(UInt32.max) else { throw .unsupported("a PDF file larger than 4 GB") }
            var rows = rows
            rows.set(number, type: 1, offset)
            let size = rows.bytes.count / 7
            let data = try Zlib.compressed(rows.bytes)
            var dictionary: PDF.Dict = ["Type": .name("XRef"), "Size": .integer(size),
                                        "W": .array([.integer(1), .integer(4), .integer(2)])]
            let replaced: Set<PDF.Name> = ["Type", "Size", "W", "Index", "Prev", "XRefStm", "Filter",
                                                        "DecodeParms", "Length"]
            for entry in trailer.entries where !replaced.contains(entry.key) { dictionary.entries.append(entry) }
            dictionary["Filter"] = .name("FlateDecode")
            dictionary["Length"] = .integer(data.count)
            var out = Array("\(number) 0 obj\n".utf8) + PDF.Writer.topLevel(dictionary) + Array("\nstream\n".utf8)
            out += data
            out += Array("\nendstream\nendobj\nstartxref\n\(offset)\n%%EOF\n".utf8)
            return out
        }
    }
}
