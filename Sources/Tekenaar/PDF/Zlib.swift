import CSystemZlib

/// zlib's deflate for the streams the PDF post-processor writes (object and cross-reference
/// streams); cairo compresses its own streams.
enum Zlib {
    /// The bytes as one zlib stream (RFC 1950), which is what PDF's `/FlateDecode` reads.
    ///
    /// Level 1 (fastest): on the dictionaries of a werkblad it writes 0.4 KB more than level 6 and costs
    /// half as many instructions (callgrind). In the materialen tool cairo's own streams get level 1 too
    /// (CZlibLevel).
    static func compressed(_ bytes: [UInt8], level: Int32 = 1) throws(PDFError) -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { destination in
            bytes.withUnsafeBufferPointer { source in
                compress2(destination.baseAddress, &capacity, source.baseAddress, uLong(source.count), level)
            }
        }
        guard status == Z_OK else { throw .compression("zlib's compress2 returned \(status)") }
        output.removeSubrange(Int(capacity)...)
        return output
    }
}
