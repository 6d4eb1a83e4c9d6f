import Drukkerij
import Foundation
import Hummingbird
import HummingbirdTesting
import Loket
import Testing

/// The page with accounts (`serve --users FILE`): nothing but the health check, the login page and
/// the static files without a session; sessions with safe cookies, CSRF tokens, logout, an idle
/// timeout, and logins that slow down after failures without locking anyone out.
@Suite struct LoketLoginTests {
    typealias F = HostingFixtures
    static let closedPages = ["/", "/werkblad", "/brief", "/bijlage", "/kompas", "/strip", "/batch", "/terugkoppeling",
                              "/kompas/download", "/werkblad/voorbeeld"]

    @Test(arguments: closedPages) func aBrowserWithoutASessionIsSentToTheLoginPage(path: String) async throws {
        try await F.server(access: try F.accounts()).application().test(.router) { client in
            try await client.execute(uri: path, method: .get, headers: F.browser) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/inloggen?terug=\(path)")
                LoketPageTests.expectSecurityHeaders(response)
            }
            try await client.execute(uri: "/werkblad", method: .post,
                                     headers: [.accept: "text/html", .contentType: "application/x-www-form-urlencoded"],
                                     body: F.werkbladForm(csrf: nil)) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/inloggen")
            }
        }
    }

    @Test func aScriptWithoutASessionGets401() async throws {
        try await F.server(access: try F.accounts()).application().test(.router) { client in
            for path in ["/", "/werkblad", "/batch"] {
                #expect(try await client.execute(uri: path, method: .get).status == .unauthorized)
            }
            let post = try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders,
                                                body: F.werkbladForm(csrf: nil))
            #expect(post.status == .unauthorized)
        }
    }

    @Test func theHealthCheckTheLoginPageAndTheStaticFilesAreOpen() async throws {
        try await F.server(access: try F.accounts()).application().test(.router) { client in
            #expect(LoketFixtures.text(try await client.execute(uri: "/health", method: .get)) == "ok")
            for path in ["/static/loket.css", "/static/loket.js", "/static/favicon.svg"] {
                #expect(try await client.execute(uri: path, method: .get, headers: F.browser).status == .ok)
            }
            let page = try await client.execute(uri: "/inloggen", method: .get, headers: F.browser)
            #expect(page.status == .ok)
            let html = LoketFixtures.text(page)
            #expect(html.contains(#"<html lang="nl">"#))
            #expect(html.contains(#"<link rel="stylesheet" href="/static/loket.css">"#), "the look of the other pages")
            #expect(html.contains(#"<label for="gebruiker">"#) && html.contains(#"name="gebruiker""#))
            #expect(html.contains(#"<label for="wachtwoord">"#) && html.contains(#"type="password" id="wachtwoord" name="wachtwoord""#))
            #expect(F.csrf(in: html) != nil)
            LoketPageTests.expectSecurityHeaders(page)
        }
    }

    @Test func theRightPasswordStartsASessionWithASafeCookie() async throws {
        let log = F.LogLines()
        try await F.server(access: try F.accounts(), log: log).application().test(.router) { client in
            let answer = try await F.logIn(client, back: "/werkblad")
            #expect(answer.status == .seeOther)
            #expect(answer.headers[.location] == "/werkblad")
            let cookie = try #require(F.setCookie("sessie", in: answer))
            #expect(cookie.value.count >= 43, "32 random bytes")
            let attributes = cookie.line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(attributes.contains("HttpOnly"))
            #expect(attributes.contains("SameSite=Strict"))
            #expect(attributes.contains("Path=/"))
            #expect(!attributes.contains("Secure"), "plain HTTP here; the TLS test sees Secure")
            #expect(!attributes.contains { $0.hasPrefix("Max-Age") || $0.hasPrefix("Expires") }, "ends with the browser")

            let session = try await F.session(client)
            #expect(session.cookie != cookie.value, "every login a new id")
            let start = try await client.execute(uri: "/", method: .get, headers: session.headers)
            #expect(LoketFixtures.text(start).contains("Ingelogd als noor"))
            let pdf = try await client.execute(uri: "/werkblad", method: .post, headers: session.form(),
                                               body: F.werkbladForm(csrf: session.csrf))
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            // A client's name typed into the address bar is a path no route has.
            let typed = try await client.execute(uri: "/Anna-de-Vries?notitie=rug", method: .get, headers: session.headers)
            #expect(typed.status == .notFound)
        }
        // The access log names the user, never the client: an unknown path is logged as `other`.
        let lines = log.all
        let post = try #require(lines.first { $0.contains(#""method":"POST""#) && $0.contains(#""route":"/werkblad""#) })
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(post.utf8)) as? [String: Any])
        #expect(fields["user"] as? String == "noor")
        #expect(fields["status"] as? Int == 200)
        #expect(fields["duration_ms"] is Double)
        #expect(lines.contains { $0.contains(#""route":"other""#) && $0.contains(#""status":404"#) })
        for line in lines {
            #expect(!line.contains("Anna") && !line.contains("Vries") && !line.contains("wachtwoord") && !line.contains("rug"))
        }
    }

    @Test func behindAnHTTPSProxyTheCookiesCanBeSecure() async throws {
        try await F.server(access: try F.accounts(), secureCookies: true).application().test(.router) { client in
            let answer = try await F.logIn(client)
            let cookie = try #require(F.setCookie("sessie", in: answer))
            #expect(cookie.line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.contains("Secure"))
        }
    }

    @Test func aWrongPasswordAndAnUnknownUserGetTheSameAnswer() async throws {
        try await F.server(access: try F.accounts()).application().test(.router) { client in
            let wrong = try await F.logIn(client, password: "niet-het-wachtwoord")
            let unknown = try await F.logIn(client, name: "pieter", password: "niet-het-wachtwoord")
            for response in [wrong, unknown] {
                #expect(response.status == .unauthorized)
                #expect(F.setCookie("sessie", in: response) == nil)
                #expect(LoketFixtures.text(response).contains("De gebruikersnaam of het wachtwoord klopt niet."))
                #expect(response.headers[.cacheControl] == "no-store")
            }
            func withoutName(_ response: TestResponse, _ name: String) -> String {
                LoketFixtures.text(response).replacingOccurrences(of: #"value="\#(name)""#, with: "")
                    .replacingOccurrences(of: #"name="csrf" value="[^"]+""#, with: "", options: .regularExpression)
            }
            #expect(withoutName(wrong, "noor") == withoutName(unknown, "pieter"))
            #expect(!LoketFixtures.text(wrong).contains("niet-het-wachtwoord"), "the password is not sent back")
        }
    }

    @Test func aPostWithoutTheFormsTokenIsRefused() async throws {
        try await F.server(access: try F.accounts()).application().test(.router) { client in
            let session = try await F.session(client)
            for token in [nil, "verkeerd"] {
                let response = try await client.execute(uri: "/werkblad", method: .post, headers: session.form(),
                                                        body: F.werkbladForm(csrf: token))
                #expect(response.status == .forbidden)
                #expect(LoketFixtures.text(response).contains("Dit formulier is verlopen"))
            }
            // The live preview may send the token as a header.
            let preview = try await client.execute(uri: "/werkblad/voorbeeld", method: .post,
                                                   headers: session.form([.init("X-CSRF-Token")!: session.csrf]),
                                                   body: F.werkbladForm(csrf: nil))
            #expect(preview.status == .ok)
            // Every POST form of the pages carries the token.
            for path in ["/werkblad", "/brief", "/bijlage", "/batch", "/terugkoppeling"] {
                let html = LoketFixtures.text(try await client.execute(uri: path, method: .get, headers: session.headers))
                let forms = html.matches(of: /<form method="post"[^>]*>\s*<input type="hidden" name="csrf" value="([^"]+)">/)
                #expect(forms.count == html.matches(of: /<form method="post"/).count, "\(path)")
                #expect(forms.allSatisfy { String($0.1) == session.csrf }, "\(path)")
            }
            // The login form's token is checked too (against its cookie).
            let login = try await client.execute(uri: "/inloggen", method: .post, headers: LoketFixtures.formHeaders,
                                                 body: LoketFixtures.form(["gebruiker": F.name, "wachtwoord": F.password]))
            #expect(login.status == .forbidden)
            #expect(F.setCookie("sessie", in: login) == nil)
        }
    }

    @Test func aBatchUploadCarriesTheTokenInItsMultipartBody() async throws {
        try await F.server(access: try F.accounts()).application().test(.router) { client in
            let session = try await F.session(client)
            let boundary = "grens"
            func body(csrf: String?) -> ByteBuffer {
                var text = ""
                if let csrf { text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n" }
                text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"materiaal\"\r\n\r\nwerkblad\r\n"
                text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"a.csv\"\r\n"
                text += "Content-Type: text/csv\r\n\r\nnaam,datum,arbeidsdeskundige\nAnna de Vries,3-12-2026,Noor Jansen\n\r\n--\(boundary)--\r\n"
                return ByteBuffer(string: text)
            }
            var headers = session.headers
            headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
            #expect(try await client.execute(uri: "/batch", method: .post, headers: headers, body: body(csrf: nil)).status == .forbidden)
            let answer = try await client.execute(uri: "/batch", method: .post, headers: headers, body: body(csrf: session.csrf))
            #expect(answer.status != .forbidden && answer.status != .unauthorized)
        }
    }

    @Test func logoutEndsTheSession() async throws {
        try await F.server(access: try F.accounts()).application().test(.router) { client in
            let session = try await F.session(client)
            let withoutToken = try await client.execute(uri: "/uitloggen", method: .post, headers: session.form(),
                                                        body: LoketFixtures.form([:]))
            #expect(withoutToken.status == .forbidden)
            let out = try await client.execute(uri: "/uitloggen", method: .post, headers: session.form(),
                                               body: LoketFixtures.form(["csrf": session.csrf]))
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/inloggen")
            let cleared = try #require(F.setCookie("sessie", in: out))
            #expect(cleared.value.isEmpty && cleared.line.contains("Max-Age=0"))
            let after = try await client.execute(uri: "/", method: .get, headers: session.headers)
            #expect(after.status == .seeOther)
        }
    }

    @Test func aSessionEndsAfterTheIdleTimeoutButNotWhileInUse() async throws {
        let clock = F.Clock()
        try await F.server(access: try F.accounts(), clock: clock).application().test(.router) { client in
            let session = try await F.session(client)
            for _ in 0..<3 {
                clock.advance(by: 7.5 * 3600)
                #expect(try await client.execute(uri: "/", method: .get, headers: session.headers).status == .ok)
            }
            clock.advance(by: 8 * 3600 + 1)
            let expired = try await client.execute(uri: "/", method: .get, headers: session.headers)
            #expect(expired.status == .seeOther)
            #expect(expired.headers[.location] == "/inloggen?terug=/")
        }
    }

    @Test func failedLoginsSlowDownPerAccountAndAddressWithoutLockingOut() async throws {
        let clock = F.Clock()
        let server = try F.server(access: try F.accounts(), clock: clock, loginDelay: .milliseconds(150),
                                  maximumLoginDelay: .milliseconds(600))
        try await server.application().test(.router) { client in
            func timed(_ name: String, _ password: String) async throws -> (Double, HTTPResponse.Status) {
                let start = ContinuousClock.now
                let response = try await F.logIn(client, name: name, password: password)
                return (Double((ContinuousClock.now - start) / .milliseconds(1)) / 1000, response.status)
            }
            var times: [Double] = []
            for _ in 0..<6 {
                let (seconds, status) = try await timed(F.name, "fout-\(times.count)")
                #expect(status == .unauthorized)
                times.append(seconds)
            }
            // Two mistakes are free; then 150, 300, 600 ms and no more (the cap).
            #expect(times[3] >= 0.15)
            #expect(times[4] >= 0.3)
            #expect(times[5] >= 0.6)
            // The right password waits too (else the speed of the answer would give it away), and works.
            let (rightSeconds, rightStatus) = try await timed(F.name, F.password)
            #expect(rightSeconds >= 0.6)
            #expect(rightStatus == .seeOther)
            // From the same address, another account waits as well.
            let (otherSeconds, _) = try await timed("pieter", "iets")
            #expect(otherSeconds >= 0.6)
            // Failures are forgotten after a while: no lock-out.
            clock.advance(by: 16 * 60)
            let (laterSeconds, laterStatus) = try await timed(F.name, F.password)
            #expect(laterSeconds < 0.6)
            #expect(laterStatus == .seeOther)
        }
    }

    @Test func anotherComputerNeedsALogin() throws {
        for host in ["0.0.0.0", "192.168.1.10", "::"] {
            #expect(throws: LoketError.hostNotLoopback(host)) { try LoketSettings(host: host) }
            #expect(try LoketSettings(host: host, access: try F.accounts()).host == host)
            #expect(try LoketSettings(host: host, access: try Access.signOnProxy(address: "10.0.0.5")).host == host)
        }
        #expect(throws: LoketError.invalidProxyAddress("proxy.example")) { try Access.signOnProxy(address: "proxy.example") }
        #expect(throws: LoketError.invalidProxyHeader("X Remote")) { try Access.signOnProxy(address: "10.0.0.5", header: "X Remote") }
    }

    @Test func withoutALoginThePagesAreOpenAsBefore() async throws {
        try await F.server(access: .open).application().test(.router) { client in
            let start = try await client.execute(uri: "/", method: .get, headers: F.browser)
            #expect(start.status == .ok)
            #expect(!LoketFixtures.text(start).contains("Ingelogd"))
            #expect(try await client.execute(uri: "/inloggen", method: .get).status == .notFound)
            let pdf = try await client.execute(uri: "/werkblad", method: .post, headers: LoketFixtures.formHeaders,
                                               body: F.werkbladForm(csrf: nil))
            #expect(pdf.status == .ok)
            #expect(F.csrf(in: LoketFixtures.text(try await client.execute(uri: "/werkblad", method: .get))) == nil)
        }
    }
}
