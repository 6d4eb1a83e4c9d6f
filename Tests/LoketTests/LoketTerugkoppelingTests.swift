import Drukkerij
import Foundation
import Hummingbird
import HummingbirdTesting
import Inhoud
import Loket
import Testing

/// The terugkoppeling's page: a form of the notes' keys, read as a notes file is read; the sheet and
/// the bouwstenen are Drukkerij's.
@Suite struct LoketTerugkoppelingTests {
    static let fieldNames = ["naam", "datum", "arbeidsdeskundige", "kenmerk", "aanwezig", "ervaringen", "behoeften",
                             "toekomst", "zo_ervaren", "gesprek", "reactie", "verzonden", "reageren_voor",
                             "afspraken[1][wat]", "afspraken[1][wie]", "afspraken[1][wanneer]"]

    /// A filled form, as a browser posts it (a textarea's lines end in CRLF).
    static let validFields: KeyValuePairs<String, String> = [
        "naam": "Anna de Vriës", "datum": "3-11-2026", "arbeidsdeskundige": "Noor Jansen", "kenmerk": "",
        "aanwezig": "Mijn partner",
        "ervaringen": "Ik werk al twintig jaar in de zorg.\r\n[privé] Mijn geheimpje blijft hier.\r\n\r\nHet tillen gaat niet meer.",
        "behoeften": "", "toekomst": "Ik wil weer aan het werk.",
        "zo_ervaren": "", "gesprek": "Rustig gesprek.",
        "afspraken[1][wat]": "Gesprek met de werkgever", "afspraken[1][wie]": "samen", "afspraken[1][wanneer]": "1 december",
        "afspraken[2][wat]": "", "afspraken[2][wie]": "", "afspraken[2][wanneer]": "",
        "afspraken[3][wat]": "[privé] Bellen met de huisarts", "afspraken[3][wie]": "cliënt", "afspraken[3][wanneer]": "",
    ]

    /// The notes the valid form stands for, sent on the server's (fixed) day (for the sheet; the
    /// bouwstenen get no day the form does not give).
    static let validNotes = ConversationNotes(
        name: "Anna de Vriës", date: CalendarDate(year: 2026, month: 11, day: 3)!, expert: "Noor Jansen",
        ervaringen: ["Ik werk al twintig jaar in de zorg.", "Het tillen gaat niet meer."], toekomst: ["Ik wil weer aan het werk."],
        agreements: [.init(what: "Gesprek met de werkgever", who: "samen", when: "1 december")],
        conversation: ["Rustig gesprek."], present: "Mijn partner", sent: LoketFixtures.letterDate)

