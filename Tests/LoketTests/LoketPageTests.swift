import Drukkerij
import Hummingbird
import HummingbirdTesting
import Loket
import Testing

/// Every page answers, in Dutch, with the security headers; the server refuses to listen beyond
/// this computer.
@Suite struct LoketPageTests {
    static let pages = ["/", "/werkblad", "/brief", "/bijlage", "/kompas", "/strip", "/batch", "/terugkoppeling", "/static/loket.css",
                        "/static/loket.js", "/static/opties.js", "/static/favicon.svg", "/health"]

    @Test(arguments: pages) func everyPageAnswersWithTheSecurityHeaders(path: String) async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                Self.expectSecurityHeaders(response)
            }
        }
    }

    @Test func anUnknownPageIsADutchNotFoundWithTheHeaders() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/bestaat-niet", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(LoketFixtures.text(response).contains("Deze pagina bestaat niet"))
                Self.expectSecurityHeaders(response)
            }
        }
    }

    @Test func healthSaysOK() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(LoketFixtures.text(response) == "ok")
            }
        }
    }

    /// The kit's typefaces come from the tool itself, as TrueType, and the policy lets the page use
    /// them; the stylesheet names each of them.
    @Test(arguments: ["Andika-Regular.ttf", "Andika-Bold.ttf", "Lato-Bold.ttf", "Lato-Black.ttf"])
    func theKitsFontsAreServedAndAllowed(file: String) async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/static/fonts/\(file)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "font/ttf")
                #expect(response.headers[.cacheControl]?.contains("max-age=") == true)
                #expect(Array(response.body.readableBytesView.prefix(4)) == [0, 1, 0, 0], "a TrueType file")
                #expect(response.body.readableBytes > 10_000)
                #expect(response.headers[.contentSecurityPolicy]?.contains("font-src 'self'") == true)
                Self.expectSecurityHeaders(response)
            }
            try await client.execute(uri: "/static/loket.css", method: .get) { response in
                #expect(LoketFixtures.text(response).contains("url(\"/static/fonts/\(file)\")"))
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.headers[.contentSecurityPolicy]?.contains("font-src 'self'") == true)
            }
        }
    }

    @Test func theStartPageLinksEveryMaterial() async throws {
        try await LoketFixtures.withClient { client in
            try await client.execute(uri: "/", method: .get) { response in
                let html = LoketFixtures.text(response)
                #expect(html.contains("<html lang=\"nl\">"))
                #expect(html.contains("href=\"/static/loket.css\""))
                #expect(!html.contains("<script"), "the start page needs no script")
                // The terugkoppeling's page (notes, not a client row) is not there yet.
                for material in Material.allCases where !material.isMadeFromNotes {
                    #expect(html.contains("href=\"/\(material.rawValue)\""))
                    #expect(html.contains(material.title))
                }
            }
        }
    }

    @Test func theClientFormsUseTheSheetsFieldNamesWithLabels() async throws {
        try await LoketFixtures.withClient { client in
            for material in [Material.werkblad, .brief] {
                try await client.execute(uri: "/\(material.rawValue)", method: .get) { response in
                    let html = LoketFixtures.text(response)
                    #expect(html.contains("<form method=\"post\""))
                    #expect(html.contains("Download PDF"))
                    #expect(!html.contains("samenvatting") && !html.contains("aria-invalid"),
                            "a form not yet posted says nothing is wrong")
                    #expect(response.headers[.cacheControl] == "no-store")
                    for column in ClientColumn.allCases where material.printedFields.contains(column) {
                        let name = column.headers[0]
                        #expect(html.contains("<label for=\"\(name)\""), "\(material): label for \(name)")
                        #expect(html.contains("name=\"\(name)\""), "\(material): field \(name)")
                    }
                }
            }
        }
    }

    @Test func theOptionPagesOfferEveryOptionAndFormat() async throws {
        try await LoketFixtures.withClient { client in
            for material in [Material.kompas, .strip] {
                try await client.execute(uri: "/\(material.rawValue)", method: .get) { response in
                    let html = LoketFixtures.text(response)
                    for option in material.options { #expect(html.contains("name=\"\(option.name)\"")) }
                    for format in ["PDF", "SVG", "PNG"] { #expect(html.contains("Download \(format)")) }
                }
            }
        }
    }

    @Test func onlyTheLoopbackInterfaceIsServed() throws {
        for host in ["127.0.0.1", "localhost", "::1", "127.0.0.2"] {
            #expect(try LoketSettings(host: host).host == host)
        }
        for host in ["0.0.0.0", "192.168.1.10", "example.org", "::", "127.0.0.1.nip.io"] {
            #expect(throws: LoketError.hostNotLoopback(host)) { try LoketSettings(host: host) }
        }
        #expect(String(describing: LoketError.hostNotLoopback("0.0.0.0")).contains("no login"))
    }

    static func expectSecurityHeaders(_ response: TestResponse) {
        let policy = response.headers[.contentSecurityPolicy] ?? ""
        #expect(policy.contains("default-src 'none'"))
        #expect(policy.contains("frame-ancestors 'none'"))
        #expect(!policy.contains("http"), "no external sources")
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
        #expect(response.headers[HTTPFields.Element.Name("Referrer-Policy")!] == "no-referrer")
    }
}
