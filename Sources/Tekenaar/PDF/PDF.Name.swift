extension PDF {
    /// A PDF name, stored decoded (without the leading `/`, `#xx` escapes resolved).
    struct Name: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        var bytes: [UInt8]

        init(bytes: [UInt8]) { self.bytes = bytes }
        init(stringLiteral value: String) { self.bytes = Array(value.utf8) }

        var description: String { "/" + String(decoding: bytes, as: UTF8.self) }
    }
}
