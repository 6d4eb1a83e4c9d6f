import Inhoud
import Tekenaar

/// The Strip. Until its own design lands this renders a clearly marked draft.
public enum StripLayout {
    public enum Arrangement: String, Sendable, CaseIterable { case row, grid }

    public struct Options: Sendable {
        public var arrangement: Arrangement
        public var width: Double
        public init(arrangement: Arrangement = .row, width: Double = 170) { self.arrangement = arrangement; self.width = width }
    }

    public static func document(_ inhoud: Inhoud, options: Options, warnings: LayoutWarnings) throws -> Document {
        let sections = inhoud.strip.panels.map { ConceptLayout.Section(heading: $0.title, lines: [$0.caption, $0.bubble.text]) }
        return ConceptLayout.document(title: inhoud.strip.title, author: inhoud.organisation.name, sections: sections, warnings: warnings)
    }
}
