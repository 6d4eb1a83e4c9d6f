import Drukkerij
import Foundation
import Hummingbird
import HummingbirdTesting
import Inhoud
@testable import Loket
import TestSupport
import Testing

/// The batch page and the office's own spreadsheet: an .xlsx upload (whatever its name says) gives
/// the files of the equivalent CSV, its problems are a Dutch table naming the sheet, a file that
/// cannot be read says in Dutch what to do, and the sample sheets are served by the tool.
@Suite struct LoketWorkbookTests {
    struct Entry: Sendable {
        let name: String
        let data: Data
    }

    @Test(arguments: [("afspraken.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                      ("afspraken.csv", "text/csv; charset=utf-8")])
    func theSampleSheetsAreServedAndLinkedFromTheBatchPage(_ name: String, _ contentType: String) async throws {
        let expected = try Data(contentsOf: Repository.examples.appendingPathComponent(name))
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/static/voorbeeld/\(name)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == contentType)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"\(name)\"")
                #expect(LoketFixtures.data(response) == expected)
                LoketPageTests.expectSecurityHeaders(response)
            }
            try await client.execute(uri: "/batch", method: .get) { response in
                let html = LoketFixtures.text(response)
                let label = name.hasSuffix(".xlsx") ? "Voorbeeldbestand (.xlsx)" : "Voorbeeldbestand (.csv)"
                #expect(html.contains("<a href=\"/static/voorbeeld/\(name)\" download>\(label)</a>"), "\(html)")
                #expect(html.contains("accept=\".xlsx,.csv,"))
                #expect(html.contains("De kopregel noemt de kolommen: <code>naam</code>, <code>datum</code>, <code>tijd</code>, "),
                        "every column, from ClientColumn")
                #expect(html.contains(", <code>soort</code>, <code>gespreksvorm</code>, <code>videolink</code>, <code>aanwezig</code>, <code>aanspreekvorm</code> en <code>variant</code>; daaronder één rij per cliënt."))
            }
        }
    }

    @Test func anXLSXUploadGivesTheFilesOfTheCleanCSV() async throws {
        let rows = try ClientSheet.parse(try Repository.sheet("schoon.csv"), path: "schoon.csv").validated(for: .brief)
        let sink = MemoryFileSink()
        try Batch(material: .brief, rows: rows, letterDate: LoketFixtures.letterDate).writeEach(with: LoketFixtures.drukkerij, to: sink)
        let expected = sink.files.map { Entry(name: $0.name, data: $0.data) }
        try await LoketBatchTests.server().application().test(.router) { client in
            // Labelled as CSV, as a browser may: the content tells.
            let (headers, body) = LoketBatchTests.upload(try Repository.sheet("afspraken.xlsx"), fileName: "afspraken.csv",
                                                         fields: ["materiaal": "brief", "vorm": "apart"])
            try await client.execute(uri: "/batch", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok, "\(LoketFixtures.text(response))")
                let entries = try LoketBatchTests.entries(of: LoketFixtures.data(response))
                #expect(entries.map(\.name) == expected.map(\.name))
                #expect(entries.map(\.data) == expected.map(\.data))
            }
        }
    }

    @Test func badRowsOfAWorkbookAreATableOfRowsInTheNamedSheet() async throws {
        try await LoketBatchTests.server().application().test(.router) { client in
            let (headers, body) = LoketBatchTests.upload(try Repository.sheet("fouten.xlsx"), fileName: "fouten.xlsx",
                                                         fields: ["materiaal": "brief"])
            try await client.execute(uri: "/batch", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let html = LoketFixtures.text(response)
                #expect(html.contains("Verbeter deze rijen in het blad „Week 49” en kies het bestand opnieuw."), "\(html)")
                #expect(html.contains("<th scope=\"col\">Rij</th>"))
                #expect(html.contains("<tr><td>4</td><td>Datum</td><td>„31-02-2027” is geen datum. Schrijf de datum zo: "
                                      + "3-12-2026, 3-12-26, 3 december 2026 of 2026-12-03.</td></tr>"))
                #expect(html.contains("<tr><td>5</td><td>Tijd</td><td>„25.00” is geen tijd."))
                #expect(html.contains("<tr><td>6</td><td>Datum</td><td>„vr 6 december 2027”: 6 december 2027 is een maandag. "
                                      + "Verbeter de dag of de datum.</td></tr>"))
                #expect(html.contains("<tr><td>8</td><td>Naam</td><td>Leeg: elke cliënt heeft een naam nodig.</td></tr>"))
                #expect(!html.contains("<td>3</td>") && !html.contains("<td>7</td>"))
            }
            let (csvHeaders, csvBody) = LoketBatchTests.upload("naam;datum\nAnna;31-2-2027\n", fields: ["materiaal": "werkblad"])
            try await client.execute(uri: "/batch", method: .post, headers: csvHeaders, body: csvBody) { response in
                let html = LoketFixtures.text(response)
                #expect(html.contains("Verbeter deze regels in de spreadsheet"))
                #expect(html.contains("<th scope=\"col\">Regel</th>"), "a CSV file has lines")
            }
        }
    }

    @Test(arguments: [("oud.xls", "Dit is een oud Excel-bestand (.xls, Excel 97–2003)."),
                      ("wachtwoord.xlsx", "Dit Excel-bestand is beveiligd met een wachtwoord"),
                      ("kapot.xlsx", "Dit Excel-bestand kon niet gelezen worden: het is beschadigd"),
                      ("geen-kopregel.xlsx", "Geen blad in dit bestand („Blad1”, „Blad2”) heeft in de eerste 10 rijen een kopregel")])
    func aFileThatCannotBeReadSaysInDutchWhatToDo(_ name: String, _ message: String) async throws {
        try await LoketBatchTests.server().application().test(.router) { client in
            let (headers, body) = LoketBatchTests.upload(try Repository.sheet(name), fileName: name, fields: ["materiaal": "werkblad"])
            try await client.execute(uri: "/batch", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let html = LoketFixtures.text(response)
                #expect(html.contains(message), "\(html)")
                #expect(html.contains(name == "geen-kopregel.xlsx" ? "Niet alles in het bestand is goed" : "Dit bestand kan niet gelezen worden"))
                #expect(!html.contains("<table"))
            }
        }
    }

    @Test func theFormTakesTheSheetsFormsAndSaysWhenTheWeekdayIsWrong() async throws {
        try await LoketFixtures.withClient { client in
            let written = LoketFixtures.form(["naam": "Anna", "datum": "do 3 december 2026", "arbeidsdeskundige": "Noor Jansen"])
            let numeric = LoketFixtures.form(["naam": "Anna", "datum": "3-12-2026", "arbeidsdeskundige": "Noor Jansen"])
            var expected = Data()
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders, body: numeric) { response in
                expected = LoketFixtures.data(response)
            }
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders, body: written) { response in
                #expect(response.status == .ok)
                #expect(LoketFixtures.data(response) == expected)
            }
            let wrong = LoketFixtures.form(["naam": "Anna", "datum": "vr 3 december 2026"])
            try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders, body: wrong) { response in
                #expect(response.status == .unprocessableContent)
                #expect(LoketFixtures.text(response)
                    .contains("id=\"datum-melding\">De dag klopt niet bij de datum: 3 december 2026 is een donderdag."))
            }
        }
    }
}
