import Inhoud
import Testing

/// What counts as a BSN in free text: nine digits in the usual groupings that pass the elfproef.
@Suite struct BSNTests {
    @Test(arguments: ["123456782", "1234.56.782", "123 456 782", "123.456.782", "bsn 111222333", "kenmerk: 111 222 333."])
    func aBSNIsFound(_ text: String) {
        #expect(BSN.find(in: text) != nil, "\(text)")
    }

    @Test(arguments: ["123456789", "3511 AB Utrecht", "12345678", "1234567820", "AB-123456782", "123456782-1",
                      "3-12-2026 om 10.30", "Stadsplein 100, kamer 2.14", "000000000", "WIA/2026/0417", ""])
    func otherNumbersAreNot(_ text: String) {
        #expect(BSN.find(in: text) == nil, "\(text)")
    }

    @Test func theElfproef() {
        #expect(BSN.passesElfproef([1, 2, 3, 4, 5, 6, 7, 8, 2]))
        #expect(!BSN.passesElfproef([1, 2, 3, 4, 5, 6, 7, 8, 9]))
        #expect(!BSN.passesElfproef([1, 2, 3]))
        #expect(BSN.find(in: "voor 1234.56.782 en meer") == "1234.56.782", "the token as written")
    }
}
