/// A client's name as an office types it ("Maria de Vries", "M.J. van den Berg", "Mevrouw A. Yilmaz",
/// "dhr. P. de Boer"), taken apart so a salutation can use its parts.
public struct PersonName: Sendable, Hashable {
    /// How the name starts when it names the person's title: *mevrouw* or *meneer*, nil when it does not.
    public let title: Title?
    /// The given names or initials, as written; empty for a one-word name.
    public let givenNames: [String]
    /// The surname with its tussenvoegsel, as written.
    public let surname: String

    /// A title before the name, as a salutation writes it.
    public enum Title: String, Sendable, Hashable {
        case mevrouw, meneer
    }

    /// The words that start a surname when they follow the given names (lowercase, as written in
    /// the middle of a name).
    static let tussenvoegsels: Set<String> = ["van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op",
                                              "von", "la", "le", "du", "da", "di", "d'", "el", "al", "uit", "vd"]

    /// The ways offices write a title in front of a name, lowercased; "de heer" is two words.
    static let titles: [(words: [String], title: Title)] = [
        (["mevrouw"], .mevrouw), (["mevr."], .mevrouw), (["mevr"], .mevrouw), (["mw."], .mevrouw), (["mw"], .mevrouw),
        (["meneer"], .meneer), (["de", "heer"], .meneer), (["dhr."], .meneer), (["dhr"], .meneer),
    ]

    public init(_ name: String) {
        var words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        // A title counts only when a surname follows it.
        let lowered = words.map { $0.lowercased() }
        let match = Self.titles.first { lowered.starts(with: $0.words) && words.count > $0.words.count }
        title = match?.title
        words.removeFirst(match?.words.count ?? 0)
        guard words.count > 1 else { givenNames = []; surname = words.first ?? ""; return }
        // The surname starts at the first tussenvoegsel after the first word, else it is the last word.
        // After a title alone, the first word may itself be the tussenvoegsel ("mevrouw van Dijk").
        // So may a name that starts with its tussenvoegsel, written with a capital ("Van Dijk").
        let startsWithSurname = title != nil || Self.tussenvoegsels.contains(words[0].lowercased())
        let start = words.indices.dropFirst(startsWithSurname ? 0 : 1).first { Self.tussenvoegsels.contains(words[$0].lowercased()) }
            ?? words.count - 1
        givenNames = Array(words[..<start])
        surname = words[start...].joined(separator: " ")
    }

    /// The first given name when it is a name ("Maria"), nil when the name starts with initials
    /// ("M.J.") or has no given name.
    public var firstName: String? {
        guard let first = givenNames.first, first.count > 1, !first.contains(".") else { return nil }
        return first
    }

    /// The title and surname as a salutation writes them after "Beste": "mevrouw Van den Berg" (the
    /// tussenvoegsel takes a capital when no given name or initial stands before it); nil without a
    /// title.
    public var titleAndSurname: String? {
        guard let title, !surname.isEmpty else { return nil }
        return title.rawValue + " " + surname.prefix(1).uppercased() + surname.dropFirst()
    }
}
