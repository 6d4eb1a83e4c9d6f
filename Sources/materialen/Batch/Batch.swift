import Foundation
import Inhoud
import Tekenaar
import Vormgeving

/// Renders one document per client row and writes them to a folder, or merges them into one PDF.
///
/// The flow: read the sheet → validate every row (nothing is written when any row is invalid) →
/// for each row, one at a time: row → document → PDF bytes → a temporary file beside its target
/// → when every row is done, rename them all into place. Only one client's document is in memory
/// at a time, and the renderer (the font set-up) is the session's, made once per process.
/// `renderFile(_:with:)` is the row → bytes step on its own, so that it can later run on several cores
/// with one renderer each.
struct Batch {
    let session: Session
    let requirements: BatchRequirements
    /// Builds one client's document.
    let document: (ClientRow, LayoutWarnings) -> Document
    /// The metadata of the merged PDF (`--merge`) for these rows.
    let mergedInfo: ([ClientRow]) -> DocumentInfo

    /// One row's finished file: its bytes and the warnings its layout raised.
    struct RenderedFile {
        var data: Data
        var warnings: [String]
    }

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
    /// `renderer` (one per worker when this runs in parallel; renderers are not thread-safe).
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
        // A folder this run created goes again when the run fails: nothing is left behind.
        let staged = StagedFiles(createdFolder: existed ? nil : directory.path)
        let progress = BatchProgress(total: rows.count, label: requirements.material, quiet: session.quiet)
        do {
            for (row, name) in zip(rows, names) {
                let file = try renderFile(row, with: session.renderer)
                for warning in file.warnings { progress.warn("\(sheet.path):\(row.line): \(warning)") }
                try staged.stage(file.data, as: directory.appendingPathComponent(name).path)
                progress.advance()
            }
            progress.finish()
            try staged.commit()
        } catch {
            progress.finish()
            staged.discard()
            throw error
        }
        for path in staged.committed { session.say("wrote \(path)") }
    }

    private func writeMerged(_ rows: [ClientRow], sheet: ClientSheet, output: String) throws {
        // One document whose pages are drawn one client at a time while the PDF is written; each
        // row keeps its own warnings so they can name its line.
        var pages: [Page] = []
        var rowWarnings: [(row: ClientRow, warnings: LayoutWarnings)] = []
        for row in rows {
            let warnings = LayoutWarnings()
            pages.append(contentsOf: document(row, warnings).pages)
            rowWarnings.append((row, warnings))
        }
        // Progress counts pages as they are drawn.
        let progress = BatchProgress(total: pages.count, label: requirements.material, quiet: session.quiet)
        let counted = pages.map { $0.onDrawn { progress.advance() } }
        let rendered: RenderedDocument
        do {
            rendered = try session.renderer.render(Document(info: mergedInfo(rows), pages: counted), as: .pdf)
            progress.finish()
        } catch {
            progress.finish()
            throw error
        }
        for (row, warnings) in rowWarnings {
            for warning in warnings.messages { Console.warn("\(sheet.path):\(row.line): \(warning)") }
        }
        // Only now, with the PDF made, is the folder created (if it has to be) and the file written.
        let path: String
        if output.lowercased().hasSuffix(".pdf") {
            path = output
        } else {
            let stem = BatchFileName.slug(URL(fileURLWithPath: sheet.path).deletingPathExtension().lastPathComponent)
            let name = "\(stem.isEmpty ? "clients" : stem)_\(requirements.material).pdf"
            path = try OutputFolder.prepare(output).appendingPathComponent(name).path
        }
        let written = try FileOutput.write(rendered, to: path)
        for file in written { session.say("wrote \(file) (\(pages.count) page\(pages.count == 1 ? "" : "s"))") }
    }
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
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).partial").path
        lock.lock()
        defer { lock.unlock() }
        pending.append((temporary, target))
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            pending.removeLast()
            unlink(temporary)
            throw TekenaarError.write(path: target, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
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
