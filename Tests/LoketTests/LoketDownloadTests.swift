import Drukkerij
import Foundation
import Hummingbird
import HummingbirdTesting
import Inhoud
import Loket
import TestSupport
import Testing

/// Downloads are Drukkerij's bytes; invalid input gives the form again, values kept and escaped.
@Suite struct LoketDownloadTests {
    @Test func theWerkbladIsTheBytesDrukkerijRenders() async throws {
        let expected = try LoketFixtures.drukkerij.render(
            .werkblad(Appointment(name: "Anna \"de\"Vriës", date: CalendarDate(year: 2026, month: 12, day: 3),
                                  expert: "Noor Jansen", topics: "Minder uren\nen ander werk")), as: .pdf).files[0]
        try await LoketFixtures.withClient { client in
            let body = LoketFixtures.form(["naam": "Anna \"de\"\nVriës", "datum": "03-12-2026",
                                           "arbeidsdeskundige": "Noor Jansen", "onderwerpen": "Minder uren\nen ander werk"])
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"2026-12-03_anna-de-vries_werkblad.pdf\"",
                        "quotes and the line break become an ASCII slug")
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(LoketFixtures.data(response) == expected)
                LoketPageTests.expectSecurityHeaders(response)
            }
        }
    }

    /// The werkblad page's check box leaves the back side out, as --single-sided does.
    @Test func aSingleSidedWerkbladIsItsFrontAlone() async throws {
        let appointment = Appointment(name: "Anna de Vries", date: CalendarDate(year: 2026, month: 12, day: 3))
        let expected = try LoketFixtures.drukkerij.render(.werkblad(appointment, singleSided: true), as: .pdf).files[0]
        #expect(expected != (try LoketFixtures.drukkerij.render(.werkblad(appointment), as: .pdf).files[0]))
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/werkblad", method: .get) { response in
                #expect(LoketFixtures.text(response).contains("name=\"enkelzijdig\" value=\"true\">Zonder achterkant"))
            }
            let body = LoketFixtures.form(["naam": "Anna de Vries", "datum": "3-12-2026", "enkelzijdig": "true"])
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .ok)
                #expect(LoketFixtures.data(response) == expected)
            }
        }
    }

    @Test func theLetterIsTheBytesDrukkerijRendersDatedTheLetterDate() async throws {
        let appointment = Appointment(name: "Sam Bakker", date: CalendarDate(year: 2026, month: 12, day: 4), time: "09:30",
                                      location: "Kantoor Utrecht", expert: "Noor Jansen",
                                      addressLines: ["Dorpsstraat 1", "1234 AB Utrecht"])
        let expected = try LoketFixtures.drukkerij.render(.brief(appointment, letterDate: LoketFixtures.letterDate), as: .pdf).files[0]
        try await LoketFixtures.withClient { client in
            let body = LoketFixtures.form(["naam": "Sam Bakker", "datum": "2026-12-04", "tijd": "9.30", "locatie": "Kantoor Utrecht",
                                           "arbeidsdeskundige": "Noor Jansen", "adres": "Dorpsstraat 1", "postcode": "1234 AB",
                                           "plaats": "Utrecht"])
            try await client.execute(uri: "/brief", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"2026-12-04_sam-bakker_brief.pdf\"")
                #expect(LoketFixtures.data(response) == expected)
            }
        }
    }

    @Test func theWerkbladIsTheFileTheCommandLineWrites() async throws {
        let directory = try Repository.temporaryDirectory("loket-cli")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("werkblad.pdf").path
        let result = try Repository.materialen(["werkblad", "-o", path, "--client", "Anna de Vriës", "--date", "3-12-2026",
                                                "--expert", "Noor Jansen", "--topics", "Werk en uren", "--quiet"])
        #expect(result.status == 0, "\(result.error)")
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        try await LoketFixtures.withClient { client in
            let body = LoketFixtures.form(["naam": "Anna de Vriës", "datum": "3-12-2026", "arbeidsdeskundige": "Noor Jansen",
                                           "onderwerpen": "Werk en uren"])
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(LoketFixtures.data(response) == written)
            }
        }
    }

    @Test(arguments: [Material.werkblad, .brief])
    func thePreviewIsTheFirstPageAsASmallPNG(material: Material) async throws {
        let appointment = Appointment(name: "Sam Bakker", date: CalendarDate(year: 2026, month: 12, day: 4), time: "09:30",
                                      location: "Kantoor Utrecht", expert: "Noor Jansen")
        let request = try #require(DocumentRequest.personal(material, for: appointment, letterDate: LoketFixtures.letterDate))
        let expected = try LoketFixtures.drukkerij.render(request, as: .png(dpi: 60)).files[0]
        try await LoketFixtures.withClient { client in
            let body = LoketFixtures.form(["naam": "Sam Bakker", "datum": "4-12-2026", "tijd": "09:30", "locatie": "Kantoor Utrecht",
                                           "arbeidsdeskundige": "Noor Jansen"])
            try await client.execute(uri: "/\(material.rawValue)/voorbeeld", method: .post, headers: LoketFixtures.formHeaders,
                                     body: body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                #expect(response.headers[.contentDisposition] == "inline; filename=\"2026-12-04_sam-bakker_\(material.rawValue).png\"")
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(LoketFixtures.data(response) == expected)
            }
            try await client.execute(uri: "/\(material.rawValue)/voorbeeld", method: .post, headers: LoketFixtures.formHeaders,
                                     body: LoketFixtures.form(["datum": "morgen"])) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
    }

    @Test func invalidInputGivesTheFormAgainWithEveryValueAndAMessagePerField() async throws {
        try await LoketFixtures.withClient { client in
            let body = LoketFixtures.form(["naam": "", "datum": "31-02-2026", "arbeidsdeskundige": "Noor Jansen",
                                           "onderwerpen": "Werk & \"uren\""])
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(response.headers[.contentDisposition] == nil)
                let html = LoketFixtures.text(response)
                #expect(html.contains("value=\"31-02-2026\""))
                #expect(html.contains("value=\"Noor Jansen\""))
                #expect(html.contains(">Werk &amp; &quot;uren&quot;</textarea>"))
                #expect(html.contains("aria-describedby=\"naam-melding\""))
                #expect(html.contains("aria-describedby=\"datum-melding\""))
                #expect(html.contains("id=\"naam-melding\">Vul de naam van de cliënt in."))
                #expect(html.contains("id=\"datum-melding\">Deze datum klopt niet"))
                #expect(html.contains("href=\"#naam\""), "the summary links to each wrong field")
                #expect(html.contains("href=\"#datum\""))
                #expect(!html.contains("aria-describedby=\"arbeidsdeskundige-melding\""))
            }
        }
    }

    @Test func aScriptInANameComesBackEscaped() async throws {
        try await LoketFixtures.withClient { client in
            let body = LoketFixtures.form(["naam": "<script>alert(1)</script>", "datum": "gisteren"])
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let html = LoketFixtures.text(response)
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!html.contains("<script>alert"))
                #expect(html.components(separatedBy: "<script").count == 2, "only the page's own script tag")
            }
        }
    }

    @Test func aMalformedFormIsABadRequestInDutch() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders,
                                     body: ByteBuffer(string: "naam=%zz&datum=3-12-2026")) { response in
                #expect(response.status == .badRequest)
                #expect(LoketFixtures.text(response).contains("Dit kon niet gelezen worden"))
            }
            try await client.execute(uri: "/kompas/download?formaat=doc", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func anOversizeFormIsRefusedInDutch() async throws {
        try await LoketFixtures.withClient(maximumFormBytes: 1024) { client in
            let body = LoketFixtures.form(["naam": "Anna", "datum": "3-12-2026", "onderwerpen": String(repeating: "a", count: 2000)])
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .contentTooLarge)
                #expect(LoketFixtures.text(response).contains("Te veel tekst"))
                LoketPageTests.expectSecurityHeaders(response)
            }
        }
    }

    @Test func kompasAndStripDownloadInEveryFormat() async throws {
        let kompas = try LoketFixtures.drukkerij.render(try DocumentRequest(.kompas, options: ["paper": "a4"]), as: .svg).files[0]
        let strip = try LoketFixtures.drukkerij.render(try DocumentRequest(.strip, options: [:]), as: .png(dpi: 300)).files[0]
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/kompas/download?paper=a4&formaat=svg", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/svg+xml")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"kompas.svg\"")
                #expect(LoketFixtures.data(response) == kompas)
            }
            try await client.execute(uri: "/strip/download?formaat=png", method: .get) { response in
                #expect(response.headers[.contentType] == "image/png")
                #expect(LoketFixtures.data(response) == strip)
            }
            try await client.execute(uri: "/strip/download?width=5&formaat=pdf", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                #expect(LoketFixtures.text(response).contains("Breedte (mm)"))
            }
        }
    }
}
