import Drukkerij
import Foundation
import Hummingbird
import HummingbirdTesting
import Loket
import Testing

/// The kompas's and strip's pages: the options in the address give the page and its preview, the
/// PNG's resolution is a field of its own, and HEAD is answered like GET.
@Suite struct LoketOptionsPageTests {
    @Test func thePageShowsThePreviewOfTheOptionsInItsAddress() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/kompas?paper=a4&cut-line=true", method: .get) { response in
                #expect(response.status == .ok)
                let html = LoketFixtures.text(response)
                #expect(html.contains("<option value=\"a4\" selected>"))
                #expect(html.contains("id=\"cut-line\" name=\"cut-line\" value=\"true\" data-optie=\"Snijlijn voor een rond kompas\" checked"))
                #expect(html.contains("src=\"/kompas/voorbeeld?paper=a4&amp;cut-line=true\""))
                #expect(html.contains("alt=\"Voorbeeld – Papierformaat: A4 (liggend), Snijlijn voor een rond kompas: ja\""))
                #expect(html.contains("<script src=\"/static/opties.js\" defer></script>"))
            }
            try await client.execute(uri: "/strip?layout=grid&width=120", method: .get) { response in
                #expect(LoketFixtures.text(response).contains("alt=\"Voorbeeld – Indeling: Twee bij twee, Breedte (mm): 120\""))
            }
        }
    }

    @Test func thePreviewIsThePNGOfTheOptions() async throws {
        let expected = try LoketFixtures.drukkerij.render(try DocumentRequest(.strip, options: ["layout": "grid", "width": "120"]),
                                                          as: .png(dpi: 120)).files[0]
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/strip/voorbeeld?layout=grid&width=120", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                #expect(response.headers[.contentDisposition] == "inline; filename=\"strip.png\"")
                #expect(LoketFixtures.data(response) == expected)
            }
            try await client.execute(uri: "/kompas/voorbeeld?paper=a5", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func aWrongOptionInTheAddressIsShownOnThePageWithoutAPreview() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/strip?width=20", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                let html = LoketFixtures.text(response)
                #expect(html.contains("Geef bij „Breedte (mm)” een getal van ten minste"))
                #expect(!html.contains("/strip/voorbeeld"))
            }
        }
    }

    @Test func thePNGIsMadeAtTheResolutionAskedFor() async throws {
        let expected = try LoketFixtures.drukkerij.render(try DocumentRequest(.kompas, options: ["paper": "a4"]),
                                                          as: .png(dpi: 40)).files[0]
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/kompas/download?paper=a4&dpi=40&formaat=png", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"kompas.png\"")
                #expect(LoketFixtures.data(response) == expected)
            }
            for wrong in ["5", "2401", "abc", "72.5"] {
                try await client.execute(uri: "/kompas/download?dpi=\(wrong)&formaat=png", method: .get) { response in
                    #expect(response.status == .unprocessableContent, "dpi=\(wrong)")
                    let html = LoketFixtures.text(response)
                    #expect(html.contains("Geef bij „Resolutie van de PNG” een heel getal van 10 tot en met 2400."))
                    #expect(html.contains("value=\"\(wrong)\""), "the value is kept")
                    #expect(html.contains("aria-invalid=\"true\""))
                }
            }
        }
    }

    @Test(arguments: ["/", "/kompas", "/werkblad", "/static/loket.css", "/static/favicon.svg"])
    func headIsAnsweredLikeGetWithoutABody(path: String) async throws {
        try await LoketFixtures.withClient { client in
            let length = try await client.execute(uri: path, method: .get) { $0.body.readableBytes }
            try await client.execute(uri: path, method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentLength] == String(length))
                LoketPageTests.expectSecurityHeaders(response)
            }
        }
    }

    @Test func everyPageHasTheIconAndAWayPastTheHeader() async throws {
        try await LoketFixtures.withClient { client in
            for path in ["/", "/kompas", "/werkblad"] {
                try await client.execute(uri: path, method: .get) { response in
                    let html = LoketFixtures.text(response)
                    #expect(html.contains("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"))
                    #expect(html.contains("<a class=\"naar-inhoud\" href=\"#inhoud\">Naar de inhoud</a>"))
                    #expect(html.contains("<main id=\"inhoud\""))
                }
            }
            try await client.execute(uri: "/static/favicon.svg", method: .get) { response in
                #expect(response.headers[.contentType] == "image/svg+xml")
                #expect(LoketFixtures.text(response).hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            }
        }
    }
}
