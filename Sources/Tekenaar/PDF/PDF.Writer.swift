extension PDF {
    /// Serialises values as PDF object syntax.
    enum Writer {
        private static let hexDigits = Array("0123456789ABCDEF".utf8)

        /// A dictionary with each key on its own line (nested values stay on one line).
        static func topLevel(_ dict: Dict) -> [UInt8] {
            var out: [UInt8] = []
            appendDictionary(dict, lineBreaks: true, to: &out)
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
                appendDictionary(dict, lineBreaks: false, to: &out)
            case .reference(let reference):
                out += Array("\(reference.number) \(reference.generation) R".utf8)
            }
        }

        private static func appendDictionary(_ dict: Dict, lineBreaks: Bool, to out: inout [UInt8]) {
            out += Array("<<".utf8)
            for (index, entry) in dict.entries.enumerated() {
                out += Array((lineBreaks && index > 0 ? "\n   " : " ").utf8)
                append(.name(entry.key), to: &out)
                out.append(UInt8(ascii: " "))
                append(entry.value, to: &out)
            }
            out += Array((lineBreaks && !dict.entries.isEmpty ? "\n>>" : " >>").utf8)
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
}
