import Foundation

/// Dutch phone numbers as they are printed: the digits as given, grouped one way on every material
/// (`030 123 45 67`, `0111 45 67 89`, `06 12 34 56 78`, `088 123 45 67`, `+31 30 123 45 67`), so
/// that a number typed `0301234567` in a spreadsheet and `030-123 45 67` in the content look alike
/// in one letter. Anything that is not a plain Dutch number (a foreign number, an extension, words)
/// is printed exactly as given.
public enum PhoneNumber {
    /// The Dutch area codes of two digits after the 0 (the large cities); all others have three.
    static let shortAreaCodes: Set<String> = [
        "10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46",
        "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79",
    ]
    /// The first two digits after the 0 of the area codes of three digits (0111, 0566, …); a number
    /// that starts with neither (a made-up 012) is printed as given.
    static let longAreaCodePrefixes: Set<String> = [
        "11", "16", "17", "18", "22", "25", "29", "31", "32", "34", "41", "47", "48", "49", "51", "52", "54", "56", "57", "59",
    ]

    /// `text` grouped the Dutch way, or `text` itself when it is not a plain Dutch number.
    public static func grouped(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // Only digits and the separators people type between them; a leading + for +31.
        let separators: Set<Character> = [" ", "-", ".", "(", ")", "/", "\u{00A0}"]
        guard !trimmed.isEmpty,
              trimmed.enumerated().allSatisfy({ index, character in
                  character.isASCII && character.isNumber || separators.contains(character) || (index == 0 && character == "+")
              }) else { return text }
        var digits = trimmed.filter { $0.isASCII && $0.isNumber }
        let international = trimmed.hasPrefix("+") || digits.hasPrefix("0031")
        if trimmed.hasPrefix("+") {
            guard digits.hasPrefix("31") else { return text }
            digits.removeFirst(2)
        } else if digits.hasPrefix("0031") {
            digits.removeFirst(4)
        } else {
            guard digits.hasPrefix("0") else { return text }
            digits.removeFirst()
        }
        // "+31 (0)30 …": the 0 in brackets (or written by mistake) is not dialled from abroad.
        if international, digits.count == 10, digits.hasPrefix("0") { digits.removeFirst() }
        guard digits.count == 9, let national = groups(digits) else { return text }
        return international ? "+31 " + national : "0" + national
    }

    /// The nine digits after the 0, grouped: the area code (or the 6 of a mobile number) and then
    /// the subscriber's number in the usual groups.
    private static func groups(_ digits: String) -> String? {
        let characters = Array(digits)
        func part(_ range: Range<Int>) -> String { String(characters[range]) }
        switch characters.first {
        case "6":
            return "6 " + [part(1..<3), part(3..<5), part(5..<7), part(7..<9)].joined(separator: " ")
        case nil, "0":
            return nil
        default:
            // 010 … 079 and the non-geographic 08x and 09x numbers: a short code and seven digits.
            if shortAreaCodes.contains(part(0..<2)) || characters.first == "8" || characters.first == "9" {
                return part(0..<2) + " " + [part(2..<5), part(5..<7), part(7..<9)].joined(separator: " ")
            }
            guard longAreaCodePrefixes.contains(part(0..<2)) else { return nil }
            return part(0..<3) + " " + [part(3..<5), part(5..<7), part(7..<9)].joined(separator: " ")
        }
    }
}
