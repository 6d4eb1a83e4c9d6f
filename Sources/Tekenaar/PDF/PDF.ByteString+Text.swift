extension PDF.ByteString {
    /// The string read as a PDF text string (§7.9.2.2): UTF-16BE after a byte order mark, UTF-8
    /// after its mark (PDF 2.0), otherwise PDFDocEncoding, read here as Latin-1 (the two differ only
    /// in a few typographic characters at 0x18–0x1F and 0x80–0x9F, which cairo never writes: it
    /// writes any text that is not plain ASCII as UTF-16BE).
    var text: String {
        if bytes.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(decoding: bytes.dropFirst(3), as: UTF8.self)
        }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}
