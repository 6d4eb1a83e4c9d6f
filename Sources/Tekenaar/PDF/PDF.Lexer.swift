extension PDF {
    /// Splits PDF object syntax into tokens (§7.2).
    struct Lexer {
        let bytes: [UInt8]
        var position: Int

        init(bytes: [UInt8], position: Int) {
            self.bytes = bytes
            self.position = position
        }

        static func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x00 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
        }

        static func isDelimiter(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "/"), UInt8(ascii: "%"):
                true
            default:
                false
            }
        }

        static func isRegular(_ byte: UInt8) -> Bool { !isWhitespace(byte) && !isDelimiter(byte) }

        static func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }

        func syntaxError(_ message: String, at offset: Int? = nil) -> PDFError {
            .syntax(offset: offset ?? position, message)
        }

        mutating func skipWhitespace() {
            while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
        }

        mutating func skipWhitespaceAndComments() {
            while position < bytes.count {
                let byte = bytes[position]
                if Self.isWhitespace(byte) {
                    position += 1
                } else if byte == UInt8(ascii: "%") {
                    while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
                } else {
                    return
                }
            }
        }

        mutating func nextToken() throws(PDFError) -> Token {
            skipWhitespaceAndComments()
            guard position < bytes.count else { return .endOfInput }
            let start = position
            let byte = bytes[position]
            let following: UInt8? = position + 1 < bytes.count ? bytes[position + 1] : nil
            switch byte {
            case UInt8(ascii: "["):
                position += 1
                return .arrayOpen
            case UInt8(ascii: "]"):
                position += 1
                return .arrayClose
            case UInt8(ascii: "<"):
                if following == UInt8(ascii: "<") {
                    position += 2
                    return .dictionaryOpen
                }
                return .string(try readHexString())
            case UInt8(ascii: ">"):
                guard following == UInt8(ascii: ">") else { throw syntaxError("unexpected '>'") }
                position += 2
                return .dictionaryClose
            case UInt8(ascii: "("):
                return .string(try readLiteralString())
            case UInt8(ascii: "/"):
                return .name(readName())
            case UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                throw syntaxError("unexpected '\(Character(Unicode.Scalar(byte)))'")
            default:
                while position < bytes.count, Self.isRegular(bytes[position]) { position += 1 }
                // Most words are small unsigned integers (object numbers, offsets): read them
                // without building a string.
                if let value = Self.unsignedInteger(bytes, start..<position) { return .integer(value) }
                if let keyword = Self.commonKeyword(bytes, start..<position) { return .keyword(keyword) }
                return try word(Array(bytes[start..<position]), at: start)
            }
        }

        /// The value of a run of 1–18 ASCII digits (no sign), or nil for anything else.
        static func unsignedInteger(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
            guard !range.isEmpty, range.count <= 18 else { return nil }
            var value = 0
            for index in range {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }

        /// Whether `bytes[range]` is `word` (a plain loop: the generic `elementsEqual` on a slice was a
        /// measurable part of the post-processor's time).
        @inline(__always)
        static func matches(_ bytes: [UInt8], _ range: Range<Int>, _ word: [UInt8]) -> Bool {
            guard range.count == word.count else { return false }
            var index = range.lowerBound
            for byte in word {
                if bytes[index] != byte { return false }
                index += 1
            }
            return true
        }

        /// The names a cairo structure tree is made of, shared instead of allocated for every occurrence.
        private static let commonNames: [Name] =
            ["Type", "StructElem", "S", "P", "K", "Pg", "MCR", "MCID", "Obj", "OBJR", "Figure", "Span", "Sect",
             "Div", "H1", "H2", "H3", "L", "LI", "Lbl", "LBody", "Caption", "Parent", "Annot", "Link"].map(Name.init(stringLiteral:))

        static func commonName(_ bytes: [UInt8], _ range: Range<Int>) -> Name? {
            guard range.count <= 10 else { return nil }
            for name in commonNames where matches(bytes, range, name.bytes) { return name }
            return nil
        }

        private static let commonKeywords: [(bytes: [UInt8], text: String)] =
            ["R", "obj", "endobj", "stream", "true", "false", "null", "n", "f", "xref", "trailer"].map { (Array($0.utf8), $0) }

        /// The keywords of object syntax a cairo file is full of, recognised without building a string.
        static func commonKeyword(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
            guard range.count <= 7 else { return nil }
            for keyword in commonKeywords where matches(bytes, range, keyword.bytes) { return keyword.text }
            return nil
        }

        /// Classifies a run of regular characters as an integer, a real or a keyword.
        private func word(_ word: [UInt8], at offset: Int) throws(PDFError) -> Token {
            let text = String(decoding: word, as: UTF8.self)
            let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
            let hasSign = word.first == UInt8(ascii: "+") || word.first == UInt8(ascii: "-")
            guard let first = word.first, hasSign || isDigit(first) || first == UInt8(ascii: ".") else { return .keyword(text) }
            if let value = Int(text) { return .integer(value) }
            let digits = word.dropFirst(hasSign ? 1 : 0)
            if digits.filter({ $0 == UInt8(ascii: ".") }).count == 1, digits.contains(where: isDigit),
               digits.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") }) {
                return .real(text)
            }
            throw syntaxError("malformed number '\(text)'", at: offset)
        }

        private mutating func readName() -> Name {
            position += 1  // "/"
            let start = position
            while position < bytes.count, Self.isRegular(bytes[position]), bytes[position] != UInt8(ascii: "#") {
                position += 1
            }
            if position == bytes.count || !Self.isRegular(bytes[position]) {
                // No escapes: the name is the bytes as they are.
                return Self.commonName(bytes, start..<position) ?? Name(bytes: Array(bytes[start..<position]))
            }
            var name = Array(bytes[start..<position])
            while position < bytes.count, Self.isRegular(bytes[position]) {
                let byte = bytes[position]
                if byte == UInt8(ascii: "#"), position + 2 < bytes.count,
                    let high = Self.hexValue(bytes[position + 1]), let low = Self.hexValue(bytes[position + 2])
                {
                    name.append(high << 4 | low)
                    position += 3
                } else {
                    name.append(byte)
                    position += 1
                }
            }
            return Name(bytes: name)
        }

        private mutating func readHexString() throws(PDFError) -> ByteString {
            let start = position
            position += 1  // "<"
            var result: [UInt8] = []
            var pending: UInt8?
            while true {
                guard position < bytes.count else { throw syntaxError("unterminated hex string", at: start) }
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: ">") { break }
                if Self.isWhitespace(byte) { continue }
                guard let nibble = Self.hexValue(byte) else {
                    throw syntaxError("invalid character in hex string", at: position - 1)
                }
                if let high = pending {
                    result.append(high << 4 | nibble)
                    pending = nil
                } else {
                    pending = nibble
                }
            }
            if let high = pending { result.append(high << 4) }
            return ByteString(bytes: result, isHex: true)
        }

        private mutating func readLiteralString() throws(PDFError) -> ByteString {
            let start = position
            position += 1  // "("
            var depth = 1
            var result: [UInt8] = []
            while true {
                guard position < bytes.count else { throw syntaxError("unterminated string", at: start) }
                let byte = bytes[position]
                position += 1
                switch byte {
                case UInt8(ascii: "("):
                    depth += 1
                    result.append(byte)
                case UInt8(ascii: ")"):
                    depth -= 1
                    if depth == 0 { return ByteString(bytes: result, isHex: false) }
                    result.append(byte)
                case UInt8(ascii: "\\"):
                    guard position < bytes.count else { throw syntaxError("unterminated string", at: start) }
                    let escaped = bytes[position]
                    position += 1
                    switch escaped {
                    case UInt8(ascii: "n"): result.append(0x0A)
                    case UInt8(ascii: "r"): result.append(0x0D)
                    case UInt8(ascii: "t"): result.append(0x09)
                    case UInt8(ascii: "b"): result.append(0x08)
                    case UInt8(ascii: "f"): result.append(0x0C)
                    case UInt8(ascii: "0")...UInt8(ascii: "7"):
                        var value = Int(escaped - UInt8(ascii: "0"))
                        for _ in 0..<2 {
                            guard position < bytes.count, bytes[position] >= UInt8(ascii: "0"),
                                bytes[position] <= UInt8(ascii: "7")
                            else { break }
                            value = value * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                            position += 1
                        }
                        result.append(UInt8(truncatingIfNeeded: value))  // high-order overflow is ignored (§7.3.4.2)
                    case 0x0D:  // line continuation: backslash + EOL is not part of the string
                        if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                    case 0x0A:
                        break
                    default:  // \( \) \\ and unknown escapes (backslash ignored)
                        result.append(escaped)
                    }
                case 0x0D:  // an unescaped end of line reads as a single LF
                    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                    result.append(0x0A)
                default:
                    result.append(byte)
                }
            }
        }
    }
}
