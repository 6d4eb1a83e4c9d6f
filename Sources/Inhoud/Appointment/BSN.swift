/// The Dutch citizen service number (BSN) as it turns up in free text: nine digits, written
/// together or in groups with dots or spaces ("123456782", "1234.56.782", "123 456 782"), that
/// pass the elfproef. BSNs do not belong on the kit's papers (a kenmerk must not be one either), so
/// the sheets and forms refuse a value that holds one. A guess, tuned to miss little: postcodes,
/// dates and numbers of other lengths, and nine digits that fail the elfproef, pass.
public enum BSN {
    /// The first BSN-like token in `text`, as written; nil when there is none.
    public static func find(in text: String) -> String? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber,
                  index == 0 || !isTokenCharacter(characters[index - 1]) else { index += 1; continue }
            // A run of digits in groups, joined by single dots or spaces.
            var end = index
            var digits: [Int] = []
            while end < characters.count {
                let character = characters[end]
                if character.isASCII, let digit = character.wholeNumberValue {
                    digits.append(digit)
                    end += 1
                } else if (character == "." || character == " "), end + 1 < characters.count,
                          characters[end + 1].isASCII, characters[end + 1].isNumber, digits.count < 9 {
                    end += 1
                } else {
                    break
                }
            }
            let boundedAfter = end == characters.count || !isTokenCharacter(characters[end])
            if digits.count == 9, boundedAfter, passesElfproef(digits) {
                return String(characters[index..<end])
            }
            index = max(end, index + 1)
        }
        return nil
    }

    /// 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not 0: 000000000 is no number).
    public static func passesElfproef(_ digits: [Int]) -> Bool {
        guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        let weighted = zip(digits.prefix(8), stride(from: 9, to: 1, by: -1)).reduce(0) { $0 + $1.0 * $1.1 } - digits[8]
        return weighted % 11 == 0
    }

    /// Letters, digits and the joiners of a longer code ("AB-123456782" is not a lone number).
    private static func isTokenCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "/" || character == "_"
    }
}
