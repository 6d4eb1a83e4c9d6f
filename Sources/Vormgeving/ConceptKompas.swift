import Inhoud
import Tekenaar

/// The Gesprekskompas. Until its own design lands this renders a clearly marked draft.
public enum KompasLayout {
    public enum Paper: String, Sendable, CaseIterable { case a3, a4 }

    public struct Options: Sendable {
        public var paper: Paper
        public var cutLine: Bool
        public init(paper: Paper = .a3, cutLine: Bool = false) { self.paper = paper; self.cutLine = cutLine }
    }

    public static func document(_ inhoud: Inhoud, options: Options, warnings: LayoutWarnings) -> Document {
        let sections = [ConceptLayout.Section(heading: inhoud.centre.title, lines: inhoud.themas.map { "\($0.title): \($0.summary)" }),
                        ConceptLayout.Section(heading: inhoud.kompas.hint, lines: inhoud.onderwerpen.map { "\($0.title): \($0.summary)" })]
        return ConceptLayout.document(title: inhoud.kompas.title, author: inhoud.organisation.name, sections: sections, warnings: warnings)
    }
}
