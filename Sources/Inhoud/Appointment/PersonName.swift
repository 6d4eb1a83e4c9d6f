/// A client's name taken apart the Dutch way, for a salutation: the given names and the surname
/// with its tussenvoegsel ("Maria Johanna van den Heuvel" → "Maria Johanna", "van den Heuvel").
/// A guess, not a registry: offices that know better fill in the salutation themselves.
public struct PersonName: Sendable, Hashable {
    /// The given names or initials, as written; empty for a one-word name.
    public let givenNames: [String]
    /// The surname with its tussenvoegsel, as written.
    public let surname: String

    /// The words that start a surname when they follow the given names (lowercase, as written in
    /// the middle of a name).
    static let tussenvoegsels: Set<String> = ["van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op",
                                              "von", "la", "le", "du", "da", "di", "d'", "el", "al", "uit", "vd"]

    public init(_ name: String) {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else { givenNames = []; surname = words.first ?? ""; return }
        // The surname starts at the first tussenvoegsel after the first word, else it is the last word.
        let start = words.indices.dropFirst().first { Self.tussenvoegsels.contains(words[$0]) } ?? words.count - 1
        givenNames = Array(words[..<start])
        surname = words[start...].joined(separator: " ")
    }

    /// The first given name when it is a name ("Maria"), nil when the name starts with initials
    /// ("M.J.") or has no given name.
    public var firstName: String? {
        guard let first = givenNames.first, first.count > 1, !first.contains(".") else { return nil }
        return first
    }
}
