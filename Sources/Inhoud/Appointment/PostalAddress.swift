/// Whether a postal address will arrive: a Dutch postcode with its place ("3511 AB Utrecht",
/// "3511AB Utrecht"), or, abroad, a last line that names the country. A street alone does not.
public enum PostalAddress {
    /// Country names as offices write them on a last address line (Dutch, English, own language).
    static let countries: Set<String> = [
        "belgië", "belgie", "belgium", "belgique", "duitsland", "deutschland", "germany", "frankrijk", "france",
        "luxemburg", "luxembourg", "spanje", "spain", "españa", "portugal", "italië", "italie", "italy", "italia",
        "polen", "poland", "polska", "turkije", "turkey", "türkiye", "marokko", "morocco", "verenigd koninkrijk",
        "united kingdom", "engeland", "oostenrijk", "österreich", "austria", "zwitserland", "switzerland", "schweiz",
        "suriname", "curaçao", "curacao", "aruba", "bonaire", "sint maarten", "denemarken", "denmark", "zweden",
        "sweden", "noorwegen", "norway", "ierland", "ireland", "griekenland", "greece", "roemenië", "romania",
        "bulgarije", "bulgaria", "hongarije", "hungary", "tsjechië", "czechia", "oekraïne", "ukraine",
    ]

    /// True when `lines` (street, postcode and place, …) hold a Dutch postcode followed by a place,
    /// or end in a country's name.
    public static func isComplete(_ lines: [String]) -> Bool {
        if let last = lines.last?.trimmingCharacters(in: .whitespaces).lowercased(), countries.contains(last) { return true }
        return lines.contains(where: hasPostcodeAndPlace)
    }

    /// "1234 AB Plaats" or "1234AB Plaats" somewhere in the line.
    static func hasPostcodeAndPlace(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for (index, word) in words.enumerated() {
            let digits = word.prefix(4)
            guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.first != "0" else { continue }
            var letters = String(word.dropFirst(4))
            var next = index + 1
            if letters.isEmpty, next < words.count { letters = words[next]; next += 1 }
            if letters.count == 2, letters.allSatisfy({ $0.isASCII && $0.isLetter }), next < words.count,
               words[next].first?.isLetter == true {
                return true
            }
        }
        return false
    }
}
