import Drukkerij
import Foundation
import Hummingbird
import HummingbirdTesting
import Inhoud
@testable import Loket
import TestSupport
import Testing
import ZIPFoundation

/// The batch page: a CSV upload gives the CLI's batch files as a streamed ZIP (or one merged PDF),
/// a sheet with problems a Dutch table and nothing else, and every limit a Dutch answer.
@Suite struct LoketBatchTests {
    static let csv = "naam;datum;tijd;locatie;arbeidsdeskundige;adres;postcode;plaats\n"
        + "Anna de Vriës;3-12-2026;14:30;Kantoor Utrecht;Noor Jansen;Dorpsstraat 1;1234 AB;Utrecht\n"
        + "Sam Bakker;2026-12-04;9.30;Kantoor Utrecht;Noor Jansen;Kerkweg 2;1234 AC;Utrecht\n"

    /// A `multipart/form-data` body as a browser sends it.
    static func upload(_ csv: String, fileName: String = "afspraken.csv",
                       fields: KeyValuePairs<String, String> = [:]) -> (HTTPFields, ByteBuffer) {
        upload(Data(csv.utf8), fileName: fileName, fields: fields)
    }

    static func upload(_ file: Data, fileName: String = "afspraken.csv",
                       fields: KeyValuePairs<String, String> = [:]) -> (HTTPFields, ByteBuffer) {
        let boundary = "----loket-test-1234"
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data(("--\(boundary)\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"\(fileName)\"\r\n"
                      + "Content-Type: text/csv\r\n\r\n").utf8)
        body += file
        body += Data("\r\n--\(boundary)--\r\n".utf8)
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
    }

    static func server(maximumRows: Int = LoketSettings.defaultMaximumRows, batchQueue: BatchQueue? = nil) throws -> LoketServer {
        let drukkerij = LoketFixtures.drukkerij
        return LoketServer(drukkerij: drukkerij, settings: try LoketSettings(port: 0, maximumRows: maximumRows),
                           letterDate: { LoketFixtures.letterDate },
                           admission: RenderAdmission(limit: drukkerij.renderers.capacity + 16), batchQueue: batchQueue)
    }

    /// What the CLI's `--clients` run writes for `csv`: `Batch.writeEach` into memory.
    static func expectedFiles(_ csv: String, _ material: Material, singleSided: Bool = false) throws -> [(name: String, data: Data)] {
        let rows = try ClientSheet.parse(Data(csv.utf8), path: "afspraken.csv").validated(for: material)
        let sink = MemoryFileSink()
        var batch = try Batch(material: material, rows: rows, letterDate: LoketFixtures.letterDate)
        batch.singleSided = singleSided
        try batch.writeEach(with: LoketFixtures.drukkerij, to: sink)
        return sink.files
    }

    /// The check box for a printer that prints on one side: werkbladen without their back, as
    /// `--single-sided` makes them.
    @Test func singleSidedWerkbladenAreTheCommandLinesFiles() async throws {
        let expected = try Self.expectedFiles(Self.csv, .werkblad, singleSided: true)
        try await Self.server().application().test(.router) { client in
            let (headers, body) = Self.upload(Self.csv, fields: ["materiaal": "werkblad", "vorm": "apart", "enkelzijdig": "true"])
            try await client.execute(uri: "/batch", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let entries = try Self.entries(of: LoketFixtures.data(response))
                #expect(entries.map(\.data) == expected.map(\.data))
                let directory = try Repository.temporaryDirectory("enkelzijdig")
                for entry in entries {
                    let path = directory.appendingPathComponent("w.pdf")
                    try entry.data.write(to: path)
                    #expect(try Tools.run("pdfinfo", [path.path]).contains(#/Pages:\s+1\n/#), "\(entry.name): the front alone")
                }
            }
        }
    }

    static func entries(of zip: Data) throws -> [(name: String, data: Data)] {
        let archive = try Archive(data: zip, accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            return (entry.path, data)
        }
    }

