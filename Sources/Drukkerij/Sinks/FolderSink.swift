import Foundation
import Tekenaar

/// Writes a batch's files into a folder, all or none: each file goes to a hidden temporary file
/// beside its target as soon as it is done, and they are renamed into place together when the
/// batch finishes. A folder the sink created is removed again when the batch fails.
public final class FolderSink: BatchFileSink {
    public let folder: URL
    private let staged: StagedFiles
    /// The files put in place, in row order (after `finish`).
    public private(set) var written: [String] = []
    private var targets: [String] = []

    /// Prepares `path` (created when missing).
    public init(folder path: String) throws {
        let (url, created) = try OutputFolder.prepare(path)
        folder = url
        staged = StagedFiles(createdFolder: created ? url.path : nil)
    }

    public func add(_ data: Data, named name: String) throws {
        let target = folder.appendingPathComponent(name).path
        try staged.stage(data, as: target)
        targets.append(target)
    }

    public func finish() throws {
        do {
            try staged.commit()
        } catch {
            staged.discard()
            throw error
        }
        written = targets
    }

    public func discard() { staged.discard() }
}

/// Streams one file (a merged PDF) to a hidden temporary file beside `path` and renames it into
/// place when it is complete; a folder created for it goes again when the batch fails.
public final class FileStreamSink: ByteStreamSink {
    public let path: String
    private let staged: StagedFiles
    private let temporary: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var closed = false
    private static let bufferSize = 1 << 16

    /// `createdFolder`: the folder made for this file, removed when the batch fails.
    public init(path: String, createdFolder: String? = nil) throws {
        self.path = path
        staged = StagedFiles(createdFolder: createdFolder)
        temporary = staged.reserve(path)
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            staged.discard()
            throw TekenaarError.write(path: path, reason: reason)
        }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { close() }

    public func write(_ bytes: [UInt8]) throws {
        buffer += bytes
        if buffer.count >= Self.bufferSize { try flush() }
    }

    public func finish() throws {
        do {
            try flush()
            close()
            try staged.commit()
        } catch {
            discard()
            throw error
        }
    }

    public func discard() {
        close()
        staged.discard()
    }

    private func close() {
        if !closed { _ = Foundation.close(descriptor); closed = true }
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let result = buffer.withUnsafeBytes { raw in Foundation.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { throw TekenaarError.write(path: path, reason: String(cString: strerror(errno))) }
            offset += result
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
