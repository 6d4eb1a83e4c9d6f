extension PDF {
    /// The two kinds of stream PDF 1.5 added that the post-processor (`compacted`) and `PDF.Merger` both
    /// write: object streams (§7.5.7) and the cross-reference stream (§7.5.8), with `/W [1 4 2]`.
    enum StreamWriting {
        typealias Packed = (number: Int, value: [UInt8])

        /// Objects per object stream: enough for a whole werkblad in one, small enough that a reader
        /// that wants one object does not inflate a huge stream.
        static let objectsPerStream = 200

        /// `objects` packed into as many object streams as they need, numbered from `firstNumber` on:
        /// each stream's number, its bytes (`objectStream`) and the objects in it, in index order.
        static func objectStreams(_ objects: [Packed], numberedFrom firstNumber: Int) throws(PDFError)
            -> [(number: Int, bytes: [UInt8], members: ArraySlice<Packed>)]
        {
            var streams: [(number: Int, bytes: [UInt8], members: ArraySlice<Packed>)] = []
            var start = 0
            while start < objects.count {
                let members = objects[start..<min(start + objectsPerStream, objects.count)]
                let number = firstNumber + streams.count
                streams.append((number, try objectStream(number: number, objects: members), members))
                start = members.endIndex
            }
            return streams
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

        /// Appends one row: type 0 (free: next free object, generation), 1 (in the file: offset,
        /// generation) or 2 (packed: object stream number, index in it).
        static func appendRow(type: UInt8, _ field: Int, _ index: Int, to rows: inout [UInt8]) {
            rows.append(type)
            for shift in [24, 16, 8, 0] { rows.append(UInt8(truncatingIfNeeded: field >> shift)) }
            rows.append(UInt8(truncatingIfNeeded: index >> 8))
            rows.append(UInt8(truncatingIfNeeded: index))
        }

        /// The cross-reference stream object `number` (which sits at byte `offset`) with `rows` for
        /// objects 0 ..< `size`, the trailer entries `/Root`, `/Info`, `/ID` … of `trailer`, then
        /// `startxref` and `%%EOF`.
        static func crossReferenceStream(number: Int, offset: Int, rows: [UInt8], size: Int, trailer: PDF.Dict)
            throws(PDFError) -> [UInt8]
        {
            guard offset <= Int(UInt32.max) else { throw .unsupported("a PDF file larger than 4 GB") }
            let data = try Zlib.compressed(rows)
            var dictionary = PDF.Dict()
            dictionary["Type"] = .name("XRef")
            dictionary["Size"] = .integer(size)
            dictionary["W"] = .array([.integer(1), .integer(4), .integer(2)])
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
