extension PDF {
    /// Builds values from tokens: direct objects and indirect `N G obj` … `endobj` (§7.3).
    struct Parser {
        var lexer: Lexer
        /// Guards against stack exhaustion on absurdly nested (hostile) input.
        static let maximumDepth = 64

        init(bytes: [UInt8], position: Int) {
            lexer = Lexer(bytes: bytes, position: position)
        }

        /// The value at the current position. For a dictionary, `keeping` names the only entries
        /// to build; the other values are stepped over without being built (the structure walk reads
        /// a few keys of every element, and building the rest was most of the post-processor's time).
        mutating func parseValue(keeping keys: Set<Name>? = nil) throws(PDFError) -> Value {
            let start = lexer.position
            return try value(startingWith: try lexer.nextToken(), at: start, depth: 0, keeping: keys)
        }

        private mutating func value(startingWith token: Token, at offset: Int, depth: Int, keeping keys: Set<Name>? = nil)
            throws(PDFError) -> Value
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
                        if keys != nil { continue }  // the rest of a value stepped over word by word ("12 0 R")
                        throw lexer.syntaxError("dictionary key is not a name", at: keyOffset)
                    }
                    if let keys, !keys.contains(key) {
                        try skipValue()
                        continue
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

        /// Reads the `number generation obj` header of `reference` at the current position.
        mutating func readObjectHeader(_ reference: Reference) throws(PDFError) {
            let start = lexer.position
            guard let (number, generation) = try readAnyObjectHeader() else {
                throw .invalidCrossReference(offset: start, "no 'N G obj' header where the xref table puts object \(reference)")
            }
            guard number == reference.number, generation == reference.generation else {
                throw .invalidCrossReference(
                    offset: start, "the xref table points at object \(number) \(generation) instead of \(reference)")
            }
        }

        /// Reads a `number generation obj` header at the current position, whatever the number;
        /// nil when there is none.
        mutating func readAnyObjectHeader() throws(PDFError) -> (number: Int, generation: Int)? {
            guard case .integer(let number) = try lexer.nextToken(), case .integer(let generation) = try lexer.nextToken(),
                  case .keyword("obj") = try lexer.nextToken()
            else { return nil }
            return (number, generation)
        }

        /// Steps over one value (a number or keyword is one word) without building it.
        mutating func skipValue(depth: Int = 0) throws(PDFError) {
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
    }
}
