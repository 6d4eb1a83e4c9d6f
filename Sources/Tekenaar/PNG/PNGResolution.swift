// cairo writes PNGs without a pHYs chunk, so viewers and word processors assume 72 or 96 dpi.
// `PNGResolution.addingResolution(toPNG:dpi:)` records the intended resolution (PNG spec §11.3.5.3).
// Pure Swift, no cairo.

/// What was wrong with the input of `PNGResolution.addingResolution(toPNG:dpi:)`.
enum PNGResolutionError: Error, CustomStringConvertible, Equatable {
    /// The data does not start with the 8-byte PNG signature.
    case notAPNG
    /// A chunk at a byte offset is cut off, has an invalid length or type, or a wrong CRC.
    case malformedChunk(offset: Int, String)
    /// The chunk sequence is wrong (IHDR not first, no IEND, data after IEND).
    case invalidStructure(String)
    /// The resolution is not a positive finite number of dots per inch that fits in a pHYs chunk.
    case invalidResolution(Double)

    var description: String {
        switch self {
        case .notAPNG:
            "not a PNG file: the PNG signature is missing"
        case .malformedChunk(let offset, let message):
            "malformed PNG chunk at byte \(offset): \(message)"
        case .invalidStructure(let message):
            "invalid PNG structure: \(message)"
        case .invalidResolution(let dpi):
            "invalid resolution \(dpi) dpi (must be a positive number below about 54 million)"
        }
    }
}

enum PNGResolution {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Returns `png` with a `pHYs` chunk (pixels per metre, unit specifier 1) right after `IHDR`,
    /// replacing any existing `pHYs`. All chunks are checked (lengths, types, CRCs) and copied unchanged.
    static func addingResolution(toPNG png: [UInt8], dpi: Double) throws(PNGResolutionError) -> [UInt8] {
        let perMetre = try pixelsPerMetre(dpi: dpi)
        let chunks = try self.chunks(of: png)

        var physData: [UInt8] = []
        physData += bigEndian(perMetre)  // X
        physData += bigEndian(perMetre)  // Y
        physData.append(1)  // unit: metre

        var out = signature
        for chunk in chunks where chunk.type != Array("pHYs".utf8) {
            out += png[chunk.range]
            if chunk.type == Array("IHDR".utf8) {
                out += makeChunk(type: Array("pHYs".utf8), data: physData)
            }
        }
        return out
    }

    /// `dpi` in pixels per metre, rounded: 300 dpi → 11811, 72 dpi → 2835.
    static func pixelsPerMetre(dpi: Double) throws(PNGResolutionError) -> UInt32 {
        guard dpi.isFinite, dpi > 0 else { throw .invalidResolution(dpi) }
        let perMetre = (dpi / 0.0254).rounded()
        // PNG four-byte unsigned integers are limited to 2^31 - 1.
        guard perMetre >= 1, perMetre <= Double(Int32.max) else { throw .invalidResolution(dpi) }
        return UInt32(perMetre)
    }

    struct Chunk {
        var type: [UInt8]
        /// The whole chunk: length, type, data and CRC.
        var range: Range<Int>
    }

    /// Splits a PNG into its chunks, validating the signature, each chunk and the IHDR … IEND order.
    static func chunks(of png: [UInt8]) throws(PNGResolutionError) -> [Chunk] {
        guard png.starts(with: signature) else { throw .notAPNG }
        var chunks: [Chunk] = []
        var offset = signature.count
        while offset < png.count {
            guard png.count - offset >= 12 else { throw .malformedChunk(offset: offset, "cut off (fewer than 12 bytes left)") }
            let length = Int(readBigEndian(png, at: offset))
            guard length <= Int(Int32.max) else { throw .malformedChunk(offset: offset, "length \(length) exceeds 2^31-1") }
            guard png.count - offset - 12 >= length else {
                throw .malformedChunk(offset: offset, "cut off (length \(length) runs past the end)")
            }
            let type = Array(png[(offset + 4)..<(offset + 8)])
            guard type.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
                throw .malformedChunk(offset: offset, "chunk type is not four ASCII letters")
            }
            let typeName = String(decoding: type, as: UTF8.self)
            let dataEnd = offset + 8 + length
            let storedCRC = readBigEndian(png, at: dataEnd)
            guard storedCRC == crc32(png[(offset + 4)..<dataEnd]) else {
                throw .malformedChunk(offset: offset, "CRC mismatch in \(typeName)")
            }
            if chunks.isEmpty {
                guard typeName == "IHDR", length == 13 else {
                    throw .invalidStructure("the first chunk is \(typeName) (length \(length)), not a 13-byte IHDR")
                }
            } else if typeName == "IHDR" {
                throw .invalidStructure("more than one IHDR chunk")
            }
            chunks.append(Chunk(type: type, range: offset..<(dataEnd + 4)))
            offset = dataEnd + 4
            if typeName == "IEND" {
                guard offset == png.count else { throw .invalidStructure("data after IEND") }
                return chunks
            }
        }
        throw .invalidStructure(chunks.isEmpty ? "no chunks" : "no IEND chunk (truncated?)")
    }

    static func makeChunk(type: [UInt8], data: [UInt8]) -> [UInt8] {
        bigEndian(UInt32(data.count)) + type + data + bigEndian(crc32(type + data))
    }

    // MARK: - CRC-32 (ISO 3309 / ITU-T V.42, as used by PNG and zlib)

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 {
            crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1
        }
        return crc
    }

    static func crc32(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func readBigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
