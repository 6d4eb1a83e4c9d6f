import Drukkerij
import Foundation
import Hummingbird
import HummingbirdTesting
import Loket
import Synchronization
import TestSupport
import Testing

/// What the tests of the hosted page share: a users file, a clock to move on, a log to read, and
/// a browser's way of logging in (cookies and the forms' CSRF token).
enum HostingFixtures {
    static let name = "noor", password = "geheim-wachtwoord"

    /// A users file with `noor` (bcrypt cost 10, the lowest allowed, to keep the tests quick).
    static func usersFile() throws -> String {
        let path = try Repository.temporaryDirectory("hosting").appendingPathComponent("gebruikers").path
        var file = try UserFile(path: path, mayBeMissing: true)
        try file.add(name, password: password, cost: 10)
        try file.write()
        return path
    }

    static func accounts() throws -> Access {
        .accounts(try Accounts(path: try usersFile()))
    }

    /// A clock a test moves on by hand.
    final class Clock: Sendable {
        private let moment = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        var now: Date { moment.withLock { $0 } }
        func advance(by seconds: TimeInterval) { moment.withLock { $0 += seconds } }
    }

    /// The access log's lines, kept.
    final class LogLines: Sendable {
        private let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        var log: AccessLog { AccessLog { line in self.lines.withLock { $0.append(line) } } }
    }

    static func server(access: Access, clock: Clock = Clock(), log: LogLines = LogLines(),
                       loginDelay: Duration = LoketSettings.defaultLoginDelay,
                       maximumLoginDelay: Duration = LoketSettings.defaultMaximumLoginDelay,
                       tls: TLSFiles? = nil, secureCookies: Bool = false) throws -> LoketServer {
        LoketServer(drukkerij: LoketFixtures.drukkerij,
                    settings: try LoketSettings(port: 0, access: access, loginDelay: loginDelay,
                                                maximumLoginDelay: maximumLoginDelay, tls: tls, secureCookies: secureCookies),
                    letterDate: { LoketFixtures.letterDate }, now: { clock.now }, accessLog: log.log)
    }

    static let browser: HTTPFields = [.accept: "text/html,application/xhtml+xml"]

    /// The value of the cookie `name` that `response` sets, and the whole Set-Cookie line.
    static func setCookie(_ name: String, in response: TestResponse) -> (value: String, line: String)? {
        for line in response.headers[values: .setCookie] where line.hasPrefix(name + "=") {
            let value = line.dropFirst(name.count + 1).prefix { $0 != ";" }
            return (String(value), line)
        }
        return nil
    }

    /// The CSRF field's value in a page.
    static func csrf(in html: String) -> String? {
        html.firstMatch(of: /name="csrf" value="([^"]+)"/).map { String($0.1) }
    }

    /// A logged-in browser: its session cookie and its forms' token.
    struct Session: Sendable {
        let cookie: String
        let csrf: String
        var headers: HTTPFields { [.cookie: "\(AccessGateNames.session)=\(cookie)", .accept: "text/html"] }
        func form(_ extra: HTTPFields = [:]) -> HTTPFields {
            var headers = headers
            headers[.contentType] = "application/x-www-form-urlencoded"
            for field in extra { headers[field.name] = field.value }
            return headers
        }
    }

    enum AccessGateNames {
        static let session = "sessie", login = "inloggen"
    }

    /// Posts the login form as a browser does (the login page first, for its cookie and token).
    static func logIn(_ client: some TestClientProtocol, name: String = name, password: String = password,
                      back: String? = nil) async throws -> TestResponse {
        let page = try await client.execute(uri: "/inloggen", method: .get, headers: browser)
        let token = try #require(setCookie(AccessGateNames.login, in: page)?.value)
        #expect(csrf(in: LoketFixtures.text(page)) == token)
        var fields: KeyValuePairs<String, String> = ["csrf": token, "gebruiker": name, "wachtwoord": password]
        if let back { fields = ["csrf": token, "gebruiker": name, "wachtwoord": password, "terug": back] }
        return try await client.execute(uri: "/inloggen", method: .post,
                                        headers: [.contentType: "application/x-www-form-urlencoded", .accept: "text/html",
                                                  .cookie: "\(AccessGateNames.login)=\(token)"],
                                        body: LoketFixtures.form(fields))
    }

    /// Logs `noor` in and reads the forms' token from the start page.
    static func session(_ client: some TestClientProtocol) async throws -> Session {
        let answer = try await logIn(client)
        #expect(answer.status == .seeOther)
        let cookie = try #require(setCookie(AccessGateNames.session, in: answer)?.value)
        let start = try await client.execute(uri: "/", method: .get, headers: [.cookie: "sessie=\(cookie)", .accept: "text/html"])
        #expect(start.status == .ok)
        return Session(cookie: cookie, csrf: try #require(csrf(in: LoketFixtures.text(start))))
    }

    static let werkblad: KeyValuePairs<String, String> = ["naam": "Anna de Vries", "datum": "3-12-2026", "arbeidsdeskundige": "Noor Jansen"]

    static func werkbladForm(csrf: String?) -> ByteBuffer {
        guard let csrf else { return LoketFixtures.form(werkblad) }
        return LoketFixtures.form(["csrf": csrf, "naam": "Anna de Vries", "datum": "3-12-2026", "arbeidsdeskundige": "Noor Jansen"])
    }
}
