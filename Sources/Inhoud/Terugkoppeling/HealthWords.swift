import Foundation

/// Looks for words that point to health details (*pijn*, *rug*, *diagnose*, …) in notes that go into
/// the report. The report goes to the employer, who may not be told about complaints or diagnoses,
/// and an arbeidsdeskundige typing the client's own words easily copies them in. A match is a
/// question for the arbeidsdeskundige, never a refusal: the list is short and honest, so it misses
/// things and sometimes names a harmless sentence.
///
/// The words come from the content (`terugkoppeling.rapport.gezondheidswoorden`). They match whole
/// words in any case, with or without accents or hyphens (*burn-out* is *burnout*); a `*` at the
/// start or end matches any beginning or ending (*\*pijn* finds *rugpijn*, *klacht\** finds *klachten*).
public struct HealthWords: Sendable {
    /// One word of the list, folded as the text's words are.
    struct Pattern: Sendable, Equatable {
        let core: String
        let anyStart: Bool
        let anyEnd: Bool

        /// Nil when `text` is not one word with `*` only at its ends.
        init?(_ text: String) {
            var rest = Substring(text.trimmingCharacters(in: .whitespaces))
            anyStart = rest.first == "*"
            if anyStart { rest = rest.dropFirst() }
            anyEnd = rest.last == "*"
            if anyEnd { rest = rest.dropLast() }
            guard !rest.isEmpty, rest.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }), rest.contains(where: \.isLetter)
            else { return nil }
            core = HealthWords.fold(rest)
        }

        func matches(_ folded: String) -> Bool {
            switch (anyStart, anyEnd) {
            case (false, false): folded == core
            case (true, false): folded.hasSuffix(core)
            case (false, true): folded.hasPrefix(core)
            case (true, true): folded.contains(core)
            }
        }
    }

    let patterns: [Pattern]

    /// The list as the content gives it; a word that is not one (the content reader refused it
    /// already) is skipped.
    public init(_ words: [String]) {
        patterns = words.compactMap(Pattern.init)
    }

    /// The first word of `text` on the list, as it is written there, or nil.
    public func firstMatch(in text: String) -> String? {
        Self.words(of: text).first { word in patterns.contains { $0.matches(Self.fold(word)) } }.map(String.init)
    }

    /// Each sentence of `text` that holds a word on the list, with that word as written.
    public func mentions(in text: String) -> [(sentence: String, word: String)] {
        Self.sentences(of: text).compactMap { sentence in firstMatch(in: sentence).map { (sentence, $0) } }
    }

    /// Lowercase, without accents and hyphens, so *Burn-out*, *burnout* and *knieën*/*knieen* compare equal.
    static func fold(_ word: Substring) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "'", with: "")
    }

    /// The words of `text`: runs of letters, with a hyphen or apostrophe between two letters kept
    /// inside the word.
    static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let joins = (character == "-" || character == "'") && start != nil && next < text.endIndex && text[next].isLetter
            if character.isLetter || joins {
                if start == nil { start = index }
            } else if let wordStart = start {
                words.append(text[wordStart..<index])
                start = nil
            }
            index = next
        }
        if let wordStart = start { words.append(text[wordStart...]) }
        return words
    }

    /// The sentences of a paragraph: it breaks after `.`, `!` or `?` followed by a space.
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character.isWhitespace, let previous, ".!?".contains(previous) {
                sentences.append(current)
                current = ""
            } else if !(current.isEmpty && character.isWhitespace) {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}

/// A sentence of the notes, bound for the report, with a word on the health list in it: the front-ends
/// show it to the arbeidsdeskundige (the command line in English on stderr, the web page in Dutch).
public struct HealthMention: Sendable, Equatable {
    /// The part of the notes it is in (`behoeften`, `afspraken`, …).
    public let field: FieldPath.Notes
    public let sentence: String
    /// The word on the list, as written in the sentence.
    public let word: String

    public init(field: FieldPath.Notes, sentence: String, word: String) {
        self.field = field
        self.sentence = sentence
        self.word = word
    }

    /// For the command line: where, which word, the sentence, and what to do.
    public var description: String {
        "\(field.rawValue): '\(word)' in \"\(sentence)\": health details (complaints, diagnoses, treatment) do not "
            + "belong in a report for the employer; write what works and what does not instead"
    }
}
