import Inhoud

/// Collects the warnings a layout raises while it draws (lazily, during rendering). The
/// command-line tool prints them; tests read them.
public final class LayoutWarnings {
    /// Every warning once, in the order raised.
    public private(set) var all: [LayoutWarning] = []

    public init() {}

    /// The warnings as the lines the command-line tool prints.
    public var messages: [String] { all.map(\.description) }

    /// Records a warning once, however often the document is drawn (PDF, then SVG, then PNG).
    public func add(_ warning: LayoutWarning) {
        if !all.contains(warning) { all.append(warning) }
    }

    /// Records a warning of `material` about `field`.
    func add(_ material: LayoutWarning.Material, _ field: FieldPath?, client: String? = nil, _ message: String) {
        add(LayoutWarning(material, field: field, client: client, message: message))
    }
}
