import Foundation
import Hummingbird
import HummingbirdTesting
import Loket
import TestSupport
import Testing

/// HTTPS served by the page itself (`--tls-cert`, `--tls-key`), with a self-signed certificate
/// made by openssl for the test; the session cookie is then Secure.
@Suite struct LoketTLSTests {
    typealias F = HostingFixtures

    /// A fresh self-signed certificate for localhost and its key.
    static func certificate() throws -> TLSFiles {
        let folder = try Repository.temporaryDirectory("tls")
        let cert = folder.appendingPathComponent("cert.pem").path, key = folder.appendingPathComponent("key.pem").path
        let openssl = try #require(Tools.find("openssl"), "openssl is installed by `make test`")
        let made = try Tools.execute(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                                               "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"])
        #expect(made.status == 0, "\(made.error)")
        return TLSFiles(certificate: cert, key: key)
    }

    @Test func healthAnswersOverHTTPSAndTheSessionCookieIsSecure() async throws {
        let server = try F.server(access: try F.accounts(), tls: try Self.certificate())
        try await server.application().test(.ahc(.https)) { client in
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
            #expect(LoketFixtures.text(health) == "ok")
            let page = try await client.execute(uri: "/inloggen", method: .get, headers: F.browser)
            #expect(F.setCookie("inloggen", in: page)?.line.contains("; Secure") == true)
            // This client follows the login's redirect and drops its Set-Cookie: curl shows it.
            let port = try #require(client.port)
            let sessionCookie = try Self.curlLogin(port: port)
            let attributes = sessionCookie.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(attributes.first?.hasPrefix("sessie=") == true)
            #expect(attributes.contains("Secure"))
            #expect(attributes.contains("HttpOnly"))
            #expect(attributes.contains("SameSite=Strict"))
        }
    }

    /// Logs in over HTTPS with curl (the certificate is self-signed: -k) and returns the session's
    /// Set-Cookie line.
    static func curlLogin(port: Int) throws -> String {
        let curl = try #require(Tools.find("curl"), "curl is installed by `make test`")
        let jar = try Repository.temporaryDirectory("tls-jar").appendingPathComponent("jar").path
        let base = "https://localhost:\(port)/inloggen"
        let page = try Tools.execute(curl, ["-sk", "-c", jar, base])
        let token = try #require(HostingFixtures.csrf(in: page.output), "\(page.error)")
        let answer = try Tools.execute(curl, ["-sk", "-D", "-", "-o", "/dev/null", "-b", jar, "--data-urlencode", "csrf=\(token)",
                                              "--data-urlencode", "gebruiker=\(HostingFixtures.name)",
                                              "--data-urlencode", "wachtwoord=\(HostingFixtures.password)", base])
        #expect(answer.output.hasPrefix("HTTP/1.1 303"), "\(answer.output)")
        let line = answer.output.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: sessie=") }
        return try #require(line.map { String($0.dropFirst("set-cookie: ".count)) })
    }

    @Test func aMissingOrWrongFileIsNamed() throws {
        let files = try Self.certificate()
        let missing = files.certificate + ".weg"
        #expect(throws: LoketError.tlsFile(path: missing, reason: "it does not exist")) {
            try LoketSettings(tls: TLSFiles(certificate: missing, key: files.key))
        }
        // A key where the certificate should be, and the other way round.
        #expect { try LoketSettings(tls: TLSFiles(certificate: files.key, key: files.key)) } throws: { error in
            guard case let .tlsFile(path, _) = error as? LoketError else { return false }
            return path == files.key
        }
        #expect { try LoketSettings(tls: TLSFiles(certificate: files.certificate, key: files.certificate)) } throws: { error in
            guard case let .tlsFile(path, _) = error as? LoketError else { return false }
            return path == files.certificate
        }
    }
}
