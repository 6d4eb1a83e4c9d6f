import Foundation
import Tekenaar

/// A process-wide memo of how the Strip's texts break into lines, safe to use from the workers of a
/// batch: breaking a caption by meaning measures dozens of word runs, every letter of a batch has the
/// same captions, and the layout tries a few sizes before it draws. The result depends on the text,
/// its style, the measure, the line count allowed and the kind of output (which has its own text
/// metrics), so those are the key. `nil` is remembered too: the text does not fit.
final class LineBreakMemo: @unchecked Sendable {
    private struct Key: Hashable {
        var text: String
        var style: TextStyle
        var maxWidth: Double
        var maxLines: Int
        var format: OutputFormat
    }

    private let lock = NSLock()
    private var known: [Key: [String]?] = [:]
    /// Content overrides can bring other texts; more than this and the memo starts again.
    private let capacity = 512

    func lines(for text: String, style: TextStyle, maxWidth: Double, maxLines: Int, format: OutputFormat,
               compute: () throws -> [String]?) rethrows -> [String]? {
        let key = Key(text: text, style: style, maxWidth: maxWidth, maxLines: maxLines, format: format)
        lock.lock()
        let remembered = known[key]
        lock.unlock()
        if let remembered { return remembered }
        let lines = try compute()
        lock.lock()
        if known.count >= capacity { known.removeAll() }
        known[key] = .some(lines)
        lock.unlock()
        return lines
    }
}
