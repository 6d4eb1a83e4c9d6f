import Drukkerij
import Foundation
import Inhoud

/// A `--clients` run on the command line: checks the options, reads and validates the sheet, runs
/// the Drukkerij batch into a folder or one merged file, and reports progress, warnings and what
/// was written. Ctrl-C or a kill removes what was staged and exits as interrupted.
struct BatchRun {
    let material: Material
    let clients: String
    let output: String
    let merge: Bool
    let jobs: Int?
    let common: CommonOptions
    let letterDate: CalendarDate
    /// The werkblad without its back side, and a merged file without blank pages for duplex printing.
    let singleSided: Bool

    func run() throws {
        let fileExtension = URL(fileURLWithPath: output).pathExtension.lowercased()
        if merge, ["svg", "png"].contains(fileExtension) {
            throw CLIError.invalidOption("--merge writes one PDF; name a folder or a .pdf file with -o, not \(output)")
        }
        if !merge, ["pdf", "svg", "png"].contains(fileExtension) {
            throw CLIError.invalidOption("with --clients, -o names a folder for one PDF per client (\(output) looks like a file); "
                                         + "add --merge for one PDF with \(material.pagesPerClient) per client")
        }
        if let jobs, jobs < 1 { throw CLIError.invalidOption("--jobs \(jobs): give at least 1 worker") }
        let session = try Session(options: common, workers: jobs)
        let sheet = try ClientSheet.read(clients)
        let rows = try sheet.validated(for: material, inhoud: session.drukkerij.inhoud)
        for warning in sheet.warnings(today: letterDate) { Console.warn(warning) }
        var batch = try Batch(material: material, rows: rows, letterDate: letterDate, jobs: jobs)
        batch.singleSided = singleSided
        let progress = BatchProgress(total: rows.count, label: material.fileStem, quiet: session.quiet)
        let rowDone: Batch.RowDone = { index, warnings in
            for warning in warnings { progress.warn("\(sheet.place(of: rows[index])): \(warning)") }
            progress.advance()
        }
        let interrupts = InterruptHandler()
        defer { interrupts.remove() }
        if merge {
            let (path, createdFolder) = try mergedPath(sheet: sheet)
            let sink = try FileStreamSink(path: path, createdFolder: createdFolder)
            let pageCount: Int
            do {
                pageCount = try batch.writeMerged(with: session.drukkerij, to: sink, rowDone: rowDone)
            } catch {
                progress.finish()
                throw error
            }
            progress.finish()
            session.say("wrote \(path) (\(pageCount) page\(pageCount == 1 ? "" : "s"))")
        } else {
            let sink = try FolderSink(folder: output)
            do {
                try batch.writeEach(with: session.drukkerij, to: sink, rowDone: rowDone)
            } catch {
                progress.finish()
                throw error
            }
            progress.finish()
            for path in sink.written { session.say("wrote \(path)") }
        }
    }

    /// The merged PDF's path: `output` when it names a .pdf, otherwise a file named after the sheet
    /// in the folder `output`; and the folder when this run created it.
    private func mergedPath(sheet: ClientSheet) throws -> (String, String?) {
        if output.lowercased().hasSuffix(".pdf") { return (output, nil) }
        let stem = BatchFileName.slug(URL(fileURLWithPath: sheet.path).deletingPathExtension().lastPathComponent)
        let name = "\(stem.isEmpty ? "clients" : stem)_\(material.fileStem).pdf"
        let (folder, created) = try OutputFolder.prepare(output)
        return (folder.appendingPathComponent(name).path, created ? folder.path : nil)
    }
}

/// While a batch writes: Ctrl-C or a kill removes every staged file, says so and exits.
final class InterruptHandler {
    private var sources: [DispatchSourceSignal] = []

    init() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                let committed = Interruption.removeStagedFiles()
                let outcome = committed ? " after every file was written" : "; nothing was written"
                FileHandle.standardError.write(Data("\nmaterialen: interrupted\(outcome)\n".utf8))
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    func remove() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