    @Test func thePageHasEveryFieldLabelledAndTheSecurityHeaders() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/terugkoppeling", method: .get) { response in
                #expect(response.status == .ok)
                LoketPageTests.expectSecurityHeaders(response)
                let html = LoketFixtures.text(response)
                #expect(html.contains("data-voorbeeld=\"/terugkoppeling/voorbeeld\""))
                #expect(html.contains("Download PDF") && html.contains("Download bouwstenen (.txt)")
                        && html.contains("Download bouwstenen (.md)"))
                // Enter in a one-line field clicks the form's first submit button: the preview's,
                // out of sight and out of the tab order, never "Nog een afspraak".
                let form = try #require(html.range(of: "<form method=\"post\" action=\"/terugkoppeling\""))
                let firstButton = try #require(html[form.upperBound...].range(of: "<button"))
                let buttonTag = html[firstButton.lowerBound...].prefix { $0 != ">" }
                #expect(buttonTag.contains("type=\"submit\"") && buttonTag.contains("formaction=\"/terugkoppeling/voorbeeld\"")
                        && buttonTag.contains("tabindex=\"-1\"") && buttonTag.contains("aria-hidden=\"true\""), "\(buttonTag)")
                // The copy button is the script's to show; without it the page has none to press.
                #expect(html.contains("<button type=\"button\" class=\"tweede\" data-kopieer=\"bouwstenen\" hidden>"))
                #expect(html.contains("id=\"kopieer-status\" class=\"kopieer-status\" role=\"status\" aria-live=\"polite\""))
                #expect(html.contains("Alleen voor uw rapport"))
                #expect(html.contains("Een regel die begint met [privé] komt niet op het blad en niet in het rapport."))
                #expect(!html.contains("aria-invalid"))
                // The fields in the order of the werkblad: the onderwerpen, then the agreements (the
                // back side's table), then how the conversation went.
                let order = ["name=\"toekomst\"", "<legend>Afspraken</legend>", "name=\"zo_ervaren\""].map { html.range(of: $0)?.lowerBound }
                #expect(order.allSatisfy { $0 != nil } && order[0]! < order[1]! && order[1]! < order[2]!)
                for name in Self.fieldNames {
                    guard let range = html.range(of: "name=\"\(name)\"") else {
                        Issue.record("no field \(name)")
                        continue
                    }
                    // The field's id is just before its name; its label names that id.
                    let before = html[..<range.lowerBound]
                    let idStart = try #require(before.range(of: "id=\"", options: .backwards))
                    let id = before[idStart.upperBound...].prefix { $0 != "\"" }
                    #expect(html.contains("<label for=\"\(id)\""), "label for \(name)")
                }
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(LoketFixtures.text(response).contains("href=\"/terugkoppeling\""))
            }
        }
    }

    @Test func theSheetAndTheBouwstenenAreDrukkerijs() async throws {
        let pdf = try LoketFixtures.drukkerij.render(.terugkoppeling(Self.validNotes), as: .pdf).files[0]
        let text = LoketFixtures.drukkerij.bouwstenen(Self.validNotes, format: .plain)
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders,
                                     body: LoketFixtures.form(Self.validFields)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"2026-11-03_anna-de-vries_terugkoppeling.pdf\"")
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(LoketFixtures.data(response) == pdf)
            }
            var fields = Array(Self.validFields)
            fields.append(("uitvoer", "bouwstenen"))
            fields[3] = ("kenmerk", "ZK 2026/17")
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders,
                                     body: Self.form(fields)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"2026-11-03_zk-2026-17_terugkoppeling.txt\"")
                #expect(response.headers[.cacheControl] == "no-store")
                var notes = Self.validNotes
                notes.kenmerk = "ZK 2026/17"
                notes.sent = nil
                let body = LoketFixtures.text(response)
                #expect(body == LoketFixtures.drukkerij.bouwstenen(notes, format: .plain))
                #expect(body != text)
                #expect(!body.contains("geheimpje") && !body.contains("huisarts"), "[privé] stays out")
            }
        }
    }

    @Test func theBouwstenenAlsoComeAsMarkdown() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders,
                                     body: Self.validForm(plus: ("uitvoer", "bouwstenen-md"))) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/markdown; charset=utf-8")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"2026-11-03_anna-de-vries_terugkoppeling.md\"")
                #expect(response.headers[.cacheControl] == "no-store")
                let body = LoketFixtures.text(response)
                var notes = Self.validNotes
                notes.sent = nil
                #expect(body == LoketFixtures.drukkerij.bouwstenen(notes, format: .markdown))
                #expect(body.contains("## ") && body != LoketFixtures.drukkerij.bouwstenen(Self.validNotes, format: .plain))
            }
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders,
                                     body: Self.validForm(plus: ("uitvoer", "bouwstenen.docx"))) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func privateTextIsInNeitherDownload() async throws {
        // The sheet is that of notes that never had the private parts (`validNotes`), byte for byte.
        let pdf = try LoketFixtures.drukkerij.render(.terugkoppeling(Self.validNotes), as: .pdf).files[0]
        #expect(!Self.validNotes.ervaringen.joined().contains("geheimpje"))
        #expect(!Self.validNotes.agreements.contains { $0.what.contains("huisarts") })
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders,
                                     body: LoketFixtures.form(Self.validFields)) { response in
                #expect(LoketFixtures.data(response) == pdf)
            }
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders,
                                     body: Self.validForm(plus: ("uitvoer", "bouwstenen"))) { response in
                let body = LoketFixtures.text(response)
                #expect(body.contains("Het tillen gaat niet meer."))
                #expect(!body.contains("geheimpje") && !body.contains("huisarts") && !body.contains("[privé]"))
            }
        }
    }

    @Test func noTopicGivesTheMessageBesideTheTopicsWithTheValuesKept() async throws {
        try await LoketFixtures.withClient { client in
            let body = LoketFixtures.form(["naam": "Anna <b>de</b> Vriës", "datum": "3-11-2026", "arbeidsdeskundige": "Noor Jansen",
                                           "ervaringen": "[privé] alleen dit", "gesprek": "Rustig \"gesprek\"",
                                           "afspraken[1][wat]": "Bellen", "afspraken[1][wie]": "cliënt"])
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.headers[.cacheControl] == "no-store")
                let html = LoketFixtures.text(response)
                for topic in ["ervaringen", "behoeften", "toekomst"] {
                    #expect(html.contains("<p class=\"melding\" id=\"\(topic)-melding\">Schrijf bij ten minste één onderwerp"))
                    #expect(html.contains("aria-describedby=\"\(topic)-melding\""))
                }
                #expect(html.contains("value=\"Anna &lt;b&gt;de&lt;/b&gt; Vriës\""), "escaped and kept")
                #expect(!html.contains("<b>de</b>"))
                #expect(html.contains(">[privé] alleen dit</textarea>"))
                #expect(html.contains("Rustig &quot;gesprek&quot;"))
                #expect(html.contains("value=\"Bellen\"") && html.contains("value=\"cliënt\""))
                #expect(!html.contains("naam-melding"), "the name is fine")
            }
        }
    }

    @Test func wrongFieldsGetTheirOwnMessages() async throws {
        try await LoketFixtures.withClient { client in
            let body = LoketFixtures.form(["naam": "", "datum": "31-31-2026", "arbeidsdeskundige": "Noor",
                                           "toekomst": "Weer werken", "afspraken[1][wat]": "", "afspraken[1][wie]": "samen"])
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let html = LoketFixtures.text(response)
                #expect(html.contains("id=\"naam-melding\">Vul de naam van de cliënt in."))
                #expect(html.contains("id=\"datum-melding\">Deze datum klopt niet."))
                #expect(html.contains("id=\"afspraken-1-wat-melding\">Schrijf wat is afgesproken"))
                #expect(html.contains("aria-describedby=\"afspraken-1-wat-melding\""))
                #expect(!html.contains("toekomst-melding"))
            }
        }
    }

    @Test func anotherAgreementAddsARowAndKeepsTheValues() async throws {
        try await LoketFixtures.withClient { client in
            let body = LoketFixtures.form(["naam": "Anna", "ervaringen": "Eerste regel\r\nTweede",
                                           "afspraken[1][wat]": "Bellen", "afspraken[1][wie]": "samen",
                                           "actie": "afspraak"])
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders, body: body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl] == "no-store")
                let html = LoketFixtures.text(response)
                #expect(html.contains("value=\"Anna\""))
                #expect(html.contains(">Eerste regel\nTweede</textarea>"))
                #expect(html.contains("name=\"afspraken[1][wat]\" value=\"Bellen\""))
                #expect(html.contains("name=\"afspraken[2][wat]\" value=\"\""))
                #expect(!html.contains("afspraken[3]"))
                #expect(!html.contains("aria-invalid"), "adding a row checks nothing yet")
            }
        }
    }

    @Test func thePreviewIsAPNGPerPage() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/terugkoppeling/voorbeeld", method: .post, headers: LoketFixtures.formHeaders,
                                     body: Self.validForm(plus: ("pagina", "1"))) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                #expect(Int(response.headers[HTTPFields.Element.Name("X-Page-Count")!] ?? "") ?? 0 >= 1)
                #expect(response.headers[.cacheControl] == "no-store")
            }
            try await client.execute(uri: "/terugkoppeling/voorbeeld", method: .post, headers: LoketFixtures.formHeaders,
                                     body: LoketFixtures.form(["naam": "Anna"])) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
    }

    /// The bouwstenen say when the client got the sheet only when the form says so; the sheet goes out
    /// today unless the form says otherwise. The reaction goes to the bouwstenen only.
    @Test func theDaySentAndTheReactionComeFromTheForm() async throws {
        let withDay = Array(Self.validFields) + [("verzonden", "5-11-2026"), ("reactie", "Werknemer belde: het klopt.")]
        var sheet = Self.validNotes
        sheet.sent = CalendarDate(year: 2026, month: 11, day: 5)
        sheet.reaction = ["Werknemer belde: het klopt."]
        let pdf = try LoketFixtures.drukkerij.render(.terugkoppeling(sheet), as: .pdf).files[0]
        let dayBefore = Array(Self.validFields) + [("verzonden", "1-11-2026")]
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders,
                                     body: Self.validForm(plus: ("uitvoer", "bouwstenen"))) { response in
                let body = LoketFixtures.text(response)
                #expect(!body.contains("teruggekoppeld") && body.contains("\nReactie werknemer\n\n(nog) geen\n"))
            }
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders,
                                     body: Self.form(withDay + [("uitvoer", "bouwstenen")])) { response in
                let body = LoketFixtures.text(response)
                #expect(body.contains("Op 5 november 2026 is deze tekst aan werknemer teruggekoppeld, met de gelegenheid "
                                      + "om tot en met 19 november 2026 te reageren."), "\(body)")
                #expect(body.contains("\nReactie werknemer\n\nWerknemer belde: het klopt.\n"))
            }
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders,
                                     body: Self.form(withDay)) { response in
                #expect(LoketFixtures.data(response) == pdf)
            }
            // A day before the conversation is wrong at the field the user typed it in.
            try await client.execute(uri: "/terugkoppeling", method: .post, headers: LoketFixtures.formHeaders,
                                     body: Self.form(dayBefore)) { response in
                #expect(response.status == .unprocessableContent)
                let html = LoketFixtures.text(response)
                #expect(html.contains("id=\"verzonden-melding\">Deze datum ligt vóór het gesprek."))
                #expect(!html.contains("datum-melding"))
            }
        }
    }

    /// A sentence bound for the report with a health word comes with the preview, in Dutch, for the
    /// script to show; it stops nothing.
    @Test func thePreviewNamesHealthWords() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/terugkoppeling/voorbeeld", method: .post, headers: LoketFixtures.formHeaders,
                                     body: Self.validForm(plus: ("pagina", "1"))) { response in
                #expect(response.status == .ok)
                #expect(response.headers[HTTPFields.Element.Name("X-Health-Mentions")!] == nil, "the valid form has none")
            }
            var fields = Array(Self.validFields)
            fields[6] = ("behoeften", "Minder uren.\r\nIk heb last van mijn rug. Het gaat beter.")
            fields.append(("pagina", "1"))
            try await client.execute(uri: "/terugkoppeling/voorbeeld", method: .post, headers: LoketFixtures.formHeaders,
                                     body: Self.form(fields)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                let header = try #require(response.headers[HTTPFields.Element.Name("X-Health-Mentions")!])
                #expect(header.allSatisfy { $0.isASCII } && !header.contains(" "))
                let messages = header.split(separator: ",").map { $0.removingPercentEncoding ?? "" }
                #expect(messages == ["Jouw behoeften: ‘rug’ in „Ik heb last van mijn rug.”. Medische informatie "
                                     + "hoort niet in het rapport voor de werkgever. Schrijf liever wat wel en niet lukt."],
                        "\(messages)")
            }
            try await client.execute(uri: "/terugkoppeling", method: .get) { response in
                let html = LoketFixtures.text(response)
                #expect(html.contains("<div id=\"controle\" class=\"controle\" hidden>"))
            }
        }
    }

    /// The valid form with one more field (which output, which page).
    static func validForm(plus field: (String, String)) -> ByteBuffer {
        form(Array(validFields) + [field])
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics.intersection(.init(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~")
        return ByteBuffer(string: fields.map { name, value in
            "\(name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&"))
    }
}
