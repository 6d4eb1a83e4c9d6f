import Hummingbird
import HummingbirdTesting
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
