extension PDF {
    /// Reads a cross-reference stream (§7.5.8), as cairo 1.17/1.18 and qpdf write in place of a
    /// classic table: binary rows of `/W` widths for the objects `/Index` names, each free, written
    /// directly at an offset, or packed in an object stream.
    enum CrossReferenceStream {
        /// Reads the `N 0 obj << /Type /XRef … >> stream … endstream` at the parser's position.
        static func read(_ parser: inout Parser, in bytes: [UInt8])
            throws(PDFError) -> (locations: [Int: File.Location], trailer: Dict, streamNumber: Int?)
        {
            let start = parser.lexer.position
            guard let (number, _) = try parser.readAnyObjectHeader(),
                  case .dictionary(let dict) = try parser.parseValue(), case .keyword("stream") = try parser.lexer.nextToken()
            else { throw .invalidCrossReference(offset: start, "no cross-reference stream where startxref points") }
            guard dict["Type"] == .name("XRef") else {
                throw .invalidCrossReference(offset: start, "the object where startxref points is not /Type /XRef")
            }
            // Its /Length cannot be looked up: the table that would say where is inside it.
            guard case .integer(let length)? = dict["Length"] else {
                throw .unsupported("a cross-reference stream whose /Length is not a direct number")
            }
            let data = try StreamFilter.decoded(try File.streamData(in: bytes, after: parser.lexer.position, length: length),
                                                dictionary: dict)
            return (try entries(dict, data, at: start), dict, number)
        }

        /// The rows of `data` that are in use, by `/W` and `/Index`.
        private static func entries(_ dict: Dict, _ data: [UInt8], at offset: Int) throws(PDFError) -> [Int: File.Location] {
            guard case .integer(let size)? = dict["Size"], (0...8_388_608).contains(size),
                  case .array(let widthValues)? = dict["W"], widthValues.count == 3
            else { throw .invalidCrossReference(offset: offset, "the cross-reference stream has no valid /Size and /W") }
            var widths: [Int] = []
            for value in widthValues {
                guard case .integer(let width) = value, (0...8).contains(width) else {
                    throw .invalidCrossReference(offset: offset, "a /W width is not 0…8")
                }
                widths.append(width)
            }
            var ranges: [(first: Int, count: Int)] = [(0, size)]
            if case .array(let index)? = dict["Index"] {
                guard index.count % 2 == 0 else { throw .invalidCrossReference(offset: offset, "an odd /Index array") }
                ranges = []
                for pair in stride(from: 0, to: index.count, by: 2) {
                    guard case .integer(let first) = index[pair], case .integer(let count) = index[pair + 1],
                          (0...8_388_607).contains(first), (0...data.count).contains(count)
                    else { throw .invalidCrossReference(offset: offset, "a malformed /Index pair") }
                    ranges.append((first, count))
                }
            }
            let rowLength = widths.reduce(0, +)
            guard rowLength > 0, ranges.reduce(0, { $0 + $1.count }) <= data.count / rowLength else {
                throw .invalidCrossReference(offset: offset, "the cross-reference stream has fewer rows than /Index names")
            }

            var entries: [Int: File.Location] = [:]
            var position = 0
            /// The next field of `width` bytes, big-endian; `default` when the width is 0.
            func field(_ width: Int, default value: Int) -> Int {
                guard width > 0 else { return value }
                var result = 0
                for byte in data[position..<(position + width)] { result = result << 8 | Int(byte) }
                position += width
                return result
            }
            for (first, count) in ranges {
                for number in first..<(first + count) {
                    let type = field(widths[0], default: 1)
                    let second = field(widths[1], default: 0)
                    let third = field(widths[2], default: 0)
                    switch type {
                    case 1: entries[number] = .direct(generation: third, offset: second)
                    case 2: entries[number] = .packed(stream: second, index: third)
                    default: continue  // free, or a reserved type, which is to be ignored (§7.5.8.3)
                    }
                }
            }
            return entries
        }
    }
}
