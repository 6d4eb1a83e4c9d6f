// A small reader and writer for PDF object syntax (ISO 32000-1, §7.2–7.3), just enough for
// `PDFPostProcessor`: it tokenises and parses the objects that the cross-reference table points at
// and serialises (modified) dictionaries again. It never looks inside stream bodies.
//
// Everything is nested in `PDFPostProcessor` so the short names (`Value`, `Dict`, …) cannot clash
// with other types in the module.

extension PDFPostProcessor {

    // MARK: - Object model

    /// A PDF name, stored decoded (without the leading `/`, `#xx` escapes resolved).
    struct Name: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        var bytes: [UInt8]

        init(bytes: [UInt8]) { self.bytes = bytes }
        init(stringLiteral value: String) { self.bytes = Array(value.utf8) }

        var description: String { "/" + String(decoding: bytes, as: UTF8.self) }
    }

    /// An indirect reference `number generation R`.
    struct Reference: Hashable, Sendable, CustomStringConvertible {
        var number: Int
        var generation: Int

        var description: String { "\(number) \(generation) R" }
    }

    /// A PDF string: the decoded bytes plus whether it was (or should be) written as a hex string.
    struct ByteString: Equatable, Sendable {
        var bytes: [UInt8]
        var isHex: Bool
    }

    /// A dictionary that keeps its keys in file order so rewritten objects stay recognisable.
    struct Dict: Equatable, Sendable {
        struct Entry: Equatable, Sendable {
            var key: Name
            var value: Value
        }

        var entries: [Entry] = []

        /// Reads the last entry with `key` (duplicate keys are malformed; the last one wins).
        /// Writing replaces the first entry with `key` in place (dropping duplicates), appends a
        /// new one, or removes all entries with `key` when set to `nil`.
        subscript(key: Name) -> Value? {
            get { entries.last(where: { $0.key == key })?.value }
            set {
                guard let newValue else {
                    entries.removeAll { $0.key == key }
                    return
                }
                if let index = entries.firstIndex(where: { $0.key == key }) {
                    entries[index].value = newValue
                    var seen = false
                    entries.removeAll { entry in
                        guard entry.key == key else { return false }
                        defer { seen = true }
                        return seen
                    }
                } else {
                    entries.append(Entry(key: key, value: newValue))
                }
            }
        }
    }

    // Not `indirect`: arrays and dictionaries already hold their elements out of line, and a boxed
    // case for every number and name made parsing a structure tree allocation-bound.
    enum Value: Equatable, Sendable {
        case null
        case bool(Bool)
        case integer(Int)
        /// A real number, kept as written so it round-trips exactly.
        case real(String)
        case name(Name)
        case string(ByteString)
        case array([Value])
        case dictionary(Dict)
        case reference(Reference)

        var dictionary: Dict? {
            if case .dictionary(let dict) = self { return dict }
            return nil
        }

        var kindDescription: String {
            switch self {
            case .null: "null"
            case .bool: "a boolean"
            case .integer: "an integer"
            case .real: "a real number"
            case .name(let name): "the name \(name)"
            case .string: "a string"
            case .array: "an array"
            case .dictionary: "a dictionary"
            case .reference(let reference): "the reference \(reference)"
            }
        }
    }

    // MARK: - Lexer

    enum Token: Equatable {
        case integer(Int)
        case real(String)
        case name(Name)
        case string(ByteString)
        case arrayOpen, arrayClose, dictionaryOpen, dictionaryClose
        /// Any other run of regular characters: `true`, `null`, `R`, `obj`, `endobj`, `stream`, `xref`, `n`, …
        case keyword(String)
        case endOfInput
    }

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

        func syntaxError(_ message: String, at offset: Int? = nil) -> PDFPostProcessorError {
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

        mutating func nextToken() throws(PDFPostProcessorError) -> Token {
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
        private func word(_ word: [UInt8], at offset: Int) throws(PDFPostProcessorError) -> Token {
            let text = String(decoding: word, as: UTF8.self)
            var digits = word[...]
            if let first = digits.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
                digits = digits.dropFirst()
            }
            let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
            if !digits.isEmpty, digits.allSatisfy(isDigit) {
                guard let value = Int(text) else { throw syntaxError("number out of range: \(text)", at: offset) }
                return .integer(value)
            }
            let dots = digits.filter { $0 == UInt8(ascii: ".") }.count
            if dots == 1, digits.contains(where: isDigit), digits.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") }) {
                return .real(text)
            }
            if let first = word.first, isDigit(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: ".")
            {
                throw syntaxError("malformed number '\(text)'", at: offset)
            }
            return .keyword(text)
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

        private mutating func readHexString() throws(PDFPostProcessorError) -> ByteString {
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

        private mutating func readLiteralString() throws(PDFPostProcessorError) -> ByteString {
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

    // MARK: - Parser

    struct Parser {
        var lexer: Lexer
        /// Guards against stack exhaustion on absurdly nested (hostile) input.
        static let maximumDepth = 64

        init(bytes: [UInt8], position: Int) {
            lexer = Lexer(bytes: bytes, position: position)
        }

        mutating func parseValue() throws(PDFPostProcessorError) -> Value {
            let start = lexer.position
            return try value(startingWith: try lexer.nextToken(), at: start, depth: 0)
        }

        private mutating func value(startingWith token: Token, at offset: Int, depth: Int)
            throws(PDFPostProcessorError) -> Value
        {
            guard depth < Self.maximumDepth else { throw lexer.syntaxError("objects nested too deeply", at: offset) }
            switch token {
            case .integer(let number):
                // `number generation R` is a reference; otherwise rewind and keep the integer.
                let afterNumber = lexer.position
                if number >= 0, case .integer(let generation)? = try? lexer.nextToken(), generation >= 0,
                    case .keyword("R")? = try? lexer.nextToken()
                {
                    return .reference(Reference(number: number, generation: generation))
                }
                lexer.position = afterNumber
                return .integer(number)
            case .real(let text):
                return .real(text)
            case .name(let name):
                return .name(name)
            case .string(let string):
                return .string(string)
            case .keyword("true"):
                return .bool(true)
            case .keyword("false"):
                return .bool(false)
            case .keyword("null"):
                return .null
            case .arrayOpen:
                var items: [Value] = []
                while true {
                    let itemOffset = lexer.position
                    let next = try lexer.nextToken()
                    if next == .arrayClose { return .array(items) }
                    if next == .endOfInput { throw lexer.syntaxError("unterminated array", at: offset) }
                    items.append(try value(startingWith: next, at: itemOffset, depth: depth + 1))
                }
            case .dictionaryOpen:
                var dict = Dict()
                while true {
                    let keyOffset = lexer.position
                    let next = try lexer.nextToken()
                    if next == .dictionaryClose { return .dictionary(dict) }
                    if next == .endOfInput { throw lexer.syntaxError("unterminated dictionary", at: offset) }
                    guard case .name(let key) = next else {
                        throw lexer.syntaxError("dictionary key is not a name", at: keyOffset)
                    }
                    let valueOffset = lexer.position
                    let valueToken = try lexer.nextToken()
                    if valueToken == .dictionaryClose || valueToken == .endOfInput {
                        throw lexer.syntaxError("dictionary key \(key) has no value", at: valueOffset)
                    }
                    dict.entries.append(.init(key: key, value: try value(startingWith: valueToken, at: valueOffset, depth: depth + 1)))
                }
            case .endOfInput:
                throw lexer.syntaxError("unexpected end of file", at: offset)
            case .keyword(let keyword):
                throw lexer.syntaxError("unexpected keyword '\(keyword)'", at: offset)
            case .arrayClose, .dictionaryClose:
                throw lexer.syntaxError("unexpected end of array or dictionary", at: offset)
            }
        }

        /// Reads the `number generation obj` header of `reference` at the current position;
        /// `fileOffset` is where that is in the whole file (for the message), if not the position.
        mutating func readObjectHeader(_ reference: Reference, fileOffset: Int? = nil) throws(PDFPostProcessorError) {
            let start = fileOffset ?? lexer.position
            guard case .integer(let number) = try lexer.nextToken(),
                case .integer(let generation) = try lexer.nextToken(),
                case .keyword("obj") = try lexer.nextToken()
            else {
                throw .invalidCrossReference(offset: start, "no 'N G obj' header where the xref table puts object \(reference)")
            }
            guard number == reference.number, generation == reference.generation else {
                throw .invalidCrossReference(
                    offset: start, "the xref table points at object \(number) \(generation) instead of \(reference)")
            }
        }

        /// Parses `number generation obj << … >>` at the current position, building only the
        /// entries whose keys are in `keys`; the other values are stepped over without being built
        /// (the structure walk reads three keys of every element, and building the rest was most
        /// of the post-processor's time). Nil when the object is not a dictionary.
        mutating func parseIndirectDictionary(expecting reference: Reference, keeping keys: [[UInt8]])
            throws(PDFPostProcessorError) -> Dict?
        {
            try readObjectHeader(reference)
            let bytes = lexer.bytes
            lexer.skipWhitespaceAndComments()
            guard lexer.position + 1 < bytes.count, bytes[lexer.position] == UInt8(ascii: "<"),
                  bytes[lexer.position + 1] == UInt8(ascii: "<") else { return nil }
            let open = lexer.position
            lexer.position += 2
            var dict = Dict()
            while true {
                lexer.skipWhitespaceAndComments()
                guard lexer.position < bytes.count else { throw lexer.syntaxError("unterminated dictionary", at: open) }
                let byte = bytes[lexer.position]
                if byte == UInt8(ascii: ">") {
                    guard lexer.position + 1 < bytes.count, bytes[lexer.position + 1] == UInt8(ascii: ">") else {
                        throw lexer.syntaxError("unexpected '>'")
                    }
                    lexer.position += 2
                    return dict
                }
                if byte != UInt8(ascii: "/") {
                    // The rest of a value that was stepped over word by word ("12 0 R").
                    try skipValue(depth: 1)
                    continue
                }
                let keyStart = lexer.position + 1
                var keyEnd = keyStart
                while keyEnd < bytes.count, Lexer.isRegular(bytes[keyEnd]) { keyEnd += 1 }
                if keys.contains(where: { Lexer.matches(bytes, keyStart..<keyEnd, $0) }) {
                    guard case .name(let key) = try lexer.nextToken() else { throw lexer.syntaxError("expected a key") }
                    dict.entries.append(.init(key: key, value: try parseValue()))
                } else {
                    lexer.position = keyEnd
                    try skipValue(depth: 1)
                }
            }
        }

        /// Steps over one value (a number or keyword is one word) without building it.
        private mutating func skipValue(depth: Int) throws(PDFPostProcessorError) {
            guard depth < Self.maximumDepth else { throw lexer.syntaxError("objects nested too deeply") }
            lexer.skipWhitespaceAndComments()
            let bytes = lexer.bytes
            guard lexer.position < bytes.count else { throw lexer.syntaxError("unexpected end of file") }
            let following: UInt8? = lexer.position + 1 < bytes.count ? bytes[lexer.position + 1] : nil
            switch bytes[lexer.position] {
            case UInt8(ascii: "<") where following == UInt8(ascii: "<"):
                let open = lexer.position
                lexer.position += 2
                while true {
                    lexer.skipWhitespaceAndComments()
                    guard lexer.position + 1 < bytes.count else { throw lexer.syntaxError("unterminated dictionary", at: open) }
                    if bytes[lexer.position] == UInt8(ascii: ">"), bytes[lexer.position + 1] == UInt8(ascii: ">") {
                        lexer.position += 2
                        return
                    }
                    try skipValue(depth: depth + 1)
                }
            case UInt8(ascii: "["):
                let open = lexer.position
                lexer.position += 1
                while true {
                    lexer.skipWhitespaceAndComments()
                    guard lexer.position < bytes.count else { throw lexer.syntaxError("unterminated array", at: open) }
                    if bytes[lexer.position] == UInt8(ascii: "]") {
                        lexer.position += 1
                        return
                    }
                    try skipValue(depth: depth + 1)
                }
            case UInt8(ascii: "/"):
                lexer.position += 1
                while lexer.position < bytes.count, Lexer.isRegular(bytes[lexer.position]) { lexer.position += 1 }
            case UInt8(ascii: "("), UInt8(ascii: "<"):
                _ = try lexer.nextToken()  // a string
            case UInt8(ascii: ">"), UInt8(ascii: "]"), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                throw lexer.syntaxError("unexpected '\(Character(Unicode.Scalar(bytes[lexer.position])))'")
            default:
                while lexer.position < bytes.count, Lexer.isRegular(bytes[lexer.position]) { lexer.position += 1 }
            }
        }

        /// Parses `number generation obj <value> endobj` (or `… stream`) at the current position.
        /// Returns the value and whether a stream body follows (which is not read).
        mutating func parseIndirectObject(expecting reference: Reference)
            throws(PDFPostProcessorError) -> (value: Value, isStream: Bool)
        {
            try readObjectHeader(reference)
            let value = try parseValue()
            let endOffset = lexer.position
            switch try lexer.nextToken() {
            case .keyword("endobj"):
                return (value, false)
            case .keyword("stream"):
                guard case .dictionary = value else { throw lexer.syntaxError("stream without a dictionary", at: endOffset) }
                return (value, true)
            default:
                throw lexer.syntaxError("missing 'endobj' after object \(reference)", at: endOffset)
            }
        }
    }

    // MARK: - Writer

    enum Writer {
        private static let hexDigits = Array("0123456789ABCDEF".utf8)

        /// A dictionary with each key on its own line (nested values stay on one line).
        static func topLevel(_ dict: Dict) -> [UInt8] {
            guard !dict.entries.isEmpty else { return Array("<< >>".utf8) }
            var out = Array("<<".utf8)
            for (index, entry) in dict.entries.enumerated() {
                out += Array((index == 0 ? " " : "\n   ").utf8)
                append(.name(entry.key), to: &out)
                out.append(UInt8(ascii: " "))
                append(entry.value, to: &out)
            }
            out += Array("\n>>".utf8)
            return out
        }

        static func serialize(_ value: Value) -> [UInt8] {
            var out: [UInt8] = []
            append(value, to: &out)
            return out
        }

        static func append(_ value: Value, to out: inout [UInt8]) {
            switch value {
            case .null:
                out += Array("null".utf8)
            case .bool(let flag):
                out += Array((flag ? "true" : "false").utf8)
            case .integer(let number):
                out += Array(String(number).utf8)
            case .real(let text):
                out += Array(text.utf8)
            case .name(let name):
                out.append(UInt8(ascii: "/"))
                for byte in name.bytes {
                    if byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "#"), !Lexer.isDelimiter(byte) {
                        out.append(byte)
                    } else {
                        out += [UInt8(ascii: "#"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
                    }
                }
            case .string(let string):
                appendString(string, to: &out)
            case .array(let items):
                out.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    // Keep lines reasonably short for long arrays (e.g. many MCIDs).
                    out += Array((index > 0 && index % 16 == 0 ? "\n  " : " ").utf8)
                    append(item, to: &out)
                }
                out += Array(" ]".utf8)
            case .dictionary(let dict):
                out += Array("<<".utf8)
                for entry in dict.entries {
                    out.append(UInt8(ascii: " "))
                    append(.name(entry.key), to: &out)
                    out.append(UInt8(ascii: " "))
                    append(entry.value, to: &out)
                }
                out += Array(" >>".utf8)
            case .reference(let reference):
                out += Array("\(reference.number) \(reference.generation) R".utf8)
            }
        }

        private static func appendString(_ string: ByteString, to out: inout [UInt8]) {
            if string.isHex {
                out.append(UInt8(ascii: "<"))
                for byte in string.bytes {
                    out += [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
                }
                out.append(UInt8(ascii: ">"))
                return
            }
            out.append(UInt8(ascii: "("))
            for byte in string.bytes {
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "("), UInt8(ascii: ")"):
                    out += [UInt8(ascii: "\\"), byte]
                case 0x0A: out += Array("\\n".utf8)
                case 0x0D: out += Array("\\r".utf8)
                case 0x09: out += Array("\\t".utf8)
                case 0x08: out += Array("\\b".utf8)
                case 0x0C: out += Array("\\f".utf8)
                case 0x20..<0x7F:
                    out.append(byte)
                default:  // any other byte as a three-digit octal escape, so the output stays ASCII
                    out += [
                        UInt8(ascii: "\\"), UInt8(ascii: "0") + (byte >> 6), UInt8(ascii: "0") + ((byte >> 3) & 7),
                        UInt8(ascii: "0") + (byte & 7),
                    ]
                }
            }
            out.append(UInt8(ascii: ")"))
        }
    }

    // MARK: - Text strings (§7.9.2.2)

    /// A text string as a PDF string object: printable ASCII (plus tab, LF, CR) as a literal string,
    /// anything else as UTF-16BE with a byte order mark, written as a hex string.
    static func textString(_ text: String) -> ByteString {
        let isPlainASCII = text.unicodeScalars.allSatisfy { scalar in
            (0x20..<0x7F).contains(scalar.value) || scalar == "\t" || scalar == "\n" || scalar == "\r"
        }
        if isPlainASCII {
            return ByteString(bytes: Array(text.utf8), isHex: false)
        }
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        return ByteString(bytes: bytes, isHex: true)
    }

    /// Decodes a text string written as UTF-16BE (with BOM), UTF-8 (with BOM, PDF 2.0) or, for
    /// plain ASCII, PDFDocEncoding. Returns nil for bytes this does not understand.
    static func decodedTextString(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFE, 0xFF]) {
            let body = bytes.dropFirst(2)
            guard body.count % 2 == 0 else { return nil }
            var units: [UInt16] = []
            var index = body.startIndex
            while index < body.endIndex {
                units.append(UInt16(body[index]) << 8 | UInt16(body[index + 1]))
                index += 2
            }
            return decode(units, as: UTF16.self)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decode(bytes.dropFirst(3), as: UTF8.self)
        }
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Strict decoding: nil on any invalid code unit sequence (unlike `String(decoding:as:)`).
    private static func decode<Codec: UnicodeCodec>(_ units: some Sequence<Codec.CodeUnit>, as codec: Codec.Type) -> String? {
        var result = ""
        var decoder = Codec()
        var iterator = units.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): result.unicodeScalars.append(scalar)
            case .emptyInput: return result
            case .error: return nil
            }
        }
    }
}
