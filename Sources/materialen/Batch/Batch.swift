import Foundation
import Inhoud
import Tekenaar
import Vormgeving

/// Renders one document per client row and writes them to a folder, or merges them into one PDF.
///
/// The flow: read the sheet → validate every row (nothing is written when any row is invalid) →
/// render the rows on `jobs` workers, each with its own renderer (Pango font maps are not
/// thread-safe), each row's PDF written to a temporary file beside its target as soon as it is
/// done → when every row is done, rename them all into place. A worker holds one client's document
/// at a time, so memory does not grow with the number of rows. The bytes of every file are the same
/// whatever the number of workers: each document is drawn on its own surface, and a renderer's kept
/// layouts are the same shapes it would make anew. Warnings and progress are reported in row order.
///
/// `--merge` draws the rows in parts of a few dozen pages, each part on its own PDF surface by any
/// worker, and joins the parts into the file in row order as they are done (`PDFPartsFile`), so
/// it uses every core too, and memory stays flat however many rows there are.
struct Batch {
    let session: Session
    let requirements: BatchRequirements
    /// Builds one client's document. Called from several workers at once: it only reads the content.
    let document: @Sendable (ClientRow, LayoutWarnings) -> Document
    /// The metadata of the merged PDF (`--merge`) for these rows.
    let mergedInfo: ([ClientRow]) -> DocumentInfo
    /// How many rows are rendered at once (`--jobs`); all cores when nil.
    var jobs: Int? = nil

    /// One row's finished file: its bytes and the warnings its layout raised.
    struct RenderedFile {
        var data: Data
        var warnings: [String]
    }

