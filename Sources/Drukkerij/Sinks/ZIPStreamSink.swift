import CSystemZlib
import Foundation

/// Writes a batch's files as a ZIP archive to a byte stream (an HTTP response, a file), each entry
/// as soon as it is done, so 5,000 letters never sit in memory together. The entries are stored,
/// not compressed again: a PDF's streams are compressed already. Dates are fixed (1 January 1980,
/// ZIP's first day), so the same batch gives the same archive. A streaming writer of our own,
/// because ZIPFoundation writes archives to files or into one growing buffer, not to a stream.
public final class ZIPStreamSink: BatchFileSink {
    private let output: ByteStreamSink
    private var central: [UInt8] = []
    private var offset = 0
    private var count = 0

    /// ZIP without its 64-bit extension counts entries in 16 bits and offsets in 32.
    static let maximumEntries = 0xFFFF
    static let maximumSize = 0xFFFF_FFFF

    public init(output: ByteStreamSink) {
        self.output = output
    }

    public func add(_ data: Data, named name: String) throws {
        let nameBytes = Array(name.utf8)
        guard count < Self.maximumEntries, offset + 30 + nameBytes.count + data.count + 46 + nameBytes.count + 22 <= Self.maximumSize
        else {
            throw DrukkerijError.invalidRequest("the batch is too large for one ZIP archive (at most \(Self.maximumEntries) files "
                                                + "and 4 GB); split the sheet")
        }
        let checksum = data.withUnsafeBytes { raw in
            UInt32(crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count)))
        }
        let entry = Entry(name: nameBytes, checksum: checksum, size: UInt32(data.count), offset: UInt32(offset))
        let header = entry.localHeader
        try output.write(header)
        try output.write([UInt8](data))
        central += entry.centralHeader
        offset += header.count + data.count
        count += 1
    }

    public func finish() throws {
        var end = ZIPBytes()
        end.u32(0x0605_4B50)
        end.u16(0); end.u16(0)                     // this disk, the disk where the directory starts
        end.u16(count); end.u16(count)             // entries on this disk, in all
        end.u32(central.count); end.u32(offset)    // the directory's size and where it starts
        end.u16(0)                                 // no comment
        try output.write(central + end.bytes)
        try output.finish()
    }

    public func discard() { output.discard() }

    /// One stored file: what its local header and its central directory record say.
    private struct Entry {
        let name: [UInt8]
        let checksum: UInt32
        let size: UInt32
        let offset: UInt32

        /// Version 2.0; bit 11: the name is UTF-8; method 0: stored; 00:00 on 1 January 1980.
        private func common(_ bytes: inout ZIPBytes) {
            bytes.u16(20); bytes.u16(0x0800); bytes.u16(0)
            bytes.u16(0); bytes.u16(0x0021)
            bytes.u32(Int(checksum)); bytes.u32(Int(size)); bytes.u32(Int(size))
            bytes.u16(name.count); bytes.u16(0)
        }

        var localHeader: [UInt8] {
            var bytes = ZIPBytes()
            bytes.u32(0x0403_4B50)
            common(&bytes)
            bytes.bytes += name
            return bytes.bytes
        }

        var centralHeader: [UInt8] {
            var bytes = ZIPBytes()
            bytes.u32(0x0201_4B50)
            bytes.u16(0x0314)                      // made on Unix (3), version 2.0
            common(&bytes)
            bytes.u16(0); bytes.u16(0); bytes.u16(0) // no comment; disk 0; no internal attributes
            bytes.u32(0o100644 << 16)              // a regular file, rw-r--r--
            bytes.u32(Int(offset))
            bytes.bytes += name
            return bytes.bytes
        }
    }
}

/// Little-endian fields of a ZIP record.
private struct ZIPBytes {
    var bytes: [UInt8] = []

    mutating func u16(_ value: Int) {
        bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)]
    }

    mutating func u32(_ value: Int) {
        bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8((value >> 24) & 0xFF)]
    }
}
