import Foundation
import Tekenaar

/// Breaks a short text into a given number of lines that read well: of about equal length (the
/// compass centres its descriptions, or sets them on arcs, where a long line over a short one
/// looks unfinished), broken after a sentence or a comma where one is near, never right after
/// a short word such as "en", "te" or "je" (which would then dangle at the line's end), and never
/// inside one of the method's fixed terms ("gezien en gehoord").
///
/// These are rules, not breaks written for the default text: an organisation's own descriptions
/// are broken the same way.
///
/// With `phrases` on (the Strip's captions and bubbles), "short word" means a word that belongs to
/// the next one — an article, a preposition, a conjunction, a question word, a possessive — so
/// "Wat heb je / meegemaakt?" is fine and "Het / kompas helpt" or "over je / werk" are not; and a
/// line that starts a new phrase (with such a word) is slightly preferred.
struct LineBreaker {
    let words: [String]
    /// Word indices after which a break would split a fixed term.
    private let bound: Set<Int>
    /// Word indices after which a break leaves a word that belongs to the next one, and those
    /// before which a new phrase starts (only with `phrases`).
    private let bindsForward: Set<Int>?
    private let phraseStarts: Set<Int>
    private var cache: [Range<Int>: Double] = [:]
    private let measure: (String) throws -> Double

    /// Costs, in units of a badly unbalanced pair of lines.
    static let shortWordAtEnd = 1.2
    static let fixedTermSplit = 2.5
    static let loneWord = 0.8
    static let sentenceEnd = -1.2
    static let clauseEnd = -0.8
    static let perLine = 0.6
    static let balance = 6.0

    /// `measure` gives the length of a line in the unit of the limits (millimetres).
    init(_ text: String, keepTogether terms: [String] = [], phrases: Bool = false,
         measure: @escaping (String) throws -> Double) {
        words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        self.measure = measure
        let folded = words.map { Self.fold($0) }
        if phrases {
            let (forward, starts) = Self.phraseBoundaries(words)
            bindsForward = forward
            phraseStarts = starts
        } else {
            bindsForward = nil
            phraseStarts = []
        }
        var bound = Set<Int>()
        for term in terms {
            let termWords = term.split(whereSeparator: \.isWhitespace).map { Self.fold(String($0)) }
            guard termWords.count > 1, termWords.count <= folded.count else { continue }
            for start in 0...(folded.count - termWords.count) where Array(folded[start..<(start + termWords.count)]) == termWords {
                for index in start..<(start + termWords.count - 1) { bound.insert(index) }
            }
        }
        self.bound = bound
    }

    /// Dutch words that open a phrase and so belong with the word after them.
    static let articles: Set<String> = ["de", "het", "een", "'t"]
    static let prepositions: Set<String> = ["aan", "bij", "door", "in", "met", "na", "naar", "om", "op", "over", "te", "tot", "uit",
                                            "van", "voor", "zonder", "tegen", "onder", "naast", "tussen", "per", "vanaf"]
    static let conjunctions: Set<String> = ["en", "of", "maar", "want", "dat", "als", "omdat", "dan", "die", "zodat", "terwijl"]
    static let questionWords: Set<String> = ["wat", "waar", "hoe", "wie", "welk", "welke", "wanneer", "waarom", "waarmee", "waarover"]
    static let possessives: Set<String> = ["jouw", "uw", "mijn", "zijn", "haar", "ons", "onze", "hun"]

    /// Which words belong to the next one (a break after them would leave them dangling) and
    /// where a phrase starts. "je" is a possessive after a preposition ("over je werk") and a
    /// subject elsewhere ("Wat heb je"), where a break after it is fine.
    private static func phraseBoundaries(_ words: [String]) -> (bindsForward: Set<Int>, phraseStarts: Set<Int>) {
        var forward = Set<Int>(), starts = Set<Int>()
        for (index, word) in words.enumerated() {
            // A word that ends a clause belongs to nothing after it.
            if let mark = word.last, ".?!,;:…".contains(mark) { continue }
            let folded = fold(word)
            let opener = articles.contains(folded) || prepositions.contains(folded) || conjunctions.contains(folded)
                || questionWords.contains(folded)
            let previous = index > 0 ? fold(words[index - 1]) : ""
            let possessive = possessives.contains(folded) || (folded == "je" && prepositions.contains(previous))
            if opener || possessive { forward.insert(index) }
            if opener, index > 0, !forward.contains(index - 1) { starts.insert(index) }
        }
        return (forward, starts)
    }

