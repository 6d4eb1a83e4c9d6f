import Foundation
import Tekenaar

/// A process-wide memo of caption widths (`StripPanelDrawing.balancedWidth`), safe to use from the
/// workers of a batch. The result depends on the text, its style, the column and the kind of
/// output (which has its own text metrics), so those are the key.
final class BalancedWidthMemo: @unchecked Sendable {
    private struct Key: Hashable {
        var text: String
        var style: TextStyle
        var maxWidth: Double
        var format: OutputFormat
    }

    private let lock = NSLock()
    private var widths: [Key: Double] = [:]
    /// Content overrides can bring other captions; more than this and the memo starts again.
    private let capacity = 256

    func width(for text: String, style: TextStyle, maxWidth: Double, format: OutputFormat,
               compute: () throws -> Double) rethrows -> Double {
        let key = Key(text: text, style: style, maxWidth: maxWidth, format: format)
        lock.lock()
        let known = widths[key]
        lock.unlock()
        if let known { return known }
        let width = try compute()
        lock.lock()
        if widths.count >= capacity { widths.removeAll() }
        widths[key] = width
        lock.unlock()
        return width
    }
}
