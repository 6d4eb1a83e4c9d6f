import Drukkerij
import Foundation
import Inhoud
import TestSupport
import Testing

/// With an organisation's own content, a letter never goes out with the kit's example details;
/// with the default content alone letters stay samples.
@Suite struct ExampleContentTests {
    static let organisation = """
        organisatie:
          naam: Re-integratiebureau De Brug
          adres:
            - Postbus 12
            - 3500 AA Utrecht
          telefoon: 030 111 22 33
          email: post@debrug.nl
          website: https://www.debrug.nl
          plaats: Utrecht
        """

    func drukkerij(_ inhoud: Inhoud, own: Bool) throws -> Drukkerij {
        Drukkerij(inhoud: inhoud, renderers: try RendererPool(fontsDirectory: Repository.fonts, capacity: 1), isOwnContent: own)
    }

    @Test func ownContentWithTheKitsExampleDetailsRefusesALetterAndNamesThem() throws {
        let inhoud = try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml")
        let letter = DocumentRequest.brief(Material.sampleAppointment, letterDate: CalendarDate(year: 2026, month: 11, day: 20)!)
        #expect(throws: DrukkerijError.exampleContent(fields: ["organisatie.naam", "organisatie.adres", "organisatie.telefoon",
                                                              "organisatie.email", "organisatie.website", "organisatie.plaats"])) {
            try drukkerij(inhoud, own: true).render(letter, as: .pdf)
        }
        #expect(String(describing: DrukkerijError.exampleContent(fields: ["organisatie.adres"])).contains("nothing was written"))
        // The other materials print no organisation details that would reach a client by post.
        _ = try drukkerij(inhoud, own: true).render(.werkblad(Appointment()), as: .pdf)
        // The default content alone: a sample letter, as before.
        _ = try drukkerij(inhoud, own: false).render(letter, as: .pdf)
    }

    @Test func ownDetailsLetTheLetterGo() throws {
        let inhoud = try Inhoud.load(overrideYAML: Self.organisation, named: "debrug.yaml")
        #expect(Drukkerij.exampleFields(of: inhoud.organisation).isEmpty)
        let letter = DocumentRequest.brief(Material.sampleAppointment, letterDate: CalendarDate(year: 2026, month: 11, day: 20)!)
        #expect(try drukkerij(inhoud, own: true).render(letter, as: .pdf).files.count == 1)
        let partly = try Inhoud.load(overrideYAML: "organisatie:\n  naam: De Brug\n", named: "half.yaml")
        #expect(Drukkerij.exampleFields(of: partly.organisation)
            == ["organisatie.adres", "organisatie.telefoon", "organisatie.email", "organisatie.website", "organisatie.plaats"])
    }
}

/// A letter's address without postcode and place is refused by row and column; the postcode and
/// plaats columns complete it; a werkblad, which prints no address, does not mind.
@Suite struct LetterAddressTests {
    @Test func anAddressThatWillNotArriveIsRefused() throws {
        let csv = "naam;datum;tijd;locatie;arbeidsdeskundige;adres;postcode;plaats\n"
            + "Anna;3-12-2027;10:30;Kantoor;Noor;Kerkstraat 12;;\n"
            + "Bram;3-12-2027;11:30;Kantoor;Noor;Kerkstraat 14;3511 AB;Utrecht\n"
            + "Cees;3-12-2027;12:30;Kantoor;Noor;Lindelaan 4, 3521 AB Utrecht;;\n"
        let sheet = try ClientSheet.parse(Data(csv.utf8), path: "adres.csv")
        let error = try #require(throws: ClientSheetError.self) { try sheet.validated(for: .brief) }
        guard case let .invalidRows(_, problems, _) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.line) == [2] && problems.map(\.kind) == [.unreadable(.address, .addressWithoutPostcode)])
        #expect(try sheet.validated(for: .werkblad).count == 3)
    }
}
