import Foundation

/// Progress of a long batch on standard error, so that a thousand clients do not look like a
/// hang. On a terminal one line counts up in place; in a log (not a terminal) a line is written at
/// every tenth. Short batches and `--quiet` show nothing.
final class BatchProgress: @unchecked Sendable {
    /// Batches shorter than this finish before progress would help.
    static let threshold = 10

    private let total: Int
    private let label: String
    private let enabled: Bool
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private var done = 0
    private var lastReportedTenth = 0
    private var lineShowing = false

    init(total: Int, label: String, quiet: Bool) {
        self.total = total
        self.label = label
        enabled = !quiet && total >= Self.threshold
    }

    /// One more document is done.
    func advance() {
        done += 1
        guard enabled else { return }
        if isTerminal {
            write("\r\(label): \(done) of \(total)")
            lineShowing = true
        } else {
            let tenth = done * 10 / total
            if tenth > lastReportedTenth {
                lastReportedTenth = tenth
                write("\(label): \(done) of \(total) (\(tenth * 10) %)\n")
            }
        }
    }

    /// A warning, on its own line even while the progress line is showing.
    func warn(_ message: String) {
        if lineShowing { write("\r\u{1B}[K"); lineShowing = false }
        Console.warn(message)
    }

    /// Ends the progress line.
    func finish() {
        if lineShowing { write("\n"); lineShowing = false }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