    /// The number of workers when `--jobs` is not given: one per core.
    static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Reads `clientsPath`, validates it and writes the output; `output` is a folder (created if
    /// missing), or with `merge` a folder or a `.pdf` path.
    func run(clientsPath: String, output: String, merge: Bool) throws {
        let fileExtension = URL(fileURLWithPath: output).pathExtension.lowercased()
        if merge, ["svg", "png"].contains(fileExtension) {
            throw CLIError.invalidOption("--merge writes one PDF; name a folder or a .pdf file with -o, not \(output)")
        }
        if !merge, ["pdf", "svg", "png"].contains(fileExtension) {
            throw CLIError.invalidOption("with --clients, -o names a folder for one PDF per client (\(output) looks like a file); "
                                         + "add --merge for one PDF with a page per client")
        }
        if let jobs, jobs < 1 { throw CLIError.invalidOption("--jobs \(jobs): give at least 1 worker") }
        let sheet = try ClientSheet.read(clientsPath)
        let rows = try sheet.validated(for: requirements)
        for warning in sheet.warnings { Console.warn(warning) }
        if merge {
            try writeMerged(rows, sheet: sheet, output: output)
        } else {
            try writeEach(rows, sheet: sheet, folder: output)
        }
    }

    /// Renders one row's document to PDF bytes: the whole row → file step, touching nothing but
    /// `renderer` (one per worker; renderers are not thread-safe).
    func renderFile(_ row: ClientRow, with renderer: Renderer) throws -> RenderedFile {
        let warnings = LayoutWarnings()
        let rendered = try renderer.render(document(row, warnings), as: .pdf)
        guard let data = rendered.files.first else { throw TekenaarError.invalidDocument("no PDF was produced") }
        return RenderedFile(data: data, warnings: warnings.messages)
    }

    private func writeEach(_ rows: [ClientRow], sheet: ClientSheet, folder: String) throws {
        let existed = FileManager.default.fileExists(atPath: folder)
        let directory = try OutputFolder.prepare(folder)
        let names = BatchFileName.names(for: rows, material: requirements.material)
        let targets = names.map { directory.appendingPathComponent($0).path }
        // A folder this run created goes again when the run fails: nothing is left behind.
        let staged = StagedFiles(createdFolder: existed ? nil : directory.path)
        let progress = BatchProgress(total: rows.count, label: requirements.material, quiet: session.quiet)
        let report = OrderedReport(count: rows.count) { index, warnings in
            for warning in warnings { progress.warn("\(sheet.path):\(rows[index].line): \(warning)") }
            progress.advance()
        }
        let queue = RowQueue(count: rows.count)
        let batch = UncheckedBox(self)
        onWorkers(min(jobs ?? Self.defaultJobs, max(1, rows.count)), queue: queue) { index, renderer in
            let file = try batch.value.renderFile(rows[index], with: renderer)
            try staged.stage(file.data, as: targets[index])
            report.done(index, warnings: file.warnings)
        }
        progress.finish()
        if let failure = queue.failure {
            staged.discard()
            throw failure
        }
        do {
            try staged.commit()
        } catch {
            staged.discard()
            throw error
        }
        for path in targets { session.say("wrote \(path)") }
    }

    /// Runs `body(index, renderer)` for every index `queue` hands out, on `workers` threads, each with
    /// its own renderer; a failure is recorded in `queue` (by index) and stops new work.
    private func onWorkers(_ workers: Int, queue: RowQueue, _ body: @escaping @Sendable (Int, Renderer) throws -> Void) {
        let fontsDirectory = session.renderer.fonts.directory
        let first = UncheckedBox(session.renderer)
        let work: @Sendable (Int) -> Void = { worker in
            do {
                // The session's renderer (fonts already set up) serves the first worker.
                let renderer = worker == 0 ? first.value : try Renderer(fontsDirectory: fontsDirectory)
                renderer.recordsPlacedText = false
                while let index = queue.next() {
                    do {
                        try body(index, renderer)
                    } catch {
                        queue.fail(error, at: index)
                    }
                }
            } catch {
                queue.fail(error, at: -1)
            }
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
    }

    private func writeMerged(_ rows: [ClientRow], sheet: ClientSheet, output: String) throws {
        let path: String
        let existed: Bool
        if output.lowercased().hasSuffix(".pdf") {
            path = output
            existed = true
        } else {
            existed = FileManager.default.fileExists(atPath: output)
            let stem = BatchFileName.slug(URL(fileURLWithPath: sheet.path).deletingPathExtension().lastPathComponent)
            let name = "\(stem.isEmpty ? "clients" : stem)_\(requirements.material).pdf"
            path = try OutputFolder.prepare(output).appendingPathComponent(name).path
        }
        // The PDF is written to a temporary file beside its target, part by part, and renamed into
        // place when it is complete; a folder this run created goes again on failure.
        let staged = StagedFiles(createdFolder: existed ? nil : URL(fileURLWithPath: path).deletingLastPathComponent().path)
        let info = mergedInfo(rows)
        // Parts of whole clients: each part is drawn by any worker on a surface of its own, and the
        // parts are joined into the file in row order as they come, so the bytes do not depend on
        // the number of workers and memory does not grow with the number of rows.
        let pagesPerRow = max(1, rows.first.map { document($0, LayoutWarnings()).pages.count } ?? 1)
        let rowsPerPart = max(1, session.renderer.partLength / pagesPerRow)
        let parts = stride(from: 0, to: rows.count, by: rowsPerPart).map { $0..<min($0 + rowsPerPart, rows.count) }
        let progress = BatchProgress(total: rows.count, label: requirements.material, quiet: session.quiet)
        let joined: OrderedParts
        let temporary = staged.reserve(path)
        do {
            joined = try OrderedParts(path: temporary) { part in
                for _ in parts[part] { progress.advance() }
            }
            let queue = RowQueue(count: parts.count)
            let batch = UncheckedBox(self)
            onWorkers(min(jobs ?? Self.defaultJobs, parts.count), queue: queue) { index, renderer in
                var pages: [Page] = []
                var warnings: [LayoutWarnings] = []
                for row in rows[parts[index]] {
                    let rowWarnings = LayoutWarnings()
                    pages += batch.value.document(row, rowWarnings).pages
                    warnings.append(rowWarnings)
                }
                let part = try renderer.renderPart(Document(info: info, pages: pages))
                try joined.add(index, part, warnings: warnings.map(\.messages))
            }
            if let failure = queue.failure { throw failure }
            try joined.finish(language: info.language)
            progress.finish()
        } catch TekenaarError.write(let failedPath, let reason) where failedPath == temporary {
            // Name the file the user asked for, not its hidden temporary name.
            progress.finish()
            staged.discard()
            throw TekenaarError.write(path: path, reason: reason)
        } catch {
            progress.finish()
            staged.discard()
            throw error
        }
        for (row, warnings) in zip(rows, joined.warnings) {
            for warning in warnings { Console.warn("\(sheet.path):\(row.line): \(warning)") }
        }
        do {
            try staged.commit()
        } catch {
            staged.discard()
            throw error
        }
        session.say("wrote \(path) (\(joined.pageCount) page\(joined.pageCount == 1 ? "" : "s"))")
    }
}

/// Joins the parts of a merged PDF into its file in part order, whatever order the workers finish
/// them in (a part waits until every part before it is in), and keeps each row's warnings.
final class OrderedParts: @unchecked Sendable {
    private let lock = NSLock()
    private let file: PDFPartsFile
    private var waiting: [Int: (part: PDFPart, warnings: [[String]])] = [:]
    private var next = 0
    private let joined: (Int) -> Void
    /// Each row's layout warnings, in row order (of the parts joined so far).
    private(set) var warnings: [[String]] = []
    private(set) var pageCount = 0

    init(path: String, joined: @escaping (Int) -> Void) throws {
        file = try PDFPartsFile(path: path)
        self.joined = joined
    }

    func add(_ index: Int, _ part: PDFPart, warnings rowWarnings: [[String]]) throws {
        lock.lock()
        defer { lock.unlock() }
        waiting[index] = (part, rowWarnings)
        while let ready = waiting.removeValue(forKey: next) {
            try file.append(ready.part)
            warnings += ready.warnings
            pageCount += ready.part.pageCount
            joined(next)
            next += 1
        }
    }

    func finish(language: String) throws {
        lock.lock()
        defer { lock.unlock() }
        try file.finish(language: language)
    }
}

/// Hands out row indices to the workers in order and remembers the first failure (by row, so the
/// error reported does not depend on which worker got there first); after a failure no new row starts.
final class RowQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var nextIndex = 0
    private var failedIndex = Int.max
    private(set) var failure: Error?

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil, nextIndex < count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }

