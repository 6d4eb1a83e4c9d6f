import Foundation
import Hummingbird
import HummingbirdTesting
import Loket
import Testing

/// Behind the organisation's sign-on proxy (`--auth proxy --trusted-proxy ADDR`): the user's name
/// comes from the proxy's header, believed only from the proxy's address; over real sockets, so
/// the peer's address is real (127.0.0.1).
@Suite struct LoketProxyTests {
    typealias F = HostingFixtures
    static let header = HTTPFields.Element.Name("X-Remote-User")!

    @Test func theHeaderFromTheTrustedAddressLogsTheUserIn() async throws {
        let log = F.LogLines()
        let server = try F.server(access: try Access.signOnProxy(address: "127.0.0.1"), log: log)
        try await server.application().test(.live) { client in
            let page = try await client.execute(uri: "/werkblad", method: .get, headers: [Self.header: "noor.jansen", .accept: "text/html"])
            #expect(page.status == .ok)
            let html = LoketFixtures.text(page)
            #expect(html.contains("Ingelogd als noor.jansen"))
            #expect(!html.contains("Uitloggen"), "the proxy logs out, not this page")
            let token = try #require(F.csrf(in: html))
            // POSTs carry the token here too: the proxy's own cookie would go along with another site's form.
            var headers: HTTPFields = [Self.header: "noor.jansen", .contentType: "application/x-www-form-urlencoded"]
            #expect(try await client.execute(uri: "/werkblad", method: .post, headers: headers, body: F.werkbladForm(csrf: nil)).status
                    == .forbidden)
            headers[.accept] = "application/pdf"
            let pdf = try await client.execute(uri: "/werkblad", method: .post, headers: headers, body: F.werkbladForm(csrf: token))
            #expect(pdf.status == .ok)
            // Without the header: no one is logged in.
            #expect(try await client.execute(uri: "/werkblad", method: .get).status == .unauthorized)
            let browser = try await client.execute(uri: "/werkblad", method: .get, headers: F.browser)
            #expect(browser.status == .unauthorized)
            #expect(LoketFixtures.text(browser).contains("U bent niet aangemeld"))
        }
        #expect(log.all.contains { $0.contains(#""user":"noor.jansen""#) })
    }

    @Test func theHeaderFromAnyOtherAddressIsIgnored() async throws {
        // The proxy is elsewhere (no connection is made to it); this test's requests come from 127.0.0.1.
        let server = try F.server(access: try Access.signOnProxy(address: "10.11.12.13"))
        try await server.application().test(.live) { client in
            let script = try await client.execute(uri: "/werkblad", method: .get, headers: [Self.header: "noor"])
            #expect(script.status == .unauthorized)
            let browser = try await client.execute(uri: "/", method: .get, headers: [Self.header: "noor", .accept: "text/html"])
            #expect(browser.status == .unauthorized)
            #expect(!LoketFixtures.text(browser).contains("noor"))
            #expect(LoketFixtures.text(try await client.execute(uri: "/health", method: .get)) == "ok")
        }
    }

    @Test func aCustomHeaderIsTheOnlyOneBelieved() async throws {
        let server = try F.server(access: try Access.signOnProxy(address: "127.0.0.1", header: "X-Forwarded-User"))
        try await server.application().test(.live) { client in
            let usual = try await client.execute(uri: "/", method: .get, headers: [Self.header: "noor"])
            #expect(usual.status == .unauthorized)
            let own = try await client.execute(uri: "/", method: .get, headers: [HTTPFields.Element.Name("X-Forwarded-User")!: "noor"])
            #expect(own.status == .ok)
        }
    }
}