    static let phraseStart = -0.3
    static let sentenceInside = 2.0

    /// A word as compared with a term: lower case, without punctuation around it.
    private static func fold(_ word: String) -> String {
        word.lowercased().trimmingCharacters(in: .punctuationCharacters)
    }

    func text(_ range: Range<Int>) -> String { words[range].joined(separator: " ") }

    private mutating func length(_ range: Range<Int>) throws -> Double {
        if let known = cache[range] { return known }
        let value = try measure(text(range))
        cache[range] = value
        return value
    }

    /// The best way to set the text in exactly `count` lines, line `i` at most `limit(i)` long,
    /// and its cost (lower is better; comparable between counts and limits that share
    /// `reference`, the widest measure considered). Nil when it cannot be done.
    mutating func lines(count: Int, limit: (Int) -> Double, reference: Double) throws -> (lines: [String], cost: Double)? {
        let n = words.count
        guard n > 0, count >= 1, count <= n else { return nil }
        let target = try length(0..<n) / Double(count)
        // best[l][j]: the cheapest way to set words 0..<j in l lines, and where its last line starts.
        var best = Array(repeating: Array(repeating: (cost: Double.infinity, from: -1), count: n + 1), count: count + 1)
        best[0][0] = (0, 0)
        for line in 0..<count {
            let isLast = line == count - 1
            for start in 0..<n where best[line][start].cost.isFinite {
                for end in (start + 1)...n {
                    let width = try length(start..<end)
                    if width > limit(line) + 1e-9 { break }
                    if isLast != (end == n) { continue }
                    let cost = best[line][start].cost + lineCost(start..<end, width: width, target: target,
                                                                  reference: reference, isLast: isLast, count: count)
                    if cost < best[line + 1][end].cost { best[line + 1][end] = (cost, start) }
                }
            }
        }
        guard best[count][n].cost.isFinite else { return nil }
        var lines: [String] = []
        var end = n
        for line in stride(from: count, to: 0, by: -1) {
            let start = best[line][end].from
            lines.insert(text(start..<end), at: 0)
            end = start
        }
        return (lines, best[count][n].cost + Self.perLine * Double(count))
    }

    private func lineCost(_ range: Range<Int>, width: Double, target: Double, reference: Double, isLast: Bool, count: Int) -> Double {
        let deviation = (width - target) / max(reference, 1)
        // With phrases (left-aligned captions and short bubbles) meaning weighs more than even lines.
        var cost = (bindsForward == nil ? Self.balance : Self.balance / 3) * deviation * deviation
        if count > 1, range.count == 1 { cost += Self.loneWord }
        if bindsForward != nil {
            // A sentence that ends inside a line leaves the next one's start dangling at its end.
            for index in range.dropLast() where words[index].last.map({ ".?!".contains($0) }) == true {
                cost += Self.sentenceInside
            }
        }
        if !isLast {
            let last = words[range.upperBound - 1]
            if let mark = last.last, ".?!".contains(mark) {
                cost += Self.sentenceEnd
            } else if let mark = last.last, ",;:".contains(mark) {
                cost += Self.clauseEnd
            } else if let bindsForward {
                if bindsForward.contains(range.upperBound - 1) { cost += Self.shortWordAtEnd * 1.5 }
                if phraseStarts.contains(range.upperBound) { cost += Self.phraseStart }
            } else if last.count <= 3 {
                cost += Self.shortWordAtEnd
            }
            if bound.contains(range.upperBound - 1) { cost += Self.fixedTermSplit }
        }
        return cost
    }

    /// The best setting in at most `maxLines` lines: the fewest lines that work, or one or two
    /// more when those break at better places.
    mutating func best(maxLines: Int, limit: (Int) -> Double, reference: Double) throws -> [String]? {
        try candidates(maxLines: maxLines, limit: limit, reference: reference).first?.lines
    }

    /// Every line count that works, up to two more than the fewest, best first.
    mutating func candidates(maxLines: Int, limit: (Int) -> Double, reference: Double) throws -> [(lines: [String], cost: Double)] {
        var found: [(lines: [String], cost: Double)] = []
        var fewest: Int?
        for count in 1...max(1, min(maxLines, words.count)) {
            if let fewest, count > fewest + 2 { break }
            if let result = try lines(count: count, limit: limit, reference: reference) {
                found.append(result)
                fewest = fewest ?? count
            }
        }
        return found.sorted { $0.cost < $1.cost }
    }
}
