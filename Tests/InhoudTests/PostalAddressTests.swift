import Inhoud
import Testing

/// An address arrives with a Dutch postcode and place, or with a country on its last line.
@Suite struct PostalAddressTests {
    @Test(arguments: [["Kerkstraat 12", "3511 AB Utrecht"], ["Kerkstraat 12, 3511AB Utrecht"], ["Postbus 12", "3500 AA  Utrecht"],
                      ["Rue de la Paix 5", "75002 Paris", "Frankrijk"], ["Hauptstraße 1", "10115 Berlin", "Deutschland"]])
    func complete(_ lines: [String]) {
        #expect(PostalAddress.isComplete(lines), "\(lines)")
    }

    @Test(arguments: [["Kerkstraat 12"], ["Kerkstraat 12", "Utrecht"], ["Kerkstraat 12", "3511 AB"], ["Kerkstraat 12", "AB 3511 Utrecht"],
                      ["Kerkstraat 12", "0123 AB Utrecht"], []])
    func incomplete(_ lines: [String]) {
        #expect(!PostalAddress.isComplete(lines), "\(lines)")
    }
}