    /// Records `error` for row `index` (-1: a worker could not start); the lowest row's error wins.
    func fail(_ error: Error, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        if failure == nil || index < failedIndex {
            failure = error
            failedIndex = index
        }
    }
}

/// Reports finished rows in row order, whatever order the workers finish them in: a row's
/// warnings (and the progress count) are printed once every row before it has been reported.
final class OrderedReport: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: [String]] = [:]
    private var nextToReport = 0
    private let emit: (Int, [String]) -> Void

    init(count: Int, emit: @escaping (Int, [String]) -> Void) {
        self.emit = emit
    }

    func done(_ index: Int, warnings: [String]) {
        lock.lock()
        defer { lock.unlock() }
        waiting[index] = warnings
        while let ready = waiting.removeValue(forKey: nextToReport) {
            emit(nextToReport, ready)
            nextToReport += 1
        }
    }
}

/// Carries a value that is not `Sendable` to the workers. Safe here because each worker uses its
/// own renderer (the session's goes to exactly one worker, while the caller waits) and `Batch`
/// itself is only read.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Files written under temporary names beside their targets and renamed into place together, so
/// that a batch that fails half-way (or is interrupted) leaves none of its files behind.
final class StagedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [(temporary: String, target: String)] = []
    private(set) var committed: [String] = []
    private var interruptSources: [DispatchSourceSignal] = []
    /// The output folder when this run created it; removed with the staged files while it is empty.
    private let createdFolder: String?

    init(createdFolder: String? = nil) {
        self.createdFolder = createdFolder
        // Ctrl-C or a kill during a long batch removes what was staged, then exits as interrupted.
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in self?.abandon(exitCode: 128 + signalNumber) }
            source.resume()
            interruptSources.append(source)
        }
    }

    deinit {
        for source in interruptSources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }

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

    /// On an interrupt: removes what was staged and exits, holding the lock so that nothing new
    /// is staged in between.
    private func abandon(exitCode: Int32) -> Never {
        lock.lock()
        for entry in pending { unlink(entry.temporary) }
        if let createdFolder { rmdir(createdFolder) }
        let outcome = committed.isEmpty ? "; nothing was written" : " after every file was written"
        FileHandle.standardError.write(Data("\nmaterialen: interrupted\(outcome)\n".utf8))
        exit(exitCode)
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
