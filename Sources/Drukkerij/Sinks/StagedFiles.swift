import Foundation
import Tekenaar

/// Files written under temporary names beside their targets and renamed into place together, so
/// that a batch that fails half-way (or is interrupted) leaves none of its files behind.
final class StagedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [(temporary: String, target: String)] = []
    private(set) var committed: [String] = []
    /// The output folder when this run created it; removed with the staged files while it is empty.
    private let createdFolder: String?

    init(createdFolder: String? = nil) {
        self.createdFolder = createdFolder
        StagedFilesRegistry.shared.add(self)
    }

    deinit { StagedFilesRegistry.shared.remove(self) }

    /// Writes `data` to a hidden temporary file in the folder of `target`. The file is listed
    /// before it is created, and both happen under the lock, so an interrupt never misses one.
    func stage(_ data: Data, as target: String) throws {
        lock.lock()
        defer { lock.unlock() }
        let temporary = listTemporary(for: target)
        if let reason = Self.write(data, to: temporary) {
            pending.removeLast()
            unlink(temporary)
            throw TekenaarError.write(path: target, reason: reason)
        }
    }

    /// Writes `data` to a new file at `path`; the reason when that fails. Not `Data.write`, which
    /// calls fsync for every file (a large part of a werkblad's wall time on a VM's disk, and under
    /// the lock, so the other workers waited too). Like cp or Typst, the batch leaves flushing to
    /// the system: the renames still make every file appear complete or not at all while the
    /// machine runs; only a crash of the machine itself could leave a file empty.
    private static func write(_ data: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return data.withUnsafeBytes { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let result = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if result < 0 && errno == EINTR { continue }
                guard result > 0 else { return String(cString: strerror(errno)) }
                offset += result
            }
            return nil
        }
    }

    /// A temporary path beside `target` for a file that the caller writes itself (a PDF streamed
    /// while it is drawn); listed first, so an interrupt removes it too.
    func reserve(_ target: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        return listTemporary(for: target)
    }

    /// A new hidden temporary path in the folder of `target`, listed for removal on an interrupt.
    /// The caller holds the lock.
    private func listTemporary(for target: String) -> String {
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).partial").path
        pending.append((temporary, target))
        return temporary
    }

    /// On an interrupt: removes what was staged and keeps the lock, so that nothing new is staged
    /// before the process exits. Says whether files had already been renamed into place.
    fileprivate func abandonForExit() -> Bool {
        lock.lock()
        for entry in pending { unlink(entry.temporary) }
        pending.removeAll()
        if let createdFolder { rmdir(createdFolder) }
        return !committed.isEmpty
    }

    /// Renames every staged file into place.
    func commit() throws {
        lock.lock()
        defer { lock.unlock() }

        for (index, entry) in pending.enumerated() where rename(entry.temporary, entry.target) != 0 {
            let reason = String(cString: strerror(errno))
            for remaining in pending[index...] { unlink(remaining.temporary) }
            // Files renamed before the failure stay: they are complete, and the message says which failed.
            pending.removeAll()
            throw TekenaarError.write(path: entry.target, reason: reason)
        }
        committed = pending.map(\.target)
        pending.removeAll()
    }

    /// Removes every staged file.
    func discard() {
        lock.lock()
        defer { lock.unlock() }
        for entry in pending { unlink(entry.temporary) }
        pending.removeAll()
        if let createdFolder { rmdir(createdFolder) }
    }
}

/// Every set of staged files alive in the process, so that an interrupt (Ctrl-C, a kill) can remove
/// them before the process ends: a front-end's signal handler calls `Interruption.removeStagedFiles`.
final class StagedFilesRegistry: @unchecked Sendable {
    static let shared = StagedFilesRegistry()
    private let lock = NSLock()
    private var sets: [ObjectIdentifier: Weak] = [:]

    private struct Weak { weak var files: StagedFiles? }

    func add(_ files: StagedFiles) {
        lock.lock(); defer { lock.unlock() }
        sets[ObjectIdentifier(files)] = Weak(files: files)
    }

    func remove(_ files: StagedFiles) {
        lock.lock(); defer { lock.unlock() }
        sets[ObjectIdentifier(files)] = nil
    }

    func abandonAll() -> Bool {
        lock.lock(); defer { lock.unlock() }
        return sets.values.compactMap(\.files).map { $0.abandonForExit() }.contains(true)
    }
}

/// What a front-end does when the process is interrupted in the middle of writing.
public enum Interruption {
    /// Removes every temporary file of every batch still running (their targets stay untouched)
    /// and blocks further staging; call it from a signal handler just before exiting. Returns
    /// whether some batch had already put its files in place.
    public static func removeStagedFiles() -> Bool {
        StagedFilesRegistry.shared.abandonAll()
    }
}
