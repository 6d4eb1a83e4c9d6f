/// What tests read from the raw bytes of a PDF.
public enum PDFStreams {
    /// The first two bytes of every stream: the zlib header, which holds the compression level
    /// (0x78 0x01 for level 1, 0x78 0x9C for zlib's default, 6). The XMP metadata stream is left
    /// out: PDF/UA expects it uncompressed.
    public static func zlibHeaders(_ pdf: [UInt8]) -> [[UInt8]] {
        let keyword = Array("stream\n".utf8)
        var headers: [[UInt8]] = []
        var index = 1
        while index + keyword.count + 2 <= pdf.count {
            // "stream" that is not the end of "endstream".
            if pdf[index..<(index + keyword.count)].elementsEqual(keyword), pdf[index - 1] != UInt8(ascii: "d") {
                let data = index + keyword.count
                if !pdf[data...].starts(with: Array("<?xpacket".utf8)) { headers.append(Array(pdf[data..<(data + 2)])) }
                index = data
            } else {
                index += 1
            }
        }
        return headers
    }
}
