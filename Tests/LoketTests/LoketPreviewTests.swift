import Drukkerij
import Hummingbird
import HummingbirdTesting
import Inhoud
import Loket
import Testing

/// The live preview: its script is served from here under a policy that allows no other, and the
/// preview endpoint gives every page of the letter (a form field names the page, never the URL).
@Suite struct LoketPreviewTests {
    static let letterForm = LoketFixtures.form(["naam": "Sam Bakker", "datum": "4-12-2026", "tijd": "09:30",
                                                "locatie": "Kantoor Utrecht", "arbeidsdeskundige": "Noor Jansen"])

    @Test func theScriptIsServedFromHereAndThePolicyAllowsNoOther() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/static/loket.js", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("script-src 'self';"))
                #expect(!policy.contains("unsafe-inline"))
            }
            try await client.execute(uri: "/werkblad", method: .get) { response in
                let html = LoketFixtures.text(response)
                #expect(html.contains("<script src=\"/static/loket.js\" defer></script>"))
                #expect(html.contains("data-voorbeeld=\"/werkblad/voorbeeld\""))
                #expect(html.contains("aria-live=\"polite\""))
                #expect(html.components(separatedBy: "<script").count == 2, "one script, no inline one")
            }
        }
    }

    @Test func theLettersPreviewHasBothPagesAndSaysHowMany() async throws {
        let appointment = Appointment(name: "Sam Bakker", date: CalendarDate(year: 2026, month: 12, day: 4), time: "09:30",
                                      location: "Kantoor Utrecht", expert: "Noor Jansen")
        let request = try #require(DocumentRequest.personal(.brief, for: appointment, letterDate: LoketFixtures.letterDate))
        let expected = try LoketFixtures.drukkerij.render(request, as: .png(dpi: 60)).files
        #expect(expected.count == 3)
        try await LoketFixtures.withClient { client in
            for page in 1...3 {
                var body = Self.letterForm
                body.writeString("&pagina=\(page)")
                try await client.execute(uri: "/brief/voorbeeld", method: .post, headers: LoketFixtures.formHeaders,
                                         body: body) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[HTTPFields.Element.Name("X-Page-Count")!] == "3")
                    #expect(LoketFixtures.data(response) == expected[page - 1])
                }
            }
            for page in ["4", "0", "twee"] {
                var body = Self.letterForm
                body.writeString("&pagina=\(page)")
                try await client.execute(uri: "/brief/voorbeeld", method: .post, headers: LoketFixtures.formHeaders,
                                         body: body) { response in
                    #expect(response.status == .badRequest, "page \(page)")
                }
            }
        }
    }
}
