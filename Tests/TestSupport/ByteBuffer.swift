import Foundation

/// Collects bytes written through a closure (a merged PDF in a test), and writes them to a file
/// for the command-line tools that inspect it.
public final class ByteBuffer: @unchecked Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ more: [UInt8]) { bytes += more }

    /// Writes the bytes to `path`.
    public func save(to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
