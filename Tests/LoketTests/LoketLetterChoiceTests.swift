import Drukkerij
import Foundation
import Hummingbird
import HummingbirdTesting
import Inhoud
import Loket
import TestSupport
import Testing

/// The letter form's choices (soort, gespreksvorm, aanwezig, aanspreekvorm, variant): offered from
/// the content, the same bytes as Drukkerij renders for the same values, and refused in Dutch when
/// they are not known.
@Suite struct LoketLetterChoiceTests {
    static let fields: KeyValuePairs<String, String> = ["naam": "Sam Bakker", "datum": "2026-12-04", "tijd": "9.30", "arbeidsdeskundige": "Noor Jansen",
                         "adres": "Dorpsstraat 1", "postcode": "1234 AB", "plaats": "Utrecht", "soort": "wia",
                         "gespreksvorm": "video", "videolink": "https://video.example.nl/4821", "aanwezig": "een tolk Arabisch",
                         "aanspreekvorm": "u", "variant": "gewijzigde-afspraak"]

    @Test func theChoicesAreTheBytesDrukkerijRenders() async throws {
        let appointment = Appointment(name: "Sam Bakker", date: CalendarDate(year: 2026, month: 12, day: 4), time: "09:30",
                                      expert: "Noor Jansen", addressLines: ["Dorpsstraat 1", "1234 AB Utrecht"], soort: "wia",
                                      meeting: .video, videoLink: "https://video.example.nl/4821", present: "een tolk Arabisch",
                                      form: .u, variant: .gewijzigdeAfspraak)
        let expected = try LoketFixtures.drukkerij.render(.brief(appointment, letterDate: LoketFixtures.letterDate), as: .pdf).files[0]
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/brief", method: .post, headers: LoketFixtures.formHeaders,
                                     body: LoketFixtures.form(Self.fields)) { response in
                #expect(response.status == .ok)
                #expect(LoketFixtures.data(response) == expected)
            }
        }
    }

    @Test func theFormOffersTheContentsChoicesAndRefusesAnUnknownSoortInDutch() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/brief", method: .get) { response in
                let html = LoketFixtures.text(response)
                #expect(html.contains("<option value=\"wia\"") && html.contains("UWV: WIA-beoordeling"), "\(html)")
                #expect(html.contains("<option value=\"telefoon\"") && html.contains("Telefoongesprek"))
                #expect(html.contains("<option value=\"vervolggesprek\""))
            }
            let unknown: KeyValuePairs<String, String> = ["naam": "Sam Bakker", "datum": "2026-12-04", "tijd": "9.30",
                                                          "locatie": "Kantoor", "arbeidsdeskundige": "Noor Jansen", "soort": "wao"]
            try await client.execute(uri: "/brief", method: .post, headers: LoketFixtures.formHeaders,
                                     body: LoketFixtures.form(unknown)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(LoketFixtures.text(response).contains("Kies een van deze: wia, herbeoordeling"))
            }
        }
    }
}
