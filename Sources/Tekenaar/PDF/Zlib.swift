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
        guard status == Z_OK else { throw .streamData("zlib's compress2 returned \(status)") }
        output.removeSubrange(Int(capacity)...)
        return output
    }
}

extension Zlib {
    /// The bytes of one zlib stream decompressed, for the object and cross-reference streams of a
    /// file newer cairo or qpdf wrote. `limit` bounds the output, so hostile input cannot make it
    /// allocate without end.
    static func decompressed(_ bytes: ArraySlice<UInt8>, limit: Int = 1 << 28) throws(PDFError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .streamData("zlib's inflateInit failed")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let input = Array(bytes)
        var status: Int32 = Z_OK
        input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { destination in
                    stream.next_out = destination.baseAddress
                    stream.avail_out = uInt(destination.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return destination.count - Int(stream.avail_out)
                }
                output += chunk[..<produced]
            } while status == Z_OK && output.count <= limit && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        guard output.count <= limit else { throw .streamData("a stream inflates to more than \(limit) bytes") }
        // Some writers end a stream without zlib's trailer; what was inflated is still good.
        guard status == Z_STREAM_END || status == Z_OK || status == Z_BUF_ERROR else {
            throw .streamData("zlib's inflate returned \(status)")
        }
        return output
    }
}
