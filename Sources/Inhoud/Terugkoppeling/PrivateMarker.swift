import Foundation

/// Finds the `[privé]` marker in a line of the notes, however it was typed: `[privé]`, `[ Privé ]`,
/// `[PRIVE]` all count, because people type it by hand and a marker that is missed leaks into the
/// sheet and the report.
enum PrivateMarker {
    /// What a line of notes holds.
    enum Finding: Equatable {
        /// No marker and nothing like it.
        case none
        /// The line starts with the marker: it begins a private paragraph.
        case leading
        /// The marker stands somewhere after the start of the line.
        case misplaced
        /// The line starts with something that looks meant as the marker, like `(privé)` or `privé:`.
        case lookalike(String)
    }

    static func classify(_ line: String) -> Finding {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if markerLength(at: trimmed[...]) != nil { return .leading }
        var rest = trimmed.dropFirst()
        while let bracket = rest.firstIndex(of: "[") {
            if markerLength(at: rest[bracket...]) != nil { return .misplaced }
            rest = rest[rest.index(after: bracket)...]
        }
        let folded = fold(trimmed)
        for lookalike in ["(prive)", "( prive )", "prive:", "prive :", "{prive}", "<prive>"] where folded.hasPrefix(lookalike) {
            return .lookalike(String(trimmed.prefix(lookalike.count)))
        }
        return .none
    }

    /// The length of a marker at the start of `text` (`[`, spaces, "prive" in any case or accent,
    /// spaces, `]`), or nil when there is none.
    private static func markerLength(at text: Substring) -> Int? {
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let inside = text[text.index(after: text.startIndex)..<close].trimmingCharacters(in: .whitespaces)
        guard fold(inside) == "prive" else { return nil }
        return text.distance(from: text.startIndex, to: close) + 1
    }

    /// Lowercase without accents, so `Privé`, `PRIVE` and `privé` compare equal.
    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