    @Test func theBatchPageAsksForAFileAndIsLinkedFromTheStart() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/batch", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = LoketFixtures.text(response)
                #expect(html.contains("enctype=\"multipart/form-data\""))
                #expect(html.contains("<input type=\"file\" id=\"bestand\" name=\"bestand\""))
                #expect(html.contains("<select id=\"materiaal\" name=\"materiaal\">"))
                #expect(html.contains("<option value=\"beide\">"))
                #expect(html.contains("<select id=\"vorm\" name=\"vorm\">"))
                #expect(html.contains("<option value=\"samen\">"))
                #expect(html.contains("5.000 cliënten"))
                LoketPageTests.expectSecurityHeaders(response)
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(LoketFixtures.text(response).contains("href=\"/batch\""))
            }
        }
    }

    @Test func aValidSheetIsAZIPOfTheCommandLinesFiles() async throws {
        let werkbladen = try Self.expectedFiles(Self.csv, .werkblad)
        let brieven = try Self.expectedFiles(Self.csv, .brief)
        try await Self.server().application().test(.router) { client in
            let (headers, body) = Self.upload(Self.csv, fields: ["materiaal": "werkblad", "vorm": "apart"])
            try await client.execute(uri: "/batch", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/zip")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"afspraken_werkblad.zip\"")
                #expect(response.headers[.cacheControl] == "no-store")
                LoketPageTests.expectSecurityHeaders(response)
                let entries = try Self.entries(of: LoketFixtures.data(response))
                #expect(entries.map(\.name) == werkbladen.map(\.name))
                #expect(entries.map(\.data) == werkbladen.map(\.data))
            }
            let (bothHeaders, bothBody) = Self.upload(Self.csv, fields: ["materiaal": "beide", "vorm": "apart"])
            try await client.execute(uri: "/batch", method: .post, headers: bothHeaders, body: bothBody) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"afspraken_materialen.zip\"")
                let entries = try Self.entries(of: LoketFixtures.data(response))
                #expect(entries.map(\.name) == (werkbladen + brieven).map(\.name))
                #expect(entries.map(\.data) == (werkbladen + brieven).map(\.data), "the letters are dated the letter date")
            }
        }
    }

    @Test func mergedIsThePDFOfWriteMerged() async throws {
        let rows = try ClientSheet.parse(Data(Self.csv.utf8), path: "afspraken.csv").validated(for: .brief)
        let sink = MemoryStreamSink()
        try Batch(material: .brief, rows: rows, letterDate: LoketFixtures.letterDate)
            .writeMerged(with: LoketFixtures.drukkerij, to: sink)
        let expected = sink.bytes
        try await Self.server().application().test(.router) { client in
            let (headers, body) = Self.upload(Self.csv, fields: ["materiaal": "brief", "vorm": "samen"])
            try await client.execute(uri: "/batch", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"afspraken_brief.pdf\"")
                #expect(response.headers[.cacheControl] == "no-store")
                #expect([UInt8](LoketFixtures.data(response)) == expected)
            }
        }
    }

    @Test func aSheetWithBadRowsIsOneDutchTableAndNothingMade() async throws {
        let csv = "Naam;Datum;Tijd;Locatie;Arbeidsdeskundige;Adres;Postcode;Plaats\n"
            + "Anna de Vriës;31-02-2026;14:30;Kantoor;Noor Jansen;Dorpsstraat 1;1234 AB;Utrecht\n"
            + ";2026-12-04;half tien;Kantoor;Noor Jansen;Kerkweg 2;1234 AC;Utrecht\n"
        try await Self.server().application().test(.router) { client in
            let (headers, body) = Self.upload(csv, fields: ["materiaal": "beide"])
            try await client.execute(uri: "/batch", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-store")
                let html = LoketFixtures.text(response)
                #expect(html.contains("<tr><td>2</td><td>Datum</td><td>„31-02-2026” is geen datum."))
                #expect(html.contains("<tr><td>3</td><td>Naam</td><td>Leeg: elke cliënt heeft een naam nodig.</td></tr>"))
                #expect(html.contains("<tr><td>3</td><td>Tijd</td><td>„half tien” is geen tijd."))
                #expect(html.components(separatedBy: "<table").count == 2, "one table for both materials")
                #expect(html.components(separatedBy: "<td>2</td><td>Datum</td>").count == 2, "a problem is listed once")
                #expect(!html.contains("not a date"), "no English message of the command line")
                LoketPageTests.expectSecurityHeaders(response)
            }
            let (missingHeaders, missingBody) = Self.upload("naam;tijd\nAnna;14:30\n", fields: ["materiaal": "werkblad"])
            try await client.execute(uri: "/batch", method: .post, headers: missingHeaders, body: missingBody) { response in
                #expect(response.status == .unprocessableContent)
                #expect(LoketFixtures.text(response).contains("Het bestand heeft geen kolom „datum”"))
            }
        }
    }

    @Test func limitsAreDutchAnswers() async throws {
        try await Self.server(maximumRows: 2).application().test(.router) { client in
            let big = Self.upload(Data(repeating: UInt8(ascii: "a"), count: 2 * 1024 * 1024 + 1))
            try await client.execute(uri: "/batch", method: .post, headers: big.0, body: big.1) { response in
                #expect(response.status == .contentTooLarge)
                #expect(LoketFixtures.text(response).contains("groter dan 2 MB"))
            }
            let many = Self.upload(Self.csv + "Kees Klein;5-12-2026;10:00;Kantoor;Noor Jansen;Laan 3;1234 AD;Utrecht\n")
            try await client.execute(uri: "/batch", method: .post, headers: many.0, body: many.1) { response in
                #expect(response.status == .contentTooLarge)
                #expect(LoketFixtures.text(response).contains("Het bestand heeft 3 cliënten"))
            }
            try await client.execute(uri: "/batch", method: .post, headers: [.contentType: "multipart/form-data"],
                                     body: ByteBuffer(string: "naam;datum\n")) { response in
                #expect(response.status == .badRequest, "no boundary")
                #expect(LoketFixtures.text(response).contains("Het formulier kwam niet goed aan"))
            }
            let (headers, body) = Self.upload(Self.csv)
            try await client.execute(uri: "/batch", method: .post, headers: headers,
                                     body: body.getSlice(at: 0, length: body.readableBytes - 30) ?? body) { response in
                #expect(response.status == .badRequest, "a body cut short")
            }
            let unknown = Self.upload(Self.csv, fields: ["materiaal": "kompas"])
            try await client.execute(uri: "/batch", method: .post, headers: unknown.0, body: unknown.1) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func aFullBatchQueueIsA503WhilePreviewsGoOn() async throws {
        let queue = BatchQueue(waitingLimit: 0)
        let running = try await queue.turn()
        try await Self.server(batchQueue: queue).application().test(.router) { client in
            let (headers, body) = Self.upload(Self.csv)
            try await client.execute(uri: "/batch", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
                #expect(LoketFixtures.text(response).contains("Het is even te druk"))
            }
            let form = LoketFixtures.form(["naam": "Anna", "datum": "3-12-2026", "arbeidsdeskundige": "Noor Jansen"])
            try await client.execute(uri: "/werkblad/voorbeeld", method: .post, headers: LoketFixtures.formHeaders,
                                     body: form) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
            }
        }
        withExtendedLifetime(running) {}
    }

    @Test func aWaitingBatchGetsTheTurnWhenTheFirstEnds() async throws {
        let queue = BatchQueue(waitingLimit: 1)
        var first: BatchTurn? = try await queue.turn()
        async let second = queue.turn()
        try await Task.sleep(for: .milliseconds(50))
        await #expect(throws: RenderQueueFull.self) { _ = try await queue.turn() }
        #expect(first != nil)
        first = nil
        _ = try await second
    }
}
