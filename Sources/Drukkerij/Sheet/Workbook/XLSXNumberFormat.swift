import Foundation

/// What a workbook's number format makes of a number: a date, a time of day, both, or a plain
/// number. A workbook stores a date as a number (days since 1900 or 1904) and only its cell's
/// number format says it is one.
enum XLSXNumberFormat: Sendable, Hashable {
    case number
    case date
    case time
    case dateTime

    /// The kind of the format `id`, whose code is `code` when the workbook defines it (a workbook
    /// may also spell out a built-in one).
    init(id: Int, code: String?) {
        if let code {
            self.init(code: code)
        } else {
            self = Self.builtIn[id] ?? .number
        }
    }

    /// The built-in formats that are dates or times (ECMA-376 part 1, 18.8.30): 14–17 dates, 18–21
    /// times, 22 both, 45–47 minutes and seconds; 27–36 and 50–58 are the East Asian locales' dates.
    private static let builtIn: [Int: XLSXNumberFormat] = {
        var kinds: [Int: XLSXNumberFormat] = [22: .dateTime]
        for id in Array(14...17) + Array(27...36) + Array(50...58) { kinds[id] = .date }
        for id in Array(18...21) + Array(45...47) { kinds[id] = .time }
        return kinds
    }()

    /// Reads a format code such as `d-m-yyyy`, `[$-413]dddd d mmmm yyyy`, `h:mm;@` or `[h]:mm:ss`.
    /// Only the first section counts (the one for positive numbers). Quoted text, `\x` escapes,
    /// `_x` and `*x` fillers and brackets (colours, locales, conditions) are not tokens; an elapsed
    /// time such as `[h]` is. `m` is minutes right after an hour or right before seconds, else a month.
    init(code: String) {
        var hasDate = false, hasTime = false
        // The section without what is not a token.
        var plain = ""
        var characters = code.lowercased().makeIterator()
        scan: while let character = characters.next() {
            switch character {
            case ";": break scan
            case "\"":
                while let next = characters.next(), next != "\"" {}
            case "\\", "_", "*": _ = characters.next()
            case "[":
                var inside = ""
                while let next = characters.next(), next != "]" { inside.append(next) }
                // An elapsed time ([h], [mm], [ss]) is a time, and an "m" after it means minutes.
                if !inside.isEmpty, inside.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) {
                    hasTime = true
                    plain += "h"
                }
            default: plain.append(character)
            }
        }
        plain = plain.replacingOccurrences(of: "general", with: "")
        if plain.contains("am/pm") || plain.contains("a/p") { hasTime = true }
        let letters = plain.filter { "ydhsm".contains($0) }.map { $0 }
        for (index, letter) in letters.enumerated() {
            switch letter {
            case "y", "d": hasDate = true
            case "h", "s": hasTime = true
            case "m":
                let previous = letters[..<index].last { $0 != "m" }
                let next = letters[(index + 1)...].first { $0 != "m" }
                if previous == "h" || next == "s" { hasTime = true } else { hasDate = true }
            default: break
            }
        }
        switch (hasDate, hasTime) {
        case (true, true): self = .dateTime
        case (true, false): self = .date
        case (false, true): self = .time
        case (false, false): self = .number
        }
    }
}
