/// Warnings a layout raises while it draws, such as text that had to be shrunk or shortened to
/// fit its box. The command-line tool prints them; tests read them.
public final class LayoutWarnings {
    public private(set) var messages: [String] = []

    public init() {}

    /// Records a warning once, however often the document is drawn (PDF, then SVG, then PNG).
    public func add(_ message: String) {
        if !messages.contains(message) { messages.append(message) }
    }
}
