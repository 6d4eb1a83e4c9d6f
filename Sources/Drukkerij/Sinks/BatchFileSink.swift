import Foundation

/// Where the separate files of a batch go: a folder, a ZIP stream, a buffer. The batch hands the
/// files over one at a time, in row order, as they are done; `finish` is called once after the
/// last, `discard` instead when the batch fails.
public protocol BatchFileSink: AnyObject {
    func add(_ data: Data, named name: String) throws
    func finish() throws
    func discard()
}

/// Where a merged batch's one PDF goes, as a stream of bytes written in order.
public protocol ByteStreamSink: AnyObject {
    func write(_ bytes: [UInt8]) throws
    func finish() throws
    func discard()
}

/// Keeps a batch's files in memory, in row order (tests, a web response built whole).
public final class MemoryFileSink: BatchFileSink {
    public private(set) var files: [(name: String, data: Data)] = []
    public private(set) var isFinished = false

    public init() {}

    public func add(_ data: Data, named name: String) throws { files.append((name, data)) }
    public func finish() throws { isFinished = true }
    public func discard() { files.removeAll() }
}

/// Keeps a merged PDF in memory.
public final class MemoryStreamSink: ByteStreamSink {
    public private(set) var bytes: [UInt8] = []
    public private(set) var isFinished = false

    public init() {}

    public func write(_ bytes: [UInt8]) throws { self.bytes += bytes }
    public func finish() throws { isFinished = true }
    public func discard() { bytes.removeAll() }
}
