extension PDF {
    /// The PDF date (§7.9.4) for an ISO 8601 date: `2026-03-15T09:30:00+01:00` becomes
    /// `D:20260315093000+01'00'`, `2026-01-01T00:00:00Z` becomes `D:20260101000000Z`. Accepted:
    /// `YYYY-MM-DD`, optionally followed by `THH:MM` or `THH:MM:SS`, then optionally `Z` or `±HH:MM`.
    ///
    /// Written by the post-processor rather than by cairo: cairo 1.16 leaves out the `D:` prefix
    /// and the closing `'` of the time zone (cairo-pango-notes.md §4).
    static func date(iso8601 text: String) throws(PDFError) -> String {
        let bytes = Array(text.utf8)
        var index = 0
        var result = "D:"

        /// Reads `count` digits in `range` (after an optional `separator`) into the result.
        func field(_ count: Int, in range: ClosedRange<Int>, after separator: UInt8? = nil) -> Bool {
            if let separator {
                guard index < bytes.count, bytes[index] == separator else { return false }
                index += 1
            }
            guard index + count <= bytes.count else { return false }
            var value = 0
            for byte in bytes[index..<(index + count)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            guard range.contains(value) else { return false }
            result += String(decoding: bytes[index..<(index + count)], as: UTF8.self)
            index += count
            return true
        }

        guard field(4, in: 0...9999), field(2, in: 1...12, after: UInt8(ascii: "-")),
              field(2, in: 1...31, after: UInt8(ascii: "-"))
        else { throw .invalidDate(text) }
        if index < bytes.count, bytes[index] == UInt8(ascii: "T") {
            guard field(2, in: 0...23, after: UInt8(ascii: "T")), field(2, in: 0...59, after: UInt8(ascii: ":")) else {
                throw .invalidDate(text)
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ":"), !field(2, in: 0...59, after: UInt8(ascii: ":")) {
                throw .invalidDate(text)
            }
            if index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "Z"):
                    result += "Z"
                    index += 1
                case UInt8(ascii: "+"), UInt8(ascii: "-"):
                    result += String(UnicodeScalar(bytes[index]))
                    index += 1
                    guard field(2, in: 0...23) else { throw .invalidDate(text) }
                    result += "'"
                    guard field(2, in: 0...59, after: UInt8(ascii: ":")) else { throw .invalidDate(text) }
                    result += "'"
                default:
                    throw .invalidDate(text)
                }
            }
        }
        guard index == bytes.count else { throw .invalidDate(text) }
        return result
    }
}
