extension PDF {
    /// A PDF string: the decoded bytes plus whether it was (or should be) written as a hex string.
    struct ByteString: Equatable, Sendable {
        var bytes: [UInt8]
        var isHex: Bool
    }


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
}
