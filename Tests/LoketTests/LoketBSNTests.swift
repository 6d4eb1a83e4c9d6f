import Drukkerij
import Hummingbird
import HummingbirdTesting
import Inhoud
import TestSupport
import Loket
import Testing

/// The forms refuse a BSN like the sheets do, beside the field, and keep what was typed.
@Suite struct LoketBSNTests {
    @Test func aBSNInAFormIsRefusedBesideItsField() async throws {
        try await LoketFixtures.withClient { client in
            let body = LoketFixtures.form(["naam": "Anna", "datum": "3-12-2027", "onderwerpen": "mijn bsn is 123 456 782"])
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let html = LoketFixtures.text(response)
                #expect(html.contains("Hier staat iets dat op een BSN lijkt"))
                #expect(html.contains("id=\"onderwerpen-melding\""))
                #expect(html.contains("mijn bsn is 123 456 782"), "the value is kept to correct it")
            }
        }
    }
}

/// A server started with an organisation's content that still has the kit's example details makes
/// no letter: a calm Dutch page says why and who can fix it.
@Suite struct LoketExampleContentTests {
    @Test func aLetterWithExampleDetailsIsRefusedInDutch() async throws {
        let inhoud = try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml")
        let drukkerij = Drukkerij(inhoud: inhoud, renderers: try RendererPool(fontsDirectory: Repository.fonts, capacity: 1),
                                  isOwnContent: true)
        let server = LoketServer(drukkerij: drukkerij, settings: try LoketSettings(port: 0), letterDate: { LoketFixtures.letterDate })
        try await server.application().test(.router) { client in
            let body = LoketFixtures.form(["naam": "Anna", "datum": "3-12-2027", "tijd": "10:30", "locatie": "Kantoor",
                                           "arbeidsdeskundige": "Noor Jansen"])
            try await client.execute(uri: "/brief", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let html = LoketFixtures.text(response)
                #expect(html.contains("De brief kan nog niet gemaakt worden") && html.contains("organisatie.adres"))
            }
        }
    }
}

/// The start page says whose content the materials are made with.
@Suite struct LoketActiveContentTests {
    @Test func theStartPageNamesTheActiveContent() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/", method: .get) { response in
                let html = LoketFixtures.text(response)
                #expect(html.contains("voorbeeldinhoud van de kit</strong> (Arbeidsdeskundig Bureau Voorbeeld)"))
            }
        }
        let inhoud = try Inhoud.load(overrideYAML: "organisatie:\n  naam: Re-integratiebureau De Brug\n", named: "brug.yaml")
        let drukkerij = Drukkerij(inhoud: inhoud, renderers: try RendererPool(fontsDirectory: Repository.fonts, capacity: 1),
                                  isOwnContent: true)
        let server = LoketServer(drukkerij: drukkerij, settings: try LoketSettings(port: 0), letterDate: { LoketFixtures.letterDate })
        try await server.application().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(LoketFixtures.text(response).contains("met de inhoud van <strong>Re-integratiebureau De Brug</strong>."))
            }
        }
    }
}
